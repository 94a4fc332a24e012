#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <unistd.h>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>
#include <cmath>
#include <sys/stat.h>

#include "core/io/model_archive.h"
#include "tests/support/test_support.h"

namespace {

struct Run {
  int exitCode = -1;
  QString out, err;
};

Run cli(const QStringList& args, const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) {
  QProcess p;
  p.setProcessEnvironment(environment);
  p.start(dstest::cliPath(), args);
  p.waitForFinished(600000);
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromLocal8Bit(p.readAllStandardOutput()),
          QString::fromLocal8Bit(p.readAllStandardError())};
}

Run trainMeanDiff(const QString& data, const QString& model) {
  return cli({QStringLiteral("train"), QStringLiteral("--method"), QStringLiteral("mean-diff"), QStringLiteral("--data"), data,
              QStringLiteral("--out"), model, QStringLiteral("--quiet")});
}

QJsonObject readJson(const QString& path) {
  QFile f(path);
  f.open(QIODevice::ReadOnly);
  return QJsonDocument::fromJson(f.readAll()).object();
}

void checkMetricsContract(const QJsonObject& m, const QString& method, int nTest) {
  for (const char* key : {"image_auroc", "pixel_auroc", "aupro", "f1_max", "threshold"}) {
    QVERIFY2(m.value(QLatin1String(key)).isDouble(), key);
    QVERIFY2(std::isfinite(m.value(QLatin1String(key)).toDouble()), key);
  }
  QVERIFY(m.value(QStringLiteral("image_auroc")).toDouble() >= 0 && m.value(QStringLiteral("image_auroc")).toDouble() <= 1);
  QCOMPARE(m.value(QStringLiteral("method")).toString(), method);
  QCOMPARE(m.value(QStringLiteral("n_test")).toInt(), nTest);
  QVERIFY(m.value(QStringLiteral("n_train")).toInt() > 0);
  QVERIFY(m.value(QStringLiteral("per_defect")).isObject());
  const QJsonObject t = m.value(QStringLiteral("timings")).toObject();
  for (const char* key : {"fit_s", "predict_ms_per_image", "peak_rss_mb"}) QVERIFY2(t.value(QLatin1String(key)).toDouble() > 0, key);
}

}  // namespace

