#include "core/methods/patchcore/principal_bound_search.h"

#include <ATen/Parallel.h>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "core/runtime/vector_clones.h"

namespace ds::patchcore {
namespace {

// Query rows per bound matrix: up to 1024 (one matrix product per block, good sgemm efficiency), fewer for
// large banks so that the [rows × bank] bounds stay near 32 MB.
int64_t queryBlock(int64_t bankSize) { return std::clamp<int64_t>((int64_t{8} << 20) / bankSize, 16, 1024); }

DS_VECTOR_CLONES float squaredDistance(const float* a, const float* b, int64_t d) {
  float sum = 0.f;
#pragma omp simd reduction(+ : sum)
  for (int64_t i = 0; i < d; ++i) {
    const float diff = a[i] - b[i];
    sum += diff * diff;
  }
  return sum;
}

// The k smallest (distance², index) pairs seen so far, ascending; k is small (1 for patch scores,
// b = 9 for eq. (7)), so insertion into a sorted array beats a heap.
struct Nearest {
  explicit Nearest(int64_t k) : d2(k, std::numeric_limits<float>::infinity()), index(k, -1) {}
  float worst() const { return d2.back(); }
  void offer(float value, int64_t i) {
    if (!(value < d2.back())) return;
    auto pos = static_cast<int64_t>(d2.size()) - 1;
    for (; pos > 0 && d2[pos - 1] > value; --pos) {
      d2[pos] = d2[pos - 1];
      index[pos] = index[pos - 1];
    }
    d2[pos] = value;
    index[pos] = i;
  }
  std::vector<float> d2;
  std::vector<int64_t> index;
};

struct Row {
  const float* query;     // [D], the original query
  float* bound;           // [M]: in, −2 Pq·Pm; out, the lower bound
  float projectedNorm2;   // ‖Pq‖²
  float residual;         // ‖P⊥q‖
  float tolerance;        // rounding allowance of the bound's matrix-product expansion
};

struct BankView {
  const float* rows;           // [M,D]
  const float* projectedNorm2; // [M]: ‖Pm‖²
  const float* residuals;      // [M]: ‖P⊥m‖
  int64_t m, d;
};

// Entries per chunk of the bound scan: the scan reads one minimum per chunk and opens only the few
// chunks whose minimum is below the current distance (the entries worth measuring are rare).
constexpr int64_t kChunk = 64;

// bound[j] = max(0, ‖Pq‖² − 2 Pq·Pm + ‖Pm‖²) + (‖P⊥q‖ − ‖P⊥m‖)², and the minimum of each chunk.
DS_VECTOR_CLONES void completeBounds(const Row& row, const BankView& bank, float* chunkMin) {
  float* bound = row.bound;
  const float* norms = bank.projectedNorm2;
  const float* residuals = bank.residuals;
  const float queryNorm = row.projectedNorm2, queryResidual = row.residual;
  for (int64_t begin = 0, c = 0; begin < bank.m; begin += kChunk, ++c) {
    const int64_t end = std::min(bank.m, begin + kChunk);
    float least = std::numeric_limits<float>::infinity();
#pragma omp simd reduction(min : least)
    for (int64_t j = begin; j < end; ++j) {
      const float gap = queryResidual - residuals[j];
      const float value = std::max(0.f, bound[j] + queryNorm + norms[j]) + gap * gap;
      bound[j] = value;
      least = std::min(least, value);
    }
    chunkMin[c] = least;
  }
}

// The exact k nearest of one query: bound every entry, measure the k best-bounded, then measure every
// entry whose bound is below the k-th distance so far. An entry left out has bound ≥ that distance,
// so its true distance cannot place it among the k nearest.
void searchRow(const Row& row, const BankView& bank, float* chunkMin, Nearest& out) {
  completeBounds(row, bank, chunkMin);
  const int64_t chunks = (bank.m + kChunk - 1) / kChunk;
  const auto k = static_cast<int64_t>(out.d2.size());
  std::vector<int64_t> seeds;
  if (k == 1) {  // the best-bounded entry lies in the chunk with the smallest minimum
    const int64_t c = std::min_element(chunkMin, chunkMin + chunks) - chunkMin;
    float* begin = row.bound + c * kChunk;
    seeds = {std::min_element(begin, row.bound + std::min(bank.m, (c + 1) * kChunk)) - row.bound};
  } else {
    Nearest best(k);
    for (int64_t j = 0; j < bank.m; ++j) best.offer(row.bound[j], j);
    seeds = best.index;
  }
  for (const int64_t j : seeds) {
    out.offer(squaredDistance(row.query, bank.rows + j * bank.d, bank.d), j);
    row.bound[j] = std::numeric_limits<float>::infinity();  // measured already
  }
  float limit = out.worst() + row.tolerance;
  for (int64_t c = 0; c < chunks; ++c) {
    if (!(chunkMin[c] < limit)) continue;
    for (int64_t j = c * kChunk, end = std::min(bank.m, j + kChunk); j < end; ++j) {
      if (row.bound[j] < limit) {
        out.offer(squaredDistance(row.query, bank.rows + j * bank.d, bank.d), j);
        limit = out.worst() + row.tolerance;
      }
    }
  }
}

class PrincipalBoundSearch : public NearestNeighborSearch {
 public:
  PrincipalBoundSearch(const torch::Tensor& bankIn, double variance)
      : bank_(bankIn.to(torch::kCPU, torch::kFloat32).contiguous()) {
    // Principal directions of the bank in double: eigenvectors of the covariance, largest first.
    // Centred in place: one double copy of the bank, not two (at a 3 000-image fit's 1 % bank, 0.6 GB each).
    const torch::Tensor centred = bank_.to(torch::kFloat64);
    const torch::Tensor mean = centred.mean(0);
    centred.sub_(mean);
    auto [values, vectors] = torch::linalg_eigh(centred.t().mm(centred));
    values = values.flip(0).clamp_min(0);
    const torch::Tensor held = values.cumsum(0) / values.sum().clamp_min(1e-300);
    const int64_t d = bank_.size(1);
    int64_t r = (held < variance).sum().item<int64_t>() + 1;
    r = std::min(d, (r + 15) / 16 * 16);
    const torch::Tensor basis = vectors.flip(1).slice(1, 0, r);
    const torch::Tensor projected = centred.mm(basis);
    mean_ = mean.to(torch::kFloat32);
    basis_ = basis.to(torch::kFloat32).contiguous();
    basisT_ = basis_.t().contiguous();
    const torch::Tensor projectedF = projected.to(torch::kFloat32);
    projectedT_ = projectedF.t().contiguous();
    projectedNorm2_ = projectedF.pow(2).sum(1).contiguous();
    const torch::Tensor norm2 = at::linalg_vector_norm(centred, 2, {1}).square_();  // no second N×D copy
    residuals_ = (norm2 - projected.pow(2).sum(1)).clamp_min(0).sqrt().to(torch::kFloat32).contiguous();
    maxNorm2_ = norm2.max().item<double>();
  }

