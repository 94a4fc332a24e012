#pragma once

#include <QJsonObject>
#include <QString>
#include <vector>

#include "core/data/load_report.h"
#include "core/metrics/evaluation.h"

namespace ds {

class JobContext;

struct EvaluateRequest {
  QString model;
  QString data;
  QString device = QStringLiteral("cpu");
  bool originalResolution = false;  // --eval-size original: maps upsampled to each image's size
};

struct EvaluationReport {
  Evaluation metrics;
  std::vector<ImageOutcome> images;
  QJsonObject modelHeader;
  QString modelChecksum;
  double predictMsPerImage = 0;  // model + map post-processing; decoding excluded
  double peakRssMb = 0;
};

EvaluationReport runEvaluate(const EvaluateRequest& request, JobContext& ctx, LoadReport& report);
// The CLI's metrics.json contract (docs/cli.md); NaN metrics are written as null.
QJsonObject metricsJson(const EvaluationReport& report);

}  // namespace ds
