#pragma once

#include <cstdint>
#include <QString>
#include <functional>
#include <torch/types.h>
#include <vector>

namespace ds::patchcore {

struct CoresetOptions {
  int64_t size = 0;          // points to select
  int startPoints = 10;      // authors' approximate start: mean distance to this many random points
  uint64_t seed = 0;
  // Continuing a selection (a model update): each point's squared distance to the centres chosen
  // before, [N] float; replaces the random start. Undefined for a fresh selection.
  torch::Tensor startSquaredDistances;
};

// Greedy k-center selection (PatchCore §3.2, Sener & Savarese): repeatedly take the point farthest
// from everything selected so far. points [N,k] float32 (already JL-projected by the caller).
// Returns the selected row indices in selection order. Before any centre exists, a point's distance
// is its mean distance to startPoints random points (the authors' approximate variant).
//
// Exact greedy, computed lazily: distances only shrink, so stored ones are upper bounds kept in a
// max-heap. A step pops the top point and brings it up to date with the centres chosen since the last
// full update; if it is still on top it is the farthest point. Every 256 centres one matrix product
// updates all points. The N×k matrix is read once per 256 centres instead of once per centre, and
// memory stays O(N·k); there is no N×N matrix. progress also gets the coverage radius: the distance
// of the centre just chosen to the earlier ones, i.e. the largest distance of any point to the coreset
// (the k-centre objective the greedy selection drives down).
std::vector<int64_t> greedyCoreset(const torch::Tensor& points, const CoresetOptions& options,
                                   const std::function<void(int64_t done, int64_t total, double radius)>& progress = {},
                                   const std::function<bool()>& cancelled = {});

// The straightforward O(N·size) version of the same selection, for tests and for GPUs.
std::vector<int64_t> greedyCoresetBruteForce(const torch::Tensor& points, const CoresetOptions& options);

// Largest distance from any point to its nearest selected point.
double coverageRadius(const torch::Tensor& points, const std::vector<int64_t>& selected);

// Each point's squared distance to its nearest centre, [N] float on the CPU, found with the nearest-
// neighbour search of that kind (nearest_neighbors.h): the start of a continued selection.
torch::Tensor nearestSquaredDistances(const torch::Tensor& points, const torch::Tensor& centres, const QString& search = QStringLiteral("exact"));

}  // namespace ds::patchcore
