#pragma once

#include <QStringList>

#include "core/data/load_report.h"
#include "core/methods/method_environment.h"
#include "core/methods/model_header.h"
#include "core/methods/training_estimate.h"

namespace ds {

class JobContext;

struct TrainRequest {
  QString method;
  QString data;          // dataset folder or manifest
  QString output;        // model file (.dsm)
  QStringList settings;  // "key=value"
  QString imageSize;     // "" = the method's default
  QString crop;          // "" = none; "S" or "WxH": centre crop after resizing
  QString tile;          // "" = none; "S" or "WxH": images cut into tiles at their own size (core/tiling), not resized
  double tileOverlap = 0.25;  // with a tile: the fraction of a tile that neighbouring tiles share at least
  double tileScale = 1;       // with a tile: images scaled by this first
  QString region;        // inspection-region mask image (white = inspected); "" = the whole frame
  double holdout = 0.2;  // fraction of the good images held out when the dataset has no test good images
  MethodEnvironment environment;  // checkpoint: "" = the model path + ".ckpt"
};

struct TrainResult {
  int heldOut = 0;                 // good images held out of training and scored as unseen
  QString notHeldOutReason;        // why none were, when none were (translated)
  double heldOutThreshold = qQNaN();  // the held-out rule's image threshold
  qint64 modelBytes = 0;              // the model file's size
  ModelHeader header;  // the saved model's header (docs/model-file.md): training images, fit time, summary
};

// Opens the dataset, holds out good images where it has no test good images of its own
// (splitForTraining), fits the method on the rest, records the training images' content hashes and
// the held-out images' scores with the threshold they give, and saves the model atomically. Methods
// trained over epochs checkpoint next to the model while they train; the checkpoint is removed once
// the model is saved, and kept when the job is cancelled or fails, so environment.resume continues it.
TrainResult runTrain(const TrainRequest& request, JobContext& ctx, LoadReport& report);

// The checkpoint a training run of this request writes.
QString checkpointPath(const TrainRequest& request);

// Opens the dataset and times a few training steps (TrainingEstimate::secondsPerEpoch is 0 for
// methods that fit in one pass).
TrainingEstimate estimateTrain(const TrainRequest& request, LoadReport& report);

}  // namespace ds
