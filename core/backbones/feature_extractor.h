#pragma once

#include <QString>
#include <memory>
#include <torch/types.h>
#include <vector>

#include "core/methods/anomaly_method.h"

namespace ds {

// A frozen, pretrained network that returns intermediate feature maps ("stages"), shared by the
// feature-based methods (PatchCore, semi-orthogonal embedding). Always in eval mode, no gradients.
class FeatureExtractor {
 public:
  virtual ~FeatureExtractor() = default;
  // "resnet18", "wide_resnet50_2" or "torchscript:PATH".
  virtual QString id() const = 0;
  // Number of stages: 4 for the ResNets (layer1..layer4), the number of maps a TorchScript module returns.
  virtual int stageCount() const = 0;
  virtual std::vector<int> channels() const = 0;  // per stage
  virtual std::vector<int> strides() const = 0;   // per stage, input pixels per feature cell
  virtual Normalization normalization() const = 0;
  // Maps of the requested stages (0-based, ascending) for x [N,3,H,W] on the extractor's device.
  // Stops computing after the deepest requested stage.
  virtual std::vector<torch::Tensor> forward(const torch::Tensor& x, const std::vector<int>& stages) = 0;
  // SHA-256 (hex) of the weight file the network was built from; "random:<seed>" for random weights.
  virtual QString weightsId() const = 0;
};

// spec: "resnet18", "wide_resnet50_2" or "torchscript:PATH". weights: a torchvision weight file for a
// ResNet ("" = the file the WeightStore knows for it, in the user's cache; "random" = seeded random
// weights, for benchmarks only). Throws ds::Error with a message saying what to do.
std::unique_ptr<FeatureExtractor> createFeatureExtractor(const QString& spec, const QString& weights,
                                                         const torch::Device& device, quint64 seed);

}  // namespace ds
