#pragma once

#include <QElapsedTimer>
#include <opencv2/core/types.hpp>
#include <torch/types.h>
#include <vector>

#include "core/data/dataset.h"
#include "core/methods/anomaly_method.h"

// What the benchmarks share: timing, the machine's matrix-product peak, decoded inputs.
namespace dsbench {

double seconds(const QElapsedTimer& t);

// GFLOP/s of a 4096×1024×4096 float32 matrix product: the yardstick of every hot path.
double sgemmPeak();

// The samples decoded and resized to size, as batches of 8 normalised tensors (the CLI's batch size),
// so that the timings after it are compute only.
std::vector<torch::Tensor> decodedBatches(const std::vector<ds::Sample>& samples, const cv::Size& size,
                                          ds::Normalization normalization);

}  // namespace dsbench
