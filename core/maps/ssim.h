#pragma once

#include <torch/types.h>

namespace ds::maps {

struct SsimOptions {
  int window = 11;      // Gaussian window side (Wang et al. 2004)
  double sigma = 1.5;
  double dataRange = 1.0;
  double k1 = 0.01, k2 = 0.03;
};

// The local structural-similarity map of x and y, [N,C,H,W] each, per channel and at the input size
// (reflect-101 borders): ((2μxμy + C1)(2σxy + C2)) / ((μx² + μy² + C1)(σx² + σy² + C2)),
// C1 = (k1·L)², C2 = (k2·L)², local moments under a normalised Gaussian window.
torch::Tensor ssimMap(const torch::Tensor& x, const torch::Tensor& y, const SsimOptions& options = {});

}  // namespace ds::maps
