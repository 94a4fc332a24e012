#pragma once

#include <torch/types.h>

#include "core/maps/ms_ssim.h"

// The terms of Chen et al.'s loss (7) and scores (13)–(17), on tensors; docs/methods/igd.md.
namespace ds::igd {

// ℓ_h of eq. (8): 1 − p(y=0|ω,x) = 1 − exp(−‖z − μ‖² / σ²), per sample: z [N,Z], mu [Z], sigma2 [1] → [N].
torch::Tensor gaussianLoss(const torch::Tensor& z, const torch::Tensor& mu, const torch::Tensor& sigma2);

// ℓ_r of eq. (12) per image: ρ·mean|x − x̂|/L + (1 − ρ)(1 − MS-SSIM(x, x̂)), [N]. The absolute error is
// divided by the data range L so that both terms lie in [0, 1] (the authors' code does the same).
torch::Tensor reconstructionLoss(const torch::Tensor& x, const torch::Tensor& xHat, double rho, const maps::MsSsimOptions& msSsim);

// Its per-pixel form, eq. (17): ρ·|x(ω) − x̂(ω)|/L (channel mean) + (1 − ρ)(1 − m(x(ω), x̂(ω))), [N,H,W].
torch::Tensor reconstructionMap(const torch::Tensor& x, const torch::Tensor& xHat, double rho, const maps::MsSsimOptions& msSsim);

// The latent interpolation of eq. (9): α·z1 + (1 − α)·z2 with z2 the batch rolled by one (every sample
// paired with another whenever N > 1). alpha [N].
torch::Tensor interpolateLatents(const torch::Tensor& z, const torch::Tensor& alpha);

// x̂_ζ of eq. (10): ζ·x + (1 − ζ)·x̂, zeta [N].
torch::Tensor mixWithReconstruction(const torch::Tensor& x, const torch::Tensor& xHat, const torch::Tensor& zeta);

// ℓ_d of eq. (10), batch mean: (d(x̂_α) − α)² + d(x̂_ζ)²; critic outputs [N].
torch::Tensor criticLoss(const torch::Tensor& criticOnInterpolated, const torch::Tensor& alpha, const torch::Tensor& criticOnMixed);

// E-step (eq. 3): μ = mean z, then components closer to 0 than eps set to ±eps; σ² = mean ‖z − μ‖²,
// at least sigma2Floor (both as the authors' code keeps them, docs/methods/igd.md). z [N,Z].
struct GaussianParameters {
  torch::Tensor mu, sigma2;  // [Z], [1]
};
GaussianParameters estimateGaussian(const torch::Tensor& z, double eps = 0.1, double sigma2Floor = 1.0);

}  // namespace ds::igd
