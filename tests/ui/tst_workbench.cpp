#include <QDir>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QListView>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QLabel>
#include <QScopeGuard>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <random>

#include "core/error.h"
#include "core/jobs/job_context.h"
#include "core/jobs/job_runner.h"
#include "core/metrics/confusion.h"
#include "core/metrics/thresholds.h"
#include "tests/support/test_support.h"
#include "tests/support/training_support.h"
#include "ui/dataset/dataset_panel.h"
#include "ui/dataset/thumbnail_model.h"
#include "ui/main_window.h"
#include "ui/models/corruption_preview_dialog.h"
#include "ui/models/train_dialog.h"
#include "ui/models/model_table.h"
#include "ui/plots/loss_plot.h"
#include "ui/plots/roc_plot.h"
#include "ui/project/project.h"
#include "ui/results/result_set.h"
#include "ui/session/inspection_session.h"
#include "ui/settings/settings_store.h"
#include "ui/thresholds/threshold_control.h"
#include "ui/thresholds/threshold_panel.h"
#include "ui/training/training_monitor.h"

namespace {

// A scored test set without a model: 60 images, every third defective, scores with ties, 8×8 maps.
void fillSyntheticResults(ds::ui::ResultSet& results, std::vector<double>& scores, std::vector<int>& labels) {
  std::vector<ds::Sample> samples;
  for (int i = 0; i < 60; ++i) {
    ds::Sample s;
    s.imagePath = QStringLiteral("/synthetic/%1.png").arg(i, 3, 10, QLatin1Char('0'));
    s.split = ds::Split::Test;
    s.defective = i % 3 == 0;
    s.defectType = s.defective ? QStringLiteral("crack") : ds::Sample::goodType();
    samples.push_back(s);
  }
  results.setDataset(QStringLiteral("/synthetic"), samples, ds::LoadReport());
  results.clearScores();
  std::mt19937 rng(5);
  std::uniform_int_distribution<int> level(0, 30);
  scores.clear();
  labels.clear();
  for (int i = 0; i < 60; ++i) {
    const double score = 0.05 * (level(rng) + (samples[i].defective ? 12 : 0));
    scores.push_back(score);
    labels.push_back(samples[i].defective ? 1 : 0);
    results.addResult(i, score, cv::Mat(8, 8, CV_32F, cv::Scalar(score)), cv::Mat());
  }
  results.finishScoring(ds::InspectResult{});
}

// Records the longest gap between ticks of a 10 ms timer on the GUI thread: how long it was blocked.
class Heartbeat {
 public:
  Heartbeat() {
    timer_.setInterval(10);
    QObject::connect(&timer_, &QTimer::timeout, [this] {
      if (clock_.isValid()) longest_ = std::max(longest_, clock_.restart());
      else clock_.start();
    });
    timer_.start();
  }
  qint64 longestGapMs() const { return longest_; }

 private:
  QTimer timer_;
  QElapsedTimer clock_;
  qint64 longest_ = 0;
};

}  // namespace

