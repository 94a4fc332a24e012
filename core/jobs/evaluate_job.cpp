#include "core/jobs/evaluate_job.h"

#include <QCoreApplication>
#include <algorithm>
#include <QJsonArray>
#include <cmath>
#include <opencv2/imgproc.hpp>

#include "core/data/dataset.h"
#include "core/data/inspection_region.h"
#include "core/error.h"
#include "core/jobs/job_context.h"
#include "core/jobs/scoring_loop.h"
#include "core/jobs/test_selection.h"
#include "core/methods/inspection_model.h"
#include "core/runtime/memory.h"

namespace ds {
namespace {

QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

}  // namespace

EvaluationReport runEvaluate(const EvaluateRequest& request, JobContext& ctx, LoadReport& report) {
  InspectionModel model = InspectionModel::load(request.model, request.device);
  if (request.originalResolution && model.crops())
    throw Error(QCoreApplication::translate("EvaluateJob", "%1: the model was trained with a centre crop, so its maps cover only part of each image; "
                   "evaluate it at the model's size (--eval-size model)").arg(request.model));
  const Dataset dataset = Dataset::open(request.data, report);
  std::vector<Sample> labelled;
  for (const Sample& s : dataset.samples())
    if (s.labelled) labelled.push_back(s);
  const TestSelection selection = selectTestImages(labelled, dataset.root(), model, ctx);
  std::vector<Sample> test;
  for (int i : selection.scored) test.push_back(labelled[i]);
  if (test.empty())
    throw Error(selection.excluded.empty()
                    ? QCoreApplication::translate("EvaluateJob", "%1: no labelled test images to evaluate on").arg(request.data)
                    : QCoreApplication::translate("EvaluateJob", "%1: every labelled test image is one the model was trained on").arg(request.data));
  const bool anyMask = std::any_of(test.begin(), test.end(), [](const Sample& s) { return !s.maskPath.isEmpty(); });

  EvaluationReport result;
  result.excludedTrainingImages = selection.excludedTrainingImages();
  result.heldOut = selection.heldOut;
  ScoredSet& scored = result.scored;
  scored.heldOut = result.heldOut;
  scored.inputFolders = inputFoldersOf(request.data, test);
  scored.excludedTrainingImages = result.excludedTrainingImages;
  scored.trainSplitImages = static_cast<int>(
      std::count_if(dataset.samples().begin(), dataset.samples().end(), [](const Sample& s) { return s.split == Split::Train; }));
  scored.root = dataset.root();
  scored.modelPath = request.model;
  scored.modelChecksum = model.checksum();
  scored.modelHeader = model.header();
  scored.loadOptions = model.loadOptions();
  std::shared_ptr<MapSpill> spill = request.keepMaps ? std::make_shared<MapSpill>() : nullptr;
  scored.maps = spill;
  PixelScoreCollector pixels;
  const cv::Mat region = model.inspectionRegion();
  if (anyMask && !request.originalResolution) pixels.reservePixels(test.size() * model.inputSize().area());
  const qint64 predictNs = scoreSamples(
      model, test, model.loadOptions(anyMask, anyMask && request.originalResolution), report, ctx, QCoreApplication::translate("EvaluateJob", "Scoring"),
      [&](const Sample& s, const LoadedImage& image, const ImagePrediction& prediction) {
        result.images.push_back({s.imagePath, s.defectType, s.defective, prediction.score});
        scored.samples.push_back(s);
        scored.scores.push_back(prediction.score);
        if (spill) spill->append(prediction.map, image.mask);
        if (!anyMask) return;
        if (!request.originalResolution) return addPixels(pixels, s, prediction.map, image.mask, region);
        cv::Mat map;
        cv::resize(prediction.map, map, image.originalSize, 0, 0, cv::INTER_LINEAR);
        addPixels(pixels, s, map, image.originalMask, regionAtSize(region, image.originalSize));
      });
  if (result.images.empty()) throw Error(QCoreApplication::translate("EvaluateJob", "%1: none of the test images could be loaded").arg(request.data));
  ctx.progress(0, 0, QCoreApplication::translate("EvaluateJob", "Computing metrics"));
  result.metrics = evaluate(result.images, pixels);
  result.predictMsPerImage = predictNs / 1e6 / static_cast<double>(result.images.size());
  result.peakRssMb = peakRssMb();
  result.modelHeader = model.header();
  result.modelChecksum = model.checksum();
  return result;
}

QJsonObject metricsJson(const EvaluationReport& report) {
  const Evaluation& e = report.metrics;
  QJsonObject perDefect;
  for (const auto& [type, auroc] : e.perDefectAuroc) perDefect[type] = number(auroc);
  // The model's part; its keys are left out when no model scored the images.
  const ModelHeader* header = report.modelHeader ? &*report.modelHeader : nullptr;
  const ModelHeader::Training* training = header && header->training ? &*header->training : nullptr;
  const QJsonValue none(QJsonValue::Undefined);
  int nGood = 0;
  for (const auto& im : report.images) nGood += im.defective ? 0 : 1;
  const int nDefect = e.nTest - nGood;
  return QJsonObject{
      {QStringLiteral("method"), header ? QJsonValue(header->method) : none},
      {QStringLiteral("image_auroc"), number(e.imageAuroc)},
      {QStringLiteral("pixel_auroc"), number(e.pixelAuroc)},
      {QStringLiteral("aupro"), number(e.aupro)},
      {QStringLiteral("f1_max"), number(e.f1Max)},
      {QStringLiteral("threshold"), number(e.threshold)},
      {QStringLiteral("per_defect"), perDefect},
      {QStringLiteral("n_train"), training ? QJsonValue(training->images) : none},
      {QStringLiteral("n_test"), e.nTest},
      {QStringLiteral("n_test_good"), nGood},
      {QStringLiteral("n_test_defect"), nDefect},
      {QStringLiteral("n_held_out"), report.heldOut},
      {QStringLiteral("excluded_training_images"),
       report.excludedTrainingImages >= 0 ? QJsonValue(report.excludedTrainingImages) : QJsonValue(QJsonValue::Null)},
      {QStringLiteral("reliable"), nGood >= kReliableMinimum && nDefect >= kReliableMinimum},
      {QStringLiteral("input"), header ? QJsonValue(header->inputJson()) : none},
      {QStringLiteral("settings"), header ? QJsonValue(header->settings) : none},
      {QStringLiteral("model_sha256"), report.modelChecksum},
      {QStringLiteral("timings"),
       QJsonObject{{QStringLiteral("fit_s"), training ? QJsonValue(training->fitSeconds) : none},
                   {QStringLiteral("predict_ms_per_image"), report.predictMsPerImage},
                   {QStringLiteral("peak_rss_mb"), report.peakRssMb}}},
  };
}

SetThresholds evaluationThresholds(const EvaluationReport& report) {
  ThresholdCandidates c;
  if (report.modelHeader) c.readModel(*report.modelHeader);
  for (const ImageOutcome& im : report.images) {
    c.scores.push_back(im.score);
    c.labels.push_back(im.defective ? 1 : 0);
  }
  c.pixelF1 = report.metrics.pixel.f1Threshold;
  return chooseThresholds(c);
}

}  // namespace ds
