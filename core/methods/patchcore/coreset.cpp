#include "core/methods/patchcore/coreset.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/jobs/job_context.h"
#include "core/methods/patchcore/nearest_neighbors.h"
#include "core/runtime/vector_clones.h"

namespace ds::patchcore {
namespace {

// The lazy greedy's refreshes measure most of the selection's distances one pair at a time: a
// vectorised reduction (the build's baseline x86-64 would otherwise add one float at a time).
DS_VECTOR_CLONES float squaredDistance(const float* a, const float* b, int64_t k) {
  float s = 0;
#pragma omp simd reduction(+ : s)
  for (int64_t j = 0; j < k; ++j) {
    const float d = a[j] - b[j];
    s += d * d;
  }
  return s;
}

// Centres selected between two full updates, and rows per block of the update's matrix product.
constexpr int64_t kPendingCentres = 256;
constexpr int64_t kFlushRows = 32768;

// A heap entry: value is an upper bound of the point's squared distance to the selection, exact for
// the first `applied` pending centres. Ordered by value, then lowest index first.
struct Entry {
  float value;
  int64_t index;
  std::size_t applied;
  bool operator<(const Entry& o) const { return value < o.value || (value == o.value && index > o.index); }
};

// Initial distances: the mean distance of each point to a few random points (authors' code).
torch::Tensor startDistances(const torch::Tensor& points, const CoresetOptions& options) {
  const int64_t n = points.size(0);
  torch::Generator gen = at::detail::createCPUGenerator(options.seed);
  const int64_t m = std::min<int64_t>(std::max(options.startPoints, 1), n);
  const torch::Tensor starts = points.index_select(0, torch::randperm(n, gen, torch::kLong).slice(0, 0, m));
  // In blocks of rows: cdist's working copies of all the points would briefly double the largest
  // array of a fit (an N×(k+2) matrix beside the N×k points).
  torch::Tensor mean = torch::empty({n});
  for (int64_t b = 0; b < n; b += kFlushRows) {
    const int64_t e = std::min(n, b + kFlushRows);
    mean.slice(0, b, e).copy_(torch::cdist(points.slice(0, b, e), starts).mean(1));
  }
  return mean;
}

int64_t argmaxFirst(const torch::Tensor& values) { return values.argmax().item<int64_t>(); }

}  // namespace

std::vector<int64_t> greedyCoreset(const torch::Tensor& pointsIn, const CoresetOptions& options,
                                   const std::function<void(int64_t, int64_t, double)>& progress,
                                   const std::function<bool()>& cancelled) {
  const torch::Tensor points = pointsIn.to(torch::kCPU, torch::kFloat32).contiguous();
  const int64_t n = points.size(0), k = points.size(1);
  const int64_t size = std::min(options.size, n);
  const float* x = points.data_ptr<float>();
  torch::Tensor norms = torch::empty({n});
  for (int64_t b = 0; b < n; b += kFlushRows)  // in blocks, as the start distances
    norms.slice(0, b, std::min(n, b + kFlushRows)).copy_(points.slice(0, b, std::min(n, b + kFlushRows)).pow(2).sum(1));

  // Squared distance of each point to the centres applied so far (or the squared start proxy).
  std::vector<float> dist2(n);
  {
    const torch::Tensor d0 = options.startSquaredDistances.defined()
                                 ? options.startSquaredDistances.to(torch::kCPU, torch::kFloat32).contiguous()
                                 : startDistances(points, options).pow(2).contiguous();
    if (d0.numel() != n) throw std::invalid_argument("start distances for another number of points");
    std::copy(d0.data_ptr<float>(), d0.data_ptr<float>() + n, dist2.begin());
  }
  std::vector<int64_t> selected;
  selected.reserve(size);
  std::vector<int64_t> pending;  // centres not yet applied to every point
  std::vector<Entry> heap;

  const auto rebuildHeap = [&] {
    heap.resize(n);
    for (int64_t i = 0; i < n; ++i) heap[i] = {dist2[i], i, 0};
    std::make_heap(heap.begin(), heap.end());
  };
  // Applies the pending centres to all points at once: one [N,k]×[k,B] matrix product instead of B
  // passes over the N×k matrix, so the work runs at matrix-product speed rather than memory speed.
  // Each row's minimum is taken of ‖c‖² − 2p·c and ‖p‖² added after: rounding is monotonic, so this
  // equals the minimum of the full distances and saves a pass over the block. The block's buffer is
  // allocated once, not once per block and flush.
  torch::Tensor buffer = torch::empty({std::min(n, kFlushRows) * kPendingCentres});
  const auto flush = [&] {
    if (pending.empty()) return;
    const torch::Tensor centres = points.index_select(0, torch::tensor(pending, torch::kLong));
    const torch::Tensor centreNorms = centres.pow(2).sum(1).unsqueeze(0);
    const auto count = static_cast<int64_t>(pending.size());
    for (int64_t b = 0; b < n; b += kFlushRows) {
      const int64_t e = std::min(n, b + kFlushRows);
      torch::Tensor d2 = buffer.narrow(0, 0, (e - b) * count).view({e - b, count});
      at::addmm_out(d2, centreNorms, points.slice(0, b, e), centres.t(), 1.0, -2.0);
      const torch::Tensor nearest = d2.amin(1).add_(norms.slice(0, b, e)).clamp_min_(0).contiguous();
      const float* v = nearest.data_ptr<float>();
      for (int64_t i = b; i < e; ++i) dist2[i] = std::min(dist2[i], v[i - b]);
    }
    for (int64_t c : pending) dist2[c] = 0;  // exactly, whatever the product's rounding
    pending.clear();
    rebuildHeap();
  };

  rebuildHeap();
  float radius2 = 0;  // squared distance of the latest centre to the earlier ones
  for (int64_t t = 0; t < size; ++t) {
    if (cancelled && (t & 63) == 0 && cancelled()) throw Cancelled();
    if (static_cast<int64_t>(pending.size()) == kPendingCentres) flush();
    // Lazy greedy: heap values are upper bounds (distances only shrink). The top entry is the true
    // farthest point once it accounts for every pending centre; otherwise refresh it and retry.
    for (;;) {
      std::pop_heap(heap.begin(), heap.end());
      Entry top = heap.back();
      if (top.applied == pending.size()) {
        heap.pop_back();
        selected.push_back(top.index);
        radius2 = top.value;
        pending.push_back(top.index);
        break;
      }
      const float* p = x + top.index * k;
      for (std::size_t j = top.applied; j < pending.size(); ++j)
        top.value = std::min(top.value, squaredDistance(p, x + pending[j] * k, k));
      dist2[top.index] = top.value;
      top.applied = pending.size();
      heap.back() = top;
      std::push_heap(heap.begin(), heap.end());
    }
    if (progress && ((t & 31) == 0 || t + 1 == size)) progress(t + 1, size, std::sqrt(static_cast<double>(radius2)));
  }
  return selected;
}

std::vector<int64_t> greedyCoresetBruteForce(const torch::Tensor& pointsIn, const CoresetOptions& options) {
  const torch::Tensor points = pointsIn.to(torch::kFloat32).contiguous();
  const int64_t size = std::min(options.size, points.size(0));
  torch::Tensor dist = options.startSquaredDistances.defined() ? options.startSquaredDistances.to(points.device(), torch::kFloat32).sqrt()
                                                               : startDistances(points.cpu(), options).to(points.device());
  std::vector<int64_t> selected;
  for (int64_t t = 0; t < size; ++t) {
    const int64_t next = argmaxFirst(dist);
    selected.push_back(next);
    const torch::Tensor d = (points - points[next]).pow(2).sum(1).sqrt();
    dist = torch::minimum(dist, d);
  }
  return selected;
}

double coverageRadius(const torch::Tensor& points, const std::vector<int64_t>& selected) {
  const torch::Tensor centres = points.index_select(0, torch::tensor(selected, torch::kLong).to(points.device()));
  double worst = 0;
  for (int64_t b = 0; b < points.size(0); b += 4096) {
    const torch::Tensor d = torch::cdist(points.slice(0, b, b + 4096), centres).amin(1);
    worst = std::max(worst, d.max().item<double>());
  }
  return worst;
}

torch::Tensor nearestSquaredDistances(const torch::Tensor& points, const torch::Tensor& centres, const QString& search) {
  const auto index = makeNearestNeighborSearch(search, centres.to(torch::kFloat32).contiguous());
  std::vector<torch::Tensor> parts;
  for (int64_t b = 0; b < points.size(0); b += kFlushRows)
    parts.push_back(index->search(points.slice(0, b, b + kFlushRows).to(centres.device(), torch::kFloat32), 1).first.view({-1}).pow(2).cpu());
  return torch::cat(parts);
}

}  // namespace ds::patchcore
