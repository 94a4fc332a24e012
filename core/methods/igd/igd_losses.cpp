#include "core/methods/igd/igd_losses.h"

#include <torch/torch.h>

namespace ds::igd {

torch::Tensor gaussianLoss(const torch::Tensor& z, const torch::Tensor& mu, const torch::Tensor& sigma2) {
  return 1.0 - torch::exp(-(z - mu).pow(2).sum(1) / sigma2);
}

torch::Tensor reconstructionLoss(const torch::Tensor& x, const torch::Tensor& xHat, double rho, const maps::MsSsimOptions& msSsim) {
  const torch::Tensor mae = (x - xHat).abs().flatten(1).mean(1) / msSsim.dataRange;
  return rho * mae + (1.0 - rho) * (1.0 - maps::msSsim(x, xHat, msSsim));
}

torch::Tensor reconstructionMap(const torch::Tensor& x, const torch::Tensor& xHat, double rho, const maps::MsSsimOptions& msSsim) {
  const torch::Tensor mae = (x - xHat).abs().mean(1) / msSsim.dataRange;
  return rho * mae + (1.0 - rho) * (1.0 - maps::msSsimMap(x, xHat, msSsim));
}

torch::Tensor interpolateLatents(const torch::Tensor& z, const torch::Tensor& alpha) {
  const torch::Tensor a = alpha.view({-1, 1});
  return a * z + (1.0 - a) * z.roll(1, 0);
}

torch::Tensor mixWithReconstruction(const torch::Tensor& x, const torch::Tensor& xHat, const torch::Tensor& zeta) {
  const torch::Tensor s = zeta.view({-1, 1, 1, 1});
  return s * x + (1.0 - s) * xHat;
}

torch::Tensor criticLoss(const torch::Tensor& criticOnInterpolated, const torch::Tensor& alpha, const torch::Tensor& criticOnMixed) {
  return (criticOnInterpolated - alpha).pow(2).mean() + criticOnMixed.pow(2).mean();
}

GaussianParameters estimateGaussian(const torch::Tensor& z, double eps, double sigma2Floor) {
  torch::Tensor mu = z.mean(0);
  // A centre component near 0 can be matched trivially by zero weights (the authors' reason).
  const torch::Tensor small = mu.abs() < eps;
  mu = torch::where(small, torch::where(mu < 0, torch::full_like(mu, -eps), torch::full_like(mu, eps)), mu);
  const torch::Tensor sigma2 = (z - mu).pow(2).sum(1).mean().clamp_min(sigma2Floor).view({1});
  return {mu, sigma2};
}

}  // namespace ds::igd
