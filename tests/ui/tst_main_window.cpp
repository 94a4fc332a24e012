#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "core/runtime/translations.h"
#include "ui/dataset/dataset_panel.h"
#include "ui/inspection/inspection_view.h"
#include "ui/thresholds/threshold_panel.h"
#include "ui/main_window.h"
#include "ui/session/inspection_session.h"
#include "tests/support/window_actions.h"

namespace {

QAction* action(QWidget& window, const QString& text) {
  QAction* found = dstest::menuAction(&window, text);
  if (!found) qFatal("no action %s", qPrintable(text));
  return found;
}

bool showsText(QWidget* widget, const QString& text) {
  for (QLabel* label : widget->findChildren<QLabel*>())
    if (label->isVisible() && label->text().contains(text)) return true;
  return false;
}

}  // namespace

class TestMainWindow : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);  // demo dataset and settings go to a test location
    QDir(ds::ui::InspectionSession::demoDatasetPath()).removeRecursively();
  }

  void firstStartWritesAndListsTheDemoDataset() {
    ds::ui::MainWindow window;
    window.show();
    QSignalSpy opened(&window, &ds::ui::MainWindow::datasetOpened);
    window.openDemoDataset();
    QVERIFY(opened.wait(120000));
    QCOMPARE(window.datasetPath(), ds::ui::InspectionSession::demoDatasetPath());
    // Train ▸ good; Test ▸ good, crack, missing_pattern, scratch, stain.
    QCOMPARE(window.datasetPanel()->groupCount(), 6);
    QCOMPARE(window.datasetPanel()->problemCount(), 0);
    QVERIFY(!QDir(ds::ui::InspectionSession::demoDatasetPath() + QStringLiteral(".partial")).exists());
  }

  void brokenFilesAreListed() {
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("good"));
    QFile::copy(QDir(ds::ui::InspectionSession::demoDatasetPath()).filePath(QStringLiteral("train/good/000.png")),
                dir.filePath(QStringLiteral("good/ok.png")));
    QFile broken(dir.filePath(QStringLiteral("good/broken.png")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("this is not a png");
    broken.close();
    ds::ui::MainWindow window;
    QSignalSpy opened(&window, &ds::ui::MainWindow::datasetOpened);
    window.openDataset(dir.path());
    QVERIFY(opened.wait(30000));
    QCOMPARE(window.datasetPanel()->problemCount(), 1);
  }

  // A new user's first steps: the image area says what to do next, F5 without a model says why nothing
  // is scored, and Help opens the user guide and the list of shortcuts.
  void emptyStatesAndHelp() {
    ds::ui::MainWindow window;
    window.show();
    QVERIFY(showsText(window.inspectionView(), QStringLiteral("Open a folder of images")));
    QSignalSpy opened(&window, &ds::ui::MainWindow::datasetOpened);
    window.openDemoDataset();
    QVERIFY(opened.wait(120000));
    QVERIFY(showsText(window.inspectionView(), QStringLiteral("No model yet")));

    action(window, ds::ui::MainWindow::tr("&Score dataset"))->trigger();
    QTRY_VERIFY(window.findChild<QMessageBox*>());
    QVERIFY2(window.findChild<QMessageBox*>()->text().contains(QLatin1String("no model to score with")),
             qPrintable(window.findChild<QMessageBox*>()->text()));
    window.findChild<QMessageBox*>()->close();

    action(window, ds::ui::MainWindow::tr("&User guide"))->trigger();
    auto* guide = window.findChild<QTextBrowser*>(QStringLiteral("userGuide"));
    QVERIFY(guide);
    QVERIFY2(guide->toPlainText().contains(QLatin1String("Threshold")) && guide->toPlainText().size() > 2000,
             qPrintable(guide->toPlainText().left(200)));

    action(window, ds::ui::MainWindow::tr("&Keyboard shortcuts"))->trigger();
    auto* shortcuts = window.findChild<QTableWidget*>(QStringLiteral("shortcuts"));
    QVERIFY(shortcuts);
    bool train = false;
    for (int row = 0; row < shortcuts->rowCount(); ++row)
      train = train || (shortcuts->item(row, 0)->text() == QStringLiteral("Model ▸ Train…") && shortcuts->item(row, 1)->text() == QStringLiteral("Ctrl+T"));
    QStringList rows;
    for (int row = 0; row < shortcuts->rowCount(); ++row) rows << shortcuts->item(row, 0)->text() + QLatin1Char('|') + shortcuts->item(row, 1)->text();
    QVERIFY2(train, qPrintable(rows.join(QLatin1String("; "))));
  }

  // Settings ▸ Language applies at once: menus, dock titles, tabs and the panels' texts change in the
  // running window, and back.
  void languageSwitchesLive() {
    ds::ui::MainWindow window;
    window.show();
    QSignalSpy opened(&window, &ds::ui::MainWindow::datasetOpened);
    window.openDemoDataset();
    QVERIFY(opened.wait(120000));
    const auto texts = [&] {
      QStringList t;
      for (QAction* a : window.menuBar()->actions()) t << a->text();
      for (auto* dock : window.findChildren<QDockWidget*>()) t << dock->windowTitle();
      auto* tabs = window.findChild<QTabWidget*>();
      for (int i = 0; i < tabs->count(); ++i) t << tabs->tabText(i);
      for (auto* group : window.thresholdPanel()->findChildren<QGroupBox*>()) t << group->title();
      t << window.datasetPanel()->findChild<QComboBox*>(QStringLiteral("verdictFilter"))->itemText(0);
      return t;
    };
    QCheckBox* sideBySide = nullptr;
    for (QCheckBox* box : window.findChildren<QCheckBox*>())
      if (box->text() == QLatin1String("Side by side")) sideBySide = box;
    QVERIFY(sideBySide);
    sideBySide->setChecked(false);
    const QStringList english = texts();
    QVERIFY(english.contains(QStringLiteral("&File")) && english.contains(QStringLiteral("Thresholds")));
    action(window, QStringLiteral("Deutsch"))->trigger();
    QTRY_VERIFY(texts().contains(QStringLiteral("&Datei")));  // LanguageChange is posted to the windows
    const QStringList german = texts();
    QCOMPARE(german.size(), english.size());
    for (int i = 0; i < german.size(); ++i)
      QVERIFY2(german[i] != english[i] || english[i] == QLatin1String("ROC") || english[i] == QLatin1String("PRO"),
               qPrintable(QStringLiteral("still English: %1").arg(english[i])));
    // Spin boxes take the German decimal comma at once.
    auto* box = window.thresholdPanel()->findChild<QDoubleSpinBox*>();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1Char(',')) || !box->text().contains(QLatin1Char('.')), qPrintable(box->text()));
    action(window, QStringLiteral("English"))->trigger();
    QTRY_COMPARE(texts(), english);
    // The rebuilt View menu shows the panes' layout as it is, not as it started.
    QVERIFY(!action(window, ds::ui::MainWindow::tr("&Side by side"))->isChecked());
    ds::installTranslations(QStringLiteral("en"));
  }

  void missingFolderFailsWithoutBlocking() {
    ds::ui::MainWindow window;
    QSignalSpy failed(&window, &ds::ui::MainWindow::datasetFailed);
    window.openDataset(QStringLiteral("/nonexistent/folder"));
    QVERIFY(failed.wait(30000));
    QVERIFY(failed.first().first().toString().contains(QLatin1String("/nonexistent/folder")));
  }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
