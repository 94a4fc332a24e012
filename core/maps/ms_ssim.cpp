#include "core/maps/ms_ssim.h"

#include <torch/torch.h>

#include "core/maps/map_filters.h"

namespace ds::maps {
namespace {

namespace F = torch::nn::functional;

// Factors are clamped just above 0: pow(0, β < 1) has no gradient.
constexpr double kFloor = 1e-6;

torch::Tensor halve(const torch::Tensor& t) {
  return F::avg_pool2d(t, F::AvgPool2dFuncOptions(2).padding({t.size(2) % 2, t.size(3) % 2}));
}

SsimOptions scaleOptions(const MsSsimOptions& o, bool valid) {
  SsimOptions s;
  s.window = o.window;
  s.sigma = o.sigma;
  s.dataRange = o.dataRange;
  s.valid = valid;
  return s;
}

}  // namespace

std::vector<double> msSsimWeights(int scales) {
  static const double standard[] = {0.0448, 0.2856, 0.3001, 0.2363, 0.1333};
  TORCH_CHECK(scales >= 1 && scales <= 5, "MS-SSIM has 1 to 5 scales");
  std::vector<double> weights(standard, standard + scales);
  if (scales == 5) return weights;  // as published (their sum is 1.0001)
  double sum = 0;
  for (double w : weights) sum += w;
  for (double& w : weights) w /= sum;
  return weights;
}

int msSsimMinimumSide(int window, int scales) { return (window - 1) * (1 << (scales - 1)) + 1; }

torch::Tensor msSsim(const torch::Tensor& x, const torch::Tensor& y, const MsSsimOptions& o) {
  const std::vector<double> weights = msSsimWeights(o.scales);
  torch::Tensor a = x, b = y, product;
  for (int m = 0; m < o.scales; ++m) {
    const SsimTerms t = ssimTerms(a, b, scaleOptions(o, true));
    const bool last = m + 1 == o.scales;
    const torch::Tensor factor = (last ? t.luminance * t.contrastStructure : t.contrastStructure).mean({2, 3}).clamp_min(kFloor);
    const torch::Tensor term = factor.pow(weights[static_cast<std::size_t>(m)]);  // [N,C]
    product = product.defined() ? product * term : term;
    if (!last) a = halve(a), b = halve(b);
  }
  return product.mean(1);
}

torch::Tensor msSsimMap(const torch::Tensor& x, const torch::Tensor& y, const MsSsimOptions& o) {
  const std::vector<double> weights = msSsimWeights(o.scales);
  const int64_t height = x.size(2), width = x.size(3);
  torch::Tensor a = x, b = y, product;
  for (int m = 0; m < o.scales; ++m) {
    const SsimTerms t = ssimTerms(a, b, scaleOptions(o, false));
    const bool last = m + 1 == o.scales;
    const torch::Tensor factor = resizeFeatureMaps(last ? t.luminance * t.contrastStructure : t.contrastStructure, height, width).clamp_min(kFloor);
    const torch::Tensor term = factor.pow(weights[static_cast<std::size_t>(m)]);  // [N,C,H,W]
    product = product.defined() ? product * term : term;
    if (!last) a = halve(a), b = halve(b);
  }
  return product.mean(1);
}

}  // namespace ds::maps
