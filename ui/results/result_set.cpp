#include "ui/results/result_set.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/error.h"

namespace ds::ui {

ResultSet::ResultSet(QObject* parent) : QObject(parent) {}

namespace {

// samples: the scored images, in the order of maps. None ("–") when a map cannot be read back.
PixelMetrics pixelMetricsOf(const std::vector<Sample>& samples, const std::shared_ptr<const MapSelection>& maps, const cv::Mat& region) {
  PixelScoreCollector pixels;
  try {
    for (int i = 0; i < maps->size(); ++i) {
      cv::Mat map, mask;
      maps->read(i, map, mask);
      addPixels(pixels, samples[i], map, mask, region);
    }
  } catch (const std::exception& e) {
    qWarning("pixel metrics not recomputed: %s", e.what());
    return {};
  }
  return pixels.finish();
}

}  // namespace

void ResultSet::setDataset(const QString& root, std::vector<Sample> samples, LoadReport report) {
  root_ = root;
  samples_ = std::move(samples);
  report_ = std::move(report);
  ++generation_;
  dropResults();
  confirmed_.assign(samples_.size(), false);
  scoredCount_ = 0;
  complete_ = false;
  evaluation_ = Evaluation{};
  selection_ = TestSelection{};
  Q_EMIT datasetChanged();
}

bool ResultSet::isTrainingImage(int sample) const { return sample >= 0 && sample < size() && entries_[sample].trainingImage; }

void ResultSet::clearScores(std::optional<Tiling> tiling) {
  ++generation_;
  tiling_ = std::move(tiling);
  dropResults();
  scoredCount_ = 0;
  complete_ = false;
  mapLow_ = std::numeric_limits<double>::infinity();
  mapHigh_ = -std::numeric_limits<double>::infinity();
  evaluation_ = Evaluation{};
  selection_ = TestSelection{};
  Q_EMIT scoresCleared();
}

void ResultSet::addResult(int sample, double score, cv::Mat map, cv::Mat mask) {
  if (sample < 0 || sample >= size()) return;
  double low = 0, high = 0;
  cv::minMaxLoc(map, &low, &high);
  int entry = -1;
  try {
    entry = mapFile()->append(map, cv::Mat());
  } catch (const std::exception& error) {  // a full temporary folder: this map stays in memory
    if (!spillFailed_) qWarning("maps kept in memory: %s", error.what());
    spillFailed_ = true;
  }
  record(sample, score, entry, entry < 0 ? std::move(map) : cv::Mat(), low, high, std::move(mask));
}

std::shared_ptr<MapSpill> ResultSet::mapFile() {
  if (!maps_) maps_ = std::make_shared<MapSpill>();
  return maps_;
}

void ResultSet::addSpilled(int sample, double score, int entry, double low, double high, cv::Mat mask) {
  if (sample < 0 || sample >= size() || !maps_ || entry < 0 || entry >= maps_->size()) return;
  record(sample, score, entry, cv::Mat(), low, high, std::move(mask));
}

void ResultSet::record(int sample, double score, int entry, cv::Mat map, double low, double high, cv::Mat mask) {
  Entry& e = entries_[sample];
  if (!e.scored) ++scoredCount_;
  e.score = score;
  e.scored = true;
  mapLow_ = std::min(mapLow_, low);
  mapHigh_ = std::max(mapHigh_, high);
  e.stored = entry;
  e.map = std::move(map);
  e.mask = std::move(mask);
  Q_EMIT resultAdded(sample);
}

void ResultSet::dropResults() {
  entries_.assign(samples_.size(), Entry{});
  spillFailed_ = false;
  // Removing a large file (its cached pages) is the kernel's work for a while: not on the GUI thread.
  if (maps_) QThreadPool::globalInstance()->start([old = std::move(maps_)]() mutable { old.reset(); });
  maps_.reset();
}

void ResultSet::finishScoring(const InspectResult& result) {
  loadOptions_ = result.loadOptions;
  tiling_ = result.modelHeader.input.tiling;
  pixel_ = result.pixel;
  region_ = result.region;
  predictMs_ = result.predictMsPerImage;
  selection_ = result.selection;
  for (int i : selection_.excluded)
    if (i >= 0 && i < size()) entries_[i].trainingImage = true;
  complete_ = true;
  if (!(mapHigh_ > mapLow_)) mapHigh_ = mapLow_ + 1;
  updateEvaluation();
  Q_EMIT scoringFinished();
}

bool ResultSet::isScored(int sample) const { return sample >= 0 && sample < size() && entries_[sample].scored; }
double ResultSet::score(int sample) const { return isScored(sample) ? entries_[sample].score : qQNaN(); }
cv::Mat ResultSet::map(int sample) const { return mapReader(sample)(); }

std::function<cv::Mat()> ResultSet::mapReader(int sample) const {
  if (!isScored(sample)) return [] { return cv::Mat(); };
  const Entry& e = entries_[sample];
  if (e.stored < 0) return [map = e.map] { return map; };
  return [maps = std::shared_ptr<const MapSpill>(maps_), entry = e.stored] {
    cv::Mat map, none;
    try {
      maps->read(entry, map, none);
    } catch (const std::exception& error) {  // the temporary file was removed or cut short by someone else
      qWarning("%s", error.what());
      return cv::Mat();
    }
    return map;
  };
}

const cv::Mat& ResultSet::mask(int sample) const { return entries_.at(sample).mask; }

std::shared_ptr<const MapSelection> ResultSet::scoredMaps() const {
  auto maps = std::make_shared<MapSelection>(maps_);
  for (const Entry& e : entries_)
    if (e.scored) maps->add(e.stored, e.map, e.mask);
  return maps;
}

void ResultSet::setThresholds(const SetThresholds& thresholds) {
  thresholds_ = thresholds;
  if (thresholds_.image.twoLevel && thresholds_.image.ok > thresholds_.image.nok) std::swap(thresholds_.image.ok, thresholds_.image.nok);
  Q_EMIT thresholdsChanged();
}

void ResultSet::setImageThresholds(const ImageThresholds& thresholds, const QString& how) {
  SetThresholds t = thresholds_;
  t.image = thresholds;
  t.imageRule = ThresholdRule::User;
  t.chosenBy = how;
  setThresholds(t);
}

void ResultSet::setPixelThreshold(double threshold, const QString& how) {
  SetThresholds t = thresholds_;
  t.pixel = threshold;
  t.pixelRule = ThresholdRule::User;
  t.pixelChosenBy = how;
  setThresholds(t);
}

void ResultSet::confirmLabel(int sample, bool defective, const QString& defectType) {
  if (sample < 0 || sample >= size()) return;
  Sample& s = samples_[sample];
  const bool changed = !s.labelled || s.defective != defective || s.defectType != defectType;
  s.labelled = true;
  s.defective = defective;
  s.defectType = defectType;
  confirmed_[sample] = true;
  Q_EMIT labelChanged(sample);
  if (!changed || !complete_) return;
  updateEvaluation();
  Q_EMIT evaluationChanged();
  recomputePixelMetrics();
}

void ResultSet::setMask(int sample, const QString& maskPath, const cv::Mat& frameMask) {
  if (sample < 0 || sample >= size()) return;
  samples_[sample].maskPath = maskPath;
  if (entries_[sample].scored) entries_[sample].mask = frameMask;
  Q_EMIT labelChanged(sample);
  if (complete_) recomputePixelMetrics();
}

bool ResultSet::isConfirmed(int sample) const { return sample >= 0 && sample < size() && confirmed_[sample]; }

int ResultSet::confirmedCount() const { return static_cast<int>(std::count(confirmed_.begin(), confirmed_.end(), true)); }

void ResultSet::recomputePixelMetrics() {
  // Only images with masks (or good ones) take part, as when the job computed them: nothing to do
  // when no scored image has a mask.
  std::vector<Sample> scored;
  bool anyMask = false;
  for (int i = 0; i < size(); ++i)
    if (entries_[i].scored) {
      scored.push_back(samples_[i]);
      anyMask = anyMask || !entries_[i].mask.empty();
    }
  if (!anyMask) return;
  const quint64 generation = generation_, request = ++pixelRequest_;
  // One sort over every pixel: seconds for a large set, so not on the GUI thread.
  auto* watcher = new QFutureWatcher<PixelMetrics>(this);
  connect(watcher, &QFutureWatcher<PixelMetrics>::finished, this, [this, watcher, generation, request] {
    watcher->deleteLater();
    if (generation != generation_ || request != pixelRequest_) return;  // the scores or labels changed since
    pixel_ = watcher->result();
    updateEvaluation();
    Q_EMIT evaluationChanged();
  });
  watcher->setFuture(QtConcurrent::run(pixelMetricsOf, std::move(scored), scoredMaps(), region_));
}

Verdict ResultSet::verdict(int sample) const {
  return isScored(sample) ? verdictFor(entries_[sample].score, thresholds_.image) : Verdict::Unknown;
}

bool ResultSet::isCorrect(int sample) const {
  const Verdict v = verdict(sample);
  if (v == Verdict::Unknown || !samples_[sample].labelled) return false;
  return samples_[sample].defective == (v != Verdict::OK);
}

void ResultSet::labelledScores(std::vector<double>& scores, std::vector<int>& labels) const {
  scores.clear();
  labels.clear();
  for (int i = 0; i < size(); ++i)
    if (entries_[i].scored && samples_[i].labelled) {
      scores.push_back(entries_[i].score);
      labels.push_back(samples_[i].defective ? 1 : 0);
    }
}

DecisionCounts ResultSet::decisionCounts() const {
  std::vector<double> scores;
  std::vector<int> labels;
  labelledScores(scores, labels);
  return ds::decisionCounts(scores, labels, thresholds_.image);
}

void ResultSet::updateEvaluation() {
  std::vector<ImageOutcome> outcomes;
  for (int i = 0; i < size(); ++i)
    if (entries_[i].scored && samples_[i].labelled)
      outcomes.push_back({samples_[i].imagePath, samples_[i].defectType, samples_[i].defective, entries_[i].score});
  evaluation_ = Evaluation{};
  if (outcomes.empty()) return;
  PixelScoreCollector none;
  evaluation_ = evaluate(outcomes, none);
  evaluation_.pixel = pixel_;
  evaluation_.pixelAuroc = pixel_.auroc;
  evaluation_.aupro = pixel_.aupro;
}

}  // namespace ds::ui
