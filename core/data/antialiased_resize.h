#pragma once

#include <opencv2/core/mat.hpp>

namespace ds {

// Resizes with Pillow's bilinear filter (`Image.resize(size, Image.BILINEAR)`, torchvision's `Resize` on
// PIL images): a triangle filter that, when shrinking, widens by the scale factor so every input pixel
// counts (antialiased), and is plain bilinear interpolation when enlarging. 8-bit images come out pixel
// for pixel as Pillow's (its 22-bit fixed-point weights, rows first, rounded to 8 bits between the
// passes), so a model sees the pixels the PyTorch pipelines it is compared with feed their backbones;
// other depths are filtered in float and returned in their own type. Any number of channels.
cv::Mat resizeAntialiased(const cv::Mat& image, cv::Size size);

}  // namespace ds
