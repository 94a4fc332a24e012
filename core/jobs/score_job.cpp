#include "core/jobs/score_job.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cmath>

#include "core/data/dataset.h"
#include "core/error.h"
#include "core/jobs/job_context.h"
#include "core/jobs/scoring_loop.h"
#include "core/methods/inspection_model.h"

namespace ds {
namespace {

std::vector<Sample> inputSamples(const QString& input, LoadReport& report) {
  if (QFileInfo(input).isFile() && QFileInfo(input).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0) {
    Sample s;
    s.imagePath = QFileInfo(input).absoluteFilePath();
    s.labelled = false;
    return {s};
  }
  return Dataset::open(input, report).samples();
}

}  // namespace

ScoreResult runScore(const ScoreRequest& request, JobContext& ctx, LoadReport& report) {
  InspectionModel model = InspectionModel::load(request.model, request.device);
  const std::vector<Sample> samples = inputSamples(request.input, report);
  ScoreResult result;
  ScoredSet& set = result.scored;
  set.root = QFileInfo(request.input).isDir() ? QFileInfo(request.input).absoluteFilePath() : QFileInfo(request.input).absolutePath();
  set.inputFolders = inputFoldersOf(request.input, samples);
  set.modelPath = request.model;
  set.modelChecksum = model.checksum();
  set.modelHeader = model.header();
  set.loadOptions = model.loadOptions();
  const auto spill = std::make_shared<MapSpill>();
  set.maps = spill;
  ThresholdCandidates candidates;
  candidates.readModel(model.header());
  candidates.userImage = {request.threshold, request.threshold, false};
  candidates.userImageHow = QCoreApplication::translate("ScoreJob", "--threshold");
  result.thresholds = chooseThresholds(candidates);
  const double threshold = result.thresholds.image.nok;
  scoreSamples(model, samples, model.loadOptions(), report, ctx, QCoreApplication::translate("ScoreJob", "Scoring"),
               [&](const Sample& sample, const LoadedImage&, const ImagePrediction& prediction) {
                 set.samples.push_back(sample);
                 set.scores.push_back(prediction.score);
                 spill->append(prediction.map, cv::Mat());
                 result.flagged += prediction.score >= threshold ? 1 : 0;
               });
  if (set.samples.empty()) {  // nothing scored: no export, and a failing exit status naming why
    const std::vector<LoadProblem> problems = report.problems();
    const QString first = problems.empty() ? QString() : problems.front().path + QStringLiteral(": ") + problems.front().problem;
    throw Error(QCoreApplication::translate("ScoreJob", "%1: none of the %2 images could be loaded (%3)").arg(request.input).arg(samples.size()).arg(first));
  }
  exportScoredSet(set, result.thresholds, request.outputDir, ctx);
  return result;
}

}  // namespace ds
