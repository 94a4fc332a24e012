#pragma once

#include <QString>

#include "core/methods/training_estimate.h"

namespace ds {

// The loader's share of any training run at height×width: the batch a method computes on, the next
// one being decoded (both float images) and the batch's tensor.
double loadedBatchBytes(int height, int width);

// Whether a training run's footprint fits this machine now. The one policy for train, update,
// `--estimate` and the training dialog: memory against what the kernel reports available (or the
// DEFECTSCOPE_MEMORY_LIMIT environment variable when set, e.g. "8G"), disk against the free space of
// the temporary folder (QDir::tempPath(), TMPDIR).
struct ResourceCheck {
  TrainingFootprint footprint;
  double memoryPeak = 0;       // bytes: residentPeakBytes(footprint), what is compared and shown
  double memoryAvailable = 0;  // bytes
  double diskFree = 0;         // bytes, in tempFolder
  QString tempFolder;
  QString refusal;  // translated, one sentence; empty when the run fits
  bool fits() const { return refusal.isEmpty(); }
};

// "estimated 12.3 s in one pass over the training images", or per epoch for methods trained over
// epochs; empty when the estimate has no time (!e.available()). Translated.
QString describeTime(const TrainingEstimate& e);
// "peak memory about 4.2 GB of 21.0 GB available; temporary files about 31 GB of 80 GB free in /tmp".
QString describeResources(const ResourceCheck& c);

// The process's resident memory at a run's peak, beyond what it holds before: the footprint's live data
// plus the freed heap the training keeps for speed (RetainFreedMemory, glibc's trim threshold at 1 GiB)
// and its fragmentation.
double residentPeakBytes(const TrainingFootprint& footprint);

ResourceCheck checkResources(const TrainingFootprint& footprint);
// Throws ds::Error with the refusal when the run does not fit.
void requireResources(const TrainingFootprint& footprint);

}  // namespace ds
