// Time and memory of the exact pixel AUROC + AUPRO over many pixels (docs/metrics.md).
// Usage: pixel_metrics_bench [images=150] [height=256] [width=256]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <opencv2/imgproc.hpp>

#include "core/metrics/pixel_metrics.h"
#include "core/runtime/memory.h"

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const int images = argc > 1 ? std::atoi(argv[1]) : 150;
  const int h = argc > 2 ? std::atoi(argv[2]) : 256, w = argc > 3 ? std::atoi(argv[3]) : 256;
  cv::RNG rng(1);
  ds::PixelScoreCollector collector;
  const double rssBefore = ds::peakRssMb();
  collector.reservePixels(static_cast<std::size_t>(images) * h * w);
  QElapsedTimer timer;
  qint64 addNs = 0;
  for (int i = 0; i < images; ++i) {
    cv::Mat map(h, w, CV_32F), mask = cv::Mat::zeros(h, w, CV_8U);
    rng.fill(map, cv::RNG::UNIFORM, 0.0, 1.0);
    if (i % 2) cv::circle(mask, {rng.uniform(0, w), rng.uniform(0, h)}, rng.uniform(3, 20), 1, -1);
    cv::Mat lift;
    mask.convertTo(lift, CV_32F, 0.5);
    map += lift;  // defects score higher, with overlap
    timer.start();
    collector.add(map, mask);
    addNs += timer.nsecsElapsed();
  }
  timer.start();
  const ds::PixelMetrics m = collector.finish();
  const double finishS = timer.nsecsElapsed() / 1e9;
  const double pixels = static_cast<double>(m.pixels);
  std::printf("pixels %.3g  regions %d  add %.2f s  finish (sort + curves) %.2f s  = %.1f Mpixel/s\n", pixels,
              m.regions, addNs / 1e9, finishS, pixels / (addNs / 1e9 + finishS) / 1e6);
  std::printf("pixel AUROC %.6f  AUPRO %.6f  peak RSS %.0f MB (%.0f MB before collecting; keys %.0f MB)\n", m.auroc,
              m.aupro, ds::peakRssMb(), rssBefore, pixels * 8 / 1048576.0);
  return 0;
}
