#include "bench/bench_support.h"

#include "core/data/image_loader.h"
#include "core/data/image_tensor.h"

namespace dsbench {

double seconds(const QElapsedTimer& t) { return t.nsecsElapsed() / 1e9; }

double sgemmPeak() {
  const torch::Tensor a = torch::randn({4096, 1024}), b = torch::randn({1024, 4096});
  torch::mm(a, b);  // warm-up
  QElapsedTimer t;
  t.start();
  const int reps = 5;
  for (int i = 0; i < reps; ++i) torch::mm(a, b);
  return reps * 2.0 * 4096 * 1024 * 4096 / seconds(t) / 1e9;
}

std::vector<torch::Tensor> decodedBatches(const std::vector<ds::Sample>& samples, const cv::Size& size,
                                          ds::Normalization normalization) {
  ds::LoadReport report;
  ds::LoadOptions options;
  options.size = size;
  ds::ImageLoader loader(samples, options, report);
  std::vector<torch::Tensor> batches;
  std::vector<ds::LoadedImage> batch;
  while (loader.next(batch)) batches.push_back(ds::imagesToTensor(batch, normalization, torch::kCPU));
  return batches;
}

}  // namespace dsbench
