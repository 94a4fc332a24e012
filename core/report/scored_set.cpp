#include "core/report/scored_set.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

#include "core/io/heatmap_image.h"
#include "core/io/result_exports.h"
#include "core/io/staged_folder.h"
#include "core/jobs/job_context.h"
#include "version.h"

namespace ds {
namespace {

Verdict verdictOf(const ScoredSet& set, const SetThresholds& t, int i) { return verdictFor(set.scores[i], t.image); }

cv::Mat decode(const ScoredSet& set, int i) {
  LoadOptions options = set.loadOptions;
  options.masks = false;
  return loadSample(set.samples[i], options).image;
}

}  // namespace

bool ScoredSet::anyLabelled() const {
  return std::any_of(samples.begin(), samples.end(), [](const Sample& s) { return s.labelled; });
}

QStringList inputFoldersOf(const QString& input, const std::vector<Sample>& samples) {
  if (QFileInfo(input).isDir()) return {QFileInfo(input).absoluteFilePath()};
  QStringList folders;
  for (const Sample& s : samples) {
    const QString folder = QFileInfo(s.imagePath).absolutePath();
    if (!folders.contains(folder)) folders << folder;
  }
  return folders;
}

void exportScoredSet(const ScoredSet& set, const SetThresholds& thresholds, const QString& dir, JobContext& ctx) {
  const ColourScale scale = sharedColourScale(thresholds.pixel);
  StagedFolder folder(dir, ResultExporter::ownEntries(), set.inputFolders);
  try {
    ResultExporter exporter(folder.path(), set.root, thresholds.pixel, scale.low, scale.high);
    const QString stage = QCoreApplication::translate("Exports", "Writing exports");
    for (int i = 0; i < static_cast<int>(set.samples.size()); ++i) {
      ctx.checkCancelled();
      const Sample& s = set.samples[i];
      cv::Mat map, mask;
      set.maps->read(i, map, mask);
      exporter.add({s.imagePath, set.scores[i], verdictOf(set, thresholds, i), s.labelled, s.defective, s.defectType},
                   decode(set, i), map, mask);
      ctx.progress(i + 1, static_cast<int>(set.samples.size()), stage);
    }
    exporter.finish();
  } catch (const Error& e) {  // a full disk, say: named by the target, not the staging folder removed now
    QString why = e.message();
    why.replace(QDir::toNativeSeparators(folder.path()), QDir::toNativeSeparators(dir));
    throw Error(QCoreApplication::translate("Exports", "%1: the export was not written; the previous one is unchanged (%2)")
                    .arg(QDir::toNativeSeparators(dir), why));
  }
  folder.commit();
}

ReportData describeScoredSet(const ScoredSet& set, const SetThresholds& thresholds, const Evaluation* evaluation,
                             FindingsScope scope) {
  ReportData d;
  d.title = QFileInfo(set.root).fileName();
  d.datasetPath = QDir::toNativeSeparators(set.root);
  d.modelPath = set.modelPath;
  d.modelChecksum = set.modelChecksum;
  d.modelHeader = set.modelHeader;
  d.trainImages = set.trainSplitImages;  // the model's own training images are in its Model section
  d.thresholds = thresholds.image;
  d.pixelThreshold = thresholds.pixel;
  d.thresholdsChosenBy = thresholds.chosenBy;
  d.pixelThresholdChosenBy = thresholds.pixelChosenBy;
  d.heldOut = set.heldOut;
  d.excludedTrainingImages = set.excludedTrainingImages;
  d.confirmedBy = set.confirmedBy;
  d.appVersion = QStringLiteral(DEFECTSCOPE_VERSION);
  d.created = QDateTime::currentDateTime();
  d.scope = scope;
  std::vector<double> labelledScores;
  std::vector<int> labels;
  for (std::size_t i = 0; i < set.samples.size(); ++i) {
    const Sample& s = set.samples[i];
    const double score = set.scores[i];
    if (!s.labelled) {
      ++d.unlabelled;
      d.unlabelledScores.push_back(score);
    } else {
      (s.defective ? d.testDefective : d.testGood)++;
      (s.defective ? d.defectiveScores : d.goodScores).push_back(score);
      if (s.defective) ++d.defectTypeCounts[s.defectType];
      labelledScores.push_back(score);
      labels.push_back(s.defective ? 1 : 0);
    }
    switch (verdictFor(score, thresholds.image)) {
      case Verdict::OK: ++d.ok; break;
      case Verdict::Review: ++d.review; break;
      case Verdict::NOK: ++d.nok; break;
      case Verdict::Unknown: break;
    }
  }
  d.labelled = evaluation && !labels.empty();
  if (d.labelled) {
    d.evaluation = *evaluation;
    d.decisions = decisionCounts(labelledScores, labels, thresholds.image);
  }
  return d;
}

ScoredSetFindings::ScoredSetFindings(const ScoredSet& set, const SetThresholds& thresholds, FindingsScope scope)
    : set_(set), thresholds_(thresholds) {
  for (int i = 0; i < static_cast<int>(set.samples.size()); ++i) {
    const Sample& s = set.samples[i];
    if (isFinding(scope, verdictOf(set, thresholds, i), s.labelled, s.defective)) rows_.push_back(i);
  }
  // Highest scores first: the most suspicious images lead the findings.
  std::stable_sort(rows_.begin(), rows_.end(), [&](int a, int b) { return set.scores[a] > set.scores[b]; });
}

ReportFinding ScoredSetFindings::at(int index) const {
  const int i = rows_.at(index);
  const Sample& s = set_.samples[i];
  ReportFinding f;
  f.path = QDir(set_.root).relativeFilePath(s.imagePath);
  if (f.path.startsWith(QLatin1String(".."))) f.path = s.imagePath;
  f.score = set_.scores[i];
  f.verdict = verdictOf(set_, thresholds_, i);
  f.labelled = s.labelled;
  f.defective = s.defective;
  f.defectType = s.defectType;
  f.image = decode(set_, i);
  set_.maps->read(i, f.map, f.mask);
  return f;
}

}  // namespace ds