class TestWorkbench : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    ds::ui::clearSettings();  // no choices remembered from an earlier run
  }

  void projectFileRoundTrips() {
    QTemporaryDir dir;
    ds::ui::Project p;
    p.datasetPath = dir.filePath(QStringLiteral("data"));
    ds::ModelHeader patchcore = dstest::sampleModelHeader();
    patchcore.method = QStringLiteral("patchcore");
    patchcore.settings = QJsonObject{{QStringLiteral("coreset_ratio"), 0.05}};
    p.models.push_back({dir.filePath(QStringLiteral("models/a.dsm")), patchcore, QJsonObject{{QStringLiteral("image_auroc"), 0.91}},
                        {{0.5, 1.25, true}, 0.75, QStringLiteral("max F1"), QStringLiteral("manual")}});
    p.productionSets.push_back({dir.filePath(QStringLiteral("line1/today")), QJsonObject{{QStringLiteral("nok"), 3}}});
    p.models.push_back({QStringLiteral("/elsewhere/b.dsm"), dstest::sampleModelHeader(), {}, {}});
    p.activeModel = 0;
    p.confirmedLabels[dir.filePath(QStringLiteral("data/test/good/003.png"))] =
        ds::ui::ConfirmedLabel{true, QStringLiteral("scratch"), QStringLiteral("Anna"), QStringLiteral("2026-12-05T09:00:00Z")};
    p.confirmedLabels[QStringLiteral("/elsewhere/x.png")] = ds::ui::ConfirmedLabel{false, QStringLiteral("good"), QString(), QString()};
    p.paintedMasks[dir.filePath(QStringLiteral("data/test/good/003.png"))] = dir.filePath(QStringLiteral("masks/ab/003_mask.png"));
    const QString path = dir.filePath(QStringLiteral("inspection.dsproj"));
    p.save(path);
    QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
    // Paths below the project folder are stored relative to it, so the folder can move.
    QVERIFY(dstest::readBytes(path).contains("\"models/a.dsm\""));
    const ds::ui::Project q = ds::ui::Project::load(path);
    QCOMPARE(q.datasetPath, p.datasetPath);
    QCOMPARE(q.models.size(), std::size_t(2));
    QCOMPARE(q.models[0].path, p.models[0].path);
    QCOMPARE(q.models[1].path, QStringLiteral("/elsewhere/b.dsm"));
    QVERIFY(q.models[0].header == p.models[0].header);
    QVERIFY(q.models[1].header == p.models[1].header);
    QCOMPARE(q.models[0].metrics, p.models[0].metrics);
    QCOMPARE(q.models[0].thresholds.image.ok, 0.5);
    QCOMPARE(q.models[0].thresholds.image.nok, 1.25);
    QVERIFY(q.models[0].thresholds.image.twoLevel);
    QCOMPARE(q.models[0].thresholds.pixel, 0.75);
    QCOMPARE(q.models[0].thresholds.chosenBy, QStringLiteral("max F1"));
    QCOMPARE(q.models[0].thresholds.pixelChosenBy, QStringLiteral("manual"));
    QVERIFY(std::isnan(q.models[1].thresholds.image.nok));
    QCOMPARE(q.activeModel, 0);
    QCOMPARE(q.productionSets.size(), std::size_t(1));
    QCOMPARE(q.productionSets[0].path, p.productionSets[0].path);
    QCOMPARE(q.productionSets[0].lastScoring, p.productionSets[0].lastScoring);
    // The review's labels and the painted masks, by image (stored relative where below the project).
    QCOMPARE(q.confirmedLabels.size(), std::size_t(2));
    const ds::ui::ConfirmedLabel& scratch = q.confirmedLabels.at(dir.filePath(QStringLiteral("data/test/good/003.png")));
    QVERIFY(scratch.defective);
    QCOMPARE(scratch.defectType, QStringLiteral("scratch"));
    QCOMPARE(scratch.by, QStringLiteral("Anna"));
    QCOMPARE(scratch.date, QStringLiteral("2026-12-05T09:00:00Z"));
    QCOMPARE(q.confirmedLabels.at(QStringLiteral("/elsewhere/x.png")).defectType, QStringLiteral("good"));
    QCOMPARE(q.paintedMasks, p.paintedMasks);
    QVERIFY(dstest::readBytes(path).contains("\"masks/ab/003_mask.png\""));
    // A version-1 project opens; its thresholds (automatic and manual mixed) are derived again.
    QByteArray v1 = dstest::readBytes(path);
    v1.replace("\"version\": 3", "\"version\": 1");
    QVERIFY(dstest::writeBytes(dir.filePath(QStringLiteral("v1.dsproj")), v1));
    const ds::ui::Project old = ds::ui::Project::load(dir.filePath(QStringLiteral("v1.dsproj")));
    QCOMPARE(old.models[0].metrics, p.models[0].metrics);
    QVERIFY(std::isnan(old.models[0].thresholds.image.nok));

    const auto unwritable = dstest::errorOf([&] { p.save(QStringLiteral("/nonexistent/folder/x.dsproj")); });
    QVERIFY(unwritable && unwritable->contains(QLatin1String("/nonexistent/folder/x.dsproj")));
    dstest::writeBytes(dir.filePath(QStringLiteral("bad.dsproj")), "{ not json");
    const auto bad = dstest::errorOf([&] { ds::ui::Project::load(dir.filePath(QStringLiteral("bad.dsproj"))); });
    QVERIFY(bad && bad->contains(QLatin1String("bad.dsproj")));
    // A model header copied into the project is checked as the model file's own would be.
    QByteArray absurd = dstest::readBytes(path);
    QVERIFY(absurd.contains("\"width\": 64"));
    absurd.replace("\"width\": 64", "\"width\": 100000");
    QVERIFY(dstest::writeBytes(dir.filePath(QStringLiteral("absurd.dsproj")), absurd));
    const auto refused = dstest::errorOf([&] { ds::ui::Project::load(dir.filePath(QStringLiteral("absurd.dsproj"))); });
    QVERIFY(refused);
    QVERIFY2(refused->contains(QLatin1String("absurd.dsproj")) && refused->contains(QLatin1String("input width 100000 is out of range")),
             qPrintable(*refused));
  }

  void thresholdSliderChangesCountsAsCoreComputesThem() {
    ds::ui::ResultSet results;
    ds::ui::ThresholdPanel panel(&results);
    std::vector<double> scores;
    std::vector<int> labels;
    fillSyntheticResults(results, scores, labels);
    for (int position : {250, 0, 480, 700, 1000}) {  // starts at 0: a first setValue(0) would not move it
      panel.nokControl()->slider()->setValue(position);
      const double t = results.imageThresholds().nok;
      QCOMPARE(t, panel.nokControl()->value());
      const ds::ConfusionCounts c = ds::confusionAt(scores, labels, t);
      QCOMPARE(panel.countText(QStringLiteral("tp")), QString::number(c.tp));
      QCOMPARE(panel.countText(QStringLiteral("fp")), QString::number(c.fp));
      QCOMPARE(panel.countText(QStringLiteral("fn")), QString::number(c.fn));
      QCOMPARE(panel.countText(QStringLiteral("tn")), QString::number(c.tn));
    }
    // Two thresholds: REVIEW between them counts as flagged.
    results.setImageThresholds({0.6, 1.2, true}, QStringLiteral("test"));
    const ds::DecisionCounts d = ds::decisionCounts(scores, labels, {0.6, 1.2, true});
    QCOMPARE(panel.countText(QStringLiteral("review")), QString::number(d.review));
    QCOMPARE(panel.countText(QStringLiteral("tp")), QString::number(d.flagged.tp));
    QVERIFY(d.review > 0);
  }

  // Scored maps live in a temporary file, not in memory: read back exactly, in sample order for
  // reports, and still there (in memory) when the file cannot take them.
  void scoredMapsLiveOnDisk() {
    ds::ui::ResultSet results;
    std::vector<ds::Sample> samples(5);
    for (int i = 0; i < 5; ++i) samples[i].imagePath = QStringLiteral("/spill/%1.png").arg(i);
    results.setDataset(QStringLiteral("/spill"), samples, ds::LoadReport());
    results.clearScores();
    const auto mapOf = [](int i) {
      cv::Mat m(6, 9, CV_32F);
      for (int p = 0; p < 54; ++p) m.at<float>(p / 9, p % 9) = static_cast<float>(10 * i + p);
      return m;
    };
    results.addResult(3, 0.3, mapOf(3), cv::Mat(6, 9, CV_8U, cv::Scalar(255)));
    results.addResult(1, 0.1, mapOf(1), cv::Mat());
    {
      dstest::FileSizeLimit full(0);  // the temporary folder is full for this map
      QVERIFY(full.active());
      results.addResult(4, 0.4, mapOf(4), cv::Mat());
    }
    QVERIFY(results.map(0).empty() && results.map(2).empty());  // not scored
    for (int i : {1, 3, 4}) QCOMPARE(cv::norm(results.map(i), mapOf(i), cv::NORM_INF), 0.0);
    const std::shared_ptr<const ds::MapSelection> maps = results.scoredMaps();
    QCOMPARE(maps->size(), 3);
    cv::Mat map, mask;
    const int order[] = {1, 3, 4};
    for (int k = 0; k < 3; ++k) {
      maps->read(k, map, mask);
      QCOMPARE(cv::norm(map, mapOf(order[k]), cv::NORM_INF), 0.0);
      QCOMPARE(mask.empty(), order[k] != 3);
    }
    QCOMPARE(cv::norm(results.map(4), mapOf(4), cv::NORM_INF), 0.0);  // reads left the held map as it was
    // As the scoring job delivers them: written to the set's file on its thread, the entry sent.
    const int entry = results.mapFile()->append(mapOf(2), cv::Mat());
    results.addSpilled(2, 0.2, entry, 2 * 10.0, 2 * 10.0 + 53, cv::Mat());
    QVERIFY(results.isScored(2));
    QCOMPARE(cv::norm(results.map(2), mapOf(2), cv::NORM_INF), 0.0);
    QCOMPARE(results.scoredMaps()->size(), 4);
    QCOMPARE(results.mapLow(), 10.0);
    // A new scoring starts a new file; the old one stays readable through the selection taken before.
    results.clearScores();
    QVERIFY(results.map(1).empty());
    maps->read(0, map, mask);
    QCOMPARE(cv::norm(map, mapOf(1), cv::NORM_INF), 0.0);
  }

  void trainDialogBuildsTheRequest() {
    ds::ui::ProjectModel earlier;
    earlier.header = dstest::sampleModelHeader();
    earlier.header.method = QStringLiteral("mean-diff");
    earlier.header.settings = {};
    earlier.header.training = ds::ModelHeader::Training{60, 30.0, QString()};
    ds::ui::TrainDialog dialog(QStringLiteral("/data/fabric"), QStringLiteral("/models"), {earlier}, 120, false, false);
    dialog.setMethod(QStringLiteral("patchcore"));
    auto* ratio = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("setting-coreset_ratio"));
    QVERIFY(ratio);
    ratio->setValue(0.05);
    const ds::TrainRequest r = dialog.request();
    QCOMPARE(r.method, QStringLiteral("patchcore"));
    QCOMPARE(r.data, QStringLiteral("/data/fabric"));
    QVERIFY(r.output.startsWith(QLatin1String("/models/fabric-patchcore-")));
    QCOMPARE(r.settings, QStringList{QStringLiteral("coreset_ratio=0.05")});  // defaults are not repeated
    // PatchCore's estimate is measured (here the dataset does not exist, so it says why it cannot be).
    QTRY_VERIFY_WITH_TIMEOUT(dialog.estimateText().contains(QLatin1String("cannot estimate")), 30000);
    // A one-pass method without a measured estimate scales the project's last run of it.
    dialog.setMethod(QStringLiteral("mean-diff"));
    QVERIFY2(dialog.estimateText().contains(QLatin1String("60")), qPrintable(dialog.estimateText()));  // 30 s × 120 / 60
    QVERIFY(dialog.request().environment.backbone.isEmpty());
    QVERIFY(dialog.request().settings.isEmpty());
  }

  // A run that cannot fit in the memory this computer has free is flagged in the dialog before it
  // starts, with the reason, and refused by the training job itself.
  void trainDialogFlagsARunThatCannotFit() {
    QTemporaryDir dir;
    dstest::writeDemoData(dir.path(), 64, 4, 1, 1);
    qputenv("DEFECTSCOPE_MEMORY_LIMIT", "1M");
    const auto restore = qScopeGuard([] { qunsetenv("DEFECTSCOPE_MEMORY_LIMIT"); });
    ds::ui::TrainDialog dialog(dir.path(), dir.path(), {}, 4, false, false);
    dialog.findChild<QLineEdit*>(QStringLiteral("imageSize"))->setText(QStringLiteral("64"));
    dialog.setMethod(QStringLiteral("inpaint_ae"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.estimateText().contains(QLatin1String("per epoch")), 60000);
    auto* resources = dialog.findChild<QLabel*>(QStringLiteral("resources"));
    QVERIFY(resources && !resources->isHidden());
    QVERIFY2(resources->text().contains(QLatin1String("training would be refused")) && resources->text().contains(QLatin1String("memory")),
             qPrintable(resources->text()));
    ds::LoadReport report;
    ds::JobContext ctx;
    QVERIFY_THROWS_EXCEPTION(ds::Error, ds::runTrain(dialog.request(), ctx, report));
    QVERIFY(!QFile::exists(dialog.request().output));
  }

  // A method trained over epochs: the estimate is measured off the GUI thread, the corruption
  // preview draws training samples, and an interrupted run's checkpoint can be resumed.
  void trainDialogMeasuresAndPreviewsTheAutoencoder() {
    QTemporaryDir dir;
    dstest::writeDemoData(dir.path(), 64, 4, 1, 1);
    ds::ui::TrainDialog dialog(dir.path(), dir.path(), {}, 4, false, false);
    dialog.findChild<QLineEdit*>(QStringLiteral("imageSize"))->setText(QStringLiteral("64"));
    Heartbeat heartbeat;
    dialog.setMethod(QStringLiteral("inpaint_ae"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.estimateText().contains(QLatin1String("per epoch")), 60000);
    QVERIFY2(dialog.estimateText().contains(QLatin1String("12 epochs")), qPrintable(dialog.estimateText()));  // the fast preset
    QVERIFY2(heartbeat.longestGapMs() < 500, qPrintable(QStringLiteral("GUI thread blocked %1 ms").arg(heartbeat.longestGapMs())));
    // With the estimate, what the run holds at its peak against this computer's free memory.
    auto* resources = dialog.findChild<QLabel*>(QStringLiteral("resources"));
    QVERIFY(resources && !resources->isHidden());
    QVERIFY2(resources->text().contains(QLatin1String("GB available")) && !resources->text().contains(QLatin1String("refused")),
             qPrintable(resources->text()));

    auto* preview = dialog.findChild<QPushButton*>(QStringLiteral("previewSamples"));
    QVERIFY(preview && !preview->isHidden());
    preview->click();
    auto* samples = dialog.findChild<ds::ui::CorruptionPreviewDialog*>();
    QVERIFY(samples);
    QTRY_COMPARE_WITH_TIMEOUT(samples->shownSamples(), 8, 30000);

    auto* resume = dialog.findChild<QCheckBox*>(QStringLiteral("resume"));
    QVERIFY(resume->isHidden());
    const QString model = dir.filePath(QStringLiteral("ae.dsm"));
    QVERIFY(dstest::writeBytes(model + QStringLiteral(".ckpt"), "checkpoint"));
    dialog.findChild<QLineEdit*>(QStringLiteral("output"))->setText(model);
    QVERIFY(!resume->isHidden());
    resume->setChecked(true);
    QVERIFY(dialog.request().environment.resume);
    // IGD trains over epochs too: measured (or, without ResNet-18's ImageNet file, a message saying
    // why not), resumable, but without the autoencoder's corruption preview.
    dialog.setMethod(QStringLiteral("igd"));
    QVERIFY(preview->isHidden());
    dialog.findChild<QLineEdit*>(QStringLiteral("output"))->setText(model);  // choosing a method proposes its own file name
    QVERIFY(!resume->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.estimateText().contains(QLatin1String("per epoch")) || dialog.estimateText().contains(QLatin1String("cannot estimate")), 60000);
    dialog.setMethod(QStringLiteral("mean-diff"));
    QVERIFY(preview->isHidden());
    QVERIFY(!dialog.request().environment.resume);
  }

  // 5 000 images: the grid decodes thumbnails only for the rows it shows, and scrolling to the end
  // keeps the GUI thread free.
  void thousandsOfThumbnailsStayVirtual() {
    QTemporaryDir dir;
    QImage tile(200, 150, QImage::Format_RGB32);
    tile.fill(Qt::darkCyan);
    QVERIFY(tile.save(dir.filePath(QStringLiteral("tile.png"))));
    std::vector<ds::Sample> samples(5000);
    for (ds::Sample& s : samples) {
      s.imagePath = dir.filePath(QStringLiteral("tile.png"));
      s.defectType = ds::Sample::goodType();
    }
    ds::ui::ResultSet results;
    ds::ui::DatasetPanel panel(&results);
    panel.resize(420, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    Heartbeat heartbeat;
    QElapsedTimer clock;
    clock.start();
    results.setDataset(dir.path(), samples, ds::LoadReport());
    QTest::qWait(300);
    QCOMPARE(panel.visibleCount(), 5000);
    QTRY_VERIFY(panel.thumbnails()->requestedCount() > 0);
    const int shown = panel.thumbnails()->requestedCount();
    panel.grid()->scrollToBottom();
    QTest::qWait(300);
    qInfo("5000 images: %d thumbnails decoded for the first screen, %d after scrolling to the end; "
          "longest GUI-thread gap %lld ms", shown, panel.thumbnails()->requestedCount(), heartbeat.longestGapMs());
    QVERIFY2(shown < 200, qPrintable(QString::number(shown)));
    QVERIFY(panel.thumbnails()->requestedCount() < 400);
    QVERIFY2(heartbeat.longestGapMs() < 100, qPrintable(QStringLiteral("GUI thread blocked %1 ms").arg(heartbeat.longestGapMs())));
  }

  void rocClickSetsTheImageThreshold() {
    ds::ui::MainWindow window;
    window.resize(1366, 768);
    window.show();
    window.showAnalysisTab(1);
    std::vector<double> scores;
    std::vector<int> labels;
    fillSyntheticResults(*window.session()->results(), scores, labels);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ds::ui::RocPlot* roc = window.rocPlot();
    roc->replot();
    const ds::RocCurve curve = ds::rocCurve(scores, labels);
    const std::size_t i = curve.fpr.size() / 2;
    const QPoint at(qRound(roc->xAxis->coordToPixel(curve.fpr[i])), qRound(roc->yAxis->coordToPixel(curve.tpr[i])));
    QTest::mouseClick(roc, Qt::LeftButton, {}, at);
    QCOMPARE(window.session()->results()->imageThresholds().nok, curve.thresholds[i]);
  }

  void trainingMonitorFollowsARealJobAndCancelStopsIt() {
    ds::ui::MainWindow window;
    window.show();
    QSignalSpy opened(&window, &ds::ui::MainWindow::datasetOpened);
    window.openDemoDataset();
    QVERIFY(opened.wait(120000));
    ds::ui::InspectionSession* session = window.session();
    QSignalSpy finished(session->runner(), &ds::JobRunner::finished);
    QTemporaryDir dir;
    ds::TrainRequest request;
    request.method = QStringLiteral("patchcore");
    request.output = dir.filePath(QStringLiteral("cancelled.dsm"));
    request.imageSize = QStringLiteral("128");
    request.settings = {QStringLiteral("coreset_ratio=0.9")};  // a long selection to cancel
    request.environment.backbone = QStringLiteral("resnet18");
    request.environment.weights = QStringLiteral("random");
    Heartbeat heartbeat;
    QVERIFY(session->train(request));
    ds::ui::LossPlot* plot = window.trainingMonitor()->lossPlot();
    QTRY_VERIFY_WITH_TIMEOUT(plot->pointCount(QStringLiteral("coverage radius")) >= 3, 180000);
    const int points = plot->pointCount(QStringLiteral("coverage radius"));
    QTRY_VERIFY_WITH_TIMEOUT(plot->pointCount(QStringLiteral("coverage radius")) > points, 30000);  // live, not at the end
    QElapsedTimer cancelClock;
    cancelClock.start();
    QTest::mouseClick(window.trainingMonitor()->cancelButton(), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    const qint64 cancelMs = cancelClock.elapsed();
    qInfo("cancel took %lld ms; longest GUI-thread gap during training %lld ms", cancelMs, heartbeat.longestGapMs());
    QVERIFY(finished.first().at(1).toBool());  // cancelled
    QVERIFY2(cancelMs < 1000, qPrintable(QStringLiteral("cancel took %1 ms").arg(cancelMs)));
    QVERIFY2(heartbeat.longestGapMs() < 100, qPrintable(QStringLiteral("GUI thread blocked %1 ms").arg(heartbeat.longestGapMs())));
    QVERIFY(!QFile::exists(request.output));
    QVERIFY(session->project().models.empty());
    // Once cancelled, nothing says how long is left; the curves say whose they are.
    for (QLabel* label : window.trainingMonitor()->findChildren<QLabel*>())
      QVERIFY2(!label->text().contains(QLatin1String("left in this stage")), qPrintable(label->text()));
    QVERIFY2(plot->caption().contains(QLatin1String("Training patchcore")), qPrintable(plot->caption()));
  }

  void trainedModelScoresTheDatasetProgressively() {
    ds::ui::MainWindow window;
    window.show();
    QSignalSpy opened(&window, &ds::ui::MainWindow::datasetOpened);
    window.openDemoDataset();
    QVERIFY(opened.wait(120000));
    ds::ui::InspectionSession* session = window.session();
    ds::ui::ResultSet* results = session->results();
    QSignalSpy added(results, &ds::ui::ResultSet::resultAdded);
    QSignalSpy scored(results, &ds::ui::ResultSet::scoringFinished);
    QTemporaryDir dir;
    ds::TrainRequest request;
    request.method = QStringLiteral("mean-diff");
    request.output = dir.filePath(QStringLiteral("mean.dsm"));
    Heartbeat heartbeat;
    QVERIFY(session->train(request));
    QVERIFY(scored.wait(180000));
    qInfo("longest GUI-thread gap while training and scoring: %lld ms", heartbeat.longestGapMs());
    QVERIFY2(heartbeat.longestGapMs() < 100, qPrintable(QStringLiteral("GUI thread blocked %1 ms").arg(heartbeat.longestGapMs())));
    const int tests = static_cast<int>(std::count_if(results->samples().begin(), results->samples().end(),
                                                     [](const ds::Sample& s) { return s.split == ds::Split::Test; }));
    QCOMPARE(added.count(), tests);  // one result at a time, as each image was scored
    QCOMPARE(results->scoredCount(), tests);
    QCOMPARE(session->project().models.size(), std::size_t(1));
    QCOMPARE(window.modelTable()->rowCount(), 1);
    QVERIFY(window.modelTable()->cellText(0, 4) != QStringLiteral("–"));  // image AUROC filled in
    // The default threshold is the F1-best one; the grid's filters see the verdicts.
    std::vector<double> scores;
    std::vector<int> labels;
    results->labelledScores(scores, labels);
    QCOMPARE(results->imageThresholds().nok, ds::thresholdMaxF1(scores, labels));
    QSignalSpy finished(session->runner(), &ds::JobRunner::finished);
    const QString exported = dir.filePath(QStringLiteral("exports"));
    QVERIFY(session->exportResults(exported));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().at(2).toString(), QString());
    QCOMPARE(dstest::readBytes(exported + QStringLiteral("/scores.csv")).count('\n'), tests + 1);
    const QJsonObject metrics = QJsonDocument::fromJson(dstest::readBytes(exported + QStringLiteral("/metrics.json"))).object();
    QCOMPARE(metrics.value(QStringLiteral("image_auroc")).toDouble(), results->evaluation().imageAuroc);
    QCOMPARE(metrics.value(QStringLiteral("n_test")).toInt(), tests);
    // The report from the workbench: title, summary, plots and the flagged images.
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(session->exportReport(pdf, ds::FindingsScope::Flagged, QPageSize::A4, QStringLiteral("Tester")));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().at(2).toString(), QString());
    QVERIFY(dstest::readBytes(pdf).startsWith("%PDF"));
  }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
