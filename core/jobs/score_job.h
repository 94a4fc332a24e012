#pragma once

#include <QString>

#include "core/data/load_report.h"
#include "core/report/scored_set.h"

namespace ds {

class JobContext;

struct ScoreRequest {
  QString model;
  QString input;           // an image file or a folder (scanned recursively)
  QString outputDir;       // receives the exports (docs/exports.md)
  QString device = QStringLiteral("cpu");
  double threshold = qQNaN();  // NaN: the threshold policy's choice (the model's stored or held-out one)
};

struct ScoreResult {
  ScoredSet scored;          // maps kept for a report
  SetThresholds thresholds;  // as chosen by the threshold policy
  int flagged = 0;           // NOK verdicts
};

// Scores every image and writes the exports: scores.csv, 16-bit heatmaps with their scale, colour
// overlays and, with a threshold, predicted masks. The thresholds follow the policy: --threshold, else
// the model's stored ones, else its held-out ones; without any the verdicts are "unknown".
ScoreResult runScore(const ScoreRequest& request, JobContext& ctx, LoadReport& report);

}  // namespace ds
