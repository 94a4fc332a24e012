#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>

#include "core/methods/inpaint_ae/inpaint_config.h"

namespace ds::inpaint {

// The autoencoder of Bauer, Nakajima & Müller, Table 1: three conv pairs with max-pooling, four
// stacked-dilated-convolution blocks SDC_{1,2,4,8,16,32}, three transposed-conv stages back to the
// input size, a 1×1 convolution and a sigmoid. BN + ReLU after every convolution but the last.
// Input N×3×H×W in [0,1] with H, W multiples of 8; output the same shape in (0,1).
class InpaintNetworkImpl : public torch::nn::Module {
 public:
  explicit InpaintNetworkImpl(NetworkShape shape = {});
  torch::Tensor forward(const torch::Tensor& x);
  const NetworkShape& shape() const { return shape_; }

 private:
  NetworkShape shape_;
  torch::nn::Sequential encoder_{nullptr}, bottleneck_{nullptr}, decoder_{nullptr};
};
TORCH_MODULE(InpaintNetwork);

// One SDC_{1,2,4,8,16,32} block: six parallel f×f convolutions with those dilations, concatenated,
// BN + ReLU, then a 3×3 convolution with as many filters, BN + ReLU.
class StackedDilatedBlockImpl : public torch::nn::Module {
 public:
  StackedDilatedBlockImpl(int64_t in, int64_t perBranch, const NetworkShape& shape);
  torch::Tensor forward(const torch::Tensor& x);

 private:
  std::vector<torch::nn::Conv2d> branches_;
  torch::nn::Sequential merge_{nullptr};
};
TORCH_MODULE(StackedDilatedBlock);

// Multiply-adds ×2 of one forward pass on an H×W input (convolutions only): the yardstick for
// achieved GFLOP/s in the benchmark.
double forwardFlops(const NetworkShape& shape, int64_t height, int64_t width);

// Channels for a Table 1 filter count at a width multiplier (at least 4).
int64_t scaledChannels(int64_t paperFilters, double width);

}  // namespace ds::inpaint
