#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include "core/runtime/translations.h"
#include "tests/support/test_support.h"
#include "ui/main_window.h"

namespace {

struct TsCheck {
  int messages = 0;
  QStringList problems;  // untranslated or unfinished sources
};

TsCheck checkTs(const QString& path) {
  TsCheck check;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    check.problems << QStringLiteral("cannot open %1").arg(path);
    return check;
  }
  QXmlStreamReader xml(&file);
  QString source;
  while (!xml.atEnd()) {
    if (!xml.readNextStartElement()) continue;
    if (xml.name() == QLatin1String("message")) ++check.messages;
    if (xml.name() == QLatin1String("source")) source = xml.readElementText();
    if (xml.name() == QLatin1String("translation")) {
      const QString type = xml.attributes().value(QLatin1String("type")).toString();
      const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
      if (!type.isEmpty() || text.trimmed().isEmpty()) check.problems << source;
    }
  }
  return check;
}

QStringList tsFiles() {
  return {dstest::sourceDir() + QStringLiteral("/translations/defectscope_ja.ts"),
          dstest::sourceDir() + QStringLiteral("/translations/defectscope_de.ts")};
}

QStringList menuTitles(const ds::ui::MainWindow& window) {
  QStringList titles;
  for (QAction* a : window.menuBar()->actions()) titles << a->text();
  return titles;
}

}  // namespace

class TestTranslations : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void everyEntryIsTranslated() {
    for (const QString& ts : tsFiles()) {
      const TsCheck check = checkTs(ts);
      QVERIFY2(check.messages > 500, qPrintable(QStringLiteral("%1: only %2 messages").arg(ts).arg(check.messages)));
      QVERIFY2(check.problems.isEmpty(), qPrintable(QStringLiteral("%1: %2 unfinished, e.g. \"%3\"")
                                                        .arg(ts).arg(check.problems.size()).arg(check.problems.value(0))));
    }
  }

  // lupdate over the sources into copies of the .ts files: a string missing from them would come back
  // as a new, unfinished entry.
  void noSourceStringIsMissing() {
    QTemporaryDir dir;
    QStringList copies;
    for (const QString& ts : tsFiles()) {
      copies << dir.filePath(QFileInfo(ts).fileName());
      QVERIFY(QFile::copy(ts, copies.last()));
    }
    QProcess lupdate;
    lupdate.setWorkingDirectory(dstest::sourceDir());
    lupdate.start(QStringLiteral(DS_LUPDATE), QStringList{QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("ui"),
                                                          QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                                                          QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                                          QStringLiteral("none"), QStringLiteral("-ts")} + copies);
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    for (const QString& copy : copies) {
      const TsCheck check = checkTs(copy);
      QVERIFY2(check.problems.isEmpty(), qPrintable(QStringLiteral("%1 strings of the sources are not in %2 (e.g. \"%3\"): "
                                                                   "run the update_translations target and translate them")
                                                        .arg(check.problems.size()).arg(QFileInfo(copy).fileName(), check.problems.value(0))));
    }
  }

  void mainMenusAreTranslated_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("ファイル(&F)");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei");
  }

  void mainMenusAreTranslated() {
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QStandardPaths::setTestModeEnabled(true);
    ds::installTranslations(QStringLiteral("en"));
    const QStringList english = menuTitles(ds::ui::MainWindow());
    QCOMPARE(ds::installTranslations(language), language);
    const QStringList translated = menuTitles(ds::ui::MainWindow());
    ds::installTranslations(QStringLiteral("en"));
    QCOMPARE(translated.size(), english.size());
    QCOMPARE(translated.first(), fileMenu);
    for (int i = 0; i < english.size(); ++i)
      QVERIFY2(translated[i] != english[i], qPrintable(QStringLiteral("menu \"%1\" is not translated").arg(english[i])));
  }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
