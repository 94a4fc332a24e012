#include "ui/session/inspection_session.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

#include "core/backbones/weight_store.h"
#include "core/data/dataset.h"
#include "core/data/demo_data_generator.h"
#include "core/error.h"
#include "core/jobs/evaluate_job.h"
#include "core/jobs/inspect_job.h"
#include "core/jobs/job_runner.h"
#include "core/methods/inspection_model.h"
#include "core/runtime/compute.h"
#include "core/runtime/memory.h"
#include "ui/report/report_writer.h"
#include "ui/results/result_set.h"

namespace ds::ui {
namespace {

struct ScanResult {
  std::optional<Dataset> dataset;
  LoadReport report;
  QString error;
};

ScanResult scan(const QString& path) {
  ScanResult result;
  try {
    result.dataset = Dataset::open(path, result.report);
  } catch (const Error& e) {
    result.error = e.message();
  }
  return result;
}

QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

// The compute device from the settings, resolved on the worker thread (asking LibTorch about CUDA).
QString deviceSetting() { return QSettings().value(QStringLiteral("compute/device"), QStringLiteral("auto")).toString(); }

}  // namespace

InspectionSession::InspectionSession(QObject* parent)
    : QObject(parent), runner_(new JobRunner(this)), results_(new ResultSet(this)) {
  cuda_ = QtConcurrent::run([] { return compute::cudaAvailable(); });
  connect(runner_, &JobRunner::started, this, [this] { Q_EMIT busyChanged(true); });
  connect(runner_, &JobRunner::finished, this, &InspectionSession::jobFinished);
  connect(results_, &ResultSet::thresholdsChanged, this, &InspectionSession::rememberThresholds);
}

InspectionSession::~InspectionSession() = default;

QString InspectionSession::demoDatasetPath() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("demo-dataset"));
}

QString InspectionSession::modelFolder() const {
  if (!projectPath_.isEmpty()) return QFileInfo(projectPath_).absoluteDir().filePath(QStringLiteral("models"));
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("models"));
}

void InspectionSession::setModified() {
  modified_ = true;
  Q_EMIT projectChanged();
}

void InspectionSession::updateActiveModel(const QJsonObject& metrics, const ProjectThresholds& thresholds) {
  ProjectModel* model = project_.active();
  if (!model) return;
  const auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
  const ProjectThresholds& old = model->thresholds;
  const bool changed = model->metrics != metrics || !same(old.image.ok, thresholds.image.ok) ||
                       !same(old.image.nok, thresholds.image.nok) || old.image.twoLevel != thresholds.image.twoLevel ||
                       !same(old.pixel, thresholds.pixel) || old.chosenBy != thresholds.chosenBy;
  model->metrics = metrics;
  model->thresholds = thresholds;
  if (changed) setModified();
}

void InspectionSession::openDataset(const QString& path) {
  scanning_ = path;
  Q_EMIT status(tr("Scanning %1…").arg(QDir::toNativeSeparators(path)));
  auto* watcher = new QFutureWatcher<ScanResult>(this);
  connect(watcher, &QFutureWatcher<ScanResult>::finished, this, [this, watcher, path] {
    ScanResult result = watcher->result();
    watcher->deleteLater();
    if (path != scanning_) return;  // a later request superseded this scan
    scanning_.clear();
    if (!result.dataset) {
      Q_EMIT datasetFailed(result.error);
      return;
    }
    const Dataset& d = *result.dataset;
    trainingImages_ = static_cast<int>(d.trainingSamples().size());
    results_->setDataset(path, d.samples(), std::move(result.report));
    if (project_.datasetPath != path) {
      project_.datasetPath = path;
      setModified();
    }
    QSettings().setValue(QStringLiteral("data/lastDataset"), path);
    Q_EMIT datasetOpened(path);
    if (project_.active()) scoreDataset();
  });
  watcher->setFuture(QtConcurrent::run(scan, path));
}

