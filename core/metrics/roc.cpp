#include "core/metrics/roc.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "core/error.h"

namespace ds {
namespace {

// Cumulative false/true positives at each distinct score, highest score first
// (scikit-learn's _binary_clf_curve).
struct ClfCurve {
  std::vector<double> fps, tps, thresholds;
};

ClfCurve binaryClfCurve(const std::vector<double>& scores, const std::vector<int>& labels) {
  if (scores.size() != labels.size())
    throw Error(QCoreApplication::translate("Metrics", "%1 scores but %2 labels").arg(scores.size()).arg(labels.size()));
  if (std::any_of(scores.begin(), scores.end(), [](double s) { return std::isnan(s); }))
    throw Error(QCoreApplication::translate("Metrics", "scores contain NaN"));
  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  ClfCurve c;
  double tp = 0, fp = 0;
  for (std::size_t k = 0; k < order.size(); ++k) {
    (labels[order[k]] ? tp : fp) += 1;
    if (k + 1 == order.size() || scores[order[k + 1]] != scores[order[k]]) {
      c.tps.push_back(tp);
      c.fps.push_back(fp);
      c.thresholds.push_back(scores[order[k]]);
    }
  }
  return c;
}

}  // namespace

RocCurve rocCurve(const std::vector<double>& scores, const std::vector<int>& labels, bool dropIntermediate) {
  ClfCurve c = binaryClfCurve(scores, labels);
  std::vector<std::size_t> keep(c.fps.size());
  std::iota(keep.begin(), keep.end(), 0);
  if (dropIntermediate && c.fps.size() > 2) {
    // Drop points where both cumulative counts change linearly (collinear on the curve).
    keep.clear();
    keep.push_back(0);
    for (std::size_t i = 1; i + 1 < c.fps.size(); ++i) {
      const double d2f = c.fps[i + 1] - 2 * c.fps[i] + c.fps[i - 1];
      const double d2t = c.tps[i + 1] - 2 * c.tps[i] + c.tps[i - 1];
      if (d2f != 0 || d2t != 0) keep.push_back(i);
    }
    keep.push_back(c.fps.size() - 1);
  }
  RocCurve roc;
  const double negatives = c.fps.empty() ? 0 : c.fps.back();
  const double positives = c.tps.empty() ? 0 : c.tps.back();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  roc.fpr.push_back(0);
  roc.tpr.push_back(0);
  roc.thresholds.push_back(std::numeric_limits<double>::infinity());
  for (std::size_t i : keep) {
    roc.fpr.push_back(negatives > 0 ? c.fps[i] / negatives : nan);
    roc.tpr.push_back(positives > 0 ? c.tps[i] / positives : nan);
    roc.thresholds.push_back(c.thresholds[i]);
  }
  return roc;
}

double trapezoidArea(const std::vector<double>& x, const std::vector<double>& y) {
  double area = 0;
  for (std::size_t i = 1; i < x.size(); ++i) area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
  return area;
}

double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels) {
  const RocCurve roc = rocCurve(scores, labels);
  if (roc.fpr.size() < 2 || std::isnan(roc.fpr.back()) || std::isnan(roc.tpr.back()))
    return std::numeric_limits<double>::quiet_NaN();
  return trapezoidArea(roc.fpr, roc.tpr);
}

PrCurve precisionRecallCurve(const std::vector<double>& scores, const std::vector<int>& labels) {
  const ClfCurve c = binaryClfCurve(scores, labels);
  PrCurve pr;
  const double positives = c.tps.empty() ? 0 : c.tps.back();
  for (std::size_t k = c.tps.size(); k-- > 0;) {
    const double predicted = c.tps[k] + c.fps[k];
    pr.precision.push_back(predicted > 0 ? c.tps[k] / predicted : 0.0);
    pr.recall.push_back(positives > 0 ? c.tps[k] / positives : 1.0);  // scikit-learn's convention
    pr.thresholds.push_back(c.thresholds[k]);
  }
  pr.precision.push_back(1.0);
  pr.recall.push_back(0.0);
  return pr;
}

F1Max f1Max(const PrCurve& curve) {
  F1Max best{-1.0, 0.0};
  for (std::size_t i = 0; i < curve.thresholds.size(); ++i) {
    const double p = curve.precision[i], r = curve.recall[i];
    const double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    if (f1 > best.f1) best = {f1, curve.thresholds[i]};
  }
  if (best.f1 < 0) best.f1 = 0;
  return best;
}

}  // namespace ds
