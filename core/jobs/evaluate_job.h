#pragma once

#include <QJsonObject>
#include <QString>
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
  QJsonObject modelHeader;
  QString modelChecksum;
  double predictMsPerImage = 0;  // model + map post-processing; decoding excluded
  double peakRssMb = 0;
  ScoredSet scored;  // the images in evaluation order; maps only with keepMaps
};

EvaluationReport runEvaluate(const EvaluateRequest& request, JobContext& ctx, LoadReport& report);
// The CLI's metrics.json contract (docs/cli.md); NaN metrics are written as null.
QJsonObject metricsJson(const EvaluationReport& report);
// The thresholds a report or export judges the set by: the model's stored image threshold when it has
// one, else the F1-best one on this set; the pixel threshold reaching the best pixel F1, else the image one.
SetThresholds evaluationThresholds(const EvaluationReport& report);

}  // namespace ds
