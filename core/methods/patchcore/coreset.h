#pragma once

#include <cstdint>
#include <functional>
#include <torch/types.h>
#include <vector>

namespace ds::patchcore {

struct CoresetOptions {
  int64_t size = 0;          // points to select
  int startPoints = 10;      // authors' approximate start: mean distance to this many random points
  uint64_t seed = 0;
};

// Greedy k-center selection (PatchCore §3.2, Sener & Savarese): repeatedly take the point farthest
// from everything selected so far. points [N,k] float32 on the CPU (already JL-projected by the
// caller). Returns the selected row indices in selection order.
//
// Exact greedy, but it never scans all N points per step once the selection has grown: every point
// remembers its nearest selected centre a and distance r; a new centre c can only come closer to a
// point of a's cluster when ‖c − a‖ < 2·r (triangle inequality), so only clusters within twice their
// radius of c are scanned. Memory is O(N·k); there is no N×N matrix.
//
// Before any centre exists, a point's distance is its mean distance to startPoints random points
// (the authors' approximate variant); such points have no cluster yet and are checked every step.
std::vector<int64_t> greedyCoreset(const torch::Tensor& points, const CoresetOptions& options,
                                   const std::function<void(int64_t done, int64_t total)>& progress = {},
                                   const std::function<bool()>& cancelled = {});

// The straightforward O(N·size) version of the same selection, for tests and for GPUs.
std::vector<int64_t> greedyCoresetBruteForce(const torch::Tensor& points, const CoresetOptions& options);

// Largest distance from any point to its nearest selected point.
double coverageRadius(const torch::Tensor& points, const std::vector<int64_t>& selected);

}  // namespace ds::patchcore
