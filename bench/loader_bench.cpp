// Image decoding throughput: ImageLoader (parallel, prefetching) against decoding one file after another.
// Usage: loader_bench DATASET [WxH=256x640]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

#include "core/data/dataset.h"
#include "core/data/image_loader.h"
#include "core/data/image_size.h"

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  if (argc < 2) {
    std::fprintf(stderr, "usage: loader_bench DATASET [WxH]\n");
    return 2;
  }
  ds::LoadReport report;
  const ds::Dataset dataset = ds::Dataset::open(QString::fromLocal8Bit(argv[1]), report);
  const cv::Size size = ds::ImageSizeSpec::parse(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("256x640")).exact;
  const std::vector<ds::Sample> samples = dataset.samples();
  ds::LoadOptions options;
  options.size = size;
  options.masks = true;

  QElapsedTimer timer;
  timer.start();
  for (const ds::Sample& s : samples) ds::loadSample(s, options);
  const double sequential = timer.nsecsElapsed() / 1e9;

  timer.start();
  ds::ImageLoader loader(samples, options, report);
  std::vector<ds::LoadedImage> batch;
  int n = 0;
  while (loader.next(batch)) n += static_cast<int>(batch.size());
  const double parallel = timer.nsecsElapsed() / 1e9;
  std::printf("%d images at %dx%d: one by one %.2f s (%.0f images/s), ImageLoader %.2f s (%.0f images/s), %.2fx\n", n,
              size.width, size.height, sequential, n / sequential, parallel, n / parallel, sequential / parallel);
  return 0;
}
