#pragma once

#include <torch/types.h>

// Anomaly-map post-processing shared by the methods; device-agnostic.
namespace ds::maps {

// Gaussian smoothing of maps [N,H,W] with a separable kernel of radius round(4σ) (scipy's and
// OpenCV's truncation at 4σ), reflect-101 borders as cv::GaussianBlur. σ <= 0 returns the input.
torch::Tensor gaussianBlur(const torch::Tensor& maps, double sigma);
// The same with the kernel cut at a given radius (SSIM's 11-tap window: σ = 1.5, radius 5); the
// radius is reduced where the map is smaller.
torch::Tensor gaussianBlur(const torch::Tensor& maps, double sigma, int radius);

// G_k^n of Bauer et al. eq. (3): n passes of a k×k averaging filter (all weights 1/k²) over maps
// [N,H,W], reflect-101 borders as cv::blur. k must be odd; n = 0 or k = 1 returns the input.
torch::Tensor boxFilter(const torch::Tensor& maps, int k, int n);

// Bilinear resize of maps [N,h,w] to [N,H,W] (align_corners=false, like cv::resize INTER_LINEAR).
torch::Tensor resizeBilinear(const torch::Tensor& maps, int height, int width);

// The same for feature maps [N,C,h,w] → [N,C,H,W], in any memory format (returned unchanged at size).
torch::Tensor resizeFeatureMaps(const torch::Tensor& maps, int64_t height, int64_t width);

}  // namespace ds::maps
