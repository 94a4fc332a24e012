#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/dataset/dataset_panel.h"
#include "ui/main_window.h"
#include "ui/session/inspection_session.h"

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
