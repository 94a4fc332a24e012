// A quality engineer's path through the workbench on a factory-style plain folder, driven through the
// real MainWindow: train from the Model menu, see metrics on unseen images only, score a production
// folder without losing them, save, reopen, and find the model's stored threshold and the dialog's
// choices where they were left.
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <cmath>
#include <functional>

#include "core/jobs/job_runner.h"
#include "core/methods/inspection_model.h"
#include "core/metrics/threshold_policy.h"
#include "tests/support/test_support.h"
#include "tests/support/window_actions.h"
#include "ui/dataset/dataset_panel.h"
#include "ui/inspection/image_pane.h"
#include "ui/inspection/inspection_view.h"
#include "ui/main_window.h"
#include "ui/models/model_table.h"
#include "ui/models/train_dialog.h"
#include "ui/plots/roc_plot.h"
#include "ui/results/result_set.h"
#include "ui/session/inspection_session.h"
#include "ui/settings/settings_store.h"
#include "ui/thresholds/threshold_panel.h"

namespace {

// Opens Model ▸ Train…, lets fill() set the dialog up and presses Train.
bool trainFromMenu(ds::ui::MainWindow& window, const std::function<void(ds::ui::TrainDialog*)>& fill) {
  bool seen = false;
  QTimer::singleShot(200, &window, [&] {
    auto* dialog = qobject_cast<ds::ui::TrainDialog*>(QApplication::activeModalWidget());
    if (!dialog) return;
    seen = true;
    fill(dialog);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
  });
  QAction* train = dstest::menuAction(&window, ds::ui::MainWindow::tr("&Train…"));
  if (!train) return false;
  train->trigger();  // returns once the dialog is closed
  return seen;
}

QJsonObject readJson(const QString& path) { return QJsonDocument::fromJson(dstest::readBytes(path)).object(); }

int countVerdicts(const ds::ui::ResultSet& r, ds::Verdict verdict) {
  int n = 0;
  for (int i = 0; i < r.size(); ++i) n += r.isScored(i) && r.verdict(i) == verdict ? 1 : 0;
  return n;
}

}  // namespace

