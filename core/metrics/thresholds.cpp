#include "core/metrics/thresholds.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/metrics/roc.h"

namespace ds {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> scoresWithLabel(const std::vector<double>& scores, const std::vector<int>& labels, int label) {
  std::vector<double> out;
  for (std::size_t i = 0; i < scores.size() && i < labels.size(); ++i)
    if (labels[i] == label) out.push_back(scores[i]);
  return out;
}

}  // namespace

Verdict verdictFor(double score, const ImageThresholds& t) {
  if (std::isnan(t.nok) || (t.twoLevel && std::isnan(t.ok))) return Verdict::Unknown;
  if (score >= t.nok) return Verdict::NOK;
  return score >= t.reviewFrom() ? Verdict::Review : Verdict::OK;
}

QString verdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::OK: return QStringLiteral("OK");
    case Verdict::NOK: return QStringLiteral("NOK");
    case Verdict::Review: return QStringLiteral("REVIEW");
    case Verdict::Unknown: break;
  }
  return QStringLiteral("unknown");
}

DecisionCounts decisionCounts(const std::vector<double>& scores, const std::vector<int>& labels,
                              const ImageThresholds& thresholds) {
  DecisionCounts counts;
  counts.flagged = confusionAt(scores, labels, thresholds.reviewFrom());
  if (thresholds.twoLevel)
    for (std::size_t i = 0; i < scores.size() && i < labels.size(); ++i)
      counts.review += verdictFor(scores[i], thresholds) == Verdict::Review ? 1 : 0;
  return counts;
}

double thresholdMaxF1(const std::vector<double>& scores, const std::vector<int>& labels) {
  if (scoresWithLabel(scores, labels, 1).empty()) return kNaN;
  return f1Max(precisionRecallCurve(scores, labels)).threshold;
}

double thresholdZeroMisses(const std::vector<double>& scores, const std::vector<int>& labels) {
  const std::vector<double> defective = scoresWithLabel(scores, labels, 1);
  return defective.empty() ? kNaN : *std::min_element(defective.begin(), defective.end());
}

double thresholdAtFpr(const std::vector<double>& scores, const std::vector<int>& labels, double maxFpr) {
  std::vector<double> good = scoresWithLabel(scores, labels, 0);
  if (good.empty()) return kNaN;
  std::sort(good.begin(), good.end(), std::greater<>());
  // Up to `allowed` good images may be flagged; a threshold just above the next good score (and above
  // every good score tied with it) flags exactly those above it.
  const auto allowed = static_cast<std::size_t>(std::floor(std::clamp(maxFpr, 0.0, 1.0) * good.size() + 1e-9));
  if (allowed >= good.size()) return *std::min_element(scores.begin(), scores.end());
  return std::nextafter(good[allowed], std::numeric_limits<double>::infinity());
}

double pixelThresholdAtFpr(const RocCurve& roc, double maxFpr) {
  double t = kNaN;
  for (std::size_t i = 1; i < roc.fpr.size(); ++i)
    if (roc.fpr[i] <= maxFpr) t = roc.thresholds[i];
  return t;
}

double pixelThresholdZeroMisses(const RocCurve& roc) {
  for (std::size_t i = 1; i < roc.tpr.size(); ++i)
    if (roc.tpr[i] >= 1.0) return roc.thresholds[i];
  return kNaN;
}

}  // namespace ds
