#pragma once

#include <memory>
#include <torch/nn/module.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include "core/backbones/resnet.h"
#include "core/methods/igd/decoder_critic.h"
#include "core/methods/igd/igd_config.h"

namespace ds {
class FeatureExtractor;
}

namespace ds::igd {

// f_ψ and g_φ of one IGD model, with the Gaussian's parameters ω = (μ, σ²) of the last E-step as
// buffers ("mu" [Z], "sigma2" [1]). The encoder is a trunk, global average pooling and a linear layer
// to Z: the trunk is either a pretrained backbone, frozen and not part of this module's parameters (its
// deepest stage), or a ResNet-18 trained from scratch.
class AutoencoderImpl : public torch::nn::Module {
 public:
  // frozenTrunk: null for a ResNet-18 from scratch. height×width: the model's input (multiples of 32).
  AutoencoderImpl(const ModelOptions& options, int64_t height, int64_t width, std::shared_ptr<FeatureExtractor> frozenTrunk);
  torch::Tensor encode(const torch::Tensor& x);  // [N,Z]
  torch::Tensor decode(const torch::Tensor& z);  // [N,3,H,W]
  torch::Tensor& mu() { return mu_; }
  torch::Tensor& sigma2() { return sigma2_; }
  bool hasTrainableTrunk() const { return !frozenTrunk_; }

 private:
  std::shared_ptr<FeatureExtractor> frozenTrunk_;
  ResNet trunk_{nullptr};
  torch::nn::Linear head_{nullptr};
  Decoder decoder_{nullptr};
  torch::Tensor mu_, sigma2_;
};
TORCH_MODULE(Autoencoder);

}  // namespace ds::igd