void InspectionSession::openDemoDataset() {
  const QString path = demoDatasetPath();
  if (QDir(path).exists(QStringLiteral("train"))) {
    openDataset(path);
    return;
  }
  if (writingDemo_) return;  // a second click while it is being written
  writingDemo_ = true;
  Q_EMIT status(tr("Writing the demo dataset to %1…").arg(QDir::toNativeSeparators(path)));
  // Written beside the final folder and renamed at the end, so an interrupted run leaves no partial dataset.
  const QString partial = path + QStringLiteral(".partial");
  auto* watcher = new QFutureWatcher<QString>(this);
  connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
    const QString error = watcher->result();
    watcher->deleteLater();
    writingDemo_ = false;
    if (!error.isEmpty()) {
      Q_EMIT datasetFailed(error);
      return;
    }
    openDataset(path);
  });
  watcher->setFuture(QtConcurrent::run([path, partial]() -> QString {
    try {
      QDir(partial).removeRecursively();
      DemoDataGenerator().write(partial, {});
      if (!QDir().rename(partial, path)) return tr("Cannot move the demo dataset into %1").arg(path);
    } catch (const Error& e) {
      return e.message();
    }
    return QString();
  }));
}

void InspectionSession::refuseWhileBusy() const {
  // A running job belongs to the open project (a model being trained joins it when done).
  if (runner_->busy()) throw Error(tr("A job is running: wait for it to finish or cancel it first."));
}

void InspectionSession::newProject() {
  refuseWhileBusy();
  project_ = Project{};
  projectPath_.clear();
  modified_ = false;
  results_->clearScores();
  Q_EMIT projectChanged();
}

void InspectionSession::loadProject(const QString& path) {
  refuseWhileBusy();
  Project project = Project::load(path);
  project_ = std::move(project);
  projectPath_ = QFileInfo(path).absoluteFilePath();
  modified_ = false;
  results_->clearScores();
  Q_EMIT projectChanged();
  if (!project_.datasetPath.isEmpty()) openDataset(project_.datasetPath);
}

void InspectionSession::saveProject(const QString& path) {
  project_.save(path);
  projectPath_ = QFileInfo(path).absoluteFilePath();
  modified_ = false;
  Q_EMIT projectChanged();
}

bool InspectionSession::train(TrainRequest request) {
  if (request.data.isEmpty()) request.data = project_.datasetPath;
  QDir().mkpath(QFileInfo(request.output).absolutePath());
  return runner_->start(tr("Training %1").arg(request.method), [this, request](JobContext& ctx) {
    LoadReport report;
    TrainRequest r = request;
    r.environment.device = compute::resolveDevice(request.environment.device);
    const TrainResult result = runTrain(r, ctx, report);
    ctx.message(tr("Trained on %1 images in %2 s; model saved to %3")
                    .arg(result.trainImages)
                    .arg(result.fitSeconds, 0, 'f', 1)
                    .arg(QDir::toNativeSeparators(r.output)));
    QMetaObject::invokeMethod(this, [this, path = r.output, header = result.header] {
      project_.models.push_back({path, header, {}, {}});
      project_.activeModel = static_cast<int>(project_.models.size()) - 1;
      scoreWhenIdle_ = true;
      setModified();
    }, Qt::QueuedConnection);
  });
}

bool InspectionSession::addModel(const QString& path) {
  return runner_->start(tr("Loading %1").arg(QFileInfo(path).fileName()), [this, path](JobContext&) {
    const QJsonObject header = InspectionModel::load(path, QStringLiteral("cpu")).header();
    QMetaObject::invokeMethod(this, [this, path, header] {
      project_.models.push_back({QFileInfo(path).absoluteFilePath(), header, {}, {}});
      project_.activeModel = static_cast<int>(project_.models.size()) - 1;
      scoreWhenIdle_ = true;
      setModified();
    }, Qt::QueuedConnection);
  });
}

void InspectionSession::activateModel(int index) {
  if (index < 0 || index >= static_cast<int>(project_.models.size()) || runner_->busy()) return;
  project_.activeModel = index;
  setModified();
  scoreDataset();
}

