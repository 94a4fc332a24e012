#include "core/metrics/confusion.h"

#include <limits>

namespace ds {
namespace {
double ratio(double num, double den) { return den > 0 ? num / den : std::numeric_limits<double>::quiet_NaN(); }
}  // namespace

double ConfusionCounts::precision() const { return ratio(tp, tp + fp); }
double ConfusionCounts::recall() const { return ratio(tp, tp + fn); }
double ConfusionCounts::f1() const { return ratio(2.0 * tp, 2.0 * tp + fp + fn); }
double ConfusionCounts::missRate() const { return ratio(fn, tp + fn); }
double ConfusionCounts::falseAlarmRate() const { return ratio(fp, fp + tn); }
double ConfusionCounts::iou() const { return ratio(tp, tp + fp + fn); }

ConfusionCounts confusionAt(const std::vector<double>& scores, const std::vector<int>& labels, double threshold) {
  ConfusionCounts c;
  for (std::size_t i = 0; i < scores.size() && i < labels.size(); ++i) {
    const bool predicted = scores[i] >= threshold;
    if (labels[i]) (predicted ? c.tp : c.fn)++;
    else (predicted ? c.fp : c.tn)++;
  }
  return c;
}

cv::Mat pixelClassMap(const cv::Mat& map, const cv::Mat& mask, float threshold) {
  CV_Assert(map.type() == CV_32FC1 && (mask.empty() || (mask.type() == CV_8UC1 && mask.size() == map.size())));
  cv::Mat classes(map.size(), CV_8UC1);
  for (int r = 0; r < map.rows; ++r) {
    const float* s = map.ptr<float>(r);
    const std::uint8_t* m = mask.empty() ? nullptr : mask.ptr<std::uint8_t>(r);
    std::uint8_t* out = classes.ptr<std::uint8_t>(r);
    for (int c = 0; c < map.cols; ++c) {
      const bool predicted = s[c] >= threshold;
      const bool defect = m && m[c];
      out[c] = defect ? (predicted ? PixelTP : PixelFN) : (predicted ? PixelFP : PixelTN);
    }
  }
  return classes;
}

ConfusionCounts countPixelClasses(const cv::Mat& classMap) {
  ConfusionCounts c;
  for (int r = 0; r < classMap.rows; ++r) {
    const std::uint8_t* p = classMap.ptr<std::uint8_t>(r);
    for (int k = 0; k < classMap.cols; ++k) {
      switch (p[k]) {
        case PixelTP: ++c.tp; break;
        case PixelFP: ++c.fp; break;
        case PixelFN: ++c.fn; break;
        default: ++c.tn; break;
      }
    }
  }
  return c;
}

}  // namespace ds
