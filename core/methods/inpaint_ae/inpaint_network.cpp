#include "core/methods/inpaint_ae/inpaint_network.h"

#include <torch/torch.h>

#include <cmath>

namespace ds::inpaint {
namespace {

namespace nn = torch::nn;

constexpr int kDilations[] = {1, 2, 4, 8, 16, 32};
// Reflection cannot pad a dilation of 32 on the 32×32 grid of a 256-pixel input; edge replication can.
torch::nn::detail::conv_padding_mode_t borderMode(const NetworkShape& shape) {
  if (shape.replicateBorders) return torch::kReplicate;
  return torch::kZeros;
}

void addConvBnRelu(nn::Sequential& s, int64_t in, int64_t out, const NetworkShape& shape) {
  s->push_back(nn::Conv2d(nn::Conv2dOptions(in, out, 3).padding(1).padding_mode(borderMode(shape)).bias(false)));
  s->push_back(nn::BatchNorm2d(out));
  s->push_back(nn::ReLU(nn::ReLUOptions(true)));
}

// 3×3 / 2 transposed convolution that doubles H and W exactly (output_padding 1).
void addUpBnRelu(nn::Sequential& s, int64_t in, int64_t out) {
  s->push_back(nn::ConvTranspose2d(nn::ConvTranspose2dOptions(in, out, 3).stride(2).padding(1).output_padding(1).bias(false)));
  s->push_back(nn::BatchNorm2d(out));
  s->push_back(nn::ReLU(nn::ReLUOptions(true)));
}

}  // namespace

int64_t scaledChannels(int64_t paperFilters, double width) {
  return std::max<int64_t>(4, std::llround(static_cast<double>(paperFilters) * width));
}

StackedDilatedBlockImpl::StackedDilatedBlockImpl(int64_t in, int64_t perBranch, const NetworkShape& shape) {
  const int kernel = shape.kernel;
  for (int d : kDilations) {
    // "same" padding for a dilated f×f kernel: d·(f−1)/2.
    branches_.push_back(register_module("dilated" + std::to_string(d),
                                        nn::Conv2d(nn::Conv2dOptions(in, perBranch, kernel)
                                                       .dilation(d)
                                                       .padding(d * (kernel - 1) / 2)
                                                       .padding_mode(borderMode(shape))
                                                       .bias(false))));
  }
  const int64_t stacked = perBranch * static_cast<int64_t>(branches_.size());
  merge_ = register_module("merge", nn::Sequential(nn::BatchNorm2d(stacked), nn::ReLU(nn::ReLUOptions(true)),
                                                   nn::Conv2d(nn::Conv2dOptions(stacked, stacked, 3).padding(1).padding_mode(borderMode(shape)).bias(false)),
                                                   nn::BatchNorm2d(stacked), nn::ReLU(nn::ReLUOptions(true))));
}

torch::Tensor StackedDilatedBlockImpl::forward(const torch::Tensor& x) {
  std::vector<torch::Tensor> outs;
  outs.reserve(branches_.size());
  for (auto& b : branches_) outs.push_back(b->forward(x));
  return merge_->forward(torch::cat(outs, 1));
}

InpaintNetworkImpl::InpaintNetworkImpl(NetworkShape shape) : shape_(shape) {
  const auto c = [&](int64_t paper) { return scaledChannels(paper, shape.width); };
  nn::Sequential enc;
  int64_t in = 3;
  for (int64_t filters : {64, 128, 256}) {
    addConvBnRelu(enc, in, c(filters), shape);
    addConvBnRelu(enc, c(filters), c(filters), shape);
    enc->push_back(nn::MaxPool2d(nn::MaxPool2dOptions(2).stride(2)));
    in = c(filters);
  }
  encoder_ = register_module("encoder", enc);

  nn::Sequential sdc;
  const int64_t perBranch = c(64);
  for (int i = 0; i < 4; ++i) {
    sdc->push_back(StackedDilatedBlock(in, perBranch, shape));
    in = perBranch * 6;
  }
  bottleneck_ = register_module("sdc", sdc);

  nn::Sequential dec;
  for (int64_t filters : {256, 128, 64}) {
    addUpBnRelu(dec, in, c(filters));
    addConvBnRelu(dec, c(filters), c(filters), shape);
    addConvBnRelu(dec, c(filters), c(filters), shape);
    in = c(filters);
  }
  // No BN in the last layer: the paper saw gridding artefacts with it.
  dec->push_back(nn::Conv2d(nn::Conv2dOptions(in, 3, 1)));
  dec->push_back(nn::Sigmoid());
  decoder_ = register_module("decoder", dec);
}

double forwardFlops(const NetworkShape& shape, int64_t height, int64_t width) {
  const auto c = [&](int64_t paper) { return static_cast<double>(scaledChannels(paper, shape.width)); };
  const auto conv = [](double pixels, double in, double out, double k) { return 2.0 * pixels * in * out * k * k; };
  double pixels = static_cast<double>(height * width);
  double flops = 0, in = 3;
  for (int64_t filters : {64, 128, 256}) {
    flops += conv(pixels, in, c(filters), 3) + conv(pixels, c(filters), c(filters), 3);
    in = c(filters);
    pixels /= 4;
  }
  for (int i = 0; i < 4; ++i) {
    flops += conv(pixels, in, 6 * c(64), shape.kernel) + conv(pixels, 6 * c(64), 6 * c(64), 3);
    in = 6 * c(64);
  }
  for (int64_t filters : {256, 128, 64}) {
    pixels *= 4;
    flops += conv(pixels / 4, in, c(filters), 3) + 2 * conv(pixels, c(filters), c(filters), 3);
    in = c(filters);
  }
  return flops + conv(pixels, in, 3, 1);
}

torch::Tensor InpaintNetworkImpl::forward(const torch::Tensor& x) {
  return decoder_->forward(bottleneck_->forward(encoder_->forward(x)));
}

}  // namespace ds::inpaint
