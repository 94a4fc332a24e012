#pragma once

#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "core/data/image_loader.h"
#include "core/data/sample.h"
#include "core/io/map_spill.h"
#include "core/methods/model_header.h"
#include "core/metrics/threshold_policy.h"
#include "core/report/report_data.h"

namespace ds {

class JobContext;

// A set of images scored by one model, kept for exports and reports once the thresholds are known:
// scores in memory, maps in a MapStore (a temporary spill file, or the workbench's memory).
struct ScoredSet {
  std::vector<Sample> samples;
  std::vector<double> scores;
  std::shared_ptr<const MapStore> maps;
  LoadOptions loadOptions;  // how the model decoded the images (the maps' size)
  QString root;             // dataset folder: exported names and report paths are relative to it
  QString modelPath, modelChecksum;
  std::optional<ModelHeader> modelHeader;  // none when no model scored the set
  QStringList inputFolders;         // where the images come from: exports must land outside them
  int heldOut = 0;                  // images the model held out of training
  int excludedTrainingImages = -1;  // labelled images left out as training images; -1: not known
  int trainSplitImages = 0;         // the folder's own train split (train/good), never scored
  // Scored images whose labels a person confirmed in a review (they override the folder's), counted
  // by reviewer ("" when none was named).
  std::map<QString, int> confirmedBy;

  bool anyLabelled() const;
};

// The folders an export must stay out of: the scanned folder itself, or, for a single image or a
// manifest, every folder its images lie in.
QStringList inputFoldersOf(const QString& input, const std::vector<Sample>& samples);

// Writes the set's exports (core/io/result_exports.h) into dir as a whole (StagedFolder), decoding each
// image again. Refused when dir lies in set.inputFolders or holds files an export did not write.
void exportScoredSet(const ScoredSet& set, const SetThresholds& thresholds, const QString& dir, JobContext& ctx);

// The report's summary of a set; evaluation is used when the set is labelled (may be null otherwise).
ReportData describeScoredSet(const ScoredSet& set, const SetThresholds& thresholds, const Evaluation* evaluation,
                             FindingsScope scope);

// The set's findings under scope, decoded one at a time from disk and the spill.
class ScoredSetFindings : public FindingSource {
 public:
  ScoredSetFindings(const ScoredSet& set, const SetThresholds& thresholds, FindingsScope scope);
  int count() const override { return static_cast<int>(rows_.size()); }
  ReportFinding at(int index) const override;

 private:
  const ScoredSet& set_;
  SetThresholds thresholds_;
  std::vector<int> rows_;
};

}  // namespace ds
