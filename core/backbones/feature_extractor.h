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
  // SHA-256 (hex) of the weight file the network was built from; "random:<seed>" for random weights.
  virtual QString weightsId() const = 0;

  // Maps of the requested stages (0-based, ascending) for x [N,3,H,W], as N×C×h×w tensors on the
  // extractor's device, in the memory format the network ran in (channels-last where it prefers that:
  // reshape them, do not view). Throws ds::Error for stages out of range or not ascending.
  std::vector<torch::Tensor> forward(const torch::Tensor& x, const std::vector<int>& stages);

 protected:
  explicit FeatureExtractor(const torch::Device& device) : device_(device) {}
  // The network itself on validated stages; x is on the device, in the memory format asked for below.
  virtual std::vector<torch::Tensor> forwardStages(const torch::Tensor& x, const std::vector<int>& stages) = 0;
  // Whether the network runs faster on channels-last (NHWC) input on the CPU (bench/README.md).
  virtual bool prefersChannelsLast() const { return false; }

  torch::Device device_;
};

// The `layers` setting of the feature-based methods: "1,2" → {1,2} (sorted, without repeats); empty text
// gives defaults. Throws ds::Error when a layer is not a number from 0 to available − 1.
std::vector<int> parseLayers(const QString& text, int available, const std::vector<int>& defaults);
// The stride of the finest of the stages: the feature grid a method works on.
int finestStride(const FeatureExtractor& backbone, const std::vector<int>& stages);

// spec: "resnet18", "wide_resnet50_2" or "torchscript:PATH". weights: a torchvision weight file for a
// ResNet ("" = the file the WeightStore knows for it, in the user's cache; "random" = seeded random
// weights, for benchmarks only). Throws ds::Error with a message saying what to do.
std::unique_ptr<FeatureExtractor> createFeatureExtractor(const QString& spec, const QString& weights,
                                                         const torch::Device& device, quint64 seed);

}  // namespace ds
