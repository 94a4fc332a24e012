#include "core/methods/semi_orthogonal/embedding.h"

#include <ATen/CPUGeneratorImpl.h>

#include "core/maps/map_filters.h"

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

// Wᵀ·concat(up(x₁), up(x₂), up(x₃)) = Σₛ up(Wₛᵀ xₛ): bilinear upsampling acts on each channel alone, so
// projecting each stage at its own resolution first gives the same embedding with 4× fewer operations
// (tiny-darknet, 896 → 100) and without the F-channel map at the finest grid.
torch::Tensor embed(const std::vector<torch::Tensor>& maps, const torch::Tensor& w) {
  const int64_t gridH = maps.front().size(2), gridW = maps.front().size(3);
  torch::Tensor z;
  int64_t row = 0;
  for (const torch::Tensor& m : maps) {
    const int64_t n = m.size(0), h = m.size(2), wd = m.size(3), c = m.size(1);
    const torch::Tensor ws = w.slice(0, row, row + c);  // the rows of W for this stage's channels
    row += c;
    // Channel-last rows times Wₛ: [N,h·w,C]·[C,k]; free of copies when the backbone ran NHWC.
    torch::Tensor zs = torch::matmul(m.permute({0, 2, 3, 1}).reshape({n, h * wd, c}), ws).view({n, h, wd, -1});
    // Resized as a channels-last N×k×h×w view, back to N×H×W×k.
    zs = maps::resizeFeatureMaps(zs.permute({0, 3, 1, 2}), gridH, gridW).permute({0, 2, 3, 1});
    z = z.defined() ? z.add_(zs) : zs.contiguous();
  }
  return z.view({z.size(0), gridH * gridW, -1});
}

}  // namespace ds::semi_orthogonal
