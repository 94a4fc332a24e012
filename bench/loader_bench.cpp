// Image decoding throughput: ImageLoader (parallel, prefetching) against decoding one file after another,
// and DefectScope's JPEG decoding (damage check and EXIF orientation, docs/input-limits.md) beside
// OpenCV's, and the loader's resize (Pillow's antialiased bilinear on the stored 8 bits) beside
// OpenCV's area interpolation on float pixels, which the loader used before.
// Usage: loader_bench DATASET [WxH=256x640]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

#include "core/data/antialiased_resize.h"
#include "core/data/dataset.h"
#include "core/data/image_loader.h"
#include "core/data/image_size.h"
#include "core/data/jpeg_decoder.h"

#include <QFile>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

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

  std::vector<QByteArray> jpegs;
  for (const ds::Sample& s : samples) {
    QFile file(s.imagePath);
    if (file.open(QIODevice::ReadOnly)) jpegs.push_back(file.readAll());
    if (!jpegs.back().startsWith("\xff\xd8")) jpegs.pop_back();
  }
  if (jpegs.empty()) return 0;
  std::vector<cv::Mat> ours, theirs;
  timer.start();
  for (const QByteArray& bytes : jpegs) {
    QString problem;
    ours.push_back(ds::decodeJpeg(bytes, &problem));
  }
  const double own = timer.nsecsElapsed() / 1e9;
  timer.start();
  for (const QByteArray& bytes : jpegs)
    theirs.push_back(cv::imdecode(cv::Mat(1, int(bytes.size()), CV_8U, const_cast<char*>(bytes.constData())), cv::IMREAD_COLOR));
  const double opencv = timer.nsecsElapsed() / 1e9;
  double differs = 0;
  for (std::size_t i = 0; i < ours.size(); ++i)
    differs = std::max(differs, ours[i].size() == theirs[i].size() ? cv::norm(ours[i], theirs[i], cv::NORM_INF) : 255.0);
  std::printf("%zu JPEGs from memory: decodeJpeg (damage check, EXIF) %.2f ms/image, cv::imdecode %.2f ms/image, "
              "largest pixel difference %.0f\n",
              jpegs.size(), 1e3 * own / jpegs.size(), 1e3 * opencv / jpegs.size(), differs);

  timer.start();
  for (const cv::Mat& image : ours) ds::resizeAntialiased(image, size);
  const double antialiased = timer.nsecsElapsed() / 1e9;
  timer.start();
  for (const cv::Mat& image : ours) {
    cv::Mat unit, resized;
    image.convertTo(unit, CV_32FC3, 1.0 / 255);
    cv::resize(unit, resized, size, 0, 0, cv::INTER_AREA);
  }
  const double area = timer.nsecsElapsed() / 1e9;
  std::printf("resize to %dx%d: antialiased bilinear on 8 bits %.2f ms/image, float + area interpolation %.2f ms/image\n",
              size.width, size.height, 1e3 * antialiased / ours.size(), 1e3 * area / ours.size());
  return 0;
}
