#pragma once

#include <QString>
#include <vector>

#include "core/data/sample.h"

namespace ds {

class InspectionModel;
class JobContext;

// Which images of a set a model is judged on (docs/metrics.md, "Unseen images only").
struct TestSelection {
  std::vector<int> scored;    // indices into the samples, in their order
  std::vector<int> excluded;  // labelled test images whose content equals a training image
  bool trainingImagesKnown = false;  // the model records its training images (older models do not)
  int heldOut = 0;            // scored images the model held out of training

  // How many labelled images were left out as training images; -1 when that cannot be known.
  int excludedTrainingImages() const { return trainingImagesKnown ? static_cast<int>(excluded.size()) : -1; }
};

// The test split, plus the train-split images the model held out (matched by their path relative to
// root); then every labelled one whose content equals an image the model was trained on is dropped.
// Unlabelled images (production) are always scored. Hashing reports progress and can be cancelled.
TestSelection selectTestImages(const std::vector<Sample>& samples, const QString& root, const InspectionModel& model,
                               JobContext& ctx);

}  // namespace ds