bool InspectionSession::scoreDataset() {
  const ProjectModel* model = project_.active();
  if (!model || results_->size() == 0) return false;
  const std::vector<int> indices = results_->scorableSamples();
  if (indices.empty()) return false;
  std::vector<Sample> samples;
  for (int i : indices) samples.push_back(results_->samples()[i]);
  const QString modelPath = model->path;
  if (runner_->busy()) {
    scoreWhenIdle_ = true;
    return false;
  }
  results_->clearScores();
  // Results are tagged with the generation they were computed for: opening another dataset or
  // starting another scoring makes late ones stale.
  const quint64 generation = results_->generation();
  return runner_->start(tr("Scoring %1 images with %2").arg(samples.size()).arg(QFileInfo(modelPath).fileName()),
                        [this, modelPath, samples, indices, generation](JobContext& ctx) {
                          InspectRequest request{modelPath, samples, compute::resolveDevice(deviceSetting())};
                          LoadReport report;
                          const InspectResult result = runInspect(request, ctx, report, [&](InspectedImage image) {
                            QMetaObject::invokeMethod(this, [this, sample = indices[image.sample], image, generation] {
                              if (results_->generation() == generation) results_->addResult(sample, image.score, image.map, image.mask);
                            }, Qt::QueuedConnection);
                          });
                          for (const LoadProblem& p : report.problems()) ctx.message(tr("%1: %2").arg(p.path, p.problem));
                          QMetaObject::invokeMethod(this, [this, result, generation] {
                            if (results_->generation() != generation) return;
                            results_->finishScoring(result);
                            applyThresholds();
                          }, Qt::QueuedConnection);
                        });
}

void InspectionSession::applyThresholds() {
  ProjectModel* model = project_.active();
  if (!model) return;
  const Evaluation& e = results_->evaluation();
  const QJsonObject metrics{
      {QStringLiteral("image_auroc"), number(e.imageAuroc)},
      {QStringLiteral("pixel_auroc"), number(e.pixelAuroc)},
      {QStringLiteral("aupro"), number(e.aupro)},
      {QStringLiteral("f1_max"), number(e.f1Max)},
      {QStringLiteral("threshold"), number(e.threshold)},
      {QStringLiteral("n_test"), e.nTest},
      {QStringLiteral("timings"), QJsonObject{{QStringLiteral("predict_ms_per_image"), results_->predictMsPerImage()}}},
  };
  ProjectThresholds t = model->thresholds;
  if (!std::isfinite(t.image.nok)) {
    // First scoring with this model: the F1-best threshold when labels allow, else the highest score.
    std::vector<double> scores;
    std::vector<int> labels;
    results_->labelledScores(scores, labels);
    const double best = thresholdMaxF1(scores, labels);
    double highest = -std::numeric_limits<double>::infinity();
    for (int i = 0; i < results_->size(); ++i)
      if (results_->isScored(i)) highest = std::max(highest, results_->score(i));
    t.image = {best, best, false};
    t.chosenBy = tr("max F1");
    if (!std::isfinite(best)) {
      t.image.ok = t.image.nok = highest;
      t.chosenBy = tr("highest score (no labels)");
    }
  }
  if (!std::isfinite(t.pixel))
    t.pixel = std::isfinite(e.pixel.f1Threshold) ? e.pixel.f1Threshold : t.image.nok;
  results_->setImageThresholds(t.image, t.chosenBy);
  results_->setPixelThreshold(t.pixel);
  updateActiveModel(metrics, t);
}

void InspectionSession::rememberThresholds() {
  const ProjectModel* model = project_.active();
  if (!model || !results_->scoringComplete()) return;
  updateActiveModel(model->metrics, {results_->imageThresholds(), results_->pixelThreshold(), results_->thresholdsChosenBy()});
}

bool InspectionSession::downloadWeights(const QString& backbone) {
  return runner_->start(tr("Downloading %1 weights").arg(backbone), [backbone](JobContext& ctx) {
    const QString stage = tr("Downloading %1").arg(backbone);
    const QString path = WeightStore().fetch(
        backbone,
        [&](qint64 received, qint64 total) {
          ctx.progress(static_cast<int>(received / 1024), total > 0 ? static_cast<int>(total / 1024) : 0, stage);
        },
        [&] { return ctx.cancelled(); });
    ctx.message(tr("Weights saved to %1").arg(QDir::toNativeSeparators(path)));
  });
}

ScoredSet InspectionSession::scoredSet() const {
  ScoredSet set;
  auto maps = std::make_shared<MapList>();
  for (int i = 0; i < results_->size(); ++i) {
    if (!results_->isScored(i)) continue;
    set.samples.push_back(results_->samples()[i]);
    set.scores.push_back(results_->score(i));
    maps->add(results_->map(i), results_->mask(i));
  }
  set.maps = maps;
  set.loadOptions = results_->loadOptions();
  set.root = results_->root();
  if (const ProjectModel* model = project_.active()) {
    set.modelPath = model->path;
    set.modelHeader = model->header;
  }
  return set;
}

