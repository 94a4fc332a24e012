#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

// IGD's decoder and critic: LibTorch only, so the device check builds them without Qt
// (tests/device/).
namespace ds::igd {

// g_φ, "the reverse architecture" of ResNet-18: a linear layer from z to 512 channels on the H/32×W/32
// grid, then layer4…layer1 mirrored (residual blocks whose first convolution follows a 2× nearest
// upsampling where the original block strides), then the stem mirrored (two 2× upsamplings, the last
// convolution to 3 channels without normalisation: images are ImageNet-normalised, not bounded).
class DecoderImpl : public torch::nn::Module {
 public:
  DecoderImpl(int latentDim, double width, int64_t height, int64_t widthPixels);
  torch::Tensor forward(const torch::Tensor& z);

 private:
  int64_t channels_, gridHeight_, gridWidth_;
  torch::nn::Linear fc_{nullptr};
  torch::nn::Sequential blocks_{nullptr};
};
TORCH_MODULE(Decoder);

// d_η: four stride-2 4×4 convolutions with leaky ReLU (64…512 channels × width), global average
// pooling, a linear layer and a sigmoid — the predicted interpolation coefficient α̂ ∈ (0,1), [N].
class CriticImpl : public torch::nn::Module {
 public:
  explicit CriticImpl(double width);
  torch::Tensor forward(const torch::Tensor& x);

 private:
  torch::nn::Sequential features_{nullptr};
  torch::nn::Linear fc_{nullptr};
};
TORCH_MODULE(Critic);

// Multiply-adds ×2 of one forward pass per image (convolutions and linear layers): the yardstick for
// achieved GFLOP/s in the benchmark.
double decoderFlops(int latentDim, double width, int64_t height, int64_t widthPixels);
double criticFlops(double width, int64_t height, int64_t widthPixels);

}  // namespace ds::igd
