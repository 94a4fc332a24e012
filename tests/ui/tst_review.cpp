// The review loop through the real MainWindow: Model ▸ Review flagged images, decisions from the
// keyboard (G, D, S, Backspace), confirmed labels that change the metrics as a relabelling would and
// survive saving and reopening, and the confirmed good images taught to the model as a new version.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "core/data/content_hash.h"
#include "core/jobs/job_runner.h"
#include "core/methods/inspection_model.h"
#include "core/metrics/roc.h"
#include "tests/support/test_support.h"
#include "tests/support/window_actions.h"
#include "core/data/image_io.h"
#include "ui/annotation/mask_editor_dialog.h"
#include "ui/annotation/paint_canvas.h"
#include "ui/dataset/dataset_panel.h"
#include "ui/dataset/thumbnail_model.h"
#include "ui/main_window.h"
#include "ui/models/model_table.h"
#include "ui/results/result_set.h"
#include "ui/review/review_bar.h"
#include "ui/session/inspection_session.h"
#include "ui/settings/settings_store.h"

namespace {

// The image AUROC a relabelling gives: the results' scores with their labels now.
double aurocOf(const ds::ui::ResultSet& r) {
  std::vector<double> scores;
  std::vector<int> labels;
  r.labelledScores(scores, labels);
  return ds::rocAuc(scores, labels);
}

}  // namespace

