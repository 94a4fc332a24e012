#include "core/jobs/update_job.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <set>

#include "core/data/content_hash.h"
#include "core/data/dataset.h"
#include "core/data/inspection_region.h"
#include "core/error.h"
#include "core/io/model_archive.h"
#include "core/jobs/held_out_scores.h"
#include "core/jobs/job_context.h"
#include "core/methods/inspection_model.h"
#include "core/methods/method_registry.h"

namespace ds {
namespace {

// The images to add: the dataset's training images (a plain folder's good or unlabelled ones), less
// those the model trained on already — adding one twice would weigh it twice.
std::vector<Sample> imagesToAdd(const UpdateRequest& request, const InspectionModel& model, std::vector<QByteArray>& hashes,
                                int& alreadyTrained, LoadReport& report, JobContext& ctx) {
  const std::vector<Sample> candidates = request.samples.empty() ? Dataset::open(request.add, report).trainingSamples() : request.samples;
  std::vector<Sample> samples;
  std::set<QByteArray> seen;
  const QString stage = QCoreApplication::translate("UpdateJob", "Checking the images to add");
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (i % 16 == 0) {
      ctx.checkCancelled();
      ctx.progress(static_cast<int>(i), static_cast<int>(candidates.size()), stage);
    }
    const QByteArray hash = fileContentHash(candidates[i].imagePath);
    if (model.trainedOn(hash) || !seen.insert(hash).second) {
      report.add(candidates[i].imagePath, QCoreApplication::translate("UpdateJob", "skipped: the model has this image among its training images already"));
      ++alreadyTrained;
      continue;
    }
    samples.push_back(candidates[i]);
    hashes.push_back(hash);
  }
  if (samples.empty())
    throw Error(alreadyTrained > 0 ? QCoreApplication::translate("UpdateJob", "the model has trained on every one of these images already")
                                   : QCoreApplication::translate("UpdateJob", "%1: no good images to add").arg(request.add));
  return samples;
}

// The images of the dataset the model was trained on (by content hash), for a continued training.
std::vector<Sample> trainingImagesIn(const QString& data, const InspectionModel& model, LoadReport& report) {
  std::vector<Sample> trained;
  if (data.isEmpty()) return trained;
  const Dataset dataset = Dataset::open(data, report);
  for (const Sample& s : dataset.samples())
    if (model.trainedOn(fileContentHash(s.imagePath))) trained.push_back(s);
  return trained;
}

// The held-out images that are still unseen once the added ones are trained on, as samples under root.
std::vector<Sample> stillHeldOut(const ModelHeader::Holdout& holdout, const std::set<QString>& addedHex, const QString& root, int& left) {
  std::vector<Sample> samples;
  for (const ModelHeader::HeldOutImage& image : holdout.images) {
    if (addedHex.count(image.sha256.toLower())) {
      ++left;
      continue;
    }
    Sample s;
    s.imagePath = QDir(root).filePath(image.path);
    s.split = Split::Test;
    s.defectType = Sample::goodType();
    samples.push_back(s);
  }
  return samples;
}

}  // namespace

QString defaultUpdatePath(const QString& model, int updates) {
  const QFileInfo info(model);
  QString stem = info.completeBaseName();
  // "line-v2.dsm" updated again becomes "line-v3.dsm", not "line-v2-v3.dsm".
  const int mark = stem.lastIndexOf(QStringLiteral("-v"));
  bool numbered = false;
  if (mark > 0) stem.mid(mark + 2).toInt(&numbered);
  if (numbered) stem.truncate(mark);
  for (int version = std::max(2, updates + 2);; ++version) {
    const QString path = info.dir().filePath(QStringLiteral("%1-v%2.dsm").arg(stem).arg(version));
    if (!QFileInfo::exists(path)) return path;
  }
}

TrainingEstimate estimateUpdate(const UpdateRequest& request, LoadReport& report) {
  const InspectionModel model = InspectionModel::load(request.model, request.device);
  JobContext quiet;
  std::vector<QByteArray> hashes;
  int alreadyTrained = 0;
  const std::vector<Sample> added = imagesToAdd(request, model, hashes, alreadyTrained, report, quiet);
  InspectionModel::UpdateTraining training;
  training.epochs = request.epochs;
  if (methodInfo(model.header().method).update == ModelUpdate::Continued) training.trained = trainingImagesIn(request.data, model, report);
  return model.estimateUpdate(added, training);
}

