#pragma once

#include <torch/types.h>

#include "core/methods/inpaint_ae/inpaint_config.h"

namespace ds::inpaint {

// Per-sample loss averaged over the batch. output F(X̂), target X, corrupted X̂: N×3×H×W; mask M:
// N×1×H×W in [0,1], broadcast over the colour channels (M ∈ [0,1]^{n×m×3} in the paper, so its
// L1 norm counts the three channels). lambda weights the corrupted-region term.
torch::Tensor inpaintingLoss(Objective objective, const torch::Tensor& output, const torch::Tensor& target,
                             const torch::Tensor& corrupted, const torch::Tensor& mask, double lambda);

}  // namespace ds::inpaint
