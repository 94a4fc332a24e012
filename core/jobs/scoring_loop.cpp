#include "core/jobs/scoring_loop.h"

#include <QElapsedTimer>

#include "core/jobs/job_context.h"

namespace ds {

qint64 scoreSamples(InspectionModel& model, const std::vector<Sample>& samples, const LoadOptions& options,
                    LoadReport& report, JobContext& ctx, const QString& stage, const ScoredImageCallback& onImage) {
  ImageLoader loader(samples, options, report);
  std::vector<LoadedImage> batch;
  qint64 predictNs = 0;
  int done = 0;
  const int total = static_cast<int>(samples.size());
  ctx.progress(0, total, stage);
  while (loader.next(batch)) {
    ctx.checkCancelled();
    QElapsedTimer timer;
    timer.start();
    const std::vector<ImagePrediction> predictions = model.predict(batch);
    predictNs += timer.nsecsElapsed();
    for (std::size_t i = 0; i < batch.size(); ++i) onImage(samples[batch[i].index], batch[i], predictions[i]);
    // Files the loader reported count as done too, so the bar reaches the end.
    done = batch.back().index + 1;
    ctx.progress(done, total, stage);
  }
  if (done < total) ctx.progress(total, total, stage);
  return predictNs;
}

}  // namespace ds
