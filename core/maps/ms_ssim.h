#pragma once

#include <torch/types.h>
#include <vector>

#include "core/maps/ssim.h"

namespace ds::maps {

struct MsSsimOptions {
  int window = 11;         // Gaussian window side per scale (Chen et al. supp.: 11 global, 3 local)
  double sigma = 1.5;
  double dataRange = 1.0;  // L of C_i = (K_i·L)²
  int scales = 5;          // M of Wang, Simoncelli & Bovik (2003)
};

// Scale weights β_m = γ_m: Wang et al.'s (0.0448, 0.2856, 0.3001, 0.2363, 0.1333) for 5 scales; for fewer,
// the first `scales` of them rescaled to sum 1 — Chen et al.'s 4-scale local weights (0.0516, 0.3295,
// 0.3463, 0.2726) are that, to their printed precision.
std::vector<double> msSsimWeights(int scales);

// Smallest image side for which every scale still fits a window: (window − 1)·2^(scales−1) + 1.
int msSsimMinimumSide(int window, int scales);

// MS-SSIM of x and y, [N,C,H,W] each: Π_{m<M} cs_m^{β_m} · (l_M·cs_M)^{β_M} with every factor the mean of
// its "valid" map at scale m, clamped at 0 (as the common PyTorch implementation does), images halved by
// 2×2 average pooling between scales (odd sides zero-padded by one); per channel, then the channel mean.
// Returns [N]. Differentiable.
torch::Tensor msSsim(const torch::Tensor& x, const torch::Tensor& y, const MsSsimOptions& options);

// Its per-pixel form, m(x(ω), x̂(ω)) of Chen et al. eq. (17): the same product taken pixel by pixel over
// the factor maps of every scale (input-size maps, reflect-101 borders) resized bilinearly to H×W; the
// channel mean, [N,H,W].
torch::Tensor msSsimMap(const torch::Tensor& x, const torch::Tensor& y, const MsSsimOptions& options);

}  // namespace ds::maps
