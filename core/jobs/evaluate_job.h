#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

#include "core/data/load_report.h"
#include "core/metrics/evaluation.h"
#include "core/report/scored_set.h"

namespace ds {

class JobContext;

struct EvaluateRequest {
  QString model;
  QString data;
  QString device = QStringLiteral("cpu");
  bool originalResolution = false;  // --eval-size original: maps upsampled to each image's size
  bool keepMaps = false;            // park the maps (at the model's size) for exports and reports
};

struct EvaluationReport {
  Evaluation metrics;
  std::vector<ImageOutcome> images;
  std::optional<ModelHeader> modelHeader;  // none when no model scored the images
  QString modelChecksum;
  double predictMsPerImage = 0;  // model + map post-processing; decoding excluded
  double peakRssMb = 0;
  // Labelled test images left out because the model was trained on an identical image; -1 when the
  // model does not record its training images (made before DefectScope did).
  int excludedTrainingImages = -1;
  int heldOut = 0;  // test images the model held out of training
  ScoredSet scored;  // the images in evaluation order; maps only with keepMaps
};

EvaluationReport runEvaluate(const EvaluateRequest& request, JobContext& ctx, LoadReport& report);
// The CLI's metrics.json contract (docs/cli.md); NaN metrics are written as null.
QJsonObject metricsJson(const EvaluationReport& report);
// The thresholds a report or export judges the set by: the threshold policy (core/metrics/
// threshold_policy.h) over the model's stored and held-out thresholds and this set's labels and masks.
SetThresholds evaluationThresholds(const EvaluationReport& report);
// Below this many unseen good or defective images a metric is marked not reliable (docs/metrics.md).
constexpr int kReliableMinimum = 5;

}  // namespace ds
