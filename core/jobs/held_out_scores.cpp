#include "core/jobs/held_out_scores.h"

#include <QCoreApplication>
#include <QDir>
#include <cmath>

#include "core/data/content_hash.h"
#include "core/jobs/job_context.h"
#include "core/jobs/scoring_loop.h"
#include "core/methods/inspection_model.h"
#include "core/metrics/threshold_policy.h"

namespace ds {

double recordHeldOut(InspectionModel& model, const QString& root, const std::vector<Sample>& heldOut, double fraction, quint64 seed,
                     LoadReport& report, JobContext& ctx) {
  ModelHeader::Holdout holdout;
  holdout.fraction = fraction;
  holdout.seed = seed;
  holdout.rule = QStringLiteral("conformal_95");
  std::vector<double> mapMaxima;
  scoreSamples(model, heldOut, model.loadOptions(), report, ctx, QCoreApplication::translate("TrainJob", "Scoring the held-out good images"),
               [&](const Sample& s, const LoadedImage&, const ImagePrediction& prediction) {
                 double low = 0, high = 0;
                 cv::minMaxLoc(prediction.map, &low, &high);
                 holdout.images.push_back({QDir::cleanPath(QDir(root).relativeFilePath(s.imagePath)),
                                           QString::fromLatin1(fileContentHash(s.imagePath).toHex())});
                 holdout.scores.push_back(prediction.score);
                 mapMaxima.push_back(high);
               });
  holdout.imageThreshold = heldOutThreshold(holdout.scores);
  if (std::isfinite(holdout.imageThreshold)) holdout.pixelThreshold = heldOutThreshold(mapMaxima);
  const double imageThreshold = holdout.imageThreshold;
  model.setHeldOut(std::move(holdout));
  return imageThreshold;
}

}  // namespace ds
