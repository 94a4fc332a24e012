#pragma once

#include <QString>
#include <opencv2/core.hpp>
#include <vector>

#include "core/data/load_report.h"
#include "core/data/sample.h"
#include "core/methods/model_header.h"
#include "core/methods/training_estimate.h"

namespace ds {

class JobContext;

struct UpdateRequest {
  QString model;     // the model to update (.dsm); never modified unless output names it
  QString add;       // folder or manifest of good images to add ("" = none)
  std::vector<Sample> samples;  // or the good images themselves (the workbench's "Teach as good")
  QString region;    // inspection-region mask image to set ("" = keep the model's)
  cv::Mat regionMask;  // or the region itself at the model's frame (drawn in the workbench)
  QString output;    // "" = a new version beside the model (defaultUpdatePath)
  QString data;      // the dataset the model was trained on: its held-out images, and the training images a
                     // continued training needs ("" = not at hand)
  int epochs = 0;    // continued training: epochs more (0 = the method's epochs setting)
  bool resume = false;  // continued training: resume from the checkpoint beside the output
  QString device = QStringLiteral("cpu");
};

struct UpdateResult {
  QString output;
  int added = 0;             // images added to the model
  int alreadyTrained = 0;    // images skipped: the model had trained on them already
  int leftHeldOut = 0;       // held-out images that were added, so no longer unseen
  int heldOutRescored = 0;   // held-out images scored again with the updated model
  bool heldOutDropped = false;  // the model had held-out scores but the dataset was not at hand
  double seconds = 0;
  ModelHeader header;
};

// A new version of a model: good images added without training from scratch (MethodInfo::update)
// and/or a new inspection region. The added images' content hashes join the training images'; held-out
// images among them stop being held out; the remaining held-out images are scored again when their
// dataset (data) is at hand, otherwise their scores and thresholds, which described the parent, are
// dropped. Saved atomically to output, which must not be an existing file other than a model.
UpdateResult runUpdate(const UpdateRequest& request, JobContext& ctx, LoadReport& report);

// The measured time of the continued training runUpdate would run (methods whose update continues
// training, ModelUpdate::Continued); empty for the others, which update in one pass.
TrainingEstimate estimateUpdate(const UpdateRequest& request, LoadReport& report);

// "<folder>/<stem>-v<N>.dsm" with N the first version number (from 2, past the model's updates) that
// names no existing file.
QString defaultUpdatePath(const QString& model, int updates);

}  // namespace ds
