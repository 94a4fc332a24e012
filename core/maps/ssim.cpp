#include "core/maps/ssim.h"

#include <torch/torch.h>

#include <algorithm>

namespace ds::maps {
namespace F = torch::nn::functional;

namespace {

// Separable Gaussian filtering of every channel of [N,C,H,W] with reflect-101 borders.
torch::Tensor gaussianWindowFilter(const torch::Tensor& t, const torch::Tensor& kernel, int radius) {
  const int64_t c = t.size(1);
  torch::Tensor out = F::pad(t, F::PadFuncOptions({radius, radius, radius, radius}).mode(torch::kReflect));
  out = F::conv2d(out, kernel.view({1, 1, 1, -1}).expand({c, 1, 1, 2 * radius + 1}), F::Conv2dFuncOptions().groups(c));
  return F::conv2d(out, kernel.view({1, 1, -1, 1}).expand({c, 1, 2 * radius + 1, 1}), F::Conv2dFuncOptions().groups(c));
}

}  // namespace

torch::Tensor ssimMap(const torch::Tensor& x, const torch::Tensor& y, const SsimOptions& o) {
  const int radius = std::min({o.window / 2, static_cast<int>(x.size(2)) - 1, static_cast<int>(x.size(3)) - 1});
  const torch::Tensor r = torch::arange(-radius, radius + 1, x.options());
  torch::Tensor kernel = torch::exp(-(r * r) / (2 * o.sigma * o.sigma));
  kernel = kernel / kernel.sum();
  const auto blur = [&](const torch::Tensor& t) { return gaussianWindowFilter(t, kernel, radius); };
  const torch::Tensor mx = blur(x), my = blur(y);
  const torch::Tensor sxx = blur(x * x) - mx * mx;
  const torch::Tensor syy = blur(y * y) - my * my;
  const torch::Tensor sxy = blur(x * y) - mx * my;
  const double c1 = (o.k1 * o.dataRange) * (o.k1 * o.dataRange), c2 = (o.k2 * o.dataRange) * (o.k2 * o.dataRange);
  return ((2 * mx * my + c1) * (2 * sxy + c2)) / ((mx * mx + my * my + c1) * (sxx + syy + c2));
}

}  // namespace ds::maps