SetThresholds InspectionSession::thresholds() const {
  return {results_->imageThresholds(), results_->pixelThreshold(), results_->thresholdsChosenBy()};
}

ReportData InspectionSession::reportData(FindingsScope scope, const QString& operatorName) const {
  const Evaluation& e = results_->evaluation();
  ReportData data = describeScoredSet(scoredSet(), thresholds(), e.nTest > 0 ? &e : nullptr, scope);
  if (!projectPath_.isEmpty()) data.title = QFileInfo(projectPath_).completeBaseName();
  data.operatorName = operatorName;
  return data;
}

bool InspectionSession::exportReport(const QString& path, FindingsScope scope, QPageSize::PageSizeId pageSize,
                                     const QString& operatorName) {
  if (runner_->busy()) return false;
  ReportData data = reportData(scope, operatorName);
  // Widgets draw the plots, so on this thread; the pages are drawn by the job.
  const ReportPlots plots = renderReportPlots(data);
  const ScoredSet set = scoredSet();
  const SetThresholds t = thresholds();
  return runner_->start(tr("Writing report %1").arg(QFileInfo(path).fileName()), [=](JobContext& ctx) mutable {
    data.modelChecksum = WeightStore::sha256Hex(set.modelPath);
    const ScoredSetFindings findings(set, t, scope);
    const ReportWriter writer(data, plots, findings);
    const QString stage = tr("Writing report pages");
    writer.writePdf(path, pageSize, [&](int done, int total) {
      ctx.checkCancelled();
      ctx.progress(done, total, stage);
    });
    ctx.message(tr("Report written to %1 (%2 pages)").arg(QDir::toNativeSeparators(path)).arg(writer.pageCount()));
  });
}

bool InspectionSession::exportResults(const QString& dir) {
  if (runner_->busy()) return false;
  const ScoredSet set = scoredSet();
  const SetThresholds t = thresholds();
  // metrics.json as the CLI writes it (docs/cli.md), for labelled data.
  EvaluationReport evaluation;
  evaluation.metrics = results_->evaluation();
  evaluation.modelHeader = set.modelHeader;
  evaluation.predictMsPerImage = results_->predictMsPerImage();
  for (std::size_t i = 0; i < set.samples.size(); ++i)
    if (set.samples[i].labelled)
      evaluation.images.push_back({set.samples[i].imagePath, set.samples[i].defectType, set.samples[i].defective, set.scores[i]});
  return runner_->start(tr("Exporting results to %1").arg(QDir::toNativeSeparators(dir)), [=](JobContext& ctx) mutable {
    exportScoredSet(set, t, dir, ctx);
    if (evaluation.metrics.nTest > 0) {
      evaluation.modelChecksum = WeightStore::sha256Hex(set.modelPath);
      evaluation.peakRssMb = peakRssMb();
      QSaveFile file(QDir(dir).filePath(QStringLiteral("metrics.json")));
      if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(metricsJson(evaluation)).toJson()) < 0 || !file.commit())
        throw Error(tr("%1: cannot write (%2)").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    ctx.message(tr("Results exported to %1").arg(QDir::toNativeSeparators(dir)));
  });
}

void InspectionSession::jobFinished(const QString& name, bool cancelled, const QString& error) {
  Q_EMIT busyChanged(false);
  // A scoring asked for while this job ran (a model just trained or added, a dataset opened) runs now,
  // unless the job was cancelled.
  const bool scoreNow = std::exchange(scoreWhenIdle_, false) && !cancelled;
  if (!error.isEmpty()) {
    Q_EMIT failed(tr("%1 failed: %2").arg(name, error));
    return;
  }
  Q_EMIT status(cancelled ? tr("%1: cancelled").arg(name) : tr("%1: done").arg(name));
  // A model just trained or added, or a dataset opened while the runner was busy, is scored now.
  if (scoreNow)  // queued, so every view hears of this job's end before the next job starts
    QMetaObject::invokeMethod(this, [this] { scoreDataset(); }, Qt::QueuedConnection);
}

}  // namespace ds::ui
