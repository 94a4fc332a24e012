#pragma once

#include <QString>
#include <memory>
#include <vector>

#include "core/backbones/feature_extractor.h"

namespace torch::jit {
struct Module;
}

namespace ds {

// A user's own backbone, exported from PyTorch with torch.jit.script/trace: forward(x) takes
// [N,3,H,W] in [0,1] and returns a list (or tuple) of [N,C,h,w] feature maps, shallow to deep.
// Channels and strides are learnt from one small probe at load time, so no metadata file is needed.
class TorchScriptExtractor : public FeatureExtractor {
 public:
  // Throws ds::Error naming the file when it is not TorchScript or its forward does not return feature maps.
  TorchScriptExtractor(const QString& path, const torch::Device& device);
  ~TorchScriptExtractor() override;

  QString id() const override;
  int stageCount() const override { return static_cast<int>(channels_.size()); }
  std::vector<int> channels() const override { return channels_; }
  std::vector<int> strides() const override { return strides_; }
  // [0,1] without mean/std: what Tiny Darknet and most exported detectors' backbones expect.
  Normalization normalization() const override { return Normalization::Unit; }
  QString weightsId() const override { return sha256_; }

 protected:
  // The module computes every map whatever is asked for; the unrequested ones are dropped.
  std::vector<torch::Tensor> forwardStages(const torch::Tensor& x, const std::vector<int>& stages) override;
  // Exported backbones are often thin (16–32 channels early on), where NHWC convolutions run 2.4× faster.
  bool prefersChannelsLast() const override { return true; }

 private:
  std::vector<torch::Tensor> runAll(const torch::Tensor& x);

  QString path_;  // absolute
  std::unique_ptr<torch::jit::Module> module_;
  std::vector<int> channels_, strides_;
  QString sha256_;
};

}  // namespace ds
