#include "core/methods/patchcore/coreset.h"

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>

#include "core/jobs/job_context.h"

namespace ds::patchcore {
namespace {

inline float distance(const float* a, const float* b, int64_t k) {
  float s = 0;
  for (int64_t j = 0; j < k; ++j) {
    const float d = a[j] - b[j];
    s += d * d;
  }
  return std::sqrt(s);
}

// Initial distances: the mean distance of each point to a few random points (authors' code).
torch::Tensor startDistances(const torch::Tensor& points, const CoresetOptions& options) {
  const int64_t n = points.size(0);
  torch::Generator gen = at::detail::createCPUGenerator(options.seed);
  const int64_t m = std::min<int64_t>(std::max(options.startPoints, 1), n);
  const torch::Tensor starts = torch::randperm(n, gen, torch::kLong).slice(0, 0, m);
  return torch::cdist(points, points.index_select(0, starts)).mean(1).contiguous();
}

int64_t argmaxFirst(const torch::Tensor& values) { return values.argmax().item<int64_t>(); }

}  // namespace

std::vector<int64_t> greedyCoreset(const torch::Tensor& pointsIn, const CoresetOptions& options,
                                   const std::function<void(int64_t, int64_t)>& progress,
                                   const std::function<bool()>& cancelled) {
  const torch::Tensor points = pointsIn.to(torch::kCPU, torch::kFloat32).contiguous();
  const int64_t n = points.size(0), k = points.size(1);
  const int64_t size = std::min(options.size, n);
  const float* x = points.data_ptr<float>();

  std::vector<float> dist(n);  // distance to the nearest centre (or the start proxy)
  {
    const torch::Tensor d0 = startDistances(points, options);
    std::copy(d0.data_ptr<float>(), d0.data_ptr<float>() + n, dist.begin());
  }
  std::vector<int32_t> owner(n, -1);          // nearest centre, -1 before any
  std::vector<int32_t> unassigned(n);
  for (int64_t i = 0; i < n; ++i) unassigned[i] = static_cast<int32_t>(i);
  std::vector<std::vector<int32_t>> members;  // per centre, the points it is nearest to
  std::vector<float> radius;                  // per centre, the largest member distance
  std::vector<int32_t> farthest;              // per centre, the member at that distance
  std::vector<int64_t> selected;
  selected.reserve(size);
  std::vector<float> centreDist;
  std::vector<int32_t> candidates;
  std::vector<float> candidateDist;
  std::vector<char> touched;

  const auto refreshCluster = [&](int64_t a) {
    radius[a] = 0;
    farthest[a] = -1;
    for (int32_t p : members[a])
      if (farthest[a] < 0 || dist[p] > radius[a]) {
        radius[a] = dist[p];
        farthest[a] = p;
      }
  };

  int64_t next = std::max_element(dist.begin(), dist.end()) - dist.begin();
  for (int64_t t = 0; t < size && next >= 0; ++t) {
    if (cancelled && (t & 63) == 0 && cancelled()) throw Cancelled();
    selected.push_back(next);
    const float* c = x + next * k;

    // A point p of centre a can only come closer to c when ‖c − a‖ < 2·dist[p] (triangle
    // inequality); reading dist[p] is all it costs to rule a point out.
    centreDist.resize(t);
    at::parallel_for(0, t, 256, [&](int64_t b, int64_t e) {
      for (int64_t a = b; a < e; ++a) centreDist[a] = distance(c, x + selected[a] * k, k);
    });
    candidates.assign(unassigned.begin(), unassigned.end());
    for (int64_t a = 0; a < t; ++a) {
      const float limit = centreDist[a] / 2;
      if (radius[a] <= limit) continue;
      for (int32_t p : members[a])
        if (dist[p] > limit) candidates.push_back(p);
    }
    candidateDist.resize(candidates.size());
    at::parallel_for(0, static_cast<int64_t>(candidates.size()), 1024, [&](int64_t b, int64_t e) {
      for (int64_t i = b; i < e; ++i) candidateDist[i] = distance(x + int64_t(candidates[i]) * k, c, k);
    });

    // Points now nearer to c join its cluster; clusters that lost points get new radii.
    std::vector<int32_t> mine;
    touched.assign(t + 1, 0);
    bool unassignedChanged = false;
    for (std::size_t j = 0; j < candidates.size(); ++j) {
      const int32_t p = candidates[j];
      if (candidateDist[j] < dist[p]) {
        dist[p] = candidateDist[j];
        if (owner[p] < 0) unassignedChanged = true;
        else touched[owner[p]] = 1;
        owner[p] = static_cast<int32_t>(t);
        mine.push_back(p);
      }
    }
    const auto stays = [&](int32_t p) { return owner[p] != static_cast<int32_t>(t); };
    if (unassignedChanged) unassigned.erase(std::remove_if(unassigned.begin(), unassigned.end(), [&](int32_t p) { return !stays(p); }), unassigned.end());
    members.push_back(std::move(mine));
    radius.push_back(0);
    farthest.push_back(-1);
    for (int64_t a = 0; a < t; ++a) {
      if (!touched[a]) continue;
      auto& m = members[a];
      m.erase(std::remove_if(m.begin(), m.end(), [&](int32_t p) { return !stays(p); }), m.end());
      refreshCluster(a);
    }
    refreshCluster(t);

    // The next centre: the point farthest from the selection, lowest index on ties.
    float best = -1;
    next = -1;
    for (int64_t a = 0; a <= t; ++a)
      if (farthest[a] >= 0 && (radius[a] > best || (radius[a] == best && farthest[a] < next))) {
        best = radius[a];
        next = farthest[a];
      }
    for (int32_t p : unassigned)
      if (dist[p] > best || (dist[p] == best && p < next)) {
        best = dist[p];
        next = p;
      }
    if (progress && ((t & 31) == 0 || t + 1 == size)) progress(t + 1, size);
  }
  return selected;
}

std::vector<int64_t> greedyCoresetBruteForce(const torch::Tensor& pointsIn, const CoresetOptions& options) {
  const torch::Tensor points = pointsIn.to(torch::kFloat32).contiguous();
  const int64_t size = std::min(options.size, points.size(0));
  torch::Tensor dist = startDistances(points.cpu(), options).to(points.device());
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

}  // namespace ds::patchcore
