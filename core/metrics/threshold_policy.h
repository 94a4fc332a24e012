#pragma once

#include <QString>
#include <limits>
#include <vector>

#include "core/metrics/thresholds.h"

// The one threshold policy (docs/metrics.md): which rule sets the image and the pixel threshold a set
// is judged by. evaluate, score, the workbench and the reports all ask chooseThresholds.
namespace ds {

struct ModelHeader;

// In order of precedence. ImageThreshold is the pixel threshold's last resort: the image threshold in
// force (for most methods the image score is the map's maximum, so it is on the same scale).
enum class ThresholdRule { User, Model, LabelledF1, HeldOut, ImageThreshold, None };

// The thresholds a set is judged by, the rule behind each and a sentence saying so (translated).
struct SetThresholds {
  ImageThresholds image{qQNaN(), qQNaN(), false};
  double pixel = qQNaN();
  ThresholdRule imageRule = ThresholdRule::None, pixelRule = ThresholdRule::None;
  QString chosenBy, pixelChosenBy;
};

// What each rule can offer; NaN where it has nothing.
struct ThresholdCandidates {
  // The user's choice (the project's, or --threshold); userHow names how it was made ("manual", a snap).
  ImageThresholds userImage{qQNaN(), qQNaN(), false};
  QString userImageHow;
  double userPixel = qQNaN();
  QString userPixelHow;
  // Stored in the model (evaluate --store-threshold).
  double modelImage = qQNaN(), modelPixel = qQNaN();
  QString modelHow;
  // The labelled scored images (1 = defective) and the best pixel-F1 threshold over their masks.
  std::vector<double> scores;
  std::vector<int> labels;
  double pixelF1 = qQNaN();
  // Derived at training from the held-out good images (docs/metrics.md, "held-out rule").
  double heldOutImage = qQNaN(), heldOutPixel = qQNaN();
  int heldOutCount = 0;

  // Fills the model's stored and held-out thresholds from its header.
  void readModel(const ModelHeader& header);
};

SetThresholds chooseThresholds(const ThresholdCandidates& candidates);

// The held-out rule (conformal): with the n held-out good values sorted, a threshold just above the
// k-th smallest, k = ⌈0.95·(n+1)⌉ (the largest when that exceeds n, i.e. below 19 values). An unseen
// good image from the same line then scores at or above it with probability at most 1 − k/(n+1) —
// under 5 % — and every held-out good value but the n − k highest passes. NaN for no values.
// bench/README.md ("Held-out threshold") measures it on KolektorSDD against the maximum and others.
constexpr double kHeldOutPassRate = 0.95;
double heldOutThreshold(const std::vector<double>& goodValues);

}  // namespace ds
