#include "core/methods/patchcore/patch_features.h"

#include <numeric>

namespace ds::patchcore {
namespace F = torch::nn::functional;

namespace {

torch::Tensor resizeTo(const torch::Tensor& map, int64_t h, int64_t w) {
  if (map.size(2) == h && map.size(3) == w) return map;
  return F::interpolate(map, F::InterpolateFuncOptions()
                                 .size(std::vector<int64_t>{h, w})
                                 .mode(torch::kBilinear)
                                 .align_corners(false));
}

// [N,C,h,w] → [N,stageDim,h,w]: each position's p×p neighbourhood (C·p·p values, zero padded, in
// (channel, row, column) order as torch's unfold gives it) reduced by adaptive average pooling.
torch::Tensor pooledPatches(const torch::Tensor& map, const PatchFeatureOptions& o) {
  const int64_t n = map.size(0), h = map.size(2), w = map.size(3);
  const int pad = (o.patchSize - 1) / 2;
  torch::Tensor patches = F::unfold(map, F::UnfoldFuncOptions(o.patchSize).padding(pad));  // [N, C·p·p, h·w]
  patches = patches.transpose(1, 2).reshape({n * h * w, 1, -1});
  patches = F::adaptive_avg_pool1d(patches, F::AdaptiveAvgPool1dFuncOptions(o.stageDim));  // [N·h·w, 1, stageDim]
  return patches.view({n, h, w, o.stageDim}).permute({0, 3, 1, 2});
}

}  // namespace

torch::Tensor locallyAwareFeatures(const std::vector<torch::Tensor>& maps, const PatchFeatureOptions& o) {
  const int64_t h = maps.front().size(2), w = maps.front().size(3);
  std::vector<torch::Tensor> stages;
  if (o.aggregation == Aggregation::Concat) {
    for (const auto& m : maps) {
      const torch::Tensor pooled = F::avg_pool2d(m, F::AvgPool2dFuncOptions(o.patchSize).stride(1).padding(o.patchSize / 2));
      stages.push_back(resizeTo(pooled, h, w));
    }
    return torch::cat(stages, 1).permute({0, 2, 3, 1}).contiguous();
  }
  // Pooling over channels and bilinear upsampling act on different axes, so pooling each stage at its
  // own resolution first equals the authors' order (unfold, upsample, pool) at a fraction of the memory.
  for (const auto& m : maps) stages.push_back(resizeTo(pooledPatches(m, o), h, w));
  const int64_t n = maps.front().size(0);
  torch::Tensor stacked = torch::stack(stages, 4);  // [N, stageDim, h, w, S]
  stacked = stacked.permute({0, 2, 3, 4, 1}).reshape({n * h * w, 1, -1});  // per position: stage 0 dims, stage 1 dims…
  return F::adaptive_avg_pool1d(stacked, F::AdaptiveAvgPool1dFuncOptions(o.embedDim)).view({n, h, w, o.embedDim});
}

int featureDimension(const std::vector<int>& channels, const PatchFeatureOptions& o) {
  return o.aggregation == Aggregation::Concat ? std::accumulate(channels.begin(), channels.end(), 0) : o.embedDim;
}

}  // namespace ds::patchcore
