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

// Adaptive average pooling along dim 1 of [N,L,h,w] to D values (torch's adaptive_avg_pool1d
// windows: [⌊iL/D⌋, ⌈(i+1)L/D⌉)). Windows hold at most ⌈L/D⌉+1 values, so a few gathers of whole
// planes do it without moving the channel axis last, which is where the time went otherwise.
torch::Tensor poolChannels(const torch::Tensor& x, int64_t outDim) {
  const int64_t len = x.size(1);
  std::vector<int64_t> starts(outDim), ends(outDim);
  int64_t widest = 0, narrowest = len;
  for (int64_t i = 0; i < outDim; ++i) {
    starts[i] = (i * len) / outDim;
    ends[i] = ((i + 1) * len + outDim - 1) / outDim;
    widest = std::max(widest, ends[i] - starts[i]);
    narrowest = std::min(narrowest, ends[i] - starts[i]);
  }
  const auto opts = torch::TensorOptions().dtype(torch::kLong).device(x.device());
  const torch::Tensor start = torch::tensor(starts).to(opts), end = torch::tensor(ends).to(opts);
  const torch::Tensor count = (end - start).to(x.dtype()).view({1, outDim, 1, 1});
  torch::Tensor sum;
  for (int64_t j = 0; j < widest; ++j) {
    torch::Tensor part = x.index_select(1, torch::minimum(start + j, end - 1));
    if (j >= narrowest) part.mul_(((start + j) < end).to(x.dtype()).view({1, outDim, 1, 1}));  // past a window's end
    sum = j == 0 ? part : sum.add_(part);
  }
  return sum.div_(count);
}

// [N,C,h,w] → [N,stageDim,h,w]: each position's p×p neighbourhood (C·p·p values, zero padded, in
// (channel, row, column) order as torch's unfold gives it) reduced by adaptive average pooling.
torch::Tensor pooledPatches(const torch::Tensor& map, const PatchFeatureOptions& o) {
  const int64_t n = map.size(0), h = map.size(2), w = map.size(3);
  const int pad = (o.patchSize - 1) / 2;
  const torch::Tensor patches = F::unfold(map, F::UnfoldFuncOptions(o.patchSize).padding(pad)).view({n, -1, h, w});
  return poolChannels(patches, o.stageDim);
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
  // Per position the stages' vectors one after another, pooled to embedDim (the authors' Aggregator).
  return poolChannels(torch::cat(stages, 1), o.embedDim).permute({0, 2, 3, 1}).contiguous();
}

int featureDimension(const std::vector<int>& channels, const PatchFeatureOptions& o) {
  return o.aggregation == Aggregation::Concat ? std::accumulate(channels.begin(), channels.end(), 0) : o.embedDim;
}

}  // namespace ds::patchcore
