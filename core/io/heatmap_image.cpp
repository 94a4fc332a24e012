#include "core/io/heatmap_image.h"

#include <QtGlobal>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace ds {

ColourScale sharedColourScale(double pixelThreshold) {
  if (!(pixelThreshold > 0) || !std::isfinite(pixelThreshold)) return {qQNaN(), qQNaN()};
  return {0.0, 2 * pixelThreshold};
}

cv::Mat heatmapOverlay(const cv::Mat& rgb, const cv::Mat& map, float low, float high, double opacity) {
  cv::Mat scaled;
  const double range = high > low ? high - low : 1.0;
  map.convertTo(scaled, CV_8U, 255.0 / range, -low * 255.0 / range);  // saturates outside [low, high]
  cv::Mat colour;
  cv::applyColorMap(scaled, colour, cv::COLORMAP_JET);
  cv::Mat image;
  rgb.convertTo(image, CV_8UC3, 255.0);
  cv::cvtColor(image, image, cv::COLOR_RGB2BGR);
  if (colour.size() != image.size()) cv::resize(colour, colour, image.size(), 0, 0, cv::INTER_LINEAR);
  cv::Mat blended;
  cv::addWeighted(image, 1.0 - opacity, colour, opacity, 0.0, blended);
  return blended;
}

}  // namespace ds
