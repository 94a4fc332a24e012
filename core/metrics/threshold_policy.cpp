#include "core/metrics/threshold_policy.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

#include "core/methods/model_header.h"

namespace ds {
namespace {

QString byUser(const QString& how) {
  return how.isEmpty() ? QCoreApplication::translate("ThresholdPolicy", "set by the user")
                       : QCoreApplication::translate("ThresholdPolicy", "set by the user (%1)").arg(how);
}

}  // namespace

void ThresholdCandidates::readModel(const ModelHeader& header) {
  if (const auto& stored = header.threshold) {
    modelImage = stored->image;
    modelPixel = stored->pixel;
    modelHow = stored->chosenBy;
  }
  if (const auto& heldOut = header.holdout) {
    heldOutImage = heldOut->imageThreshold;
    heldOutPixel = heldOut->pixelThreshold;
    heldOutCount = static_cast<int>(heldOut->scores.size());
  }
}

SetThresholds chooseThresholds(const ThresholdCandidates& c) {
  SetThresholds t;
  const double f1 = thresholdMaxF1(c.scores, c.labels);
  const int labelled = static_cast<int>(c.labels.size());
  const QString stored = c.modelHow.isEmpty() ? QCoreApplication::translate("ThresholdPolicy", "stored in the model") : QCoreApplication::translate("ThresholdPolicy", "stored in the model (%1)").arg(c.modelHow);
  const QString heldOut = QCoreApplication::translate("ThresholdPolicy", "from %n held-out good image(s)", nullptr, c.heldOutCount);
  if (std::isfinite(c.userImage.nok)) {
    t.image = c.userImage;
    t.imageRule = ThresholdRule::User;
    t.chosenBy = byUser(c.userImageHow);
  } else if (std::isfinite(c.modelImage)) {
    t.image = {c.modelImage, c.modelImage, false};
    t.imageRule = ThresholdRule::Model;
    t.chosenBy = stored;
  } else if (std::isfinite(f1)) {
    t.image = {f1, f1, false};
    t.imageRule = ThresholdRule::LabelledF1;
    t.chosenBy = QCoreApplication::translate("ThresholdPolicy", "max F1 on %n labelled image(s)", nullptr, labelled);
  } else if (std::isfinite(c.heldOutImage)) {
    t.image = {c.heldOutImage, c.heldOutImage, false};
    t.imageRule = ThresholdRule::HeldOut;
    t.chosenBy = heldOut;
  } else {
    t.chosenBy = QCoreApplication::translate("ThresholdPolicy", "none: no labels, no stored or held-out threshold (verdicts unknown)");
  }

  if (std::isfinite(c.userPixel)) {
    t.pixel = c.userPixel;
    t.pixelRule = ThresholdRule::User;
    t.pixelChosenBy = byUser(c.userPixelHow);
  } else if (std::isfinite(c.modelPixel)) {
    t.pixel = c.modelPixel;
    t.pixelRule = ThresholdRule::Model;
    t.pixelChosenBy = stored;
  } else if (std::isfinite(c.pixelF1)) {
    t.pixel = c.pixelF1;
    t.pixelRule = ThresholdRule::LabelledF1;
    t.pixelChosenBy = QCoreApplication::translate("ThresholdPolicy", "max pixel F1 over the defect masks");
  } else if (std::isfinite(c.heldOutPixel)) {
    t.pixel = c.heldOutPixel;
    t.pixelRule = ThresholdRule::HeldOut;
    t.pixelChosenBy = QCoreApplication::translate("ThresholdPolicy", "from the held-out good images' map values");
  } else if (std::isfinite(t.image.nok)) {
    t.pixel = t.image.nok;
    t.pixelRule = ThresholdRule::ImageThreshold;
    t.pixelChosenBy = QCoreApplication::translate("ThresholdPolicy", "the image threshold (no masks, no stored or held-out pixel threshold)");
  } else {
    t.pixelChosenBy = QCoreApplication::translate("ThresholdPolicy", "none");
  }
  return t;
}

double heldOutThreshold(const std::vector<double>& goodValues) {
  if (goodValues.empty()) return qQNaN();
  std::vector<double> sorted = goodValues;
  std::sort(sorted.begin(), sorted.end());
  const auto n = static_cast<double>(sorted.size());
  const auto k = std::min(sorted.size(), static_cast<std::size_t>(std::ceil(kHeldOutPassRate * (n + 1) - 1e-9)));
  return std::nextafter(sorted[k - 1], std::numeric_limits<double>::infinity());
}

}  // namespace ds
