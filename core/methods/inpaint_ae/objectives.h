#pragma once

#include <torch/types.h>

namespace ds::inpaint {

enum class Objective {
  Reconstruct,  // eq. (1): reconstruct the normal regions and restore the corrupted ones
  Contrast,     // eq. (4): the same first term minus the |X̂−X|-weighted error in the corrupted ones
};

// Per-sample loss averaged over the batch. output F(X̂), target X, corrupted X̂: N×3×H×W; mask M:
// N×1×H×W in [0,1], broadcast over the colour channels (M ∈ [0,1]^{n×m×3} in the paper, so its
// L1 norm counts the three channels). lambda weights the corrupted-region term.
torch::Tensor inpaintingLoss(Objective objective, const torch::Tensor& output, const torch::Tensor& target,
                             const torch::Tensor& corrupted, const torch::Tensor& mask, double lambda);

}  // namespace ds::inpaint
