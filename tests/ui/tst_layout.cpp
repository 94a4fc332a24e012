// Every dock, tab and dialog of the workbench in English, German and Japanese on the screen this test
// runs on (ctest runs it on a 1366×768 and a 1920×1080 offscreen screen): no text wider than its
// widget, no widget squashed below its minimum size (tests/ui/layout_audit).
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QVBoxLayout>
#include <QScreen>
#include <QSlider>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

#include "core/methods/method_registry.h"
#include "core/runtime/translations.h"
#include "tests/support/test_support.h"
#include "tests/ui/layout_audit.h"
#include "ui/annotation/mask_editor_dialog.h"
#include "ui/main_window.h"
#include "ui/review/review_bar.h"
#include "ui/models/train_dialog.h"
#include "ui/report/export_report_dialog.h"
#include "ui/results/result_set.h"
#include "ui/session/inspection_session.h"
#include "ui/settings/settings_store.h"
#include "ui/thresholds/threshold_panel.h"

class TestLayout : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase();
  void auditFindsClippedText();
  void workbench_data();
  void workbench();
  void dialogs_data();
  void dialogs();
  void cleanup() { ds::installTranslations(QStringLiteral("en")); }

 private:
  static void languages();
  // Lays w out at size (bounded by the screen, as a window manager would) and audits it.
  static QStringList audit(QWidget* w, const QString& where);
  void openProject(ds::ui::MainWindow& window);
  // Fails with every problem listed (QTest cuts long messages short).
  static void report(QStringList problems);

  QTemporaryDir dir_;
  QString project_, production_;
  QSize screen_;
};

void TestLayout::initTestCase() {
  QStandardPaths::setTestModeEnabled(true);
  ds::ui::clearSettings();
  QVERIFY(dir_.isValid());
  screen_ = QGuiApplication::primaryScreen()->availableGeometry().size();
  qInfo("screen: %d×%d", screen_.width(), screen_.height());
  const QString line = dir_.filePath(QStringLiteral("line1"));
  const QStringList good = dstest::writePlainFolder(line, 96, 30, 6);
  production_ = dir_.filePath(QStringLiteral("production"));
  QDir().mkpath(production_);
  for (int i = 0; i < 4; ++i) QFile::copy(good[i], QStringLiteral("%1/g%2.png").arg(production_).arg(i));

  // One project with a trained model, the labelled set and a production folder, reopened per language.
  ds::ui::MainWindow window;
  window.show();
  QSignalSpy opened(&window, &ds::ui::MainWindow::datasetOpened);
  window.openDataset(line);
  QVERIFY(opened.wait(60000));
  QSignalSpy scored(window.session()->results(), &ds::ui::ResultSet::scoringFinished);
  ds::TrainRequest request;
  request.method = QStringLiteral("mean-diff");
  request.data = line;
  request.imageSize = QStringLiteral("96");
  request.output = dir_.filePath(QStringLiteral("models/line1.dsm"));
  QVERIFY(window.session()->train(request));
  QVERIFY(scored.wait(180000));
  scored.clear();
  window.session()->openProductionFolder(production_);
  QVERIFY(scored.wait(120000));
  project_ = dir_.filePath(QStringLiteral("line1.dsproj"));
  window.session()->saveProject(project_);
}

void TestLayout::languages() {
  QTest::addColumn<QString>("language");
  for (const char* l : {"en", "de", "ja"}) QTest::newRow(l) << QString::fromLatin1(l);
}

QStringList TestLayout::audit(QWidget* w, const QString& where) {
  for (int i = 0; i < 5; ++i) {  // nested layouts and scroll areas settle in a few rounds
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
  }
  QStringList problems;
  for (const QString& p : dstest::layoutProblems(w)) problems << where + QStringLiteral(": ") + p;
  return problems;
}

void TestLayout::report(QStringList problems) {
  problems.removeDuplicates();
  for (const QString& p : problems) qWarning().noquote() << p;
  QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 layout problems (listed above)").arg(problems.size())));
}

void TestLayout::openProject(ds::ui::MainWindow& window) {
  QSignalSpy scored(window.session()->results(), &ds::ui::ResultSet::scoringFinished);
  window.openProjectFile(project_);
  QVERIFY(scored.wait(120000));
}

