#include "core/methods/igd/igd_network.h"

#include <torch/torch.h>

#include "core/backbones/feature_extractor.h"

namespace ds::igd {

namespace nn = torch::nn;

AutoencoderImpl::AutoencoderImpl(const ModelOptions& options, int64_t height, int64_t width, std::shared_ptr<FeatureExtractor> frozenTrunk)
    : frozenTrunk_(std::move(frozenTrunk)) {
  int64_t trunkChannels = 512;
  if (frozenTrunk_) trunkChannels = frozenTrunk_->channels().back();
  else trunk_ = register_module("trunk", ResNet(ResNetVariant::ResNet18));
  head_ = register_module("head", nn::Linear(trunkChannels, options.latentDim));
  decoder_ = register_module("decoder", Decoder(options.latentDim, options.width, height, width));
  mu_ = register_buffer("mu", torch::zeros({options.latentDim}));
  sigma2_ = register_buffer("sigma2", torch::ones({1}));
}

torch::Tensor AutoencoderImpl::encode(const torch::Tensor& x) {
  torch::Tensor maps;
  if (frozenTrunk_) maps = frozenTrunk_->forward(x, {frozenTrunk_->stageCount() - 1}).front();  // no gradient: frozen
  else maps = trunk_->forward(x, 3).back();
  return head_->forward(maps.mean({2, 3}));
}

torch::Tensor AutoencoderImpl::decode(const torch::Tensor& z) { return decoder_->forward(z); }

}  // namespace ds::igd
