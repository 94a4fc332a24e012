#include "core/data/demo_data_generator.h"
#include "core/error.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace {

bool identical(const cv::Mat& a, const cv::Mat& b) {
  return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0;
}

bool onlyZeroAnd255(const cv::Mat& mask) {
  return cv::countNonZero(mask) == cv::countNonZero(mask == 255);
}

QStringList listing(const QString& dir, const QString& filter) {
  return QDir(dir).entryList({filter}, QDir::Files, QDir::Name);
}

}  // namespace

class TestDemoData : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void determinism();
  void goodSamplesHaveEmptyMasks();
  void defectSamples_data();
  void defectSamples();
  void writeMvtecLayout();
  void invalidOptionsThrow();
};

void TestDemoData::determinism() {
  const ds::DemoDataGenerator a({7, 128, 1, 1, 4}), b({7, 128, 1, 1, 4}), other({8, 128, 1, 1, 4});
  QVERIFY(identical(a.trainSample(3).image, b.trainSample(3).image));
  QVERIFY(identical(a.testGoodSample(2).image, b.testGoodSample(2).image));
  for (int i = 0; i < 4; ++i) {
    const ds::DemoSample x = a.testDefectSample(i), y = b.testDefectSample(i);
    QVERIFY(identical(x.image, y.image));
    QVERIFY(identical(x.mask, y.mask));
    QCOMPARE(x.defectType, y.defectType);
    QVERIFY(!identical(x.image, other.testDefectSample(i).image));
  }
  QVERIFY(!identical(a.trainSample(3).image, other.trainSample(3).image));
  QVERIFY(!identical(a.trainSample(3).image, a.trainSample(4).image));  // per-image variation
}

void TestDemoData::goodSamplesHaveEmptyMasks() {
  const ds::DemoDataGenerator generator;
  for (const ds::DemoSample& s : {generator.trainSample(0), generator.trainSample(5), generator.testGoodSample(1)}) {
    QCOMPARE(s.defectType, QStringLiteral("good"));
    QCOMPARE(s.image.type(), CV_8UC3);
    QCOMPARE(s.image.rows, 256);
    QCOMPARE(s.image.cols, 256);
    QCOMPARE(s.mask.type(), CV_8UC1);
    QCOMPARE(s.mask.size(), s.image.size());
    QCOMPARE(cv::countNonZero(s.mask), 0);
  }
}

void TestDemoData::defectSamples_data() {
  QTest::addColumn<int>("size");
  QTest::addColumn<int>("kind");
  const QStringList types = ds::DemoDataGenerator::defectTypes();
  QCOMPARE(types, QStringList({"scratch", "stain", "crack", "missing_pattern"}));
  for (int size : {256, 64})
    for (int kind = 0; kind < 4; ++kind)
      QTest::addRow("%s_%d", qPrintable(types[kind]), size) << size << kind;
}

// Several samples per type so the bounds hold for the random range, not one lucky draw.
void TestDemoData::defectSamples() {
  QFETCH(int, size);
  QFETCH(int, kind);
  ds::DemoDataOptions options;
  options.size = size;
  const ds::DemoDataGenerator generator(options);
  for (int index = kind; index < kind + 4 * 6; index += 4) {
    cv::Mat base;
    const ds::DemoSample s = generator.testDefectSample(index, &base);
    QCOMPARE(s.defectType, ds::DemoDataGenerator::defectTypes()[kind]);
    QCOMPARE(s.image.type(), CV_8UC3);
    QCOMPARE(s.mask.type(), CV_8UC1);
    QCOMPARE(s.mask.size(), s.image.size());
    QVERIFY(onlyZeroAnd255(s.mask));

    const int area = cv::countNonZero(s.mask);
    const double fraction = double(area) / s.mask.total();
    QVERIFY2(fraction >= 0.001 && fraction <= 0.06, qPrintable(QStringLiteral("index %1 covers %2").arg(index).arg(fraction)));

    cv::Mat diff;
    cv::absdiff(s.image, base, diff);
    QVERIFY(cv::countNonZero(diff.reshape(1)) > 0);
    cv::Mat outside;
    diff.copyTo(outside, ~s.mask);
    QCOMPARE(cv::norm(outside, cv::NORM_INF), 0.0);  // untouched outside the mask

    const cv::Scalar perChannel = cv::mean(diff, s.mask);
    const double meanChange = (perChannel[0] + perChannel[1] + perChannel[2]) / 3.0;
    QVERIFY2(meanChange >= 20.0, qPrintable(QStringLiteral("index %1 changes %2").arg(index).arg(meanChange)));
  }
}

