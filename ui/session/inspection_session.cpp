#include "ui/session/inspection_session.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

#include "core/backbones/weight_store.h"
#include "core/data/dataset.h"
#include "core/data/inspection_region.h"
#include "core/data/holdout_split.h"
#include "core/data/demo_data_generator.h"
#include "core/error.h"
#include "core/io/png_file.h"
#include "core/jobs/evaluate_job.h"
#include "core/jobs/inspect_job.h"
#include "core/jobs/job_runner.h"
#include "core/jobs/update_job.h"
#include "core/methods/inspection_model.h"
#include "core/runtime/compute.h"
#include "core/runtime/memory.h"
#include "ui/report/report_builder.h"
#include "ui/results/result_set.h"
#include "ui/settings/settings_store.h"

namespace ds::ui {
namespace {

struct ScanResult {
  std::optional<Dataset> dataset;
  LoadReport report;
  QString error;
};

ScanResult scanFolder(const QString& path) {
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
QString deviceSetting() { return setting(QStringLiteral("compute/device"), QStringLiteral("auto")).toString(); }

}  // namespace

InspectionSession::InspectionSession(QObject* parent)
    : QObject(parent), runner_(new JobRunner(this)), results_(new ResultSet(this)) {
  cuda_ = QtConcurrent::run([] { return compute::cudaAvailable(); });
  connect(runner_, &JobRunner::started, this, [this] { Q_EMIT busyChanged(true); });
  connect(runner_, &JobRunner::finished, this, &InspectionSession::jobFinished);
  connect(results_, &ResultSet::thresholdsChanged, this, &InspectionSession::rememberThresholds);
  connect(results_, &ResultSet::evaluationChanged, this, [this] {
    if (showingProduction()) return;
    applyThresholds();
    recordMetrics();
  });
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
  // Timings differ from run to run: a new measurement is kept, but is no change of the project.
  const auto withoutTimings = [](QJsonObject m) {
    m.remove(QStringLiteral("timings"));
    return m;
  };
  const ProjectThresholds& old = model->thresholds;
  const bool changed = withoutTimings(model->metrics) != withoutTimings(metrics) || !same(old.image.ok, thresholds.image.ok) ||
                       !same(old.image.nok, thresholds.image.nok) || old.image.twoLevel != thresholds.image.twoLevel ||
                       !same(old.pixel, thresholds.pixel) || old.chosenBy != thresholds.chosenBy ||
                       old.pixelChosenBy != thresholds.pixelChosenBy;
  model->metrics = metrics;
  model->thresholds = thresholds;
  if (changed) setModified();
}

QString InspectionSession::imageSetPath(int index) const {
  if (index == 0) return project_.datasetPath;
  return index > 0 && index <= static_cast<int>(project_.productionSets.size()) ? project_.productionSets[index - 1].path : QString();
}

void InspectionSession::openDataset(const QString& path) { scan(QDir::cleanPath(QFileInfo(path).absoluteFilePath()), 0); }

void InspectionSession::openProductionFolder(const QString& path) {
  const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
  auto& sets = project_.productionSets;
  auto it = std::find_if(sets.begin(), sets.end(), [&](const ImageSet& set) { return set.path == clean; });
  if (it == sets.end()) {
    sets.push_back({clean, {}});
    it = sets.end() - 1;
    setModified();
  }
  scan(clean, static_cast<int>(it - sets.begin()) + 1);
}

void InspectionSession::showImageSet(int index) {
  const QString path = imageSetPath(index);
  if (!path.isEmpty() && index != currentSet_) scan(path, index);
}

void InspectionSession::scan(const QString& path, int set) {
  scanning_ = path;
  Q_EMIT status(tr("Scanning %1…").arg(QDir::toNativeSeparators(path)));
  auto* watcher = new QFutureWatcher<ScanResult>(this);
  connect(watcher, &QFutureWatcher<ScanResult>::finished, this, [this, watcher, path, set] {
    ScanResult result = watcher->result();
    watcher->deleteLater();
    if (path != scanning_) return;  // a later request superseded this scan
    scanning_.clear();
    if (!result.dataset) {
      Q_EMIT datasetFailed(result.error);
      return;
    }
    const Dataset& d = *result.dataset;
    currentSet_ = set;
    if (set == 0) {
      trainingImages_ = static_cast<int>(d.trainingSamples().size());
      holdsOut_ = !hasOwnTestGood(d);
      // A new labelled set is a change worth saving only in a project that has something to save.
      if (project_.datasetPath != path) {
        project_.datasetPath = path;
        if (!projectPath_.isEmpty() || !project_.models.empty()) setModified();
      }
      storeSetting(QStringLiteral("data/lastDataset"), path);
    }
    std::vector<Sample> samples = d.samples();
    // A painted mask replaces the folder's; one whose file has gone is left out (the folder's stands).
    for (Sample& s : samples)
      if (const auto painted = project_.paintedMasks.find(s.imagePath); painted != project_.paintedMasks.end() && QFileInfo::exists(painted->second))
        s.maskPath = painted->second;
    results_->setDataset(path, std::move(samples), std::move(result.report));
    for (int i = 0; i < results_->size(); ++i) {
      const auto confirmed = project_.confirmedLabels.find(results_->samples()[i].imagePath);
      if (confirmed != project_.confirmedLabels.end()) results_->confirmLabel(i, confirmed->second.defective, confirmed->second.defectType);
    }
    Q_EMIT datasetOpened(path);
    Q_EMIT projectChanged();  // the image sets' list shows which one is open
    if (project_.active()) scoreDataset();
  });
  watcher->setFuture(QtConcurrent::run(scanFolder, path));
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
  currentSet_ = 0;
  results_->clearScores();
  Q_EMIT projectChanged();
}

void InspectionSession::loadProject(const QString& path) {
  refuseWhileBusy();
  Project project = Project::load(path);
  project_ = std::move(project);
  projectPath_ = QFileInfo(path).absoluteFilePath();
  modified_ = false;
  currentSet_ = 0;
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
    const ModelHeader::Training& training = *result.header.training;  // a model just trained records it
    ctx.message(tr("Trained on %1 images in %2 s; model saved to %3")
                    .arg(training.images)
                    .arg(training.fitSeconds, 0, 'f', 1)
                    .arg(QDir::toNativeSeparators(r.output)));
    ctx.message(result.heldOut > 0 ? tr("%n good image(s) held out of training: scored as unseen test images", nullptr, result.heldOut)
                                   : tr("No images held out: %1").arg(result.notHeldOutReason));
    adoptModel(r.output, result.header);
  });
}

