#include "core/metrics/pixel_metrics.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <opencv2/imgproc.hpp>

#include "core/error.h"

namespace ds {
namespace {

// Maps a float to an unsigned integer with the same order (negative values flipped).
std::uint32_t orderedBits(float value) {
  std::uint32_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  return (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
}

// The inverse of orderedBits.
float scoreOf(std::uint64_t ordered) {
  auto bits = static_cast<std::uint32_t>(ordered);
  bits = (bits & 0x80000000u) ? (bits & 0x7fffffffu) : ~bits;
  float value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

// Keeps a point every `step` of progress along the curve so plots stay light.
class CurveThinner {
 public:
  explicit CurveThinner(int points) : step_(1.0 / std::max(points, 2)) {}
  bool keep(double x, double y) {
    if (std::abs(x - lastX_) + std::abs(y - lastY_) < step_) return false;
    lastX_ = x;
    lastY_ = y;
    return true;
  }

 private:
  double step_;
  double lastX_ = 0, lastY_ = 0;
};

}  // namespace

void PixelScoreCollector::add(const cv::Mat& map, const cv::Mat& mask, const cv::Mat& inspected) {
  CV_Assert(map.type() == CV_32FC1);
  if (!inspected.empty() && (inspected.size() != map.size() || inspected.type() != CV_8UC1))
    throw Error(QCoreApplication::translate("Metrics", "anomaly map and inspection region differ in size"));
  cv::Mat labels;
  int regionCount = 0;
  if (!mask.empty()) {
    if (mask.size() != map.size())
      throw Error(QCoreApplication::translate("Metrics", "anomaly map and mask differ in size"));
    // A defect is judged by its inspected part; a part outside the region is nobody's to find.
    const cv::Mat defect = inspected.empty() ? cv::Mat(mask != 0) : cv::Mat((mask != 0) & (inspected != 0));
    regionCount = cv::connectedComponents(defect, labels, 8, CV_32S) - 1;
  }
  const auto firstId = static_cast<std::uint32_t>(regionSizes_.size());
  if (static_cast<std::uint64_t>(firstId) + regionCount >= std::numeric_limits<std::uint32_t>::max())
    throw Error(QCoreApplication::translate("Metrics", "too many ground-truth regions"));
  regionSizes_.resize(regionSizes_.size() + regionCount, 0);
  for (int r = 0; r < map.rows; ++r) {
    const float* scores = map.ptr<float>(r);
    const int* ids = regionCount > 0 ? labels.ptr<int>(r) : nullptr;
    const uchar* keep = inspected.empty() ? nullptr : inspected.ptr<uchar>(r);
    for (int c = 0; c < map.cols; ++c) {
      if (keep && keep[c] == 0) continue;
      if (std::isnan(scores[c])) throw Error(QCoreApplication::translate("Metrics", "anomaly map contains NaN"));
      std::uint32_t region = 0;
      if (ids && ids[c] > 0) {
        region = firstId + static_cast<std::uint32_t>(ids[c]) - 1;
        ++regionSizes_[region];
      }
      keys_.push_back(static_cast<std::uint64_t>(orderedBits(scores[c])) << 32 | region);
    }
  }
}

PixelMetrics PixelScoreCollector::finish(double integrationLimit, int curvePoints) {
  PixelMetrics m;
  m.f1Max = 0;  // raised below by every better threshold
  std::sort(keys_.begin(), keys_.end());
  m.pixels = static_cast<std::int64_t>(keys_.size());
  m.regions = static_cast<int>(regionSizes_.size()) - 1;
  for (std::size_t i = 1; i < regionSizes_.size(); ++i) m.defectPixels += regionSizes_[i];
  const double positives = static_cast<double>(m.defectPixels);
  const double negatives = static_cast<double>(m.pixels - m.defectPixels);
  const double nan = std::numeric_limits<double>::quiet_NaN();

  // Walk from the highest score down, one group of equal scores at a time.
  double tp = 0, fp = 0, pro = 0, auc = 0, aupro = 0;
  double prevF = 0, prevP = 0;
  bool proDone = false;
  CurveThinner rocThin(curvePoints), proThin(curvePoints);
  m.roc.fpr = {0};
  m.roc.tpr = {0};
  m.roc.thresholds = {std::numeric_limits<double>::infinity()};
  m.pro.fpr = {0};
  m.pro.pro = {0};
  for (std::size_t end = keys_.size(); end > 0;) {
    const std::uint64_t score = keys_[end - 1] >> 32;
    double groupTp = 0, groupFp = 0, groupPro = 0;
    std::size_t begin = end;
    for (; begin > 0 && (keys_[begin - 1] >> 32) == score; --begin) {
      const auto region = static_cast<std::uint32_t>(keys_[begin - 1]);
      if (region == 0) {
        groupFp += 1;
      } else {
        groupTp += 1;
        groupPro += 1.0 / regionSizes_[region];
      }
    }
    auc += groupFp * (tp + groupTp / 2);  // trapezoid of this group's ROC segment, in counts
    tp += groupTp;
    fp += groupFp;
    pro += groupPro;
    const bool last = begin == 0;
    if (positives > 0 && 2 * tp / (tp + fp + positives) > m.f1Max) {
      m.f1Max = 2 * tp / (tp + fp + positives);
      m.f1Threshold = scoreOf(score);
    }
    const double f = negatives > 0 ? std::min(fp / negatives, 1.0) : nan;
    const double p = m.regions > 0 ? std::min(pro / m.regions, 1.0) : nan;
    if (rocThin.keep(f, tp / positives) || last) {
      m.roc.fpr.push_back(f);
      m.roc.tpr.push_back(positives > 0 ? tp / positives : nan);
      m.roc.thresholds.push_back(scoreOf(score));
    }
    if (proThin.keep(f, p) || last) {
      m.pro.fpr.push_back(f);
      m.pro.pro.push_back(p);
    }
    // AUPRO (MVTec AD): trapezoids up to the integration limit, the last one cut by interpolation.
    if (!proDone && f >= integrationLimit) {
      const double y = f > prevF ? prevP + (p - prevP) * (integrationLimit - prevF) / (f - prevF) : p;
      aupro += 0.5 * (y + prevP) * (integrationLimit - prevF);
      proDone = true;
    } else if (!proDone) {
      aupro += 0.5 * (p + prevP) * (f - prevF);
    }
    prevF = f;
    prevP = p;
    end = begin;
  }
  if (positives == 0) m.f1Max = m.f1Threshold = nan;
  m.auroc = positives > 0 && negatives > 0 ? auc / (positives * negatives) : nan;
  m.aupro = m.regions > 0 && negatives > 0 ? aupro / integrationLimit : nan;
  keys_.clear();
  keys_.shrink_to_fit();
  return m;
}

}  // namespace ds
