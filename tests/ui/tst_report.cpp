#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QtTest>
#include <cmath>
#include <opencv2/imgproc.hpp>

#include "core/runtime/memory.h"
#include "tests/support/test_support.h"
#include "ui/report/report_writer.h"

namespace {

struct Run {
  int exitCode = -1;
  QString out, err;
};

Run run(const QString& program, const QStringList& args) {
  QProcess p;
  p.start(program, args);
  p.waitForFinished(600000);
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
}

int pdfPages(const QString& pdf) {
  const QString info = run(QStringLiteral("pdfinfo"), {pdf}).out;
  for (const QString& line : info.split(QLatin1Char('\n')))
    if (line.startsWith(QLatin1String("Pages:"))) return line.section(QLatin1Char(':'), 1).trimmed().toInt();
  return -1;
}

// Synthetic findings made on demand: a textured image with a blob in the map and the mask.
class SyntheticFindings : public ds::FindingSource {
 public:
  explicit SyntheticFindings(int n) : n_(n) {}
  int count() const override { return n_; }
  ds::ReportFinding at(int i) const override {
    ds::ReportFinding f;
    f.path = QStringLiteral("line/%1.png").arg(i, 4, 10, QLatin1Char('0'));
    f.score = 1.0 + i % 7;
    f.verdict = ds::Verdict::NOK;
    f.labelled = f.defective = true;
    f.defectType = QStringLiteral("scratch");
    f.image.create(256, 256, CV_32FC3);
    cv::randu(f.image, 0.2, 0.8);
    f.map = cv::Mat::zeros(256, 256, CV_32F);
    cv::circle(f.map, {64 + i % 128, 128}, 30, cv::Scalar(2.0), -1);
    f.mask = cv::Mat::zeros(256, 256, CV_8U);
    cv::circle(f.mask, {70 + i % 128, 128}, 25, cv::Scalar(1), -1);
    return f;
  }

 private:
  int n_;
};

}  // namespace

