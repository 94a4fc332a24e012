#include "core/methods/semi_orthogonal/location_gaussians.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QCoreApplication>

#include "core/error.h"

namespace ds::semi_orthogonal {
namespace {
constexpr int64_t kPendingImages = 32;  // images whose products are formed together
constexpr int64_t kBlock = 512;          // locations per block of double-precision work
}  // namespace

torch::Tensor embeddingMatrix(Embedding kind, int64_t features, int64_t k, uint64_t seed) {
  torch::Generator gen = at::detail::createCPUGenerator(seed);
  const auto f64 = torch::TensorOptions().dtype(torch::kFloat64);
  switch (kind) {
    case Embedding::Full: return torch::eye(features, f64);
    case Embedding::Sampled:
      return torch::eye(features, f64).index_select(1, torch::randperm(features, gen, torch::kLong).slice(0, 0, k));
    case Embedding::Gaussian: return torch::randn({features, k}, gen, f64);
    case Embedding::SemiOrthogonal: {
      // Kim et al. eq. (7), after Mezzadri: the sign correction makes W uniformly distributed.
      const torch::Tensor omega = torch::randn({features, k}, gen, f64);
      auto [q, r] = torch::linalg_qr(omega, "reduced");
      return q * torch::sign(torch::diagonal(r)).unsqueeze(0);
    }
  }
  return {};
}

void LocationGaussians::add(const torch::Tensor& z) {
  pending_.push_back(z.to(torch::kFloat32));
  pendingCount_ += z.size(0);
  if (pendingCount_ >= kPendingImages) accumulate();
}

// Outer products of many images per location in one product each: per-batch products of a handful of
// images made the per-location matrix multiplications too small to run efficiently. The products are
// float32 over at most kPendingImages terms; the running sums are double, in blocks of locations so
// the double temporaries stay small.
void LocationGaussians::accumulate() {
  if (pending_.empty()) return;
  const torch::Tensor z = torch::cat(pending_, 0).permute({2, 1, 0}).contiguous();  // [L,k,N]
  pending_.clear();
  pendingCount_ = 0;
  const int64_t locations = z.size(0), k = z.size(1);
  if (!sum_.defined()) {
    const auto f64 = z.options().dtype(torch::kFloat64);
    sum_ = torch::zeros({locations, k}, f64);
    outer_ = torch::zeros({locations, k, k}, f64);
    shift_ = z.mean(2, true);
  }
  // Sums of shifted data (z − the first images' mean): the covariance is shift-invariant, and without
  // a large mean Σzzᵀ − Nμμᵀ does not cancel away the float32 products' precision.
  const torch::Tensor zc = z - shift_;
  sum_ += zc.sum(2).to(torch::kFloat64);
  for (int64_t b = 0; b < locations; b += kBlock) {
    const torch::Tensor block = zc.slice(0, b, b + kBlock);
    outer_.slice(0, b, b + kBlock) += torch::bmm(block, block.transpose(1, 2)).to(torch::kFloat64);
  }
  count_ += z.size(2);
}

void LocationGaussians::finish(double epsilon) {
  accumulate();
  if (count_ < 2) throw Error(QCoreApplication::translate("SemiOrthogonal", "at least two training images are needed"));
  const double n = static_cast<double>(count_);
  const int64_t locations = sum_.size(0), k = sum_.size(1);
  mean_ = (sum_ / n + shift_.squeeze(2).to(torch::kFloat64)).to(torch::kFloat32);
  precision_ = torch::empty({locations, k, k}, sum_.options().dtype(torch::kFloat32));
  const torch::Tensor ridge = epsilon * torch::eye(k, sum_.options()).unsqueeze(0);
  // In blocks of locations, so the double-precision temporaries stay small next to the sums.
  for (int64_t b = 0; b < locations; b += kBlock) {
    const torch::Tensor mean = sum_.slice(0, b, b + kBlock) / n;
    // Unbiased covariance from the sums: (Σzzᵀ − N μμᵀ) / (N − 1), plus εI (PaDiM's regulariser).
    const torch::Tensor cov = (outer_.slice(0, b, b + kBlock) - n * mean.unsqueeze(2) * mean.unsqueeze(1)) / (n - 1) + ridge;
    precision_.slice(0, b, b + kBlock).copy_(torch::cholesky_inverse(torch::linalg_cholesky(cov)));
  }
  sum_ = outer_ = shift_ = torch::Tensor();
}

torch::Tensor LocationGaussians::squaredDistances(const torch::Tensor& z) const {
  const torch::Tensor diff = z.permute({2, 1, 0}) - mean_.unsqueeze(2);  // [L,k,N]
  return (diff * torch::bmm(precision_, diff)).sum(1).t();               // [N,L]
}

void LocationGaussians::set(torch::Tensor mean, torch::Tensor precision) {
  mean_ = std::move(mean);
  precision_ = std::move(precision);
}

}  // namespace ds::semi_orthogonal
