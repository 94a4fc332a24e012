#pragma once

#include <opencv2/core.hpp>

namespace ds {

// The image (RGB float [0,1]) blended with a JET colour map of the anomaly map, scaled so that
// low maps to blue and high to red. Returns BGR 8-bit, ready for cv::imwrite.
// The colour scale shared by the maps of a scored set: 0..2T, the pixel threshold T at mid-scale, so a
// colour means the same score in every image; NaN (each map's own range) without a positive threshold.
struct ColourScale {
  double low, high;
};
ColourScale sharedColourScale(double pixelThreshold);

cv::Mat heatmapOverlay(const cv::Mat& rgb, const cv::Mat& map, float low, float high, double opacity = 0.5);

}  // namespace ds