class TestReport : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
      QSKIP("poppler-utils (pdfinfo, pdftotext, pdftoppm) not installed: scripts/install-deps.sh installs them");
  }

  void demoReportStatesTheMetricsOfMetricsJson() {
    if (dstest::cliPath().isEmpty()) QSKIP("DS_CLI is not set: run through ctest");
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("demo")), model = dir.filePath(QStringLiteral("m.dsm"));
    QCOMPARE(run(dstest::cliPath(), {QStringLiteral("demo-data"), QStringLiteral("--out"), data, QStringLiteral("--size"), QStringLiteral("96"),
                                     QStringLiteral("--train"), QStringLiteral("12"), QStringLiteral("--test-good"), QStringLiteral("6"),
                                     QStringLiteral("--test-defect"), QStringLiteral("8"), QStringLiteral("--quiet")}).exitCode, 0);
    QCOMPARE(run(dstest::cliPath(), {QStringLiteral("train"), QStringLiteral("--method"), QStringLiteral("mean-diff"), QStringLiteral("--data"),
                                     data, QStringLiteral("--out"), model, QStringLiteral("--quiet")}).exitCode, 0);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf")), json = dir.filePath(QStringLiteral("metrics.json"));
    const Run r = run(dstest::cliPath(), {QStringLiteral("evaluate"), QStringLiteral("--model"), model, QStringLiteral("--data"), data,
                                          QStringLiteral("--json"), json, QStringLiteral("--report"), pdf, QStringLiteral("--findings"),
                                          QStringLiteral("all"), QStringLiteral("--operator"), QStringLiteral("Q. Engineer"), QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Title, summary, plots, then 14 findings at five a page.
    QCOMPARE(pdfPages(pdf), 3 + 3);
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out;
    const QJsonObject metrics = QJsonDocument::fromJson(dstest::readBytes(json)).object();
    for (const char* key : {"image_auroc", "pixel_auroc", "aupro", "f1_max"}) {
      const QString value = QString::number(metrics.value(QLatin1String(key)).toDouble(), 'f', 3);
      QVERIFY2(text.contains(value), qPrintable(QStringLiteral("%1 = %2 not in the report").arg(QLatin1String(key), value)));
    }
    QVERIFY(text.contains(QLatin1String("Q. Engineer")));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Train split \\(not scored\\)\\s+12"))));
    QVERIFY(text.contains(QLatin1String("Decisions on the labelled test images")));
    QVERIFY(text.contains(QLatin1String("Page 6 of 6")));
    // Every page renders.
    const QString prefix = dir.filePath(QStringLiteral("page"));
    QCOMPARE(run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), pdf, prefix}).exitCode, 0);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files).size(), 6);
  }

  void unlabelledFolderReportLeavesOutLabelSections() {
    if (dstest::cliPath().isEmpty()) QSKIP("DS_CLI is not set: run through ctest");
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("demo")), model = dir.filePath(QStringLiteral("m.dsm"));
    QCOMPARE(run(dstest::cliPath(), {QStringLiteral("demo-data"), QStringLiteral("--out"), data, QStringLiteral("--size"), QStringLiteral("64"),
                                     QStringLiteral("--train"), QStringLiteral("8"), QStringLiteral("--test-good"), QStringLiteral("3"),
                                     QStringLiteral("--test-defect"), QStringLiteral("4"), QStringLiteral("--quiet")}).exitCode, 0);
    QCOMPARE(run(dstest::cliPath(), {QStringLiteral("train"), QStringLiteral("--method"), QStringLiteral("mean-diff"), QStringLiteral("--data"),
                                     data, QStringLiteral("--out"), model, QStringLiteral("--quiet")}).exitCode, 0);
    // A production folder: images without any label structure.
    const QString production = dir.filePath(QStringLiteral("production"));
    QDir().mkpath(production);
    for (const QString& type : {QStringLiteral("good"), QStringLiteral("crack")})
      for (const QString& f : QDir(data + QStringLiteral("/test/") + type).entryList({QStringLiteral("*.png")}))
        QFile::copy(data + QStringLiteral("/test/") + type + QLatin1Char('/') + f, production + QLatin1Char('/') + type + f);
    const QString pdf = dir.filePath(QStringLiteral("production.pdf"));
    const Run r = run(dstest::cliPath(), {QStringLiteral("score"), QStringLiteral("--model"), model, QStringLiteral("--input"), production,
                                          QStringLiteral("--out"), dir.filePath(QStringLiteral("scored")), QStringLiteral("--threshold"),
                                          QStringLiteral("3"), QStringLiteral("--report"), pdf, QStringLiteral("--page-size"), QStringLiteral("letter"),
                                          QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
    QVERIFY(text.contains(QLatin1String("Unlabelled images")));
    QVERIFY(!text.contains(QLatin1String("Decisions on the labelled test images")));
    QVERIFY(!text.contains(QLatin1String("Image AUROC")));
    QVERIFY(text.contains(QLatin1String("Score distribution")) && !text.contains(QLatin1String("Curves and score distribution")));
    QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).out.contains(QLatin1String("612 x 792 pts (letter)")));
    // The folder has no train split; the model's 8 training images are named under Model only.
    QVERIFY2(!text.contains(QLatin1String("Train split")), qPrintable(text.left(600)));
    QVERIFY(text.contains(QLatin1String("on 8 images in")));  // "fitted": pdftotext gives its ligature
    // Without a threshold no image has a verdict: the boxes show a dash, not zeros.
    const QString undecided = dir.filePath(QStringLiteral("undecided.pdf"));
    const Run u = run(dstest::cliPath(), {QStringLiteral("score"), QStringLiteral("--model"), model, QStringLiteral("--input"), production,
                                          QStringLiteral("--out"), dir.filePath(QStringLiteral("scored2")), QStringLiteral("--report"), undecided,
                                          QStringLiteral("--quiet")});
    QVERIFY2(u.exitCode == 0, qPrintable(u.err));
    const QString undecidedText = run(QStringLiteral("pdftotext"), {undecided, QStringLiteral("-")}).out;
    QVERIFY2(undecidedText.contains(QRegularExpression(QStringLiteral("–\\s+OK"))) &&
                 !undecidedText.contains(QRegularExpression(QStringLiteral("\\b0\\s+OK"))),
             qPrintable(undecidedText.left(1500)));
  }

  // Japanese text (as a translated report or a name would have) is drawn with an embedded CJK font, on a
  // QPrinter as the print preview uses.
  void japaneseTextRendersWithAnEmbeddedCjkFont() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty()) QSKIP("pdffonts (poppler-utils) not installed");
    QTemporaryDir dir;
    ds::ReportData data;
    data.title = QStringLiteral("外観検査");
    data.operatorName = QStringLiteral("検査 太郎");
    data.created = QDateTime::currentDateTime();
    data.thresholds = {1.0, 1.0, false};
    data.pixelThreshold = 1.0;
    const SyntheticFindings findings(3);
    const ds::ui::ReportPlots plots = ds::ui::renderReportPlots(data);
    const QString pdf = dir.filePath(QStringLiteral("ja.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    ds::ui::ReportWriter(data, plots, findings).render(printer);
    QVERIFY(QFileInfo(pdf).size() > 0);
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf}).out;
    if (!fonts.contains(QLatin1String("CJK"))) QSKIP(qPrintable(QStringLiteral("no CJK font installed (fonts-noto-cjk); fonts used:\n") + fonts));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
    QVERIFY2(text.contains(QStringLiteral("検査 太郎")), qPrintable(text.left(400)));
    QVERIFY2(text.contains(QStringLiteral("外観検査")), qPrintable(text.left(600)));
  }

  // 1 000 findings: pages are drawn one at a time from the source, so memory stays bounded.
  void thousandImageReportStaysUnderAMemoryCeiling() {
    QTemporaryDir dir;
    ds::ReportData data;
    data.title = QStringLiteral("synthetic");
    data.created = QDateTime::currentDateTime();
    data.thresholds = {1.0, 1.0, false};
    data.pixelThreshold = 1.0;
    data.unlabelled = 1000;
    const SyntheticFindings findings(1000);
    const ds::ui::ReportPlots plots = ds::ui::renderReportPlots(data);
    const double before = ds::peakRssMb();
    QElapsedTimer clock;
    clock.start();
    const ds::ui::ReportWriter writer(data, plots, findings);
    const QString pdf = dir.filePath(QStringLiteral("big.pdf"));
    writer.writePdf(pdf, QPageSize::A4);
    const double grown = ds::peakRssMb() - before;
    qInfo("1000-finding report: %d pages, %.1f MB file, %.1f s, peak memory grew by %.0f MB", writer.pageCount(),
          QFileInfo(pdf).size() / 1e6, clock.elapsed() / 1e3, grown);
    QCOMPARE(pdfPages(pdf), 2 + 200);  // unlabelled: the score distribution shares the verdicts' page
    const double ceilingMb = 250;
    QVERIFY2(grown < ceilingMb, qPrintable(QStringLiteral("peak memory grew by %1 MB (ceiling %2 MB)").arg(grown).arg(ceilingMb)));
  }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