class TestJourney : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    ds::ui::clearSettings();
    QVERIFY(dir_.isValid());
    line1_ = dir_.filePath(QStringLiteral("line1"));
    good_ = dstest::writePlainFolder(line1_, 128, 40, 10);
    QCOMPARE(good_.size(), 40);
    // Later parts of the same line, unlabelled: 6 good ones and the 10 defective ones.
    production_ = dir_.filePath(QStringLiteral("production"));
    QDir().mkpath(production_);
    for (int i = 0; i < 6; ++i) QFile::copy(good_[i], QStringLiteral("%1/g%2.png").arg(production_).arg(i));
    for (const QString& f : QDir(line1_ + QStringLiteral("/defect")).entryList(QDir::Files))
      QFile::copy(line1_ + QStringLiteral("/defect/") + f, production_ + QStringLiteral("/d-") + f);
    project_ = dir_.filePath(QStringLiteral("line1.dsproj"));
  }

  // Problems 1 and 2: metrics on unseen images only; a production folder changes neither the
  // labelled set's metrics nor the project's dataset.
  void plainFolderToProductionAndBack() {
    ds::ui::MainWindow window;
    QVERIFY(dstest::showAndOpenDataset(window, line1_));
    ds::ui::InspectionSession* session = window.session();
    ds::ui::ResultSet* results = session->results();
    QVERIFY(session->holdsOutImages());
    QCOMPARE(session->trainingImageCount(), 40);

    QSignalSpy scored(results, &ds::ui::ResultSet::scoringFinished);
    QString holdoutNote;
    const bool dialogShown = trainFromMenu(window, [&](ds::ui::TrainDialog* dialog) {
      dialog->setMethod(QStringLiteral("mean-diff"));
      dialog->findChild<QLineEdit*>(QStringLiteral("imageSize"))->setText(QStringLiteral("128"));
      dialog->findChild<QLineEdit*>(QStringLiteral("output"))->setText(dir_.filePath(QStringLiteral("models/line1.dsm")));
      holdoutNote = dialog->holdoutText();
    });
    QVERIFY(dialogShown);
    QVERIFY2(holdoutNote.contains(QLatin1String("8 of 40")), qPrintable(holdoutNote));
    QVERIFY(scored.wait(180000));

    // Eight held-out good images and the ten defective ones are scored; the 32 training images are not.
    const ds::TestSelection& selection = results->selection();
    QCOMPARE(selection.heldOut, 8);
    QCOMPARE(static_cast<int>(selection.excluded.size()), 32);
    int good = 0, defective = 0;
    for (int i = 0; i < results->size(); ++i) {
      if (!results->isScored(i)) {
        QVERIFY(results->isTrainingImage(i));
        continue;
      }
      (results->samples()[i].defective ? defective : good)++;
    }
    QCOMPARE(good, 8);
    QCOMPARE(defective, 10);
    QVERIFY2(window.thresholdPanel()->basisText().contains(QLatin1String("8 good")), qPrintable(window.thresholdPanel()->basisText()));
    QCOMPARE(results->thresholds().imageRule, ds::ThresholdRule::LabelledF1);
    const QJsonObject metrics = session->project().models.at(0).metrics;
    QCOMPARE(metrics.value(QStringLiteral("n_test_good")).toInt(), 8);
    QCOMPARE(metrics.value(QStringLiteral("n_test_defect")).toInt(), 10);
    QCOMPARE(metrics.value(QStringLiteral("excluded_training_images")).toInt(), 32);
    QVERIFY(metrics.value(QStringLiteral("image_auroc")).isDouble());
    session->saveProject(project_);

    // No masks: the ROC plot marks no pixel operating point, and a defective image's pixels are
    // neither right nor wrong — its Evaluation pane stays empty; a held-out good image's is coloured.
    QVERIFY(std::isnan(window.rocPlot()->pixelOperatingPoint().x()));
    QVERIFY(!std::isnan(window.rocPlot()->imageOperatingPoint().x()));
    ds::ui::InspectionView* view = window.inspectionView();
    const auto showSample = [&](bool defectiveImage) {
      for (int i = 0; i < results->size(); ++i)
        if (results->isScored(i) && results->samples()[i].defective == defectiveImage) {
          window.datasetPanel()->selectSample(i);
          QTRY_VERIFY_WITH_TIMEOUT(view->caption().contains(QFileInfo(results->samples()[i].imagePath).fileName()) &&
                                       !view->paneImage(ds::ui::InspectionView::Pane::Heatmap).isNull(),
                                   10000);
          return;
        }
      QFAIL("no such image");
    };
    showSample(true);
    QVERIFY(!view->hasGroundTruth());
    QVERIFY(view->paneImage(ds::ui::InspectionView::Pane::Evaluation).isNull());
    showSample(false);
    QVERIFY(view->hasGroundTruth());
    QVERIFY(!view->paneImage(ds::ui::InspectionView::Pane::Evaluation).isNull());

    // The selected thumbnail is scrolled into sight.
    auto* grid = window.datasetPanel()->findChild<QListView*>();
    window.datasetPanel()->selectSample(results->size() - 1);
    QVERIFY(grid->viewport()->rect().intersects(grid->visualRect(grid->currentIndex())));
    // A filter left on "Wrong only" is not carried to the next image set.
    auto* decisions = window.datasetPanel()->findChild<QComboBox*>(QStringLiteral("decisionFilter"));
    decisions->setCurrentIndex(2);

    // A production folder: scored with the active model; verdicts from the held-out rule.
    scored.clear();
    session->openProductionFolder(production_);
    QVERIFY(scored.wait(120000));
    QVERIFY(session->showingProduction());
    QCOMPARE(decisions->currentIndex(), 0);
    QCOMPARE(window.datasetPanel()->visibleCount(), 16);
    QCOMPARE(results->scoredCount(), 16);
    QCOMPARE(results->thresholds().imageRule, ds::ThresholdRule::HeldOut);
    const int nok = countVerdicts(*results, ds::Verdict::NOK);
    QVERIFY2(nok >= 1 && nok < 16, qPrintable(QString::number(nok)));  // not "every image but one passes"
    const auto& holdout = session->project().models.at(0).header.holdout;
    QVERIFY(holdout);
    const double heldOut = holdout->imageThreshold;
    QCOMPARE(results->imageThresholds().nok, heldOut);
    QCOMPARE(session->project().models.at(0).metrics, metrics);
    QCOMPARE(session->project().datasetPath, QDir::cleanPath(line1_));
    QCOMPARE(window.imageSetBox()->count(), 2);
    QCOMPARE(window.imageSetBox()->currentIndex(), 1);
    session->saveProject(project_);

    const QJsonObject file = readJson(project_);
    QCOMPARE(QDir(dir_.path()).absoluteFilePath(file.value(QStringLiteral("dataset")).toString()), QDir::cleanPath(line1_));
    const QJsonObject saved = file.value(QStringLiteral("models")).toArray().at(0).toObject().value(QStringLiteral("metrics")).toObject();
    QCOMPARE(saved.value(QStringLiteral("image_auroc")).toDouble(), metrics.value(QStringLiteral("image_auroc")).toDouble());
    QCOMPARE(saved.value(QStringLiteral("n_test_good")).toInt(), 8);
    for (const char* key : {"image_auroc", "f1_max"}) QVERIFY2(saved.value(QLatin1String(key)).toDouble() > 0, key);
    QVERIFY(saved.value(QStringLiteral("pixel_auroc")).isNull());  // no masks: null, never 0
    QVERIFY(saved.value(QStringLiteral("aupro")).isNull());
    const QJsonObject production = file.value(QStringLiteral("production_sets")).toArray().at(0).toObject();
    QCOMPARE(production.value(QStringLiteral("last_scoring")).toObject().value(QStringLiteral("nok")).toInt(), nok);
  }

  // Reopened: the labelled set, its metrics, no modified mark; then the model's stored threshold is
  // the one the workbench starts from.
  void reopenedProjectKeepsMetricsAndHonoursTheStoredThreshold() {
    ds::ui::MainWindow window;
    window.show();
    ds::ui::ResultSet* results = window.session()->results();
    QSignalSpy scored(results, &ds::ui::ResultSet::scoringFinished);
    window.openProjectFile(project_);
    QVERIFY(scored.wait(120000));
    ds::ui::InspectionSession* session = window.session();
    QCOMPARE(window.datasetPath(), QDir::cleanPath(line1_));
    QVERIFY(!session->showingProduction());
    QVERIFY(!session->modified());
    QVERIFY2(!window.windowTitle().contains(QLatin1Char('*')), qPrintable(window.windowTitle()));
    QCOMPARE(window.imageSetBox()->count(), 2);
    const double auroc = session->project().models.at(0).metrics.value(QStringLiteral("image_auroc")).toDouble();
    QCOMPARE(window.modelTable()->cellText(0, 4), QLocale().toString(auroc, 'f', 3));
    QCOMPARE(window.modelTable()->cellText(0, 5), QStringLiteral("–"));

    // evaluate --store-threshold, as the CLI does it: the workbench starts from the stored threshold.
    const QString modelPath = session->project().models.at(0).path;
    ds::InspectionModel model = ds::InspectionModel::load(modelPath, QStringLiteral("cpu"));
    model.setThreshold(123.5, 4.25, QStringLiteral("f1_max"));
    model.save(modelPath);
    scored.clear();
    QVERIFY(session->scoreDataset());
    QVERIFY(scored.wait(120000));
    QCOMPARE(results->imageThresholds().nok, 123.5);
    QCOMPARE(results->pixelThreshold(), 4.25);
    QCOMPARE(results->thresholds().imageRule, ds::ThresholdRule::Model);
    // A threshold the user sets wins over the stored one and is kept with the project.
    results->setImageThresholds({7.0, 7.0, false}, QStringLiteral("manual"));
    QVERIFY(session->modified());
    QCOMPARE(session->project().models.at(0).thresholds.image.nok, 7.0);
    scored.clear();
    QVERIFY(session->scoreDataset());
    QVERIFY(scored.wait(120000));
    QCOMPARE(results->imageThresholds().nok, 7.0);
    QCOMPARE(results->thresholds().imageRule, ds::ThresholdRule::User);
    session->saveProject(project_);
  }

  // The app reopens the last project on start; the Train dialog's choices survive a restart.
  void lastWorkAndDialogChoicesAreRemembered() {
    {
      ds::ui::MainWindow window;
      window.show();
      QSignalSpy opened(&window, &ds::ui::MainWindow::datasetOpened);
      window.reopenLastWork();
      QVERIFY(opened.wait(60000));
      QCOMPARE(window.session()->projectPath(), QFileInfo(project_).absoluteFilePath());
    }
    {
      ds::ui::TrainDialog dialog(line1_, dir_.path(), {}, 40, true, false);
      dialog.setMethod(QStringLiteral("patchcore"));
      dialog.findChild<QDoubleSpinBox*>(QStringLiteral("setting-coreset_ratio"))->setValue(0.05);
      dialog.findChild<QDoubleSpinBox*>(QStringLiteral("holdout"))->setValue(0.3);
      dialog.findChild<QLineEdit*>(QStringLiteral("imageSize"))->setText(QStringLiteral("96"));
      dialog.accept();
    }
    ds::ui::TrainDialog again(line1_, dir_.path(), {}, 40, true, false);
    const ds::TrainRequest r = again.request();
    QCOMPARE(r.method, QStringLiteral("patchcore"));
    QCOMPARE(r.settings, QStringList{QStringLiteral("coreset_ratio=0.05")});
    QCOMPARE(r.holdout, 0.3);
    QCOMPARE(r.imageSize, QStringLiteral("96"));
    QVERIFY2(again.holdoutText().contains(QLatin1String("12 of 40")), qPrintable(again.holdoutText()));
    // Another method keeps its own settings, and coming back restores PatchCore's.
    again.setMethod(QStringLiteral("mean-diff"));
    QVERIFY(again.request().settings.isEmpty());
    again.setMethod(QStringLiteral("patchcore"));
    QCOMPARE(again.request().settings, QStringList{QStringLiteral("coreset_ratio=0.05")});
  }

  // A line with larger images: tiles at native resolution chosen in the Train dialog; the workbench
  // shows each image at its own size with the stitched map and outlines the tiles; the model table
  // says so; a whole-image model's images have no Tiles button.
  void tiledModelFromTheTrainDialog() {
    const QString folder = dir_.filePath(QStringLiteral("wide"));
    QCOMPARE(dstest::writePlainFolder(folder, 320, 10, 4).size(), 10);
    ds::ui::MainWindow window;
    QVERIFY(dstest::showAndOpenDataset(window, folder));
    ds::ui::InspectionSession* session = window.session();
    ds::ui::ResultSet* results = session->results();
    QSignalSpy scored(results, &ds::ui::ResultSet::scoringFinished);
    bool sizeDisabled = false, overlapEnabledBefore = true, overlapEnabledAfter = false;
    const bool dialogShown = trainFromMenu(window, [&](ds::ui::TrainDialog* dialog) {
      dialog->setMethod(QStringLiteral("mean-diff"));
      auto* overlap = dialog->findChild<QDoubleSpinBox*>(QStringLiteral("tileOverlap"));
      overlapEnabledBefore = overlap->isEnabled();
      auto* tile = dialog->findChild<QLineEdit*>(QStringLiteral("tile"));
      tile->setFocus();
      QTest::keyClicks(tile, QStringLiteral("128"));
      sizeDisabled = !dialog->findChild<QLineEdit*>(QStringLiteral("imageSize"))->isEnabled();
      overlapEnabledAfter = overlap->isEnabled();
      overlap->setValue(0.3);
      dialog->findChild<QLineEdit*>(QStringLiteral("output"))->setText(dir_.filePath(QStringLiteral("models/wide.dsm")));
    });
    QVERIFY(dialogShown);
    QVERIFY(!overlapEnabledBefore);  // the overlap and scale mean nothing without a tile size
    QVERIFY(overlapEnabledAfter);
    QVERIFY(sizeDisabled);
    QVERIFY(scored.wait(180000));

    const ds::ModelHeader& header = session->project().models.at(0).header;
    QVERIFY(header.input.tiling);
    QVERIFY(header.input.tiling->tile == cv::Size(128, 128));
    QCOMPARE(header.input.tiling->overlap, 0.3);
    QVERIFY(results->scoredCount() > 0);
    // 320 pixels in 128-pixel tiles with at least 0.3 overlap: 3 × 3 tiles.
    ds::ui::InspectionView* view = window.inspectionView();
    auto* tilesButton = view->findChild<QAbstractButton*>(QStringLiteral("tileGrid"));
    QVERIFY(tilesButton);
    int shown = -1;
    for (int i = 0; i < results->size() && shown < 0; ++i)
      if (results->isScored(i) && results->samples()[i].defective) shown = i;
    QVERIFY(shown >= 0);
    window.datasetPanel()->selectSample(shown);
    QTRY_VERIFY_WITH_TIMEOUT(!view->paneImage(ds::ui::InspectionView::Pane::Heatmap).isNull(), 10000);
    QCOMPARE(view->paneImage(ds::ui::InspectionView::Pane::Heatmap).size(), QSize(320, 320));  // the stitched map, 1:1
    QTRY_VERIFY_WITH_TIMEOUT(tilesButton->isVisible(), 10000);
    QWidget* overlayPane = view->pane(ds::ui::InspectionView::Pane::Overlay);
    const QImage without = overlayPane->grab().toImage();
    QTest::mouseClick(tilesButton, Qt::LeftButton);
    QVERIFY(view->tileGridShown());
    QTRY_VERIFY_WITH_TIMEOUT(overlayPane->grab().toImage() != without, 5000);  // the outlines are drawn

    bool described = false;
    for (int c = 0; c < 12 && !described; ++c) described = window.modelTable()->cellText(0, c).contains(QStringLiteral("128×128 tiles"));
    QVERIFY(described);

    // A whole-image model of the same line: no tiles to outline.
    scored.clear();
    QVERIFY(trainFromMenu(window, [&](ds::ui::TrainDialog* dialog) {
      auto* tile = dialog->findChild<QLineEdit*>(QStringLiteral("tile"));
      QCOMPARE(tile->text(), QStringLiteral("128"));  // remembered
      tile->clear();
      dialog->findChild<QLineEdit*>(QStringLiteral("imageSize"))->setText(QStringLiteral("128"));
      dialog->findChild<QLineEdit*>(QStringLiteral("output"))->setText(dir_.filePath(QStringLiteral("models/wide-resized.dsm")));
    }));
    QVERIFY(scored.wait(180000));
    QVERIFY(!session->project().models.back().header.input.tiling);
    window.datasetPanel()->selectSample(shown);
    QTRY_COMPARE_WITH_TIMEOUT(view->paneImage(ds::ui::InspectionView::Pane::Heatmap).size(), QSize(128, 128), 10000);
    QVERIFY(!tilesButton->isVisible());
  }

 private:
  QTemporaryDir dir_;
  QString line1_, production_, project_;
  QStringList good_;
};

QTEST_MAIN(TestJourney)
#include "tst_journey.moc"
