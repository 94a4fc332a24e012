#include "core/maps/ssim.h"

#include <torch/torch.h>

#include "core/maps/map_filters.h"

namespace ds::maps {

torch::Tensor ssimMap(const torch::Tensor& x, const torch::Tensor& y, const SsimOptions& o) {
  // Every channel of every image filtered alone: [N,C,H,W] as N·C maps.
  const auto blur = [&](const torch::Tensor& t) { return gaussianBlur(t.flatten(0, 1), o.sigma, o.window / 2).view_as(t); };
  const torch::Tensor mx = blur(x), my = blur(y);
  const torch::Tensor sxx = blur(x * x) - mx * mx;
  const torch::Tensor syy = blur(y * y) - my * my;
  const torch::Tensor sxy = blur(x * y) - mx * my;
  const double c1 = (o.k1 * o.dataRange) * (o.k1 * o.dataRange), c2 = (o.k2 * o.dataRange) * (o.k2 * o.dataRange);
  return ((2 * mx * my + c1) * (2 * sxy + c2)) / ((mx * mx + my * my + c1) * (sxx + syy + c2));
}

}  // namespace ds::maps