class TestReview : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    ds::ui::clearSettings();
    QVERIFY(dir_.isValid());
    line_ = dir_.filePath(QStringLiteral("line"));
    dstest::writePlainFolder(line_, 96, 30, 8);
    project_ = dir_.filePath(QStringLiteral("line.dsproj"));
  }

  void reviewConfirmsRelabelsAndTeaches() {
    ds::ui::MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(&window, &ds::ui::MainWindow::datasetOpened);
    window.openDataset(line_);
    QVERIFY(opened.wait(60000));
    ds::ui::InspectionSession* session = window.session();
    ds::ui::ResultSet* results = session->results();
    QSignalSpy scored(results, &ds::ui::ResultSet::scoringFinished);
    ds::TrainRequest request;
    request.method = QStringLiteral("mean-diff");
    request.output = dir_.filePath(QStringLiteral("models/line.dsm"));
    request.imageSize = QStringLiteral("96");
    QVERIFY(session->train(request));
    QVERIFY(scored.wait(120000));
    ds::ui::ReportBuilder::rememberOperator(QStringLiteral("Anna"));

    // Model ▸ Review flagged images: the bar appears over the image view.
    QAction* review = dstest::menuAction(&window, ds::ui::MainWindow::tr("&Review flagged images…"));
    QVERIFY(review);
    review->trigger();
    ds::ui::ReviewBar* bar = window.reviewBar();
    QVERIFY(bar->isVisible());
    // Every scored image, the likeliest defects first.
    auto* scope = bar->findChild<QComboBox*>();
    scope->setCurrentIndex(2);
    Q_EMIT scope->activated(2);
    const std::vector<int> queue = bar->queue().samples();
    QCOMPARE(static_cast<int>(queue.size()), results->scoredCount());
    for (std::size_t i = 1; i < queue.size(); ++i) QVERIFY(results->score(queue[i - 1]) >= results->score(queue[i]));
    QTRY_COMPARE(window.datasetPanel()->currentSample(), queue[0]);

    // The reviewer finds the top image good after all (a false alarm in a defective folder, say),
    // confirms the second as defective, skips the third, goes back and confirms it good.
    const double before = results->evaluation().imageAuroc;
    QTest::keyClick(&window, Qt::Key_G);
    QCOMPARE(bar->queue().position(), 1);
    QVERIFY(results->isConfirmed(queue[0]));
    QCOMPARE(results->samples()[queue[0]].defective, false);
    QTest::keyClick(&window, Qt::Key_D);
    QCOMPARE(results->samples()[queue[1]].defective, true);
    QTest::keyClick(&window, Qt::Key_S);
    QCOMPARE(bar->queue().position(), 3);
    QVERIFY(!results->isConfirmed(queue[2]));
    QTest::keyClick(&window, Qt::Key_Backspace);
    QCOMPARE(bar->queue().position(), 2);
    QTRY_COMPARE(window.datasetPanel()->currentSample(), queue[2]);
    QTest::keyClick(&window, Qt::Key_G);
    QCOMPARE(results->confirmedCount(), 3);
    // The metrics are those of the relabelled set, and the project keeps them with the labels.
    const double after = results->evaluation().imageAuroc;
    QCOMPARE(after, aurocOf(*results));
    QVERIFY(results->samples()[queue[0]].defectType == QStringLiteral("good"));
    if (before != after) QCOMPARE(session->project().models.at(0).metrics.value(QStringLiteral("image_auroc")).toDouble(), after);
    const auto& confirmed = session->project().confirmedLabels;
    QCOMPARE(confirmed.size(), std::size_t{3});
    QCOMPARE(confirmed.at(results->samples()[queue[1]].imagePath).by, QStringLiteral("Anna"));
    // The grid marks them as confirmed.
    auto* model = window.datasetPanel()->findChild<ds::ui::ThumbnailModel*>();
    QVERIFY(model);
    QVERIFY(model->index(queue[0]).data(ds::ui::ThumbnailModel::ConfirmedRole).toBool());
    const int unconfirmed = queue[3];  // never decided
    QVERIFY(!model->index(unconfirmed).data(ds::ui::ThumbnailModel::ConfirmedRole).toBool());
    session->saveProject(project_);
    labels_ = {{results->samples()[queue[0]].imagePath, false}, {results->samples()[queue[1]].imagePath, true},
               {results->samples()[queue[2]].imagePath, false}};
    auroc_ = after;

    // Teach the two confirmed good images: a new version beside the model, active, trained on them.
    QCOMPARE(bar->confirmedGoodCount(), 2);
    scored.clear();
    bar->teachConfirmedGood();
    QVERIFY(scored.wait(120000));
    QTRY_COMPARE(static_cast<int>(session->project().models.size()), 2);
    QCOMPARE(session->project().activeModel, 1);
    const ds::ui::ProjectModel& v2 = session->project().models.at(1);
    QCOMPARE(QFileInfo(v2.path).fileName(), QStringLiteral("line-v2.dsm"));
    QCOMPARE(v2.header.lineage.size(), std::size_t{1});
    QCOMPARE(v2.header.lineage[0].imagesAdded, 2);
    QCOMPARE(v2.header.trainImages(), session->project().models.at(0).header.trainImages() + 2);
    // The taught images are training images of the new version: out of its metrics.
    QVERIFY(results->isTrainingImage(queue[0]));
    QVERIFY(results->isTrainingImage(queue[2]));
    QCOMPARE(window.modelTable()->rowCount(), 2);
    QVERIFY2(window.modelTable()->cellText(1, 12).contains(QLatin1String("v2")), qPrintable(window.modelTable()->cellText(1, 12)));
    QCOMPARE(window.modelTable()->cellText(0, 12), ds::ui::ModelTable::tr("trained"));
    session->saveProject(project_);
  }

  // Model ▸ Paint ground-truth mask…: a rectangle painted on an image is saved in the project's masks
  // folder, reads back pixel-exact and counts in the pixel metrics at once; Model ▸ Inspection region…:
  // the left half removed gives a new model version whose maps are zero there.
  void masksAndRegionFromTheModelMenu() {
    ds::ui::MainWindow window;
    window.resize(1366, 768);
    window.show();
    ds::ui::InspectionSession* session = window.session();
    ds::ui::ResultSet* results = session->results();
    QSignalSpy scored(results, &ds::ui::ResultSet::scoringFinished);
    window.openProjectFile(project_);
    QVERIFY(scored.wait(120000));
    int sample = -1;
    for (int i = 0; i < results->size() && sample < 0; ++i)
      if (results->isScored(i) && results->samples()[i].defective && !results->isConfirmed(i)) sample = i;
    QVERIFY(sample >= 0);
    window.datasetPanel()->selectSample(sample);

    cv::Mat painted;
    QTimer::singleShot(300, &window, [&] {
      auto* dialog = qobject_cast<ds::ui::MaskEditorDialog*>(QApplication::activeModalWidget());
      if (!dialog) return;
      dialog->choose(0, false);  // rectangle, adding
      ds::ui::PaintCanvas* canvas = dialog->canvas();
      QTest::mousePress(canvas, Qt::LeftButton, {}, canvas->toWidget(QPointF(20.5, 30.5)).toPoint());
      QTest::mouseRelease(canvas, Qt::LeftButton, {}, canvas->toWidget(QPointF(50.5, 44.5)).toPoint());
      painted = dialog->mask().clone();
      dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    QSignalSpy evaluated(results, &ds::ui::ResultSet::evaluationChanged);
    dstest::menuAction(&window, ds::ui::MainWindow::tr("Paint ground-truth &mask…"))->trigger();
    QVERIFY(!painted.empty());
    QVERIFY2(cv::countNonZero(painted) > 300, qPrintable(QString::number(cv::countNonZero(painted))));
    const QString maskFile = session->project().paintedMasks.at(results->samples()[sample].imagePath);
    QVERIFY(maskFile.startsWith(session->maskFolder()));
    QVERIFY(maskFile.endsWith(QFileInfo(results->samples()[sample].imagePath).completeBaseName() + QStringLiteral("_mask.png")));
    QCOMPARE(cv::norm(ds::readMask(maskFile), painted, cv::NORM_INF), 0.0);  // pixel-exact
    QCOMPARE(results->samples()[sample].maskPath, maskFile);
    QVERIFY(evaluated.wait(60000));
    QCOMPARE(results->evaluation().pixel.regions, 1);
    QVERIFY(std::isfinite(results->evaluation().pixelAuroc));

    // The inspection region: the left half of the model's input removed.
    const int models = static_cast<int>(session->project().models.size());
    QTimer::singleShot(300, &window, [&] {
      auto* dialog = qobject_cast<ds::ui::MaskEditorDialog*>(QApplication::activeModalWidget());
      if (!dialog) return;
      dialog->choose(0, true);  // rectangle, removing
      ds::ui::PaintCanvas* canvas = dialog->canvas();
      QTest::mousePress(canvas, Qt::LeftButton, {}, canvas->toWidget(QPointF(0.2, 0.2)).toPoint());
      QTest::mouseRelease(canvas, Qt::LeftButton, {}, canvas->toWidget(QPointF(47.5, 95.8)).toPoint());
      dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    scored.clear();
    dstest::menuAction(&window, ds::ui::MainWindow::tr("&Inspection region…"))->trigger();
    QVERIFY(scored.wait(120000));
    QCOMPARE(static_cast<int>(session->project().models.size()), models + 1);
    const ds::ModelHeader& h = session->project().models.back().header;
    QVERIFY(h.region);
    QCOMPARE(h.region->source, QStringLiteral("drawn"));
    QVERIFY2(std::abs(h.region->inspectedFraction - 0.5) < 0.03, qPrintable(QString::number(h.region->inspectedFraction)));
    QCOMPARE(h.lineage.back().how, QStringLiteral("region"));
    QVERIFY(!results->region().empty());
    for (int i = 0; i < results->size(); ++i)
      if (results->isScored(i)) QCOMPARE(cv::norm(results->map(i), cv::NORM_INF, results->region() == 0), 0.0);
    session->saveProject(project_);
  }

  // Reopened: the confirmed labels are back on their images, and the first model's metrics equal
  // those the relabelled set gave before saving.
  void confirmedLabelsSurviveReopening() {
    ds::ui::MainWindow window;
    window.show();
    ds::ui::InspectionSession* session = window.session();
    ds::ui::ResultSet* results = session->results();
    QSignalSpy scored(results, &ds::ui::ResultSet::scoringFinished);
    window.openProjectFile(project_);
    QVERIFY(scored.wait(120000));
    for (const auto& [path, defective] : labels_) {
      int found = -1;
      for (int i = 0; i < results->size(); ++i)
        if (results->samples()[i].imagePath == path) found = i;
      QVERIFY(found >= 0);
      QVERIFY(results->isConfirmed(found));
      QCOMPARE(results->samples()[found].defective, defective);
    }
    scored.clear();
    session->activateModel(0);
    QVERIFY(scored.wait(120000));
    QCOMPARE(results->evaluation().imageAuroc, auroc_);
  }

  // Model ▸ Teach selected image as good: the selected image is confirmed good and a new version of
  // the active model has trained on it.
  void teachSelectedImageFromTheMenu() {
    ds::ui::MainWindow window;
    window.show();
    ds::ui::InspectionSession* session = window.session();
    ds::ui::ResultSet* results = session->results();
    QSignalSpy scored(results, &ds::ui::ResultSet::scoringFinished);
    window.openProjectFile(project_);
    QVERIFY(scored.wait(120000));
    int sample = -1;
    for (int i = 0; i < results->size() && sample < 0; ++i)
      if (results->isScored(i) && !results->samples()[i].defective) sample = i;
    QVERIFY(sample >= 0);
    window.datasetPanel()->selectSample(sample);
    const int models = static_cast<int>(session->project().models.size());
    scored.clear();
    dstest::menuAction(&window, ds::ui::MainWindow::tr("Teach selected image as &good"))->trigger();
    QVERIFY(scored.wait(120000));
    QCOMPARE(static_cast<int>(session->project().models.size()), models + 1);
    QVERIFY(results->isConfirmed(sample));
    QVERIFY(results->isTrainingImage(sample));
    QCOMPARE(session->project().models.back().header.lineage.back().imagesAdded, 1);
  }

 private:
  QTemporaryDir dir_;
  QString line_, project_;
  std::vector<std::pair<QString, bool>> labels_;
  double auroc_ = 0;
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
