#pragma once

#include <QString>
#include <vector>

#include "core/data/load_report.h"
#include "core/data/sample.h"

namespace ds {

class InspectionModel;
class JobContext;

// Scores the held-out good images with the model and stores them (paths relative to root), their
// scores and the thresholds the held-out rule derives from them in its header (docs/model-file.md,
// "holdout"). Returns the image threshold (NaN when the rule has too few images). Used when a model
// is trained and again when an update changes its scores.
double recordHeldOut(InspectionModel& model, const QString& root, const std::vector<Sample>& heldOut, double fraction, quint64 seed,
                     LoadReport& report, JobContext& ctx);

}  // namespace ds
