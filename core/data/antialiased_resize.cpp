#include "core/data/antialiased_resize.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <opencv2/core.hpp>
#include <type_traits>
#include <vector>

namespace ds {

namespace {

// Pillow's weight precision for 8-bit images: 32 bits less 8 for the pixel and 2 for sign and headroom.
constexpr int kPrecisionBits = 22;

// For each output position along one axis: the first input sample it reads, how many, their weights
// (`count` of them, each row padded to `stride`).
template <typename Weight>
struct Taps {
  std::vector<int> first, count;
  std::vector<Weight> weights;
  int stride = 0;
};

// Pillow's precompute_coeffs: the triangle's support is the scale factor when shrinking, 1 otherwise;
// window ends by C truncation as Pillow's casts; weights normalised to sum to one.
template <typename Weight>
Taps<Weight> triangleTaps(int in, int out) {
  const double scale = static_cast<double>(in) / out;
  const double support = std::max(scale, 1.0);
  const double inverse = 1.0 / support;
  Taps<Weight> taps;
  taps.stride = static_cast<int>(std::ceil(support)) * 2 + 1;
  taps.first.resize(out);
  taps.count.resize(out);
  taps.weights.assign(static_cast<size_t>(out) * taps.stride, Weight(0));
  std::vector<double> w(taps.stride);
  for (int o = 0; o < out; ++o) {
    const double centre = (o + 0.5) * scale;
    const int first = std::max(0, static_cast<int>(centre - support + 0.5));
    const int count = std::min(in, static_cast<int>(centre + support + 0.5)) - first;
    double sum = 0;
    for (int i = 0; i < count; ++i) {
      const double t = std::abs((first + i - centre + 0.5) * inverse);
      w[i] = t < 1 ? 1 - t : 0;
      sum += w[i];
    }
    Weight* row = &taps.weights[static_cast<size_t>(o) * taps.stride];
    for (int i = 0; i < count; ++i) {
      const double normalised = sum != 0 ? w[i] / sum : w[i];
      if constexpr (std::is_integral_v<Weight>)
        row[i] = static_cast<Weight>(std::lround(normalised * (1 << kPrecisionBits)));
      else
        row[i] = static_cast<Weight>(normalised);
    }
    taps.first[o] = first;
    taps.count[o] = count;
  }
  return taps;
}

// 8-bit: fixed-point sums started at one half, shifted back and clamped (Pillow's clip8).
struct Fixed {
  using Pixel = uint8_t;
  using Weight = int32_t;
  static int32_t start() { return 1 << (kPrecisionBits - 1); }
  static uint8_t store(int32_t sum) { return cv::saturate_cast<uint8_t>(sum >> kPrecisionBits); }
};

struct Float {
  using Pixel = float;
  using Weight = float;
  static float start() { return 0; }
  static float store(float sum) { return sum; }
};

// One pass: along the rows (across columns) when `across`, otherwise down the columns.
template <typename Kind>
cv::Mat filter(const cv::Mat& in, const Taps<typename Kind::Weight>& taps, bool across) {
  using Pixel = typename Kind::Pixel;
  using Sum = decltype(Kind::start());
  const int channels = in.channels();
  const int outSize = static_cast<int>(taps.first.size());
  cv::Mat out = across ? cv::Mat(in.rows, outSize, in.type()) : cv::Mat(outSize, in.cols, in.type());
  if (across) {
    for (int y = 0; y < in.rows; ++y) {
      const Pixel* row = in.ptr<Pixel>(y);
      Pixel* o = out.ptr<Pixel>(y);
      for (int x = 0; x < outSize; ++x) {
        const auto* w = &taps.weights[static_cast<size_t>(x) * taps.stride];
        const Pixel* p = row + static_cast<size_t>(taps.first[x]) * channels;
        for (int c = 0; c < channels; ++c) {
          Sum sum = Kind::start();
          for (int i = 0; i < taps.count[x]; ++i) sum += p[i * channels + c] * w[i];
          o[x * channels + c] = Kind::store(sum);
        }
      }
    }
  } else {
    // Whole rows at a time, so the inner loop runs over contiguous memory and vectorises.
    const int values = in.cols * channels;
    std::vector<Sum> sum(values);
    for (int y = 0; y < outSize; ++y) {
      std::fill(sum.begin(), sum.end(), Kind::start());
      const auto* w = &taps.weights[static_cast<size_t>(y) * taps.stride];
      for (int i = 0; i < taps.count[y]; ++i) {
        const Pixel* row = in.ptr<Pixel>(taps.first[y] + i);
        for (int v = 0; v < values; ++v) sum[v] += row[v] * w[i];
      }
      Pixel* o = out.ptr<Pixel>(y);
      for (int v = 0; v < values; ++v) o[v] = Kind::store(sum[v]);
    }
  }
  return out;
}

template <typename Kind>
cv::Mat resize(const cv::Mat& image, cv::Size size) {
  using Weight = typename Kind::Weight;
  cv::Mat out = image;
  // Pillow filters rows first and skips an axis whose size does not change.
  if (size.width != image.cols) out = filter<Kind>(out, triangleTaps<Weight>(image.cols, size.width), true);
  if (size.height != image.rows) out = filter<Kind>(out, triangleTaps<Weight>(image.rows, size.height), false);
  return out;
}

}  // namespace

cv::Mat resizeAntialiased(const cv::Mat& image, cv::Size size) {
  CV_Assert(!image.empty() && size.width > 0 && size.height > 0);
  if (image.size() == size) return image.clone();
  if (image.depth() == CV_8U) return resize<Fixed>(image, size);
  cv::Mat floats;
  image.convertTo(floats, CV_MAKETYPE(CV_32F, image.channels()));
  cv::Mat out;
  resize<Float>(floats, size).convertTo(out, image.type());
  return out;
}

}  // namespace ds
