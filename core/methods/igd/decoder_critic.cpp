#include "core/methods/igd/decoder_critic.h"

#include <algorithm>
#include <cmath>
#include <vector>
#include <torch/torch.h>

namespace ds::igd {
namespace {

namespace nn = torch::nn;

int64_t scaled(int64_t channels, double width) { return std::max<int64_t>(8, std::llround(static_cast<double>(channels) * width)); }

nn::Conv2d conv3(int64_t in, int64_t out) { return nn::Conv2d(nn::Conv2dOptions(in, out, 3).padding(1).bias(false)); }

nn::Upsample upsample() { return nn::Upsample(nn::UpsampleOptions().scale_factor(std::vector<double>{2.0, 2.0}).mode(torch::kNearest)); }

struct BlockShape {
  int64_t in, out;
  bool up;
};

// layer4 … layer1 of ResNet-18 in reverse, two blocks each; the first of layer4…layer2 upsamples.
// The network and its FLOP count both read this table.
std::vector<BlockShape> reverseBlocks(double width) {
  const int64_t c512 = scaled(512, width), c256 = scaled(256, width), c128 = scaled(128, width), c64 = scaled(64, width);
  return {{c512, c256, true}, {c256, c256, false}, {c256, c128, true}, {c128, c128, false},
          {c128, c64, true},  {c64, c64, false},   {c64, c64, false},   {c64, c64, false}};
}

constexpr int64_t kCriticChannels[] = {64, 128, 256, 512};  // × width

// A BasicBlock mirrored: where the original halves the grid with a strided convolution, this one
// doubles it before its first convolution (and in its 1×1 shortcut).
class ReverseBlockImpl : public nn::Module {
 public:
  ReverseBlockImpl(int64_t in, int64_t out, bool up) {
    nn::Sequential main;
    if (up) main->push_back(upsample());
    main->push_back(conv3(in, out));
    main->push_back(nn::BatchNorm2d(out));
    main->push_back(nn::ReLU(true));
    main->push_back(conv3(out, out));
    main->push_back(nn::BatchNorm2d(out));
    main_ = register_module("main", main);
    if (up || in != out) {
      nn::Sequential shortcut;
      if (up) shortcut->push_back(upsample());
      shortcut->push_back(nn::Conv2d(nn::Conv2dOptions(in, out, 1).bias(false)));
      shortcut->push_back(nn::BatchNorm2d(out));
      shortcut_ = register_module("shortcut", shortcut);
    }
  }
  torch::Tensor forward(const torch::Tensor& x) { return torch::relu(main_->forward(x) + (shortcut_ ? shortcut_->forward(x) : x)); }

 private:
  nn::Sequential main_{nullptr}, shortcut_{nullptr};
};
TORCH_MODULE(ReverseBlock);

}  // namespace

DecoderImpl::DecoderImpl(int latentDim, double width, int64_t height, int64_t widthPixels)
    : channels_(scaled(512, width)), gridHeight_(height / 32), gridWidth_(widthPixels / 32) {
  TORCH_CHECK(height % 32 == 0 && widthPixels % 32 == 0 && height > 0 && widthPixels > 0, "IGD decoder sizes must be multiples of 32");
  fc_ = register_module("fc", nn::Linear(latentDim, channels_ * gridHeight_ * gridWidth_));
  const int64_t c64 = scaled(64, width);
  nn::Sequential blocks;
  for (const BlockShape& b : reverseBlocks(width)) blocks->push_back(ReverseBlock(b.in, b.out, b.up));
  // The stem in reverse: max-pooling and the stride-2 7×7 convolution each undone by an upsampling.
  blocks->push_back(upsample());
  blocks->push_back(conv3(c64, c64));
  blocks->push_back(nn::BatchNorm2d(c64));
  blocks->push_back(nn::ReLU(true));
  blocks->push_back(upsample());
  blocks->push_back(nn::Conv2d(nn::Conv2dOptions(c64, 3, 3).padding(1)));
  blocks_ = register_module("blocks", blocks);
}

torch::Tensor DecoderImpl::forward(const torch::Tensor& z) {
  return blocks_->forward(torch::relu(fc_->forward(z)).view({z.size(0), channels_, gridHeight_, gridWidth_}));
}

CriticImpl::CriticImpl(double width) {
  nn::Sequential features;
  int64_t in = 3;
  for (int64_t c : kCriticChannels) {
    const int64_t out = scaled(c, width);
    features->push_back(nn::Conv2d(nn::Conv2dOptions(in, out, 4).stride(2).padding(1)));
    features->push_back(nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(0.2).inplace(true)));
    in = out;
  }
  features_ = register_module("features", features);
  fc_ = register_module("fc", nn::Linear(in, 1));
}

torch::Tensor CriticImpl::forward(const torch::Tensor& x) {
  return torch::sigmoid(fc_->forward(features_->forward(x).mean({2, 3}))).view({-1});
}

double decoderFlops(int latentDim, double width, int64_t height, int64_t widthPixels) {
  const int64_t c64 = scaled(64, width);
  const auto conv = [](int64_t in, int64_t out, int64_t k, int64_t pixels) { return 2.0 * static_cast<double>(in * out * k * k * pixels); };
  int64_t pixels = (height / 32) * (widthPixels / 32);
  double flops = 2.0 * latentDim * scaled(512, width) * static_cast<double>(pixels);
  for (const BlockShape& b : reverseBlocks(width)) {
    if (b.up) pixels *= 4;
    flops += conv(b.in, b.out, 3, pixels) + conv(b.out, b.out, 3, pixels) + (b.up || b.in != b.out ? conv(b.in, b.out, 1, pixels) : 0.0);
  }
  pixels *= 4;
  flops += conv(c64, c64, 3, pixels);
  pixels *= 4;
  return flops + conv(c64, 3, 3, pixels);
}

double criticFlops(double width, int64_t height, int64_t widthPixels) {
  double flops = 0;
  int64_t in = 3, pixels = height * widthPixels;
  for (int64_t c : kCriticChannels) {
    const int64_t out = scaled(c, width);
    pixels /= 4;
    flops += 2.0 * static_cast<double>(in * out * 16 * pixels);
    in = out;
  }
  return flops;
}

}  // namespace ds::igd
