#include "core/methods/inpaint_ae/objectives.h"

#include <torch/torch.h>

namespace ds::inpaint {
namespace {

// ‖T‖₂ per sample of an N×… tensor. The 1e-12 keeps the gradient finite where T is all zero (eq. (4)
// on a patch the corruption left unchanged), which would otherwise put NaN into every weight.
torch::Tensor l2(const torch::Tensor& t) { return (t.flatten(1).pow(2).sum(1) + 1e-12).sqrt(); }
// ‖M‖₁ per sample, the mask counted once per colour channel; ε keeps a sample without corruption finite.
torch::Tensor l1(const torch::Tensor& m, int64_t channels) { return m.flatten(1).sum(1) * static_cast<double>(channels) + 1e-6; }

}  // namespace

torch::Tensor inpaintingLoss(Objective objective, const torch::Tensor& output, const torch::Tensor& target,
                             const torch::Tensor& corrupted, const torch::Tensor& mask, double lambda) {
  const int64_t channels = output.size(1);
  const torch::Tensor error = output - target;           // F(X̂) − X
  const torch::Tensor complement = 1.0 - mask;           // M̄ = 1 − M
  // (1−λ)/‖M̄‖₁ · ‖M̄ ⊙ (F(X̂) − X)‖₂, shared by eqs. (1) and (4).
  const torch::Tensor normal = (1.0 - lambda) / l1(complement, channels) * l2(complement * error);
  torch::Tensor loss;
  if (objective == Objective::Reconstruct) {
    // eq. (1): + λ/‖M‖₁ · ‖M ⊙ (F(X̂) − X)‖₂
    loss = normal + lambda / l1(mask, channels) * l2(mask * error);
  } else {
    // eq. (4): − λ/‖M‖₁ · ‖|X̂ − X| ⊙ (F(X̂) − X)‖₂
    loss = normal - lambda / l1(mask, channels) * l2((corrupted - target).abs() * error);
  }
  return loss.mean();
}

}  // namespace ds::inpaint
