#pragma once

#include <vector>

#include "core/data/load_report.h"
#include "core/methods/training_preview.h"

namespace ds::inpaint {

// Training samples exactly as --method inpaint_ae with these settings would draw them from the
// dataset's first defect-free images, at a point of training (the progressive crop grows from start
// to end): the corrupted image X̂ and the mask M. The method's MethodInfo::trainingPreview.
std::vector<TrainingPreviewSample> previewTrainingSamples(const TrainingPreviewRequest& request, LoadReport& report);

}  // namespace ds::inpaint
