#pragma once

#include <QString>
#include <opencv2/core.hpp>
#include <vector>

#include "core/data/image_loader.h"

namespace ds {

// The inspection region (ROI) of a model: the part of its input frame — the image after resizing and
// centre-cropping — that is inspected. A CV_8UC1 mask of the frame's size, 1 = inspected,
// 0 = don't care. Every method's map is zero outside it and its image score ignores what lies there
// (docs/inspection-region.md).

// One drawn shape over the input frame, in frame pixels.
struct RegionShape {
  enum class Kind { Rectangle, Polygon };
  Kind kind = Kind::Rectangle;
  bool subtract = false;
  std::vector<cv::Point2f> points;  // a rectangle's two opposite corners; a polygon's vertices (≥ 3)
};

// Draws the shapes in order, adding or removing their area. The start is the whole frame when no
// shape adds (only exclusions were drawn), nothing otherwise.
cv::Mat rasterizeRegion(const std::vector<RegionShape>& shapes, cv::Size frame);

// Reads a mask image (any non-black pixel inspected, as a ground-truth mask's defect pixels) and
// brings it to the model's frame the way a ground-truth mask is: resized to frame.size (nearest
// neighbour), then centre-cropped to frame.crop. Throws ds::Error naming the file when it cannot be
// read or inspects nothing.
cv::Mat readRegionMask(const QString& path, const LoadOptions& frame);

// Throws ds::Error naming source unless region is a 0/1 CV_8UC1 mask of the frame's size with at
// least one inspected pixel.
void checkRegion(const cv::Mat& region, cv::Size frame, const QString& source);

// The inspected share of the frame's pixels.
double inspectedFraction(const cv::Mat& region);

// The region at another size (an image's original resolution), nearest neighbour.
cv::Mat regionAtSize(const cv::Mat& region, cv::Size size);

}  // namespace ds
