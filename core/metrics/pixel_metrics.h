#pragma once

#include <cstdint>
#include <limits>
#include <opencv2/core.hpp>
#include <vector>

#include "core/metrics/roc.h"

namespace ds {

struct ProCurve {
  std::vector<double> fpr, pro;  // from (0,0) to (1,1), downsampled for display
};

// Every metric is NaN until computed: a number that cannot be computed is never 0.
struct PixelMetrics {
  static constexpr double qNaN() { return std::numeric_limits<double>::quiet_NaN(); }
  double auroc = qNaN();   // NaN without both defect and defect-free pixels
  double aupro = qNaN();   // NaN without any ground-truth region
  RocCurve roc;       // downsampled for display; auroc is computed on the exact curve
  ProCurve pro;
  double f1Max = qNaN();        // best pixel F1 over all thresholds (exact), NaN without defect pixels
  double f1Threshold = qNaN();  // the pixel threshold that reaches it
  std::int64_t pixels = 0;
  std::int64_t defectPixels = 0;
  int regions = 0;
};

// Collects the pixels of many anomaly maps and computes the exact pixel AUROC and the MVTec AD
// AUPRO from one sorted copy of the data.
//
// Each pixel becomes one 64-bit key: the score's bits mapped to an order-preserving unsigned
// integer in the high half, the id of the ground-truth region it belongs to (0 = defect-free) in
// the low half. One sort of these keys (8 bytes a pixel, the only copy) yields both curves with
// ties grouped exactly; no binning, so the results equal scikit-learn's and MVTec's own code.
class PixelScoreCollector {
 public:
  // map: CV_32FC1 scores; mask: CV_8UC1 with non-zero = defect, same size, or empty for a defect-free
  // image. Regions are the mask's 8-connected components (MVTec AD's convention). inspected: CV_8UC1,
  // non-zero = inspected, same size, or empty for all: the pixels outside an inspection region take
  // no part in any pixel metric (nor in the regions' sizes).
  void add(const cv::Mat& map, const cv::Mat& mask, const cv::Mat& inspected = {});
  // When the total is known up front, one allocation instead of the vector's geometric growth
  // (whose reallocations briefly hold two copies).
  void reservePixels(std::size_t pixels) { keys_.reserve(pixels); }
  bool empty() const { return keys_.empty(); }
  // Sorts the collected keys in place; call once.
  PixelMetrics finish(double integrationLimit = 0.3, int curvePoints = 2000);

 private:
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> regionSizes_{0};  // index = region id; [0] unused
};

}  // namespace ds
