#pragma once

#include <cstdint>
#include <opencv2/core.hpp>
#include <vector>

namespace ds {

// Counts of a binary decision "defective when score >= threshold".
struct ConfusionCounts {
  std::int64_t tp = 0, fp = 0, fn = 0, tn = 0;

  double precision() const;      // NaN when nothing is predicted defective
  double recall() const;         // NaN without defective samples
  double f1() const;
  double missRate() const;       // fn / (tp + fn)
  double falseAlarmRate() const; // fp / (fp + tn)
  double iou() const;            // tp / (tp + fp + fn)
};

ConfusionCounts confusionAt(const std::vector<double>& scores, const std::vector<int>& labels, double threshold);

// Per-pixel outcome at a pixel threshold (values of a class map).
enum PixelClass : std::uint8_t { PixelTN = 0, PixelTP = 1, PixelFP = 2, PixelFN = 3 };

// map: CV_32FC1; mask: CV_8UC1 non-zero = defect, or empty (all defect-free). Returns CV_8UC1 PixelClass.
cv::Mat pixelClassMap(const cv::Mat& map, const cv::Mat& mask, float threshold);
ConfusionCounts countPixelClasses(const cv::Mat& classMap);

}  // namespace ds
