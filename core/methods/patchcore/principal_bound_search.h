#pragma once

#include <memory>
#include <torch/types.h>

#include "core/methods/patchcore/nearest_neighbors.h"

namespace ds::patchcore {

// Exact nearest neighbours with most of the bank skipped by a lower bound.
//
// With P the bank's top-r principal directions and P⊥ the rest, for any query q and entry m
//   ‖q − m‖² = ‖P(q − m)‖² + ‖P⊥(q − m)‖² ≥ ‖P(q − m)‖² + (‖P⊥q‖ − ‖P⊥m‖)²
// (the reverse triangle inequality in the complement). The bound for all entries is one r-dimensional
// matrix product; only entries whose bound is below the k-th best distance found so far get a full
// D-dimensional distance. The result is the same set of neighbours as the brute-force search.
//
// r: the smallest multiple of 16 whose principal directions hold `variance` of the bank's variance
// (0 < variance ≤ 1). Measured on KolektorSDD's 1024-d features (bench/README.md): 0.8 → r = 80, 71
// entries measured per query; 0.85 → 96, 42; 0.9 → 144, 12 (fastest); 0.93 → 192, 5.
std::unique_ptr<NearestNeighborSearch> makePrincipalBoundSearch(const torch::Tensor& bank, double variance = 0.9);

}  // namespace ds::patchcore
