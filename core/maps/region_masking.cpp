#include "core/maps/region_masking.h"

#include <limits>
#include <torch/torch.h>

#include "core/maps/map_filters.h"

namespace ds::maps {
namespace F = torch::nn::functional;

torch::Tensor inRegion(const torch::Tensor& maps, const torch::Tensor& region) {
  return region.defined() ? maps * region.to(maps.dtype()).unsqueeze(0) : maps;
}

torch::Tensor blurInRegion(const torch::Tensor& maps, double sigma, const torch::Tensor& region) {
  return inRegion(gaussianBlur(inRegion(maps, region), sigma), region);
}

torch::Tensor regionCells(const torch::Tensor& region, int64_t h, int64_t w) {
  // Area averaging: each cell's inspected share of the frame pixels it covers.
  const torch::Tensor share = F::adaptive_avg_pool2d(region.to(torch::kFloat32).unsqueeze(0).unsqueeze(0),
                                                     F::AdaptiveAvgPool2dFuncOptions({h, w}))
                                  .view({h, w});
  const torch::Tensor cells = share >= 0.5;
  return cells.any().item<bool>() ? cells : share == share.max();
}

torch::Tensor maxInRegion(const torch::Tensor& maps, const torch::Tensor& region) {
  const torch::Tensor inside =
      region.defined() ? maps.masked_fill(region.unsqueeze(0) <= 0, -std::numeric_limits<float>::infinity()) : maps;
  return std::get<0>(inside.flatten(1).max(1));
}

}  // namespace ds::maps
