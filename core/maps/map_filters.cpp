#include "core/maps/map_filters.h"

#include <cmath>
#include <torch/torch.h>

namespace ds::maps {
namespace F = torch::nn::functional;

torch::Tensor gaussianBlur(const torch::Tensor& maps, double sigma) {
  return gaussianBlur(maps, sigma, static_cast<int>(4.0 * sigma + 0.5));
}

torch::Tensor gaussianBlur(const torch::Tensor& maps, double sigma, int kernelRadius) {
  if (sigma <= 0) return maps;
  const int height = static_cast<int>(maps.size(1)), width = static_cast<int>(maps.size(2));
  // Reflect padding needs the radius below the map size; tiny maps get a truncated kernel.
  const int radius = std::min({kernelRadius, height - 1, width - 1});
  if (radius <= 0) return maps;
  const auto options = torch::TensorOptions().dtype(maps.dtype()).device(maps.device());
  torch::Tensor x = torch::arange(-radius, radius + 1, options);
  torch::Tensor kernel = torch::exp(-(x * x) / (2 * sigma * sigma));
  kernel = kernel / kernel.sum();
  torch::Tensor out = maps.unsqueeze(1);
  out = F::pad(out, F::PadFuncOptions({radius, radius, radius, radius}).mode(torch::kReflect));
  out = F::conv2d(out, kernel.view({1, 1, 1, -1}));
  out = F::conv2d(out, kernel.view({1, 1, -1, 1}));
  return out.squeeze(1);
}

torch::Tensor boxFilter(const torch::Tensor& maps, int k, int n) {
  TORCH_CHECK(k >= 1 && k % 2 == 1, "box filter size must be odd");
  const int radius = std::min({k / 2, static_cast<int>(maps.size(1)) - 1, static_cast<int>(maps.size(2)) - 1});
  if (n <= 0 || radius <= 0) return maps;
  const int side = 2 * radius + 1;
  torch::Tensor out = maps.unsqueeze(1);
  for (int i = 0; i < n; ++i) {
    out = F::pad(out, F::PadFuncOptions({radius, radius, radius, radius}).mode(torch::kReflect));
    // Separable: two 1-D means cost 2k instead of k² operations per pixel.
    out = F::avg_pool2d(out, F::AvgPool2dFuncOptions({1, side}).stride(1));
    out = F::avg_pool2d(out, F::AvgPool2dFuncOptions({side, 1}).stride(1));
  }
  return out.squeeze(1);
}

torch::Tensor resizeBilinear(const torch::Tensor& maps, int height, int width) {
  return resizeFeatureMaps(maps.unsqueeze(1), height, width).squeeze(1);
}

torch::Tensor resizeFeatureMaps(const torch::Tensor& maps, int64_t height, int64_t width) {
  if (maps.size(2) == height && maps.size(3) == width) return maps;
  return F::interpolate(maps, F::InterpolateFuncOptions()
                                  .size(std::vector<int64_t>{height, width})
                                  .mode(torch::kBilinear)
                                  .align_corners(false));
}

}  // namespace ds::maps
