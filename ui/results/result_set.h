#pragma once

#include <QObject>
#include <functional>
#include <memory>
#include <opencv2/core.hpp>
#include <optional>
#include <vector>

#include "core/data/image_loader.h"
#include "core/data/load_report.h"
#include "core/data/sample.h"
#include "core/io/map_spill.h"
#include "core/jobs/inspect_job.h"
#include "core/metrics/evaluation.h"
#include "core/metrics/threshold_policy.h"

namespace ds::ui {

// The open dataset and everything known about its images once a model scored them: scores and maps
// are cached here, so moving a threshold re-derives verdicts, counts and curves without the model.
// The maps go to a temporary file (MapSpill) as they arrive — thousands of native-resolution maps do
// not fit in memory, and freeing them all on the GUI thread stalled it when the set changed — and are
// read back one at a time. Lives on the GUI thread; results arrive from jobs as plain values.
class ResultSet : public QObject {
  Q_OBJECT

 public:
  explicit ResultSet(QObject* parent = nullptr);

  void setDataset(const QString& root, std::vector<Sample> samples, LoadReport report);
  const QString& root() const { return root_; }
  const std::vector<Sample>& samples() const { return samples_; }
  const LoadReport& loadReport() const { return report_; }
  int size() const { return static_cast<int>(samples_.size()); }
  // Changes whenever the images or their scores are replaced: results queued by a job for an earlier
  // generation are dropped.
  quint64 generation() const { return generation_; }
  // Labelled images left out of the last scoring because the model was trained on them.
  bool isTrainingImage(int sample) const;
  // What the last complete scoring rested on: its selection of test images.
  const TestSelection& selection() const { return selection_; }

  // Scoring: clearScores, then addResult per image as it arrives, then finishScoring. tiling: the
  // scoring model's, so that images shown while it scores are outlined already.
  void clearScores(std::optional<Tiling> tiling = std::nullopt);
  void addResult(int sample, double score, cv::Mat map, cv::Mat mask);
  // The scoring job writes the maps itself, on its thread (a write can wait on the disk): the file of
  // this scoring, then addSpilled with the map's entry and its value range.
  std::shared_ptr<MapSpill> mapFile();
  void addSpilled(int sample, double score, int entry, double low, double high, cv::Mat mask);
  void finishScoring(const InspectResult& result);
  bool isScored(int sample) const;
  bool scoringComplete() const { return complete_; }
  int scoredCount() const { return scoredCount_; }
  double score(int sample) const;
  // Read back from the temporary file; empty when the sample is not scored (or the file was lost).
  cv::Mat map(int sample) const;
  // The same read, to run on any thread later (the frame loader's worker): it keeps the file alive.
  std::function<cv::Mat()> mapReader(int sample) const;
  const cv::Mat& mask(int sample) const;
  // The scored images' maps and masks in sample order, readable from any thread while this set lives
  // on or not.
  std::shared_ptr<const MapSelection> scoredMaps() const;
  // How the scoring model decodes images (size, crop); the views decode the same way.
  const LoadOptions& loadOptions() const { return loadOptions_; }
  // The scoring model's tiling (core/tiling); none for a whole-image model.
  const std::optional<Tiling>& tiling() const { return tiling_; }
  // Colour scale shared by all maps, so colours compare across images.
  double mapLow() const { return mapLow_; }
  double mapHigh() const { return mapHigh_; }
  // Model time per image in the last complete scoring (decoding excluded).
  double predictMsPerImage() const { return predictMs_; }

  // The thresholds the threshold policy chose (core/metrics/threshold_policy.h).
  void setThresholds(const SetThresholds& thresholds);
  // The user's choice; how: the way it was made ("manual", "max F1", …), kept with the project.
  void setImageThresholds(const ImageThresholds& thresholds, const QString& how);
  void setPixelThreshold(double threshold, const QString& how);
  const SetThresholds& thresholds() const { return thresholds_; }
  const ImageThresholds& imageThresholds() const { return thresholds_.image; }
  const QString& thresholdsChosenBy() const { return thresholds_.chosenBy; }
  double pixelThreshold() const { return thresholds_.pixel; }

  // A label confirmed in a review: the sample takes it (labelled from now on) and every metric follows
  // as a relabelling would — image metrics at once, pixel metrics recomputed from the cached maps off
  // the GUI thread (evaluationChanged when done).
  void confirmLabel(int sample, bool defective, const QString& defectType);
  bool isConfirmed(int sample) const;
  // A ground-truth mask painted for the sample (file maskPath, frameMask at the scoring model's frame):
  // pixel metrics and the evaluation map follow as for confirmLabel.
  void setMask(int sample, const QString& maskPath, const cv::Mat& frameMask);
  // The scoring model's inspection region at its frame; empty = everything.
  const cv::Mat& region() const { return region_; }
  int confirmedCount() const;

  Verdict verdict(int sample) const;
  // Labelled, scored and decided the way its label says (REVIEW counts as flagged).
  bool isCorrect(int sample) const;
  // The scored labelled images, as metric functions take them (1 = defective).
  void labelledScores(std::vector<double>& scores, std::vector<int>& labels) const;
  DecisionCounts decisionCounts() const;
  // Image metrics from the cached scores and the pixel metrics of the last complete scoring.
  const Evaluation& evaluation() const { return evaluation_; }

 Q_SIGNALS:
  void datasetChanged();
  void scoresCleared();
  void resultAdded(int sample);
  void scoringFinished();
  void thresholdsChanged();
  void labelChanged(int sample);
  void evaluationChanged();  // metrics recomputed after a label changed

 private:
  struct Entry {
    double score = 0;
    bool scored = false;
    bool trainingImage = false;
    int stored = -1;  // the map's entry in maps_; −1: held in map (it could not be written)
    cv::Mat map, mask;
  };
  // Empties entries_ and lets a worker thread remove the previous maps' file.
  void dropResults();
  // One scored image: its map is entry of maps_, or map itself when entry is −1.
  void record(int sample, double score, int entry, cv::Mat map, double low, double high, cv::Mat mask);
  void updateEvaluation();
  void recomputePixelMetrics();

  QString root_;
  std::vector<Sample> samples_;
  LoadReport report_;
  std::vector<Entry> entries_;
  std::shared_ptr<MapSpill> maps_;  // created with the first result of a scoring
  bool spillFailed_ = false;        // warned once per scoring that maps stay in memory
  std::vector<bool> confirmed_;  // per sample, kept while the scores are replaced
  int scoredCount_ = 0;
  bool complete_ = false;
  LoadOptions loadOptions_;
  std::optional<Tiling> tiling_;
  PixelMetrics pixel_;
  cv::Mat region_;  // the scoring model's inspection region; empty = all
  Evaluation evaluation_;
  double mapLow_ = 0, mapHigh_ = 1;
  double predictMs_ = 0;
  SetThresholds thresholds_;
  TestSelection selection_;
  quint64 generation_ = 0;
  quint64 pixelRequest_ = 0;  // the latest pixel-metrics recomputation; earlier ones are dropped
};

}  // namespace ds::ui