class TestCliPipeline : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    if (dstest::cliPath().isEmpty()) QSKIP("DS_CLI is not set: run through ctest");
  }

  void demoDataEndToEnd() {
    QTemporaryDir dir;
    const QString data = writeDemoData(dir, 96, 12, 6, 8);
    QVERIFY(!data.isEmpty());
    Run r;
    const QString model = dir.filePath(QStringLiteral("m.dsm"));
    r = cli({QStringLiteral("train"), QStringLiteral("--method"), QStringLiteral("mean-diff"), QStringLiteral("--data"), data,
             QStringLiteral("--out"), model, QStringLiteral("--image-size"), QStringLiteral("64"), QStringLiteral("--seed"),
             QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("12/12")));  // progress reached the end
    const QString json = dir.filePath(QStringLiteral("metrics.json"));
    r = cli({QStringLiteral("evaluate"), QStringLiteral("--model"), model, QStringLiteral("--data"), data, QStringLiteral("--json"),
             json, QStringLiteral("--store-threshold"), QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());  // --quiet
    const QJsonObject metrics = readJson(json);
    checkMetricsContract(metrics, QStringLiteral("mean-diff"), 14);
    QCOMPARE(metrics.value(QStringLiteral("per_defect")).toObject().size(), 4);
    QCOMPARE(metrics.value(QStringLiteral("input")).toObject().value(QStringLiteral("width")).toInt(), 64);

    // Original-resolution pixel metrics use the 96-px masks.
    r = cli({QStringLiteral("evaluate"), QStringLiteral("--model"), model, QStringLiteral("--data"), data, QStringLiteral("--json"),
             json, QStringLiteral("--eval-size"), QStringLiteral("original"), QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(std::isfinite(readJson(json).value(QStringLiteral("aupro")).toDouble()));

    const QString scored = dir.filePath(QStringLiteral("scored"));
    r = cli({QStringLiteral("score"), QStringLiteral("--model"), model, QStringLiteral("--input"),
             QDir(data).filePath(QStringLiteral("test")), QStringLiteral("--out"), scored, QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile csv(QDir(scored).filePath(QStringLiteral("scores.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("path,score,verdict,label,defect_type,pixel_precision,pixel_recall,pixel_iou"));
    QCOMPARE(lines.size(), 15);
    const QStringList first = lines[1].split(QLatin1Char(','));
    QVERIFY(first[2] == QLatin1String("OK") || first[2] == QLatin1String("NOK"));  // stored threshold in force
    const QDir out(scored);
    QCOMPARE(QDir(out.filePath(QStringLiteral("heatmaps"))).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 14);
    QCOMPARE(QDir(out.filePath(QStringLiteral("heatmaps"))).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 14);
    QCOMPARE(QDir(out.filePath(QStringLiteral("overlays"))).entryList(QDir::Files).size(), 14);
    QCOMPARE(QDir(out.filePath(QStringLiteral("masks"))).entryList(QDir::Files).size(), 14);
  }

  // A factory-style plain folder (good/ and defect/, no train split, no masks): training holds good
  // images out, evaluation rests on them and on the defective ones only, and a production folder
  // gets OK/NOK verdicts from the held-out rule.
  void plainFolderHoldsOutGoodImages() {
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("line1"));
    const QStringList good = dstest::writePlainFolder(data, 128, 40, 10);
    QCOMPARE(good.size(), 40);
    const QString model = dir.filePath(QStringLiteral("m.dsm"));
    Run r = trainMeanDiff(data, model);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("held out 8 good images")), qPrintable(r.out));
    const QString json = dir.filePath(QStringLiteral("metrics.json"));
    const QString exported = dir.filePath(QStringLiteral("exported"));
    r = cli({QStringLiteral("evaluate"), QStringLiteral("--model"), model, QStringLiteral("--data"), data, QStringLiteral("--json"), json,
             QStringLiteral("--export"), exported, QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject m = readJson(json);
    QCOMPARE(m.value(QStringLiteral("n_train")).toInt(), 32);
    QCOMPARE(m.value(QStringLiteral("n_test_good")).toInt(), 8);
    QCOMPARE(m.value(QStringLiteral("n_held_out")).toInt(), 8);
    QCOMPARE(m.value(QStringLiteral("n_test_defect")).toInt(), 10);
    QCOMPARE(m.value(QStringLiteral("excluded_training_images")).toInt(), 32);
    QVERIFY(m.value(QStringLiteral("reliable")).toBool());
    QVERIFY(m.value(QStringLiteral("image_auroc")).toDouble() < 1.0 || m.value(QStringLiteral("f1_max")).toDouble() <= 1.0);
    // The good rows scored are exactly the images the model held out: none was trained on.
    QStringList heldOut;
    for (const QJsonValue& v : modelHeader(model).value(QStringLiteral("holdout")).toObject().value(QStringLiteral("images")).toArray())
      heldOut << QDir(data).filePath(v.toObject().value(QStringLiteral("path")).toString());
    heldOut.sort();
    QCOMPARE(heldOut.size(), 8);
    QStringList scoredGood;
    for (const QStringList& row : csvRows(QDir(exported).filePath(QStringLiteral("scores.csv"))))
      if (row[3] == QLatin1String("good")) scoredGood << QDir(data).filePath(row[0]);
    scoredGood.sort();
    QCOMPARE(scoredGood, heldOut);

    // A production folder: the same line's images, unlabelled. Verdicts come from the held-out rule.
    const QString production = dir.filePath(QStringLiteral("production"));
    QDir().mkpath(production);
    for (int i = 0; i < 6; ++i) QFile::copy(good[i], QStringLiteral("%1/g%2.png").arg(production).arg(i));
    for (const QString& defect : QDir(data + QStringLiteral("/defect")).entryList(QDir::Files))
      QFile::copy(data + QStringLiteral("/defect/") + defect, production + QStringLiteral("/d-") + defect);
    const QString scored = dir.filePath(QStringLiteral("scored"));
    r = cli({QStringLiteral("score"), QStringLiteral("--model"), model, QStringLiteral("--input"), production, QStringLiteral("--out"), scored,
             QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("chosen from 8 held-out good image")), qPrintable(r.out));
    // The held-out rule: with 8 held-out images, just above the highest of their scores; NOK from there.
    const QJsonObject holdout = modelHeader(model).value(QStringLiteral("holdout")).toObject();
    double highest = -1e300;
    for (const QJsonValue& v : holdout.value(QStringLiteral("scores")).toArray()) highest = std::max(highest, v.toDouble());
    const double t = holdout.value(QStringLiteral("image_threshold")).toDouble();
    QCOMPARE(t, std::nextafter(highest, 1e300));
    int nok = 0;
    for (const QStringList& row : csvRows(QDir(scored).filePath(QStringLiteral("scores.csv")))) {
      QCOMPARE(row[2], row[1].toDouble() >= t ? QStringLiteral("NOK") : QStringLiteral("OK"));
      nok += row[2] == QLatin1String("NOK") ? 1 : 0;
    }
    QVERIFY2(nok >= 1 && nok < 16, qPrintable(QString::number(nok)));  // neither everything nor nothing flagged

    // --holdout 0 is allowed and says what it means.
    r = cli({QStringLiteral("train"), QStringLiteral("--method"), QStringLiteral("mean-diff"), QStringLiteral("--data"), data,
             QStringLiteral("--out"), dir.filePath(QStringLiteral("all.dsm")), QStringLiteral("--holdout"), QStringLiteral("0"), QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("--holdout 0")), qPrintable(r.out + r.err));
    r = cli({QStringLiteral("train"), QStringLiteral("--method"), QStringLiteral("mean-diff"), QStringLiteral("--data"), data,
             QStringLiteral("--out"), dir.filePath(QStringLiteral("bad.dsm")), QStringLiteral("--holdout"), QStringLiteral("1.5"), QStringLiteral("--quiet")});
    QVERIFY(r.exitCode != 0 && r.err.contains(QLatin1String("--holdout")));
  }

  // Copies of training images inside the test set are left out, and the metrics equal those of the
  // test set without them.
  void trainingCopiesAreExcluded() {
    QTemporaryDir dir;
    const QString data = writeDemoData(dir, 64, 10, 6, 6);
    QVERIFY(!data.isEmpty());
    const QString model = dir.filePath(QStringLiteral("m.dsm"));
    Run r = trainMeanDiff(data, model);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("test good images of its own")), qPrintable(r.out + r.err));
    const QString clean = dir.filePath(QStringLiteral("clean.json"));
    r = cli({QStringLiteral("evaluate"), QStringLiteral("--model"), model, QStringLiteral("--data"), data, QStringLiteral("--json"), clean,
             QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(readJson(clean).value(QStringLiteral("excluded_training_images")).toInt(), 0);
    for (int i = 0; i < 3; ++i)  // renamed copies of training images among the test's good ones
      QVERIFY(QFile::copy(QStringLiteral("%1/train/good/%2.png").arg(data).arg(i, 3, 10, QLatin1Char('0')),
                          QStringLiteral("%1/test/good/copy-%2.png").arg(data).arg(i)));
    const QString withCopies = dir.filePath(QStringLiteral("copies.json"));
    r = cli({QStringLiteral("evaluate"), QStringLiteral("--model"), model, QStringLiteral("--data"), data, QStringLiteral("--json"), withCopies});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("left out 3 test images")), qPrintable(r.out));
    const QJsonObject a = readJson(clean), b = readJson(withCopies);
    QCOMPARE(b.value(QStringLiteral("excluded_training_images")).toInt(), 3);
    for (const char* key : {"image_auroc", "pixel_auroc", "aupro", "f1_max", "threshold", "n_test", "n_test_good"})
      QVERIFY2(a.value(QLatin1String(key)) == b.value(QLatin1String(key)), key);
  }

  // PatchCore's estimate is measured with the given settings (backbone, coreset ratio, image size).
  void patchcoreEstimate() {
    QTemporaryDir dir;
    const QString data = writeDemoData(dir, 64, 8, 2, 2);
    const QString model = dir.filePath(QStringLiteral("pc.dsm"));
    const Run r = cli({QStringLiteral("train"), QStringLiteral("--method"), QStringLiteral("patchcore"), QStringLiteral("--data"), data,
                       QStringLiteral("--out"), model, QStringLiteral("--backbone"), QStringLiteral("resnet18"), QStringLiteral("--weights"),
                       QStringLiteral("random"), QStringLiteral("--set"), QStringLiteral("coreset_ratio=0.3"), QStringLiteral("--estimate")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("s in one pass")), qPrintable(r.out + r.err));
    // With the time, the peak memory and the spilled features' temporary files against what is free.
    QVERIFY2(r.out.contains(QLatin1String("peak memory about")) && r.out.contains(QLatin1String("temporary files about")), qPrintable(r.out));
    QVERIFY(!QFile::exists(model));
  }

  // A run whose footprint exceeds the memory available (here capped by DEFECTSCOPE_MEMORY_LIMIT) is
  // refused before any image is loaded, with the reason and a non-zero exit, and writes no model;
  // --estimate says it would be refused.
  void runThatCannotFitIsRefused() {
    QTemporaryDir dir;
    const QString data = writeDemoData(dir, 64, 8, 2, 2);
    const QString model = dir.filePath(QStringLiteral("pc.dsm"));
    QProcessEnvironment capped = QProcessEnvironment::systemEnvironment();
    capped.insert(QStringLiteral("DEFECTSCOPE_MEMORY_LIMIT"), QStringLiteral("2M"));
    const QStringList train{QStringLiteral("train"), QStringLiteral("--method"), QStringLiteral("patchcore"), QStringLiteral("--data"), data,
                            QStringLiteral("--out"), model, QStringLiteral("--backbone"), QStringLiteral("resnet18"), QStringLiteral("--weights"),
                            QStringLiteral("random"), QStringLiteral("--image-size"), QStringLiteral("64")};
    Run r = cli(train + QStringList{QStringLiteral("--estimate")}, capped);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("the run would be refused")), qPrintable(r.out + r.err));
    r = cli(train, capped);
    QVERIFY2(r.exitCode != 0 && r.err.contains(QLatin1String("of memory at its peak and")), qPrintable(r.out + r.err));
    QVERIFY(!QFile::exists(model));
    r = cli(train + QStringList{QStringLiteral("--quiet")});  // the machine's own memory: trained
    QVERIFY2(r.exitCode == 0 && QFile::exists(model), qPrintable(r.err));
    // An update's footprint is checked the same way.
    const QString updated = dir.filePath(QStringLiteral("pc2.dsm"));
    r = cli({QStringLiteral("update"), QStringLiteral("--model"), model, QStringLiteral("--add"), data + QStringLiteral("/test/good"),
             QStringLiteral("--out"), updated}, capped);
    QVERIFY2(r.exitCode != 0 && r.err.contains(QLatin1String("at its peak")), qPrintable(r.out + r.err));
    QVERIFY(!QFile::exists(updated));
  }

  void centreCrop() {
    QTemporaryDir dir;
    const QString data = writeDemoData(dir, 80, 6, 3, 3);
    QVERIFY(!data.isEmpty());
    Run r;
    const QString model = dir.filePath(QStringLiteral("m.dsm"));
    r = cli({QStringLiteral("train"), QStringLiteral("--method"), QStringLiteral("mean-diff"), QStringLiteral("--data"), data,
             QStringLiteral("--out"), model, QStringLiteral("--image-size"), QStringLiteral("64"), QStringLiteral("--crop"),
             QStringLiteral("48"), QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString json = dir.filePath(QStringLiteral("metrics.json"));
    r = cli({QStringLiteral("evaluate"), QStringLiteral("--model"), model, QStringLiteral("--data"), data, QStringLiteral("--json"),
             json, QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject input = readJson(json).value(QStringLiteral("input")).toObject();
    QCOMPARE(input.value(QStringLiteral("width")).toInt(), 64);
    QCOMPARE(input.value(QStringLiteral("crop")).toObject().value(QStringLiteral("width")).toInt(), 48);
    QVERIFY(std::isfinite(readJson(json).value(QStringLiteral("pixel_auroc")).toDouble()));
    // Maps of a crop cannot be compared with whole original masks: refused with the reason.
    r = cli({QStringLiteral("evaluate"), QStringLiteral("--model"), model, QStringLiteral("--data"), data,
             QStringLiteral("--eval-size"), QStringLiteral("original"), QStringLiteral("--quiet")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QLatin1String("centre crop")), qPrintable(r.err));
    // A crop larger than the resized image is refused before training.
    r = cli({QStringLiteral("train"), QStringLiteral("--method"), QStringLiteral("mean-diff"), QStringLiteral("--data"), data,
             QStringLiteral("--out"), model, QStringLiteral("--image-size"), QStringLiteral("64"), QStringLiteral("--crop"),
             QStringLiteral("96"), QStringLiteral("--quiet")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QLatin1String("larger than the resized image")), qPrintable(r.err));
  }

  void errorsAreOneLine_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing folder") << QStringList{QStringLiteral("train"), QStringLiteral("--method"), QStringLiteral("mean-diff"),
                                                   QStringLiteral("--data"), QStringLiteral("/nonexistent/data"),
                                                   QStringLiteral("--out"), QStringLiteral("/tmp/x.dsm")}
                                    << QStringLiteral("/nonexistent/data");
    QTest::newRow("unknown method") << QStringList{QStringLiteral("train"), QStringLiteral("--method"), QStringLiteral("magic"),
                                                   QStringLiteral("--data"), QStringLiteral("/tmp"), QStringLiteral("--out"),
                                                   QStringLiteral("/tmp/x.dsm")}
                                    << QStringLiteral("magic");
    QTest::newRow("unreadable model") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--model"),
                                                     QStringLiteral(DS_SOURCE_DIR "/CMakeLists.txt"), QStringLiteral("--data"),
                                                     QStringLiteral("/tmp")}
                                      << QStringLiteral("not a valid DefectScope model");
    QTest::newRow("missing option") << QStringList{QStringLiteral("score"), QStringLiteral("--model"), QStringLiteral("m.dsm")}
                                    << QStringLiteral("--input is required");
    QTest::newRow("a million threads") << QStringList{QStringLiteral("score"), QStringLiteral("--model"), QStringLiteral("m.dsm"),
                                                      QStringLiteral("--input"), QStringLiteral("/tmp"), QStringLiteral("--out"),
                                                      QStringLiteral("/tmp/x"), QStringLiteral("--threads"), QStringLiteral("1000000")}
                                       << QStringLiteral("--threads must be between 0");
    QTest::newRow("negative threads") << QStringList{QStringLiteral("score"), QStringLiteral("--model"), QStringLiteral("m.dsm"),
                                                     QStringLiteral("--input"), QStringLiteral("/tmp"), QStringLiteral("--out"),
                                                     QStringLiteral("/tmp/x"), QStringLiteral("--threads"), QStringLiteral("-1")}
                                      << QStringLiteral("--threads must be between 0");
    QTest::newRow("nan setting") << QStringList{QStringLiteral("train"), QStringLiteral("--method"), QStringLiteral("mean-diff"),
                                                QStringLiteral("--data"), QStringLiteral("/tmp"), QStringLiteral("--out"),
                                                QStringLiteral("/tmp/x.dsm"), QStringLiteral("--set"), QStringLiteral("epsilon=nan")}
                                 << QStringLiteral("epsilon=nan is not valid: expected a finite number");
    QTest::newRow("model is a device") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--model"), QStringLiteral("/dev/zero"),
                                                      QStringLiteral("--data"), QStringLiteral("/tmp")}
                                       << QStringLiteral("/dev/zero: cannot open the model (not a regular file");
  }

  void errorsAreOneLine() {
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = cli(args);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
  }

  // A FIFO named like an image would block open() forever, and /dev/zero never ends: both are
  // reported by name and skipped, and the run goes on.
  void nonRegularFilesAreSkipped() {
    QTemporaryDir dir;
    const QString data = writeDemoData(dir, 64, 6, 2, 2);
    QVERIFY(!data.isEmpty());
    const QString fifo = QDir(data).filePath(QStringLiteral("train/good/pipe.png"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    Run r = cli({QStringLiteral("train"), QStringLiteral("--method"), QStringLiteral("mean-diff"), QStringLiteral("--data"), data,
                 QStringLiteral("--out"), dir.filePath(QStringLiteral("m.dsm")), QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("pipe.png: not a regular file")), qPrintable(r.err));
    // A manifest whose mask is /dev/zero: that image's mask is refused by name.
    const QString csv = dir.filePath(QStringLiteral("m.csv"));
    QVERIFY(dstest::writeBytes(csv, QStringLiteral("split,label,defect_type,image_path,mask_path\n"
                                                   "train,0,,%1/train/good/000.png,\ntrain,0,,%1/train/good/001.png,\n"
                                                   "test,0,,%1/test/good/000.png,\ntest,1,crack,%1/test/good/001.png,/dev/zero\n")
                                        .arg(data).toUtf8()));
    r = cli({QStringLiteral("evaluate"), QStringLiteral("--model"), dir.filePath(QStringLiteral("m.dsm")), QStringLiteral("--data"), csv,
             QStringLiteral("--quiet")});
    QVERIFY2(r.err.contains(QLatin1String("/dev/zero")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("std::exception")), qPrintable(r.err));
    // A folder of nothing usable: no export, a failing exit status, each file named once.
    const QString broken = dir.filePath(QStringLiteral("broken"));
    QVERIFY(QDir().mkpath(broken));
    QVERIFY(dstest::writeBytes(broken + QStringLiteral("/a.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'x')));
    r = cli({QStringLiteral("score"), QStringLiteral("--model"), dir.filePath(QStringLiteral("m.dsm")), QStringLiteral("--input"), broken,
             QStringLiteral("--out"), dir.filePath(QStringLiteral("none")), QStringLiteral("--quiet")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QLatin1String("none of the 1 images could be loaded")), qPrintable(r.err));
    const QString file = broken + QStringLiteral("/a.png");
    QVERIFY2(r.err.contains(file + QStringLiteral(": ")) && !r.err.contains(file + QStringLiteral(": ") + file), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none"))));
  }

  // Nothing a user made is overwritten by accident: an image given as --out, an input folder given as the
  // export folder, a folder holding other files; a run killed while exporting leaves the previous
  // export whole; images of the same name in different folders get different export names.
  void outputsNeverReplaceTheUsersFiles() {
    QTemporaryDir dir;
    const QString data = writeDemoData(dir, 64, 6, 4, 8);
    QVERIFY(!data.isEmpty());
    const QString image = QDir(data).filePath(QStringLiteral("train/good/000.png"));
    const QByteArray before = dstest::readBytes(image);
    Run r = cli({QStringLiteral("train"), QStringLiteral("--method"), QStringLiteral("mean-diff"), QStringLiteral("--data"), data,
                 QStringLiteral("--out"), image, QStringLiteral("--quiet")});
    QVERIFY(r.exitCode != 0 && r.err.contains(QLatin1String("not a DefectScope model")));
    QCOMPARE(dstest::readBytes(image), before);
    const QString model = dir.filePath(QStringLiteral("m.dsm"));
    r = trainMeanDiff(data, model);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString test = QDir(data).filePath(QStringLiteral("test"));
    r = cli({QStringLiteral("score"), QStringLiteral("--model"), model, QStringLiteral("--input"), test, QStringLiteral("--out"),
             QDir(test).filePath(QStringLiteral("scored")), QStringLiteral("--quiet")});
    QVERIFY(r.exitCode != 0 && r.err.contains(QLatin1String("outside the input folder")));
    const QString mine = dir.filePath(QStringLiteral("mine"));
    QVERIFY(QDir().mkpath(mine));
    QVERIFY(dstest::writeBytes(mine + QStringLiteral("/notes.txt"), "keep me"));
    r = cli({QStringLiteral("score"), QStringLiteral("--model"), model, QStringLiteral("--input"), test, QStringLiteral("--out"), mine,
             QStringLiteral("--quiet")});
    QVERIFY(r.exitCode != 0 && r.err.contains(QLatin1String("notes.txt")));
    QCOMPARE(dstest::readBytes(mine + QStringLiteral("/notes.txt")), QByteArray("keep me"));

    // A complete export, then a second run killed while it writes: the first stays as it was.
    const QString out = dir.filePath(QStringLiteral("scored"));
    r = cli({QStringLiteral("score"), QStringLiteral("--model"), model, QStringLiteral("--input"), test, QStringLiteral("--out"), out,
             QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray csv = dstest::readBytes(out + QStringLiteral("/scores.csv"));
    const QStringList heatmaps = QDir(out + QStringLiteral("/heatmaps")).entryList(QDir::Files);
    QProcess killed;
    killed.start(dstest::cliPath(), {QStringLiteral("score"), QStringLiteral("--model"), model, QStringLiteral("--input"), test,
                                     QStringLiteral("--out"), out, QStringLiteral("--threshold"), QStringLiteral("0"), QStringLiteral("--quiet")});
    const QDir parent(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(!parent.entryList({QStringLiteral(".scored.partial-*")}, QDir::Dirs | QDir::Hidden).isEmpty() ||
                                 killed.state() == QProcess::NotRunning, 60000);
    killed.kill();  // SIGKILL: no handler runs
    killed.waitForFinished();
    QCOMPARE(dstest::readBytes(out + QStringLiteral("/scores.csv")), csv);
    QCOMPARE(QDir(out + QStringLiteral("/heatmaps")).entryList(QDir::Files), heatmaps);
    // The next run clears what the killed one left and replaces the export whole.
    r = cli({QStringLiteral("score"), QStringLiteral("--model"), model, QStringLiteral("--input"), test, QStringLiteral("--out"), out,
             QStringLiteral("--threshold"), QStringLiteral("0"), QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(parent.entryList({QStringLiteral(".scored.*")}, QDir::Dirs | QDir::Hidden).isEmpty());
    QVERIFY(dstest::readBytes(out + QStringLiteral("/scores.csv")).contains(",NOK,"));

    // good/000.png and crack/000.png listed by a manifest: two exports, not one overwritten.
    const QString csvPath = dir.filePath(QStringLiteral("two.csv"));
    QVERIFY(dstest::writeBytes(csvPath, QStringLiteral("split,label,defect_type,image_path,mask_path\n"
                                                       "test,0,,%1/test/good/000.png,\ntest,1,crack,%2,\n")
                                            .arg(data, QDir(data).filePath(QStringLiteral("test/") +
                                                     QDir(test).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0) + QStringLiteral("/000.png")))
                                            .toUtf8()));
    const QString two = dir.filePath(QStringLiteral("two"));
    r = cli({QStringLiteral("score"), QStringLiteral("--model"), model, QStringLiteral("--input"), csvPath, QStringLiteral("--out"), two,
             QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QDir(two + QStringLiteral("/heatmaps")).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 2);
  }

  // A full disk fails the run, names the file, and leaves the earlier report and export whole with
  // nothing half-written beside them (a 4 MB tmpfs, filled up; needs root to mount).
  void fullDiskLeavesEarlierFilesWhole() {
    if (::geteuid() != 0) QSKIP("mounting a small tmpfs needs root");
    QTemporaryDir dir;
    const QString data = writeDemoData(dir, 64, 6, 2, 4);
    QVERIFY(!data.isEmpty());
    const QString model = dir.filePath(QStringLiteral("m.dsm"));
    Run r = trainMeanDiff(data, model);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString small = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(small));
    if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                    QStringLiteral("size=4m"), QStringLiteral("tmpfs"), small}) != 0)
      QSKIP("cannot mount a tmpfs here");
    struct Unmount {
      QString path;
      ~Unmount() { QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), path}); }
    } unmount{small};

    const QString report = small + QStringLiteral("/r.pdf"), out = small + QStringLiteral("/out");
    const QStringList evaluate = {QStringLiteral("evaluate"), QStringLiteral("--model"), model, QStringLiteral("--data"), data,
                                  QStringLiteral("--report"), report, QStringLiteral("--quiet")};
    const QStringList score = {QStringLiteral("score"), QStringLiteral("--model"), model, QStringLiteral("--input"),
                               QDir(data).filePath(QStringLiteral("test")), QStringLiteral("--out"), out, QStringLiteral("--quiet")};
    r = cli(evaluate);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(score);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray pdf = dstest::readBytes(report), csv = dstest::readBytes(out + QStringLiteral("/scores.csv"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    const QStringList heatmaps = QDir(out + QStringLiteral("/heatmaps")).entryList(QDir::Files);
    QVERIFY(!heatmaps.isEmpty());

    QFile filler(small + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    filler.close();

    r = cli(evaluate);
    QVERIFY2(r.exitCode != 0 && r.err.contains(report), qPrintable(r.err));
    QCOMPARE(dstest::readBytes(report), pdf);
    r = cli(score + QStringList{QStringLiteral("--threshold"), QStringLiteral("0")});
    QVERIFY2(r.exitCode != 0 && r.err.contains(out) && r.err.contains(QLatin1String("unchanged")) && !r.err.contains(QLatin1String("libpng")),
             qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QCOMPARE(dstest::readBytes(out + QStringLiteral("/scores.csv")), csv);
    QCOMPARE(QDir(out + QStringLiteral("/heatmaps")).entryList(QDir::Files), heatmaps);
    QCOMPARE(QDir(small).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("filler"), QStringLiteral("out"), QStringLiteral("r.pdf")}));
  }

  void noTrainingImages() {
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("test/scratch"));
    QFile f(dir.filePath(QStringLiteral("test/scratch/a.png")));
    f.open(QIODevice::WriteOnly);
    f.write(QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg=="));
    f.close();
    const Run r = cli({QStringLiteral("train"), QStringLiteral("--method"), QStringLiteral("mean-diff"), QStringLiteral("--data"),
                       dir.path(), QStringLiteral("--out"), dir.filePath(QStringLiteral("m.dsm")), QStringLiteral("--quiet")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QLatin1String("no defect-free training images")), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("m.dsm"))));
  }

  // Trained from scratch over epochs: the estimate, the live per-epoch estimate in the progress
  // output, the metrics contract, on the demo data and on non-square KolektorSDD photographs.
  void autoencoderEndToEnd() {
    QTemporaryDir dir;
    const QString data = writeDemoData(dir, 64, 6, 2, 4);
    QVERIFY(!data.isEmpty());
    const QStringList common{QStringLiteral("--method"), QStringLiteral("inpaint_ae"), QStringLiteral("--set"), QStringLiteral("width=0.1"),
                             QStringLiteral("--set"), QStringLiteral("epochs=2"), QStringLiteral("--set"), QStringLiteral("batch_size=2")};
    const QString model = dir.filePath(QStringLiteral("ae.dsm"));
    Run r = cli(QStringList{QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--out"), model, QStringLiteral("--image-size"),
                            QStringLiteral("64"), QStringLiteral("--estimate")} + common);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("s per epoch; 2 epochs")), qPrintable(r.out + r.err));
    QVERIFY(!QFile::exists(model));
    checkMetricsContract(trainAndEvaluate(dir, data, common, QStringLiteral("64")), QStringLiteral("inpaint_ae"), 6);

    const QString csv = kolektorSubsetManifest(dir, 6, 2);
    if (csv.isEmpty()) QSKIP("../shared is absent: the KolektorSDD part needs ../shared/datasets/kolektorsdd");
    const QJsonObject metrics = trainAndEvaluate(dir, csv, common, QStringLiteral("64x160"));
    checkMetricsContract(metrics, QStringLiteral("inpaint_ae"), 4);
    QCOMPARE(metrics.value(QStringLiteral("input")).toObject().value(QStringLiteral("height")).toInt(), 160);
  }

  void igdEndToEnd() {
    // Without ../shared: the encoder trunk is ResNet-18 with seeded random weights.
    QTemporaryDir dir;
    const QString data = writeDemoData(dir, 64, 6, 2, 4);
    QVERIFY(!data.isEmpty());
    QStringList common{QStringLiteral("--method"), QStringLiteral("igd"), QStringLiteral("--backbone"), QStringLiteral("resnet18"),
                       QStringLiteral("--weights"), QStringLiteral("random")};
    for (const char* setting : {"global_size=64", "width=0.125", "epochs=2", "batch_size=2", "patch_batch=8"})
      common << QStringLiteral("--set") << QLatin1String(setting);
    Run r = cli(QStringList{QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--out"), dir.filePath(QStringLiteral("igd.dsm")),
                            QStringLiteral("--image-size"), QStringLiteral("64"), QStringLiteral("--estimate")} + common);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("s per epoch; 2 epochs × 2 network(s)")) && !r.out.contains(QLatin1String("early")),
             qPrintable(r.out + r.err));
    checkMetricsContract(trainAndEvaluate(dir, data, common, QStringLiteral("64")), QStringLiteral("igd"), 6);
  }

  // Real photographs: a KolektorSDD subset through a manifest CSV (also exercising that reader).
  void kolektorSubset() {
    QTemporaryDir dir;
    const QString csv = kolektorSubsetManifest(dir, 40, 10);
    if (csv.isEmpty()) QSKIP("../shared is absent: the KolektorSDD subset test needs ../shared/datasets/kolektorsdd");
    const QJsonObject metrics = trainAndEvaluate(dir, csv, {QStringLiteral("--method"), QStringLiteral("mean-diff")});
    checkMetricsContract(metrics, QStringLiteral("mean-diff"), 20);
    QCOMPARE(metrics.value(QStringLiteral("n_train")).toInt(), 40);
    QVERIFY(metrics.value(QStringLiteral("per_defect")).toObject().contains(QStringLiteral("crack")));
  }

  // The feature-based methods with the real ImageNet-pretrained TorchScript backbone on a small subset.
  void pretrainedKolektorSubset_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QStringList>("settings");
    QTest::newRow("patchcore") << QStringLiteral("patchcore")
                               << QStringList{QStringLiteral("coreset_ratio=0.05")};
    QTest::newRow("semi_orthogonal") << QStringLiteral("semi_orthogonal") << QStringList{QStringLiteral("k=50")};
    QTest::newRow("igd") << QStringLiteral("igd") << QStringList{QStringLiteral("epochs=4")};
  }

  void pretrainedKolektorSubset() {
    QFETCH(QString, method);
    QFETCH(QStringList, settings);
    QTemporaryDir dir;
    const QString csv = kolektorSubsetManifest(dir, 30, 8);
    if (csv.isEmpty()) QSKIP("../shared is absent: this test needs ../shared (KolektorSDD, tiny-darknet)");
    const QString backbone = QDir(dstest::sharedDir()).filePath(QStringLiteral("backbones/tiny-darknet/tiny_darknet_features.pt"));
    QStringList args{QStringLiteral("--method"), method, QStringLiteral("--backbone"), QStringLiteral("torchscript:") + backbone};
    for (const QString& setting : settings) args << QStringLiteral("--set") << setting;
    const QJsonObject metrics = trainAndEvaluate(dir, csv, args);
    checkMetricsContract(metrics, method, 16);
    // Cracks are visible to an ImageNet backbone: better than chance even on this small subset.
    QVERIFY2(metrics.value(QStringLiteral("pixel_auroc")).toDouble() > 0.6, qPrintable(QString::number(metrics.value(QStringLiteral("pixel_auroc")).toDouble())));
  }

 private:
  static QJsonObject modelHeader(const QString& model) { return ds::ModelArchive::load(model).header(); }

  static std::vector<QStringList> csvRows(const QString& path) {
    QFile f(path);
    std::vector<QStringList> rows;
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return rows;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 1; i < lines.size(); ++i) rows.push_back(lines[i].split(QLatin1Char(',')));
    return rows;
  }

  // The synthetic demo dataset in dir/demo; empty (with the CLI's error printed) when writing it failed.
  static QString writeDemoData(const QTemporaryDir& dir, int size, int train, int testGood, int testDefect) {
    const QString data = dir.filePath(QStringLiteral("demo"));
    const Run r = cli({QStringLiteral("demo-data"), QStringLiteral("--out"), data, QStringLiteral("--size"),
                       QString::number(size), QStringLiteral("--train"), QString::number(train), QStringLiteral("--test-good"),
                       QString::number(testGood), QStringLiteral("--test-defect"), QString::number(testDefect),
                       QStringLiteral("--quiet")});
    if (r.exitCode == 0) return data;
    qWarning("demo-data failed: %s", qPrintable(r.err));
    return {};
  }

  // A manifest of the first nTrain training images and nTest good and nTest cracked test images,
  // with absolute paths; empty when ../shared is absent.
  static QString kolektorSubsetManifest(const QTemporaryDir& dir, int nTrain, int nTest) {
    const QString shared = dstest::sharedDir();
    if (shared.isEmpty()) return {};
    const QString root = QDir(shared).filePath(QStringLiteral("datasets/kolektorsdd"));
    QFile manifest(QDir(root).filePath(QStringLiteral("manifest.csv")));
    if (!manifest.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
    QTextStream in(&manifest);
    const QString header = in.readLine();
    QMap<QString, int> taken;
    QStringList rows;
    while (!in.atEnd()) {
      const QStringList f = in.readLine().split(QLatin1Char(','));
      const int limit = f[0] == QLatin1String("train") ? nTrain : nTest;
      if (taken[f[0] + f[1]]++ >= limit) continue;
      QStringList absolute = f;
      absolute[3] = QDir(root).filePath(f[3]);
      if (!f[4].isEmpty()) absolute[4] = QDir(root).filePath(f[4]);
      rows << absolute.join(QLatin1Char(','));
    }
    const QString csv = dir.filePath(QStringLiteral("subset.csv"));
    QFile out(csv);
    out.open(QIODevice::WriteOnly | QIODevice::Text);
    out.write((header + QLatin1Char('\n') + rows.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    return csv;
  }

  static QJsonObject trainAndEvaluate(const QTemporaryDir& dir, const QString& data, const QStringList& method,
                                      const QString& imageSize = QStringLiteral("128x320")) {
    const QString model = dir.filePath(QStringLiteral("k.dsm"));
    Run r = cli(QStringList{QStringLiteral("train")} + method +
                QStringList{QStringLiteral("--data"), data, QStringLiteral("--out"), model, QStringLiteral("--image-size"), imageSize,
                            QStringLiteral("--quiet")});
    if (r.exitCode != 0) qWarning("%s", qPrintable(r.err));
    const QString json = dir.filePath(QStringLiteral("k.json"));
    r = cli({QStringLiteral("evaluate"), QStringLiteral("--model"), model, QStringLiteral("--data"), data, QStringLiteral("--json"), json,
             QStringLiteral("--quiet")});
    if (r.exitCode != 0) qWarning("%s", qPrintable(r.err));
    return readJson(json);
  }
};

QTEST_GUILESS_MAIN(TestCliPipeline)
#include "tst_cli_pipeline.moc"
