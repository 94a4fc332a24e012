#pragma once

#include <vector>

// Image-level ranking metrics, computed exactly as scikit-learn's roc_curve, roc_auc_score and
// precision_recall_curve do (same tie handling, same points), so numbers agree with Python tooling.
namespace ds {

struct RocCurve {
  std::vector<double> fpr, tpr;
  std::vector<double> thresholds;  // thresholds[0] is +inf (nothing predicted positive)
};

struct PrCurve {
  std::vector<double> precision, recall;  // recall decreasing; last point is (precision 1, recall 0)
  std::vector<double> thresholds;         // one fewer than points
};

struct F1Max {
  double f1 = 0.0;
  double threshold = 0.0;  // predict defective when score >= threshold
};

// labels: 1 = defective (positive), 0 = good. Throws ds::Error on size mismatch or NaN scores.
RocCurve rocCurve(const std::vector<double>& scores, const std::vector<int>& labels, bool dropIntermediate = true);
// Area under the ROC curve by the trapezoidal rule; NaN when only one class is present.
double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels);
double trapezoidArea(const std::vector<double>& x, const std::vector<double>& y);
PrCurve precisionRecallCurve(const std::vector<double>& scores, const std::vector<int>& labels);
// F1 over the PR curve's points that have a threshold; the first maximum wins.
F1Max f1Max(const PrCurve& curve);

}  // namespace ds
