#pragma once

#include <QString>
#include <functional>
#include <vector>

#include "core/data/image_loader.h"
#include "core/data/load_report.h"
#include "core/data/sample.h"
#include "core/methods/inspection_model.h"

namespace ds {

class JobContext;

using ScoredImageCallback = std::function<void(const Sample&, const LoadedImage&, const ImagePrediction&)>;

// Scores samples batch by batch (decoding overlaps the model's work), reporting progress under stage
// and checking for cancellation between batches; files that fail to load go to report. Returns the
// time spent in the model and map post-processing, in nanoseconds.
qint64 scoreSamples(InspectionModel& model, const std::vector<Sample>& samples, const LoadOptions& options,
                    LoadReport& report, JobContext& ctx, const QString& stage, const ScoredImageCallback& onImage);

}  // namespace ds
