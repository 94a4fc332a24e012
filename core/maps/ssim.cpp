#include "core/maps/ssim.h"

#include <torch/torch.h>

#include "core/maps/map_filters.h"

namespace ds::maps {
namespace {

namespace F = torch::nn::functional;

// Gaussian-weighted local means of every channel of [N,C,H,W], only where the window fits.
torch::Tensor validGaussianMean(const torch::Tensor& t, int window, double sigma) {
  const int radius = window / 2;
  torch::Tensor r = torch::arange(-radius, radius + 1, t.options());
  torch::Tensor kernel = torch::exp(-(r * r) / (2 * sigma * sigma));
  kernel = kernel / kernel.sum();
  const int64_t channels = t.size(1);
  torch::Tensor out = F::conv2d(t, kernel.view({1, 1, 1, -1}).expand({channels, 1, 1, 2 * radius + 1}),
                                F::Conv2dFuncOptions().groups(channels));
  return F::conv2d(out, kernel.view({1, 1, -1, 1}).expand({channels, 1, 2 * radius + 1, 1}), F::Conv2dFuncOptions().groups(channels));
}

}  // namespace

SsimTerms ssimTerms(const torch::Tensor& x, const torch::Tensor& y, const SsimOptions& o) {
  // Every channel of every image filtered alone.
  const auto blur = [&](const torch::Tensor& t) {
    return o.valid ? validGaussianMean(t, o.window, o.sigma) : gaussianBlur(t.flatten(0, 1), o.sigma, o.window / 2).view_as(t);
  };
  const torch::Tensor mx = blur(x), my = blur(y);
  const torch::Tensor sxx = blur(x * x) - mx * mx;
  const torch::Tensor syy = blur(y * y) - my * my;
  const torch::Tensor sxy = blur(x * y) - mx * my;
  const double c1 = (o.k1 * o.dataRange) * (o.k1 * o.dataRange), c2 = (o.k2 * o.dataRange) * (o.k2 * o.dataRange);
  return {(2 * mx * my + c1) / (mx * mx + my * my + c1), (2 * sxy + c2) / (sxx + syy + c2)};
}

torch::Tensor ssimMap(const torch::Tensor& x, const torch::Tensor& y, const SsimOptions& options) {
  SsimOptions o = options;
  o.valid = false;
  const SsimTerms t = ssimTerms(x, y, o);
  return t.luminance * t.contrastStructure;
}

}  // namespace ds::maps
