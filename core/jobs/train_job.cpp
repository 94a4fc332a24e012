#include "core/jobs/train_job.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cmath>

#include "core/data/content_hash.h"
#include "core/data/dataset.h"
#include "core/data/holdout_split.h"
#include "core/data/inspection_region.h"
#include "core/error.h"
#include "core/io/model_archive.h"
#include "core/jobs/job_context.h"
#include "core/jobs/held_out_scores.h"
#include "core/methods/inspection_model.h"
#include "core/methods/method_registry.h"
#include "core/metrics/threshold_policy.h"
#include "core/tiling/tile_grid.h"

namespace ds {

namespace {

// Mistyped options fail before a long dataset scan.
ImageSizeSpec checkedSize(const TrainRequest& request) {
  ImageSizeSpec size = request.imageSize.isEmpty() ? ImageSizeSpec{} : ImageSizeSpec::parse(request.imageSize);
  if (!request.crop.isEmpty()) size.crop = ImageSizeSpec::parseCrop(request.crop);
  if (!request.tile.isEmpty()) size.tiling = Tiling{Tiling::parseTile(request.tile), request.tileOverlap, request.tileScale};
  size.checkTiling();
  if (size.tiling && !request.region.isEmpty()) refuseRegionWithTiles();
  defaultSettings(request.method).assign(request.settings);
  // A model replaces only a model: never an image or other file given by mistake as --out.
  if (QFileInfo::exists(request.output) && !ModelArchive::hasModelSignature(request.output))
    throw Error(QCoreApplication::translate("TrainJob", "%1: exists and is not a DefectScope model; it is left untouched (choose another --out)")
                    .arg(request.output));
  if (!request.region.isEmpty()) readRegionMask(request.region, {});  // unreadable or empty: refused now
  if (!(request.holdout >= 0 && request.holdout <= kMaxHoldoutFraction))
    throw Error(QCoreApplication::translate("TrainJob", "--holdout must be between 0 and %1, not %2").arg(kMaxHoldoutFraction).arg(request.holdout));
  return size;
}

struct TrainingSet {
  QString root;
  HoldoutSplit split;
};

TrainingSet trainingSet(const TrainRequest& request, LoadReport& report) {
  const Dataset dataset = Dataset::open(request.data, report);
  TrainingSet set{dataset.root(), splitForTraining(dataset, request.holdout, request.environment.seed)};
  if (set.split.train.empty()) throw Error(QCoreApplication::translate("TrainJob", "%1: no defect-free training images").arg(request.data));
  return set;
}

std::vector<QByteArray> contentHashes(const std::vector<Sample>& samples, JobContext& ctx) {
  const QString stage = QCoreApplication::translate("TrainJob", "Recording the training images");
  std::vector<QByteArray> hashes;
  for (std::size_t i = 0; i < samples.size(); ++i) {
    if (i % 16 == 0) {
      ctx.checkCancelled();
      ctx.progress(static_cast<int>(i), static_cast<int>(samples.size()), stage);
    }
    hashes.push_back(fileContentHash(samples[i].imagePath));
  }
  return hashes;
}

}  // namespace

QString checkpointPath(const TrainRequest& request) {
  return request.environment.checkpoint.isEmpty() ? request.output + QStringLiteral(".ckpt") : request.environment.checkpoint;
}

TrainingEstimate estimateTrain(const TrainRequest& request, LoadReport& report) {
  const ImageSizeSpec size = checkedSize(request);
  return InspectionModel::estimateTraining(request.method, request.settings, size, request.environment,
                                           trainingSet(request, report).split.train, report);
}

TrainResult runTrain(const TrainRequest& request, JobContext& ctx, LoadReport& report) {
  const ImageSizeSpec size = checkedSize(request);
  const TrainingSet set = trainingSet(request, report);
  MethodEnvironment environment = request.environment;
  environment.checkpoint = checkpointPath(request);
  InspectionModel model = InspectionModel::train(request.method, request.settings, size, environment, set.split.train, report, ctx);
  ctx.checkCancelled();
  model.setTrainingImages(contentHashes(set.split.train, ctx));
  // The region changes no method's fit, only its maps and scores: the held-out images are scored with it.
  if (!request.region.isEmpty())
    model.setInspectionRegion(readRegionMask(request.region, model.loadOptions()), QFileInfo(request.region).fileName());
  TrainResult result;
  if (!set.split.heldOut.empty())
    result.heldOutThreshold = recordHeldOut(model, set.root, set.split.heldOut, request.holdout, request.environment.seed, report, ctx);
  ctx.checkCancelled();
  model.save(request.output);
  QFile::remove(environment.checkpoint);
  result.heldOut = static_cast<int>(set.split.heldOut.size());
  result.notHeldOutReason = set.split.notHeldOutReason;
  result.modelBytes = QFileInfo(request.output).size();
  result.header = model.header();
  return result;
}

}  // namespace ds