  std::pair<torch::Tensor, torch::Tensor> search(const torch::Tensor& queriesIn, int kIn) const override {
    const torch::Tensor queries = queriesIn.to(torch::kCPU, torch::kFloat32).contiguous();
    const int64_t q = queries.size(0), m = bank_.size(0), d = bank_.size(1);
    const int64_t k = std::min<int64_t>(kIn, m);
    torch::Tensor dist = torch::empty({q, k}, torch::kFloat32);
    torch::Tensor idx = torch::empty({q, k}, torch::kLong);
    float* distOut = dist.data_ptr<float>();
    int64_t* idxOut = idx.data_ptr<int64_t>();
    const BankView view{bank_.data_ptr<float>(), projectedNorm2_.data_ptr<float>(), residuals_.data_ptr<float>(), m, d};
    const int64_t rows = queryBlock(m);
    for (int64_t b = 0; b < q; b += rows) {
      const torch::Tensor block = queries.slice(0, b, b + rows);
      const torch::Tensor centred = block - mean_;
      const torch::Tensor projected = centred.mm(basis_);
      const torch::Tensor bounds = (projected * -2.0f).mm(projectedT_);
      const torch::Tensor projectedNorm2 = projected.pow(2).sum(1).contiguous();
      // ‖P⊥q‖ from the residual vector itself: √(‖q‖² − ‖Pq‖²) in float loses the small residuals
      // of queries lying nearly in the principal subspace, and with them the bound's guarantee.
      const torch::Tensor residual = (centred - projected.mm(basisT_)).norm(2, 1).contiguous();
      const torch::Tensor centredNorm2 = centred.pow(2).sum(1).contiguous();
      at::parallel_for(0, block.size(0), 8, [&](int64_t begin, int64_t end) {
        std::vector<float> chunkMin((m + kChunk - 1) / kChunk);
        for (int64_t i = begin; i < end; ++i) {
          // float32 products of norms up to ~‖q‖² + max‖m‖² round at ~1e-7 relative per term.
          const Row row{block.data_ptr<float>() + i * d, bounds.data_ptr<float>() + i * m,
                        projectedNorm2.data_ptr<float>()[i], residual.data_ptr<float>()[i],
                        static_cast<float>(1e-5 * (centredNorm2.data_ptr<float>()[i] + maxNorm2_))};
          Nearest nearest(k);
          searchRow(row, view, chunkMin.data(), nearest);
          for (int64_t j = 0; j < k; ++j) {
            distOut[(b + i) * k + j] = std::sqrt(std::max(0.f, nearest.d2[j]));
            idxOut[(b + i) * k + j] = nearest.index[j];
          }
        }
      });
    }
    return {dist.to(queriesIn.device()), idx.to(queriesIn.device())};
  }

 private:
  torch::Tensor bank_;            // [M,D] float
  torch::Tensor mean_;            // [D]
  torch::Tensor basis_;           // [D,r]
  torch::Tensor basisT_;          // [r,D]
  torch::Tensor projectedT_;      // [r,M]: P(m − mean) per entry
  torch::Tensor projectedNorm2_;  // [M]
  torch::Tensor residuals_;       // [M]: ‖P⊥(m − mean)‖
  double maxNorm2_ = 0;           // max ‖m − mean‖²
};

}  // namespace

std::unique_ptr<NearestNeighborSearch> makePrincipalBoundSearch(const torch::Tensor& bank, double variance) {
  return std::make_unique<PrincipalBoundSearch>(bank, variance);
}

}  // namespace ds::patchcore
