#pragma once

#include <QString>
#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>
#include <vector>

#include "core/backbones/feature_extractor.h"
#include "core/backbones/torch_weight_file.h"

namespace ds {

enum class ResNetVariant { ResNet18, WideResNet50_2 };

// torchvision's (0.14) ResNet with its parameter and buffer names (conv1, bn1, layer1.0.conv1,
// layer2.0.downsample.0, ...), so that a torchvision state dict loads by name. The classifier head
// (avgpool, fc) is left out: feature extraction never reaches it, and for the wide network its
// weights would be 8 MB of dead memory.
class ResNetImpl : public torch::nn::Module {
 public:
  explicit ResNetImpl(ResNetVariant variant);
  // Outputs of layer1 .. layer(deepestStage + 1), deepestStage in 0..3; deeper layers do not run.
  std::vector<torch::Tensor> forward(const torch::Tensor& x, int deepestStage);
  // torchvision's initialisation (He normal with fan-out for convolutions, batch norm weight 1 and
  // bias 0), drawn from a generator of its own so that a seed always gives the same network.
  void initialize(quint64 seed);
  ResNetVariant variant() const { return variant_; }

 private:
  ResNetVariant variant_;
  torch::nn::Conv2d conv1_{nullptr};
  torch::nn::BatchNorm2d bn1_{nullptr};
  std::vector<torch::nn::Sequential> layers_;
};
TORCH_MODULE(ResNet);

// "ResNet-18", "Wide-ResNet-50-2".
QString displayName(ResNetVariant variant);

// Copies parameters and buffers from tensors into module by name; "fc.*" entries (the classifier) are
// ignored. Throws one ds::Error naming source and every missing, unexpected and wrongly shaped entry.
void loadNamedTensors(torch::nn::Module& module, const NamedTensors& tensors, const QString& source);

// A torchvision ResNet as a frozen feature extractor: stages are layer1..layer4.
class ResNetExtractor : public FeatureExtractor {
 public:
  // weightFile: a torchvision state dict (readTorchWeightFile); empty for torchvision's random
  // initialisation from seed. Throws ds::Error when the file cannot be read or does not fit.
  ResNetExtractor(ResNetVariant variant, const QString& weightFile, const torch::Device& device, quint64 seed);

  QString id() const override;
  int stageCount() const override { return 4; }
  std::vector<int> channels() const override;
  std::vector<int> strides() const override { return {4, 8, 16, 32}; }
  Normalization normalization() const override { return Normalization::ImageNet; }
  QString weightsId() const override { return weightsId_; }

 protected:
  std::vector<torch::Tensor> forwardStages(const torch::Tensor& x, const std::vector<int>& stages) override;

 private:
  ResNetVariant variant_;
  ResNet net_{nullptr};
  QString weightsId_;
};

}  // namespace ds
