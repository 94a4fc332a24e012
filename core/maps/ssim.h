#pragma once

#include <torch/types.h>

namespace ds::maps {

struct SsimOptions {
  int window = 11;      // Gaussian window side (Wang et al. 2004)
  double sigma = 1.5;
  double dataRange = 1.0;
  double k1 = 0.01, k2 = 0.03;
  // false: maps at the input size (reflect-101 borders); true: only where the window fits inside the
  // image ("valid"; maps shrink by window − 1), as the standard MS-SSIM computes them.
  bool valid = false;
};

// SSIM's two factors for x and y, [N,C,H,W] each, per channel, under a normalised Gaussian window:
// luminance l = (2μxμy + C1) / (μx² + μy² + C1) and contrast-structure cs = (2σxy + C2) / (σx² + σy² + C2),
// C1 = (k1·L)², C2 = (k2·L)² (cs is c·s of Wang et al. with C3 = C2/2). Differentiable.
struct SsimTerms {
  torch::Tensor luminance, contrastStructure;
};
SsimTerms ssimTerms(const torch::Tensor& x, const torch::Tensor& y, const SsimOptions& options = {});

// The local structural-similarity map l·cs at the input size (options.valid is ignored).
torch::Tensor ssimMap(const torch::Tensor& x, const torch::Tensor& y, const SsimOptions& options = {});

}  // namespace ds::maps