void TestDemoData::writeMvtecLayout() {
  QTemporaryDir tmp;
  QVERIFY(tmp.isValid());
  const QString out = tmp.filePath(QStringLiteral("demo"));
  ds::DemoDataOptions options;
  options.size = 64;
  options.train = 6;
  options.testGood = 3;
  options.testDefect = 8;
  int calls = 0, lastDone = 0, lastTotal = 0;
  ds::DemoDataGenerator(options).write(out, [&](int done, int total) {
    ++calls;
    QCOMPARE(done, lastDone + 1);
    lastDone = done;
    lastTotal = total;
  });
  QCOMPARE(calls, 6 + 3 + 2 * 8);
  QCOMPARE(lastTotal, calls);

  const QStringList six = {"000.png", "001.png", "002.png", "003.png", "004.png", "005.png"};
  QCOMPARE(listing(out + "/train/good", "*"), six);
  QCOMPARE(listing(out + "/test/good", "*"), six.mid(0, 3));
  QCOMPARE(QDir(out + "/test").entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name),
           QStringList({"crack", "good", "missing_pattern", "scratch", "stain"}));
  QCOMPARE(QDir(out + "/ground_truth").entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name),
           QStringList({"crack", "missing_pattern", "scratch", "stain"}));
  for (const QString& type : ds::DemoDataGenerator::defectTypes()) {
    QCOMPARE(listing(out + "/test/" + type, "*"), QStringList({"000.png", "001.png"}));
    QCOMPARE(listing(out + "/ground_truth/" + type, "*"), QStringList({"000_mask.png", "001_mask.png"}));
    for (const QString n : {"000", "001"}) {
      const cv::Mat image = cv::imread(QFile::encodeName(out + "/test/" + type + "/" + n + ".png").toStdString(), cv::IMREAD_UNCHANGED);
      const cv::Mat mask = cv::imread(QFile::encodeName(out + "/ground_truth/" + type + "/" + n + "_mask.png").toStdString(), cv::IMREAD_UNCHANGED);
      QCOMPARE(image.type(), CV_8UC3);
      QCOMPARE(mask.type(), CV_8UC1);
      QCOMPARE(mask.size(), image.size());
      QCOMPARE(image.rows, 64);
      QVERIFY(cv::countNonZero(mask) > 0);
      QVERIFY(onlyZeroAnd255(mask));
    }
  }
  // The written images are the generated ones, losslessly.
  const cv::Mat second = cv::imread(QFile::encodeName(out + "/test/stain/001.png").toStdString(), cv::IMREAD_UNCHANGED);
  QVERIFY(identical(second, ds::DemoDataGenerator(options).testDefectSample(5).image));
}

void TestDemoData::invalidOptionsThrow() {
  ds::DemoDataOptions tiny;
  tiny.size = 8;
  QVERIFY_THROWS_EXCEPTION(ds::Error, ds::DemoDataGenerator{tiny});

#ifdef Q_OS_UNIX
  QTemporaryDir tmp;
  QVERIFY(tmp.isValid());
  QFile blocker(tmp.filePath(QStringLiteral("file")));
  QVERIFY(blocker.open(QIODevice::WriteOnly));
  blocker.close();
  ds::DemoDataOptions options;
  options.size = 32;
  options.train = 1;
  options.testGood = 0;
  options.testDefect = 0;
  try {
    ds::DemoDataGenerator(options).write(blocker.fileName());  // a file where a folder is needed
    QFAIL("write() into a file path did not throw");
  } catch (const ds::Error& e) {
    QVERIFY2(e.message().contains(QDir::toNativeSeparators(blocker.fileName())), qPrintable(e.message()));
  }
#endif
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demo_data.moc"
