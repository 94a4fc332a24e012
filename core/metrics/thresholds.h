#pragma once

#include <QString>
#include <vector>

#include "core/metrics/confusion.h"
#include "core/metrics/roc.h"

// Choosing and applying image thresholds. Throughout, an image is flagged when score >= threshold.
namespace ds {

enum class Verdict { OK, Review, NOK, Unknown };

// One threshold (NOK at or above nok), or two (OK below ok, NOK at or above nok, REVIEW between).
struct ImageThresholds {
  double ok = 0;
  double nok = 0;
  bool twoLevel = false;

  double reviewFrom() const { return twoLevel ? ok : nok; }
};

Verdict verdictFor(double score, const ImageThresholds& thresholds);  // Unknown for a NaN threshold
QString verdictName(Verdict verdict);                                  // "OK", "NOK", "REVIEW" (not translated: a data value)

// Confusion counts of the decision "flagged" = NOK or REVIEW (a REVIEW image goes to a person, so a
// defect there is not missed); review counts the REVIEW images among them.
struct DecisionCounts {
  ConfusionCounts flagged;
  int review = 0;
};
DecisionCounts decisionCounts(const std::vector<double>& scores, const std::vector<int>& labels,
                              const ImageThresholds& thresholds);

// Snapping rules for a labelled set (labels 1 = defective). NaN when the set cannot give one.
double thresholdMaxF1(const std::vector<double>& scores, const std::vector<int>& labels);
// The highest threshold that still flags every defective image: the lowest defective score.
double thresholdZeroMisses(const std::vector<double>& scores, const std::vector<int>& labels);
// The lowest threshold whose false-alarm rate is at most maxFpr (flags as many images as allowed).
double thresholdAtFpr(const std::vector<double>& scores, const std::vector<int>& labels, double maxFpr);

// The same rules for pixels, on the pixel ROC curve (points ordered by decreasing threshold).
// The lowest pixel threshold whose share of flagged defect-free pixels is at most maxFpr.
double pixelThresholdAtFpr(const RocCurve& roc, double maxFpr);
// The highest pixel threshold that flags every defect pixel.
double pixelThresholdZeroMisses(const RocCurve& roc);

}  // namespace ds
