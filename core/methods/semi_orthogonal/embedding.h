#pragma once

#include <cstdint>
#include <torch/types.h>
#include <vector>

namespace ds::semi_orthogonal {

enum class Embedding {
  SemiOrthogonal,  // Kim et al. eq. (7): W = Q·sign(diag(R)) from the QR of a Gaussian Ω
  Sampled,         // PaDiM: k random columns of the identity
  Gaussian,        // Ω itself, not orthogonalised
  Full,            // W = I (k = F): no reduction
};

// The F×k embedding matrix W, deterministic for a seed (double precision, CPU).
torch::Tensor embeddingMatrix(Embedding kind, int64_t features, int64_t k, uint64_t seed);

// Wᵀx for backbone maps x₁..xₛ (finest first, any memory format) and W [F,k], F = Σ channels:
// [N,H·W,k] on the finest map's H×W grid, the deeper maps' contributions upsampled bilinearly.
torch::Tensor embed(const std::vector<torch::Tensor>& maps, const torch::Tensor& w);

}  // namespace ds::semi_orthogonal
