#include "core/training/training_rate.h"

#include <QCoreApplication>

#include "core/jobs/job_context.h"

namespace ds::training {

void TrainingRate::starting(int64_t step) {
  if (step == firstStep_ + 1) clock_.start();
}

void TrainingRate::finished(int64_t step, int64_t perEpoch, int64_t total, JobContext& ctx) const {
  if (step != firstStep_ + 2) return;
  const double perIteration = clock_.nsecsElapsed() / 1e9 / 2.0;
  ctx.message(QCoreApplication::translate("Training", "about %1 s per epoch of %2 iterations; about %3 min left for this network")
                  .arg(perIteration * static_cast<double>(perEpoch), 0, 'f', 1)
                  .arg(perEpoch)
                  .arg(perIteration * static_cast<double>(total - firstStep_) / 60.0, 0, 'f', 1));
}

}  // namespace ds::training
