#pragma once

#include <QString>
#include <memory>
#include <torch/types.h>

namespace ds::patchcore {

// Nearest memory-bank entries of query features, by Euclidean distance.
class NearestNeighborSearch {
 public:
  virtual ~NearestNeighborSearch() = default;
  // queries [Q,D] → distances [Q,k] (not squared) and bank indices [Q,k], nearest first.
  virtual std::pair<torch::Tensor, torch::Tensor> search(const torch::Tensor& queries, int k) const = 0;
};

// "exact": the principal-bound search (principal_bound_search.h) for a CPU bank, the blocked matrix
//          product for a GPU bank.
// "flat": FAISS IndexFlatL2 (brute force, CPU).
// "matmul": blocked matrix products on the bank's device (‖q‖² − 2q·b + ‖b‖², OpenBLAS/cuBLAS sgemm).
// "ivf": FAISS IndexIVFFlat (approximate, for large banks; CPU).
std::unique_ptr<NearestNeighborSearch> makeNearestNeighborSearch(const QString& kind, const torch::Tensor& bank);

}  // namespace ds::patchcore
