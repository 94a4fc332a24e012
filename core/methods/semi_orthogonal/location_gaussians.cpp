#include "core/methods/semi_orthogonal/location_gaussians.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QCoreApplication>

#include "core/error.h"

namespace ds::semi_orthogonal {

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

void LocationGaussians::add(const torch::Tensor& zIn) {
  const torch::Tensor z = zIn.to(torch::kFloat64).permute({2, 1, 0});  // [L,k,N]
  if (!sum_.defined()) {
    sum_ = torch::zeros({z.size(0), z.size(1)}, z.options());
    outer_ = torch::zeros({z.size(0), z.size(1), z.size(1)}, z.options());
  }
  sum_ += z.sum(2);
  outer_.baddbmm_(z, z.transpose(1, 2));
  count_ += z.size(2);
}

void LocationGaussians::finish(double epsilon) {
  if (count_ < 2) throw Error(QCoreApplication::translate("SemiOrthogonal", "at least two training images are needed"));
  const double n = static_cast<double>(count_);
  const int64_t locations = sum_.size(0), k = sum_.size(1);
  mean_ = (sum_ / n).to(torch::kFloat32);
  precision_ = torch::empty({locations, k, k}, sum_.options().dtype(torch::kFloat32));
  const torch::Tensor ridge = epsilon * torch::eye(k, sum_.options()).unsqueeze(0);
  // In blocks of locations, so the double-precision temporaries stay small next to the sums.
  constexpr int64_t kBlock = 512;
  for (int64_t b = 0; b < locations; b += kBlock) {
    const torch::Tensor mean = sum_.slice(0, b, b + kBlock) / n;
    // Unbiased covariance from the sums: (Σzzᵀ − N μμᵀ) / (N − 1), plus εI (PaDiM's regulariser).
    const torch::Tensor cov = (outer_.slice(0, b, b + kBlock) - n * mean.unsqueeze(2) * mean.unsqueeze(1)) / (n - 1) + ridge;
    precision_.slice(0, b, b + kBlock).copy_(torch::cholesky_inverse(torch::linalg_cholesky(cov)));
  }
  sum_ = outer_ = torch::Tensor();
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
