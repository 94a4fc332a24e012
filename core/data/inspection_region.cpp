#include "core/data/inspection_region.h"

#include <QCoreApplication>
#include <algorithm>
#include <opencv2/imgproc.hpp>

#include "core/data/image_io.h"
#include "core/error.h"

namespace ds {

cv::Mat rasterizeRegion(const std::vector<RegionShape>& shapes, cv::Size frame) {
  const bool anyAdds = std::any_of(shapes.begin(), shapes.end(), [](const RegionShape& s) { return !s.subtract; });
  cv::Mat region(frame, CV_8UC1, cv::Scalar(anyAdds ? 0 : 1));
  for (const RegionShape& shape : shapes) {
    const cv::Scalar value(shape.subtract ? 0 : 1);
    std::vector<cv::Point> vertices;
    if (shape.kind == RegionShape::Kind::Rectangle && shape.points.size() == 2) {
      const cv::Point2f a = shape.points[0], b = shape.points[1];
      vertices = {cv::Point(cvRound(a.x), cvRound(a.y)), cv::Point(cvRound(b.x), cvRound(a.y)), cv::Point(cvRound(b.x), cvRound(b.y)),
                  cv::Point(cvRound(a.x), cvRound(b.y))};
    } else if (shape.kind == RegionShape::Kind::Polygon && shape.points.size() >= 3) {
      for (const cv::Point2f& p : shape.points) vertices.emplace_back(cvRound(p.x), cvRound(p.y));
    } else {
      continue;  // a shape still being drawn
    }
    cv::fillPoly(region, std::vector<std::vector<cv::Point>>{vertices}, value, cv::LINE_8);
  }
  return region;
}

cv::Mat readRegionMask(const QString& path, const LoadOptions& frame) {
  const cv::Mat region = toModelFrame(readMask(path), frame);
  if (cv::countNonZero(region) == 0)
    throw Error(QCoreApplication::translate("InspectionRegion", "%1: the inspection region is empty: no pixel is inspected (white = inspected)")
                    .arg(path));
  return region;
}

void checkRegion(const cv::Mat& region, cv::Size frame, const QString& source) {
  if (region.type() != CV_8UC1 || region.size() != frame)
    throw Error(QCoreApplication::translate("InspectionRegion", "%1: the inspection region is %2×%3, not the model's input frame %4×%5")
                    .arg(source)
                    .arg(region.cols)
                    .arg(region.rows)
                    .arg(frame.width)
                    .arg(frame.height));
  double high = 0;
  cv::minMaxLoc(region, nullptr, &high);
  if (high > 1) throw Error(QCoreApplication::translate("InspectionRegion", "%1: the inspection region holds values other than 0 and 1").arg(source));
  if (cv::countNonZero(region) == 0)
    throw Error(QCoreApplication::translate("InspectionRegion", "%1: the inspection region is empty: no pixel is inspected").arg(source));
}

double inspectedFraction(const cv::Mat& region) {
  return region.empty() ? 1.0 : static_cast<double>(cv::countNonZero(region)) / static_cast<double>(region.total());
}

cv::Mat regionAtSize(const cv::Mat& region, cv::Size size) {
  if (region.empty() || region.size() == size) return region;
  cv::Mat resized;
  cv::resize(region, resized, size, 0, 0, cv::INTER_NEAREST);
  return resized;
}

}  // namespace ds