// The audit itself: a label narrower than its text, a word-wrapped label lower than its lines, a combo
// box squashed below its minimum are each reported; a label with room is not.
void TestLayout::auditFindsClippedText() {
  QWidget window;
  auto* layout = new QVBoxLayout(&window);
  auto* cut = new QLabel(QStringLiteral("A label far wider than the forty pixels it is given"));
  cut->setFixedWidth(40);
  auto* low = new QLabel(QStringLiteral("A word-wrapped label of many words, held to one line's height"));
  low->setWordWrap(true);
  low->setFixedSize(120, low->fontMetrics().height());
  auto* combo = new QComboBox;
  combo->addItem(QStringLiteral("An item of some length"));
  auto* fits = new QLabel(QStringLiteral("Fits"));
  for (QWidget* w : {static_cast<QWidget*>(cut), static_cast<QWidget*>(low), static_cast<QWidget*>(combo), static_cast<QWidget*>(fits)})
    layout->addWidget(w, 0, Qt::AlignLeft);
  window.resize(400, 300);
  window.show();
  combo->setGeometry(combo->x(), combo->y(), 30, combo->height());  // as a too-small window would leave it
  const QStringList problems = dstest::layoutProblems(&window);
  const auto mentions = [&](const QString& text) {
    return std::any_of(problems.begin(), problems.end(), [&](const QString& p) { return p.contains(text); });
  };
  QVERIFY2(mentions(QStringLiteral("A label far wider")), qPrintable(problems.join(QLatin1Char('\n'))));
  QVERIFY2(mentions(QStringLiteral("px of height")), qPrintable(problems.join(QLatin1Char('\n'))));
  QVERIFY2(mentions(QStringLiteral("QComboBox")), qPrintable(problems.join(QLatin1Char('\n'))));
  QVERIFY2(!mentions(QStringLiteral("(Fits)")), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestLayout::workbench_data() { languages(); }

// The workbench maximised on the screen: the labelled set, then the production folder, each bottom tab.
void TestLayout::workbench() {
  QFETCH(QString, language);
  QCOMPARE(ds::installTranslations(language), language);
  ds::ui::MainWindow window;
  window.resize(screen_);
  window.show();
  QVERIFY(QTest::qWaitForWindowExposed(&window));
  openProject(window);
  QStringList problems;
  // Fine control: every threshold slider is long enough that a pixel of drag moves less than 1/200
  // of the range.
  for (QSlider* slider : window.thresholdPanel()->findChildren<QSlider*>())
    if (slider->isVisible()) problems << (slider->width() >= 200 ? QString() : QStringLiteral("threshold slider only %1 px long").arg(slider->width()));
  problems.removeAll(QString());
  for (int set : {0, 1}) {
    if (set == 1) {
      QSignalSpy scored(window.session()->results(), &ds::ui::ResultSet::scoringFinished);
      window.session()->showImageSet(1);
      QVERIFY(scored.wait(120000));
    }
    for (int tab = 0; tab < 7; ++tab) {
      window.showAnalysisTab(tab);
      problems << audit(&window, QStringLiteral("workbench, set %1, tab %2").arg(set).arg(tab));
    }
    // The review bar over the image view, with its longest texts (a decision made, so "Teach" counts).
    window.startReview();
    QVERIFY(window.reviewBar()->isVisible());
    window.reviewBar()->start(ds::ui::ReviewScope::All);
    window.reviewBar()->decideGood();
    QCoreApplication::processEvents();
    problems << audit(&window, QStringLiteral("workbench, set %1, review bar").arg(set));
    window.reviewBar()->setVisible(false);
  }
  report(problems);
}

void TestLayout::dialogs_data() { languages(); }

// The training dialog for every method (and with a TorchScript backbone) and the report dialog, at the
// size they open with, bounded by the screen.
void TestLayout::dialogs() {
  QFETCH(QString, language);
  QCOMPARE(ds::installTranslations(language), language);
  ds::ui::MainWindow window;
  window.resize(screen_);
  window.show();
  openProject(window);
  // Shown as exec() shows them: each dialog picks its own size, which must fit the screen.
  const auto show = [this](QDialog& dialog) {
    dialog.show();
    QCoreApplication::processEvents();
    QVERIFY2(dialog.width() <= screen_.width() && dialog.height() <= screen_.height(),
             qPrintable(QStringLiteral("%1×%2").arg(dialog.width()).arg(dialog.height())));
  };
  QStringList problems;
  {
    ds::ui::TrainDialog dialog(window.session()->project().datasetPath, window.session()->modelFolder(), window.session()->project().models,
                               window.session()->trainingImageCount(), window.session()->holdsOutImages(), false, &window);
    show(dialog);
    for (const ds::MethodInfo& m : ds::availableMethods()) {
      QSignalSpy estimated(&dialog, &ds::ui::TrainDialog::estimateMeasured);
      dialog.setMethod(m.id);
      if (m.measuresEstimate) QVERIFY(estimated.wait(120000));
      QTest::qWait(50);  // the dialog refits itself to the estimate's text
      problems << audit(&dialog, QStringLiteral("train dialog, %1").arg(m.id));
    }
    dialog.setMethod(QStringLiteral("patchcore"));
    auto* backbone = dialog.findChild<QComboBox*>(QStringLiteral("backbone"));
    QVERIFY(backbone);
    backbone->setCurrentIndex(backbone->count() - 1);  // TorchScript file…
    problems << audit(&dialog, QStringLiteral("train dialog, TorchScript backbone"));
  }
  {
    ds::ui::ExportReportDialog dialog(window.session(), &window);
    show(dialog);
    problems << audit(&dialog, QStringLiteral("report dialog"));
  }
  for (const auto purpose : {ds::ui::MaskEditorDialog::Purpose::GroundTruth, ds::ui::MaskEditorDialog::Purpose::InspectionRegion}) {
    QImage image(640, 256, QImage::Format_RGB32);
    image.fill(Qt::gray);
    ds::ui::MaskEditorDialog dialog(purpose, image, cv::Mat(), &window);
    show(dialog);
    problems << audit(&dialog, QStringLiteral("mask editor %1").arg(static_cast<int>(purpose)));
  }
  report(problems);
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
