#include "ui/settings/settings_store.h"

#include <QFile>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using ds::ui::clearSettings;
using ds::ui::setting;
using ds::ui::storeSetting;
using ds::ui::waitForStoredSettings;

// The settings store keeps the workbench's settings in memory and writes them on one worker thread:
// a stored value is read back at once, reaches the file in order, and the caller never waits for the
// file (QSettings' write takes a lock file and fsyncs, a stall on the GUI thread).
class TestSettingsStore : public QObject {
  Q_OBJECT

  // The settings file as it is on disk now (read as a file: a QSettings constructed while the writer
  // holds the file would wait for it).
  QString fileText() const {
    QFile f(file_);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
  }
  QString file_;

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DefectScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings_store"));
    file_ = QSettings().fileName();
  }
  void init() { clearSettings(); }

  void storedValueReadAtOnceAndWritten() {
    QVERIFY(!setting(QStringLiteral("view/opacity")).isValid());
    QCOMPARE(setting(QStringLiteral("view/opacity"), 50).toInt(), 50);
    storeSetting(QStringLiteral("view/opacity"), 70);
    QCOMPARE(setting(QStringLiteral("view/opacity"), 50).toInt(), 70);
    waitForStoredSettings();
    QVERIFY2(fileText().contains(QStringLiteral("opacity=70")), qPrintable(fileText()));
  }

  void callerNeverWaitsForTheFile() {
    // Hold the settings file's lock, as another program writing it would: the writer waits for it.
    QLockFile lock(file_ + QStringLiteral(".lock"));
    QVERIFY(lock.tryLock(0));
    storeSetting(QStringLiteral("data/lastDataset"), QStringLiteral("/data/line1"));
    storeSetting(QStringLiteral("view/colourMap"), 2);
    QCOMPARE(setting(QStringLiteral("data/lastDataset")).toString(), QStringLiteral("/data/line1"));
    QCOMPARE(setting(QStringLiteral("view/colourMap")).toInt(), 2);
    QTest::qWait(300);
    QVERIFY2(!fileText().contains(QStringLiteral("line1")), "written past the held lock");
    lock.unlock();
    waitForStoredSettings();
    QVERIFY(fileText().contains(QStringLiteral("lastDataset=/data/line1")));
    QVERIFY(fileText().contains(QStringLiteral("colourMap=2")));
  }

  void laterValuesWin() {
    // A dragged slider stores every step; the file ends with the last.
    for (int i = 0; i <= 200; ++i) storeSetting(QStringLiteral("view/opacity"), i);
    QCOMPARE(setting(QStringLiteral("view/opacity")).toInt(), 200);
    waitForStoredSettings();
    QVERIFY(fileText().contains(QStringLiteral("opacity=200")));
    QCOMPARE(QSettings().value(QStringLiteral("view/opacity")).toInt(), 200);
  }

  void valuesOfEveryType() {
    const QStringList recent{QStringLiteral("/p/a.dsproj"), QStringLiteral("/p/b.dsproj")};
    const QByteArray geometry("\x01\x00\xff geometry", 12);
    storeSetting(QStringLiteral("project/recent"), recent);
    storeSetting(QStringLiteral("window/geometry"), geometry);
    waitForStoredSettings();
    QCOMPARE(QSettings().value(QStringLiteral("project/recent")).toStringList(), recent);
    QCOMPARE(QSettings().value(QStringLiteral("window/geometry")).toByteArray(), geometry);
  }

  void clearRemovesEverything() {
    storeSetting(QStringLiteral("ui/language"), QStringLiteral("de"));
    clearSettings();
    QVERIFY(!setting(QStringLiteral("ui/language")).isValid());
    QVERIFY(!fileText().contains(QStringLiteral("language")));
  }

  void anotherApplicationsSettings() {
    // The command-line tool reads the operator name the workbench stored.
    const QString workbench = QStringLiteral("tst_settings_store_workbench");
    storeSetting(QStringLiteral("report/operator"), QStringLiteral("A. Inspector"), workbench);
    QCOMPARE(setting(QStringLiteral("report/operator"), {}, workbench).toString(), QStringLiteral("A. Inspector"));
    QVERIFY(!setting(QStringLiteral("report/operator")).isValid());
    waitForStoredSettings();
    QCOMPARE(QSettings(QCoreApplication::organizationName(), workbench).value(QStringLiteral("report/operator")).toString(),
             QStringLiteral("A. Inspector"));
    QSettings(QCoreApplication::organizationName(), workbench).remove(QStringLiteral("report/operator"));
  }
};

QTEST_MAIN(TestSettingsStore)
#include "tst_settings_store.moc"
