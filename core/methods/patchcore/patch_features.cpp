#include "core/methods/patchcore/patch_features.h"

#include <ATen/Parallel.h>
#include <map>
#include <numeric>

#include "core/maps/map_filters.h"

namespace ds::patchcore {
namespace F = torch::nn::functional;

namespace {

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

// adaptive_avg_pool1d's windows of `len` values pooled to `out`: [⌊iL/D⌋, ⌈(i+1)L/D⌉).
std::pair<int64_t, int64_t> window(int64_t i, int64_t len, int64_t out) {
  return {(i * len) / out, ((i + 1) * len + out - 1) / out};
}

// The Pool aggregation is linear: each output feature is a weighted sum of a few values of one or
// two stages' p×p patches (windows of ~1–3 values, pooled twice). One stage's part of it as taps:
// for output j (within [first, first + count)), the (offset into a padded NHWC map, weight) pairs.
struct StageTaps {
  int64_t first = 0, count = 0;
  std::vector<int64_t> start;  // count + 1 entries into offset/weight
  std::vector<int64_t> offset;
  std::vector<float> weight;
};

StageTaps stageTaps(int stage, int stages, int64_t channels, int64_t paddedWidth, const PatchFeatureOptions& o) {
  const int64_t p = o.patchSize, unfolded = channels * p * p, stacked = int64_t(stages) * o.stageDim;
  StageTaps taps;
  std::vector<std::map<int64_t, double>> perOutput(static_cast<size_t>(o.embedDim));
  for (int64_t j = 0; j < o.embedDim; ++j) {
    const auto [t0, t1] = window(j, stacked, o.embedDim);
    for (int64_t t = t0; t < t1; ++t) {
      if (t / o.stageDim != stage) continue;
      const auto [u0, u1] = window(t % o.stageDim, unfolded, o.stageDim);
      for (int64_t u = u0; u < u1; ++u) {
        // unfold's order: channel, then row and column within the patch.
        const int64_t c = u / (p * p), dy = (u % (p * p)) / p, dx = u % p;
        perOutput[size_t(j)][(dy * paddedWidth + dx) * channels + c] += 1.0 / double((t1 - t0) * (u1 - u0));
      }
    }
  }
  int64_t last = -1;
  for (int64_t j = 0; j < o.embedDim; ++j)
    if (!perOutput[size_t(j)].empty()) {
      if (last < 0) taps.first = j;
      last = j;
    }
  taps.count = last < 0 ? 0 : last - taps.first + 1;
  taps.start.push_back(0);
  for (int64_t j = taps.first; j < taps.first + taps.count; ++j) {
    for (const auto& [offset, weight] : perOutput[size_t(j)]) {
      taps.offset.push_back(offset);
      taps.weight.push_back(static_cast<float>(weight));
    }
    taps.start.push_back(static_cast<int64_t>(taps.offset.size()));
  }
  return taps;
}

// One stage's outputs [N,h,w,count] at its own resolution, from the map zero-padded by (p−1)/2 in NHWC.
torch::Tensor applyTaps(const torch::Tensor& map, const StageTaps& taps, int patchSize) {
  const int64_t pad = (patchSize - 1) / 2;
  const int64_t n = map.size(0), c = map.size(1), h = map.size(2), w = map.size(3);
  const torch::Tensor padded =
      F::pad(map, F::PadFuncOptions({pad, pad, pad, pad})).permute({0, 2, 3, 1}).contiguous();  // [N,h+2p,w+2p,C]
  torch::Tensor out = torch::empty({n, h, w, taps.count}, map.options().dtype(torch::kFloat32));
  const float* in = padded.data_ptr<float>();
  float* dst = out.data_ptr<float>();
  const int64_t pw = w + 2 * pad, ph = h + 2 * pad;
  at::parallel_for(0, n * h, 1, [&](int64_t begin, int64_t end) {
    for (int64_t row = begin; row < end; ++row) {
      const int64_t img = row / h, y = row % h;
      for (int64_t x = 0; x < w; ++x) {
        const float* base = in + ((img * ph + y) * pw + x) * c;
        float* o = dst + (row * w + x) * taps.count;
        for (int64_t j = 0; j < taps.count; ++j) {
          float sum = 0;
          for (int64_t t = taps.start[size_t(j)]; t < taps.start[size_t(j) + 1]; ++t)
            sum += taps.weight[size_t(t)] * base[taps.offset[size_t(t)]];
          o[j] = sum;
        }
      }
    }
  });
  return out;
}

// The Pool aggregation on the CPU: each stage's taps at its own resolution, upsampled (linear maps
// commute), summed into [N,h₀,w₀,embedDim]. Reads each map once, with no unfolded copy.
torch::Tensor pooledFeaturesCpu(const std::vector<torch::Tensor>& maps, const PatchFeatureOptions& o) {
  const int64_t h = maps.front().size(2), w = maps.front().size(3);
  torch::Tensor out = torch::zeros({maps.front().size(0), h, w, o.embedDim}, maps.front().options().dtype(torch::kFloat32));
  for (size_t s = 0; s < maps.size(); ++s) {
    const torch::Tensor map = maps[s].to(torch::kFloat32);
    const int64_t paddedWidth = map.size(3) + 2 * ((o.patchSize - 1) / 2);
    const StageTaps taps = stageTaps(static_cast<int>(s), static_cast<int>(maps.size()), map.size(1), paddedWidth, o);
    if (taps.count == 0) continue;
    const torch::Tensor part = applyTaps(map, taps, o.patchSize);                      // [N,h_s,w_s,count]
    const torch::Tensor resized = maps::resizeFeatureMaps(part.permute({0, 3, 1, 2}), h, w).permute({0, 2, 3, 1});
    out.slice(3, taps.first, taps.first + taps.count) += resized;
  }
  return out;
}

}  // namespace

torch::Tensor locallyAwareFeatures(const std::vector<torch::Tensor>& maps, const PatchFeatureOptions& o) {
  const int64_t h = maps.front().size(2), w = maps.front().size(3);
  std::vector<torch::Tensor> stages;
  if (o.aggregation == Aggregation::Concat) {
    for (const auto& m : maps) {
      const torch::Tensor pooled = F::avg_pool2d(m, F::AvgPool2dFuncOptions(o.patchSize).stride(1).padding(o.patchSize / 2));
      stages.push_back(maps::resizeFeatureMaps(pooled, h, w));
    }
    return torch::cat(stages, 1).permute({0, 2, 3, 1}).contiguous();
  }
  if (maps.front().is_cpu()) return pooledFeaturesCpu(maps, o);
  // Pooling over channels and bilinear upsampling act on different axes, so pooling each stage at its
  // own resolution first equals the authors' order (unfold, upsample, pool) at a fraction of the memory.
  for (const auto& m : maps) stages.push_back(maps::resizeFeatureMaps(pooledPatches(m, o), h, w));
  // Per position the stages' vectors one after another, pooled to embedDim (the authors' Aggregator).
  return poolChannels(torch::cat(stages, 1), o.embedDim).permute({0, 2, 3, 1}).contiguous();
}

int featureDimension(const std::vector<int>& channels, const PatchFeatureOptions& o) {
  return o.aggregation == Aggregation::Concat ? std::accumulate(channels.begin(), channels.end(), 0) : o.embedDim;
}

}  // namespace ds::patchcore
