#pragma once

#include <QString>
#include <vector>

#include "core/methods/method_settings.h"

namespace ds {

class LoadReport;
struct TrainingPreviewRequest;
struct TrainingPreviewSample;
// Draws training inputs exactly as the method's training would (core/methods/training_preview.h), so
// that a user can judge them before spending the training time. Throws ds::Error.
using TrainingPreview = std::vector<TrainingPreviewSample> (*)(const TrainingPreviewRequest&, LoadReport&);

// How a fitted model takes further good images without starting over (defectscope-cli update, the
// workbench's "Teach as good"; docs/model-updates.md).
enum class ModelUpdate {
  None,
  Exact,      // the updated model equals one fitted on all the images: the fit's sums are kept
  Coreset,    // the new images' patches join the memory bank by continuing the greedy coreset
  Continued,  // training continues from the stored weights, on all the images, for a given number of epochs
};
// "exact", "coreset", "continued" (as the model's lineage records it); "" for None.
QString modelUpdateName(ModelUpdate update);

struct MethodInfo {
  QString id;
  QString title;        // translated
  QString description;  // translated, one sentence
  std::vector<SettingSpec> settings;
  // The pretrained backbone the method uses unless told otherwise (--backbone, --weights apply);
  // empty for methods without one.
  QString defaultBackbone;
  // Trained over epochs from scratch: the training dialog measures a few steps for its estimate and
  // a cancelled run can resume from its checkpoint.
  bool trainsOverEpochs = false;
  // The training time is measured before a run (a few steps timed on this machine with the chosen
  // settings: train --estimate, the training dialog); otherwise the dialog scales the last run's time.
  bool measuresEstimate = false;
  // Set where training alters its inputs (the inpainting autoencoder's corruptions): the training
  // dialog then offers a preview of them.
  TrainingPreview trainingPreview = nullptr;
  ModelUpdate update = ModelUpdate::None;
};

std::vector<MethodInfo> availableMethods();
// Throws ds::Error listing the available ids when id is unknown.
MethodInfo methodInfo(const QString& id);
// The method's settings with their defaults.
MethodSettings defaultSettings(const QString& id);

}  // namespace ds
