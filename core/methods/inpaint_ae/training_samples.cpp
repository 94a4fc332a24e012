#include "core/methods/inpaint_ae/training_samples.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace ds::inpaint {
namespace {

cv::Mat randomSquare(const cv::Mat& image, int side, int resolution, std::mt19937_64& rng) {
  const int x = std::uniform_int_distribution<int>(0, image.cols - side)(rng);
  const int y = std::uniform_int_distribution<int>(0, image.rows - side)(rng);
  cv::Mat crop = image(cv::Rect(x, y, side, side));
  cv::Mat out;
  if (side == resolution) out = crop.clone();
  else cv::resize(crop, out, cv::Size(resolution, resolution), 0, 0, side > resolution ? cv::INTER_AREA : cv::INTER_LINEAR);
  return out;
}

cv::Mat toUnitFloat(const cv::Mat& image) {
  cv::Mat f;
  image.convertTo(f, CV_32FC3, 1.0 / 255.0);
  return f;
}

}  // namespace

TrainingSample makeTrainingSample(const cv::Mat& image, const cv::Mat& other, const SampleOptions& options,
                                  double cropFraction, std::mt19937_64& rng) {
  const int resolution = options.resolution;
  const int side = std::clamp(static_cast<int>(std::lround(cropFraction * resolution)), 8, std::min(image.rows, image.cols));
  cv::Mat x = randomSquare(image, side, resolution, rng);
  std::bernoulli_distribution coin(0.5);
  if (options.rotate90) {
    const int quarter = std::uniform_int_distribution<int>(0, 3)(rng);
    if (quarter > 0) cv::rotate(x, x, quarter == 1 ? cv::ROTATE_90_CLOCKWISE : quarter == 2 ? cv::ROTATE_180 : cv::ROTATE_90_COUNTERCLOCKWISE);
  }
  if (options.flipH && coin(rng)) cv::flip(x, x, 1);
  if (options.flipV && coin(rng)) cv::flip(x, x, 0);
  cv::Mat source;
  if (!other.empty()) source = toUnitFloat(randomSquare(other, std::min({side, other.rows, other.cols}), resolution, rng));
  TrainingSample sample;
  sample.target = toUnitFloat(x);
  sample.corruption = CorruptionGenerator(options.corruption).apply(sample.target, source, rng);
  return sample;
}

}  // namespace ds::inpaint