void InspectionSession::adoptModel(const QString& path, const ModelHeader& header) {
  // Called on the job's thread: the project changes on the GUI thread, and the set is scored once
  // the job has ended.
  QMetaObject::invokeMethod(this, [this, path, header] {
    project_.models.push_back({path, header, {}, {}});
    project_.activeModel = static_cast<int>(project_.models.size()) - 1;
    scoreWhenIdle_ = true;
    setModified();
  }, Qt::QueuedConnection);
}

void InspectionSession::confirmLabel(int sample, bool defective, const QString& defectType) {
  if (sample < 0 || sample >= results_->size()) return;
  const QString type = defective ? (defectType.trimmed().isEmpty() ? QStringLiteral("defect") : defectType.trimmed()) : Sample::goodType();
  project_.confirmedLabels[results_->samples()[sample].imagePath] =
      ConfirmedLabel{defective, type, ReportBuilder::rememberedOperator(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
  results_->confirmLabel(sample, defective, type);
  setModified();
}

QString InspectionSession::maskFolder() const { return QFileInfo(modelFolder()).dir().filePath(QStringLiteral("masks")); }

void InspectionSession::setGroundTruthMask(int sample, const cv::Mat& mask) {
  if (sample < 0 || sample >= results_->size()) return;
  const Sample s = results_->samples()[sample];
  // One folder per image folder (a short hash of its path), so that equal file names never meet;
  // the name is MVTec's, <stem>_mask.png.
  const QFileInfo image(s.imagePath);
  const QString folder = QDir(maskFolder()).filePath(QString::fromLatin1(
      QCryptographicHash::hash(image.absolutePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(10)));
  const QString path = QDir(folder).filePath(image.completeBaseName() + QStringLiteral("_mask.png"));
  cv::Mat white;
  mask.convertTo(white, CV_8U, 255);
  if (!QDir().mkpath(folder)) throw Error(tr("%1: cannot create the masks folder").arg(QDir::toNativeSeparators(folder)));
  writePng(path, white);
  project_.paintedMasks[s.imagePath] = path;
  if (cv::countNonZero(mask) > 0 && !(s.labelled && s.defective)) confirmLabel(sample, true, QString());
  results_->setMask(sample, path, toModelFrame(mask, results_->loadOptions()));
  setModified();
}

bool InspectionSession::applyInspectionRegion(const cv::Mat& region) {
  const ProjectModel* model = project_.active();
  if (!model) return false;
  UpdateRequest request;
  request.model = model->path;
  request.regionMask = region.clone();
  request.data = project_.datasetPath;
  return runner_->start(tr("Saving the inspection region of %1").arg(QFileInfo(model->path).fileName()), [this, request](JobContext& ctx) {
    LoadReport report;
    const UpdateResult result = runUpdate(request, ctx, report);
    ctx.message(tr("New version with the inspection region saved to %1").arg(QDir::toNativeSeparators(result.output)));
    adoptModel(result.output, result.header);
  });
}

bool InspectionSession::teachAsGood(const std::vector<int>& samples) {
  const ProjectModel* model = project_.active();
  if (!model || samples.empty()) return false;
  UpdateRequest request;
  request.model = model->path;
  request.device = deviceSetting();
  for (int i : samples)
    if (i >= 0 && i < results_->size()) request.samples.push_back(results_->samples()[i]);
  // The training dataset's held-out images are scored again when the labelled set is the one the
  // model was trained on (its held-out paths lie below it).
  request.data = project_.datasetPath;
  return runner_->start(tr("Teaching good images to %1").arg(QFileInfo(model->path).fileName()), [this, request](JobContext& ctx) {
    UpdateRequest r = request;
    r.device = compute::resolveDevice(r.device);
    LoadReport report;
    const UpdateResult result = runUpdate(r, ctx, report);
    for (const LoadProblem& p : report.problems()) ctx.message(tr("%1: %2").arg(p.path, p.problem));
    ctx.message(tr("%n image(s) taught as good; new version saved to %1", nullptr, result.added).arg(QDir::toNativeSeparators(result.output)));
    adoptModel(result.output, result.header);
  });
}

bool InspectionSession::addModel(const QString& path) {
  return runner_->start(tr("Loading %1").arg(QFileInfo(path).fileName()), [this, path](JobContext&) {
    const ModelHeader header = InspectionModel::load(path, QStringLiteral("cpu")).header();
    adoptModel(QFileInfo(path).absoluteFilePath(), header);
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
  const QString modelPath = model->path;
  if (runner_->busy()) {
    scoreWhenIdle_ = true;
    return false;
  }
  results_->clearScores(model->header.input.tiling);
  // Results are tagged with the generation they were computed for: opening another dataset or
  // starting another scoring makes late ones stale.
  const quint64 generation = results_->generation();
  std::shared_ptr<MapSpill> maps;
  try {
    maps = results_->mapFile();
  } catch (const Error& e) {  // no temporary file: the maps travel to the GUI thread and stay in memory
    qWarning("%s", qPrintable(e.message()));
  }
  // The device is resolved on the worker thread: asking LibTorch about CUDA is LibTorch work.
  InspectRequest request{modelPath, results_->samples(), results_->root(), deviceSetting()};
  return runner_->start(tr("Scoring %1 with %2").arg(QFileInfo(request.root).fileName(), QFileInfo(modelPath).fileName()),
                        [this, request, generation, maps](JobContext& ctx) {
                          InspectRequest r = request;
                          r.device = compute::resolveDevice(r.device);
                          LoadReport report;
                          const InspectResult result = runInspect(r, ctx, report, [&](InspectedImage image) {
                            // The map goes to the set's file here, off the GUI thread; only its entry travels.
                            int entry = -1;
                            double low = 0, high = 0;
                            if (maps) {
                              try {
                                entry = maps->append(image.map, cv::Mat());
                                cv::minMaxLoc(image.map, &low, &high);
                              } catch (const std::exception&) {  // a full disk: this map travels and stays in memory
                              }
                            }
                            if (entry >= 0) image.map.release();
                            QMetaObject::invokeMethod(this, [this, image, generation, entry, low, high] {
                              if (results_->generation() != generation) return;
                              if (entry >= 0) results_->addSpilled(image.sample, image.score, entry, low, high, image.mask);
                              else results_->addResult(image.sample, image.score, image.map, image.mask);
                            }, Qt::QueuedConnection);
                          });
                          for (const LoadProblem& p : report.problems()) ctx.message(tr("%1: %2").arg(p.path, p.problem));
                          if (!result.selection.excluded.empty())
                            ctx.message(tr("%n test image(s) identical to training images left out of the metrics", nullptr,
                                           static_cast<int>(result.selection.excluded.size())));
                          QMetaObject::invokeMethod(this, [this, result, generation] {
                            if (results_->generation() == generation) scoringDone(result);
                          }, Qt::QueuedConnection);
                        });
}

void InspectionSession::scoringDone(const InspectResult& result) {
  results_->finishScoring(result);
  ProjectModel* model = project_.active();
  if (!model) return;
  // The model file may have changed since it joined the project (evaluate --store-threshold).
  model->header = result.modelHeader;
  applyThresholds();
  if (showingProduction()) {
    int verdicts[4] = {0, 0, 0, 0};
    for (int i = 0; i < results_->size(); ++i)
      if (results_->isScored(i)) ++verdicts[static_cast<int>(results_->verdict(i))];
    const QJsonObject summary{{QStringLiteral("model"), QFileInfo(model->path).fileName()},
                              {QStringLiteral("images"), results_->scoredCount()},
                              {QStringLiteral("ok"), verdicts[static_cast<int>(Verdict::OK)]},
                              {QStringLiteral("review"), verdicts[static_cast<int>(Verdict::Review)]},
                              {QStringLiteral("nok"), verdicts[static_cast<int>(Verdict::NOK)]}};
    ImageSet& set = project_.productionSets[currentSet_ - 1];
    if (set.lastScoring != summary) {
      set.lastScoring = summary;
      setModified();
    }
    return;
  }
  recordMetrics();
}

void InspectionSession::recordMetrics() {
  ProjectModel* model = project_.active();
  if (!model || !results_->scoringComplete()) return;
  // The labelled set: the model's metrics, on unseen images only.
  const Evaluation& e = results_->evaluation();
  int good = 0, defective = 0;
  for (int i = 0; i < results_->size(); ++i)
    if (results_->isScored(i) && results_->samples()[i].labelled) (results_->samples()[i].defective ? defective : good)++;
  const TestSelection& selection = results_->selection();
  const QJsonObject metrics{
      {QStringLiteral("image_auroc"), number(e.imageAuroc)},
      {QStringLiteral("pixel_auroc"), number(e.pixelAuroc)},
      {QStringLiteral("aupro"), number(e.aupro)},
      {QStringLiteral("f1_max"), number(e.f1Max)},
      {QStringLiteral("threshold"), number(e.threshold)},
      {QStringLiteral("n_test"), e.nTest},
      {QStringLiteral("n_test_good"), good},
      {QStringLiteral("n_test_defect"), defective},
      {QStringLiteral("n_held_out"), selection.heldOut},
      {QStringLiteral("excluded_training_images"),
       selection.trainingImagesKnown ? QJsonValue(selection.excludedTrainingImages()) : QJsonValue(QJsonValue::Null)},
      {QStringLiteral("timings"), QJsonObject{{QStringLiteral("predict_ms_per_image"), results_->predictMsPerImage()}}},
  };
  updateActiveModel(metrics, model->thresholds);
}

void InspectionSession::applyThresholds() {
  const ProjectModel* model = project_.active();
  if (!model) return;
  ThresholdCandidates c;
  c.readModel(model->header);
  c.userImage = model->thresholds.image;
  c.userImageHow = model->thresholds.chosenBy;
  c.userPixel = model->thresholds.pixel;
  c.userPixelHow = model->thresholds.pixelChosenBy;
  results_->labelledScores(c.scores, c.labels);
  c.pixelF1 = results_->evaluation().pixel.f1Threshold;
  results_->setThresholds(chooseThresholds(c));
}

void InspectionSession::rememberThresholds() {
  const ProjectModel* model = project_.active();
  if (!model || !results_->scoringComplete()) return;
  // Only the user's own choices are kept: the policy derives the others again from the model and the data.
  const SetThresholds& t = results_->thresholds();
  ProjectThresholds mine = model->thresholds;
  if (t.imageRule == ThresholdRule::User) {
    mine.image = t.image;
    mine.chosenBy = t.chosenBy;
  }
  if (t.pixelRule == ThresholdRule::User) {
    mine.pixel = t.pixel;
    mine.pixelChosenBy = t.pixelChosenBy;
  }
  updateActiveModel(model->metrics, mine);
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
  for (int i = 0; i < results_->size(); ++i) {
    if (!results_->isScored(i)) continue;
    set.samples.push_back(results_->samples()[i]);
    set.scores.push_back(results_->score(i));
    if (const auto c = project_.confirmedLabels.find(results_->samples()[i].imagePath); c != project_.confirmedLabels.end())
      ++set.confirmedBy[c->second.by];
  }
  set.maps = results_->scoredMaps();  // in the order of set.samples
  set.loadOptions = results_->loadOptions();
  set.root = results_->root();
  set.inputFolders = inputFoldersOf(results_->root(), results_->samples());
  set.heldOut = results_->selection().heldOut;
  set.excludedTrainingImages = results_->selection().excludedTrainingImages();
  set.trainSplitImages = static_cast<int>(std::count_if(results_->samples().begin(), results_->samples().end(),
                                                        [](const Sample& s) { return s.split == Split::Train; }));
  if (const ProjectModel* model = project_.active()) {
    set.modelPath = model->path;
    set.modelHeader = model->header;
  }
  return set;
}

SetThresholds InspectionSession::thresholds() const { return results_->thresholds(); }

ReportRequest InspectionSession::reportRequest(FindingsScope scope, const QString& operatorName) const {
  ReportRequest request;
  request.set = scoredSet();
  request.thresholds = thresholds();
  if (const Evaluation& e = results_->evaluation(); e.nTest > 0) request.evaluation = e;
  request.scope = scope;
  request.operatorName = operatorName;
  if (!projectPath_.isEmpty()) request.project = QFileInfo(projectPath_).fileName();
  return request;
}

bool InspectionSession::exportReport(const QString& path, FindingsScope scope, QPageSize::PageSizeId pageSize,
                                     const QString& operatorName) {
  if (runner_->busy()) return false;
  // Built here: widgets draw the plots, so on this thread; the pages are drawn by the job.
  auto report = std::make_shared<ReportBuilder>(reportRequest(scope, operatorName));
  return runner_->start(tr("Writing report %1").arg(QFileInfo(path).fileName()), [=](JobContext& ctx) {
    const QString stage = tr("Writing report pages");
    const int pages = report->write(path, pageSize, [&](int done, int total) {
      ctx.checkCancelled();
      ctx.progress(done, total, stage);
    });
    ctx.message(tr("Report written to %1 (%2 pages)").arg(QDir::toNativeSeparators(path)).arg(pages));
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
  evaluation.heldOut = set.heldOut;
  evaluation.excludedTrainingImages = set.excludedTrainingImages;
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