UpdateResult runUpdate(const UpdateRequest& request, JobContext& ctx, LoadReport& report) {
  const bool adding = !request.add.isEmpty() || !request.samples.empty();
  const bool newRegion = !request.region.isEmpty() || !request.regionMask.empty();
  if (!adding && !newRegion)
    throw Error(QCoreApplication::translate("UpdateJob", "nothing to update: give images to add (--add) or an inspection region (--roi)"));
  QElapsedTimer timer;
  timer.start();
  InspectionModel model = InspectionModel::load(request.model, request.device);
  UpdateResult result;
  result.output = request.output.isEmpty() ? defaultUpdatePath(request.model, static_cast<int>(model.header().lineage.size())) : request.output;
  // A model replaces only a model: never an image or other file given by mistake as --out.
  if (QFileInfo::exists(result.output) && !ModelArchive::hasModelSignature(result.output))
    throw Error(QCoreApplication::translate("UpdateJob", "%1: exists and is not a DefectScope model; it is left untouched (choose another --out)")
                    .arg(result.output));
  if (newRegion) {
    if (request.regionMask.empty())
      model.setInspectionRegion(readRegionMask(request.region, model.loadOptions()), QFileInfo(request.region).fileName());
    else
      model.setInspectionRegion(request.regionMask, QStringLiteral("drawn"));
    if (!adding) model.recordVersion(QStringLiteral("region"), 0, 0);  // else update() records the version
  }

  std::set<QString> addedHex;
  if (adding) {
    std::vector<QByteArray> hashes;
    const std::vector<Sample> samples = imagesToAdd(request, model, hashes, result.alreadyTrained, report, ctx);
    InspectionModel::UpdateTraining training;
    if (methodInfo(model.header().method).update == ModelUpdate::Continued) {
      training.trained = trainingImagesIn(request.data, model, report);
      training.epochs = request.epochs;
      training.checkpoint = result.output + QStringLiteral(".ckpt");
      training.resume = request.resume;
    }
    LoadReport updateReport;
    result.added = model.update(samples, training, updateReport, ctx);
    // Only the images that loaded were added; their hashes join the training images'.
    std::set<QString> failed;
    for (const auto& p : updateReport.problems()) {
      report.add(p.path, p.problem);
      failed.insert(p.path);
    }
    std::vector<QByteArray> addedHashes;
    for (std::size_t i = 0; i < samples.size(); ++i)
      if (!failed.count(samples[i].imagePath)) {
        addedHashes.push_back(hashes[i]);
        addedHex.insert(QString::fromLatin1(hashes[i].toHex()));
      }
    model.addTrainingImages(addedHashes);
  }

  if (const auto& holdout = model.header().holdout) {
    // The held-out images are at hand when every one lies in the given dataset's folder.
    const QString root = request.data.isEmpty() ? QString() : QFileInfo(request.data).isDir() ? request.data : QFileInfo(request.data).absolutePath();
    int added = 0;
    const std::vector<Sample> heldOut = root.isEmpty() ? std::vector<Sample>() : stillHeldOut(*holdout, addedHex, root, added);
    const bool atHand = !root.isEmpty() && std::all_of(heldOut.begin(), heldOut.end(), [](const Sample& s) { return QFileInfo::exists(s.imagePath); });
    if (atHand) {
      result.leftHeldOut = added;
      if (!heldOut.empty()) {
        recordHeldOut(model, root, heldOut, holdout->fraction, holdout->seed, report, ctx);
        result.heldOutRescored = static_cast<int>(model.header().holdout->images.size());
      } else {
        ModelHeader::Holdout none = *holdout;  // every held-out image was added
        none.images.clear();
        none.scores.clear();
        none.imageThreshold = none.pixelThreshold = qQNaN();
        model.setHeldOut(std::move(none));
      }
    } else if (!holdout->scores.empty() || !addedHex.empty()) {
      // The scores described the parent: without the images they cannot be brought up to date.
      ModelHeader::Holdout kept = *holdout;
      kept.images.clear();
      for (const ModelHeader::HeldOutImage& image : holdout->images) {
        if (addedHex.count(image.sha256.toLower())) ++result.leftHeldOut;
        else kept.images.push_back(image);
      }
      kept.scores.clear();
      kept.imageThreshold = kept.pixelThreshold = qQNaN();
      result.heldOutDropped = !holdout->scores.empty();
      model.setHeldOut(std::move(kept));
    }
  }
  ctx.checkCancelled();
  model.save(result.output);
  QFile::remove(result.output + QStringLiteral(".ckpt"));  // a continued training's, once the model is saved
  result.seconds = timer.nsecsElapsed() / 1e9;
  result.header = model.header();
  return result;
}

}  // namespace ds
