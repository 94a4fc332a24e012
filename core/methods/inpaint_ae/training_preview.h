#pragma once

#include <QString>
#include <QStringList>
#include <vector>

#include "core/data/image_size.h"
#include "core/data/load_report.h"
#include "core/methods/inpaint_ae/training_samples.h"

namespace ds::inpaint {

// Training samples exactly as --method inpaint_ae with these settings would draw them from the
// dataset's first defect-free images, at a point of training (0 = start, 1 = end: the progressive crop
// grows in between), so a user can judge the corruptions before spending the training time on them.
// LibTorch-free; throws ds::Error for bad settings or an unreadable dataset.
std::vector<TrainingSample> previewTrainingSamples(const QString& dataset, const QStringList& settings,
                                                   const ImageSizeSpec& imageSize, const QString& device, int count,
                                                   double trainingProgress, quint64 seed, LoadReport& report);

}  // namespace ds::inpaint
