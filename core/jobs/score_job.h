#pragma once

#include <QString>
#include <vector>

#include "core/data/load_report.h"

namespace ds {

class JobContext;

struct ScoreRequest {
  QString model;
  QString input;           // an image file or a folder (scanned recursively)
  QString outputDir;       // receives scores.csv and heatmaps/
  QString device = QStringLiteral("cpu");
  double threshold = qQNaN();  // NaN: the model's stored threshold, if any
};

struct ScoredImage {
  QString path;
  double score = 0;
  QString verdict;  // "OK", "NOK", or "unknown" without a threshold
};

struct ScoreResult {
  std::vector<ScoredImage> images;
  double threshold = qQNaN();
};

// Scores every image, writes scores.csv (path,score,verdict) and a heatmap overlay PNG per image.
ScoreResult runScore(const ScoreRequest& request, JobContext& ctx, LoadReport& report);

}  // namespace ds
