#include "core/data/dataset.h"
#include "core/data/holdout_split.h"
#include "core/data/image_loader.h"
#include "core/error.h"
#include "tests/support/test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <opencv2/imgcodecs.hpp>
#include <vector>

#include <sys/stat.h>

namespace {

using dstest::errorOf;

bool writeBytes(const QString& path, const QByteArray& bytes) {
  if (!QDir().mkpath(QFileInfo(path).absolutePath())) return false;
  QFile file(path);
  return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray encode(const cv::Mat& image, const char* ext) {
  std::vector<uchar> buffer;
  if (!cv::imencode(ext, image, buffer)) return {};
  return QByteArray(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(buffer.size()));
}

// A flat grey image (size×size) whose value identifies it after loading.
bool writeImage(const QString& path, int value = 128, int size = 16) {
  const char* ext = path.endsWith(QLatin1String(".jpg")) ? ".jpg" : ".png";
  return writeBytes(path, encode(cv::Mat(size, size, CV_8UC3, cv::Scalar(value, value, value)), ext));
}

// A mask with a 4×4 defect in the top-left corner.
bool writeMask(const QString& path, int size = 16) {
  cv::Mat mask(size, size, CV_8UC1, cv::Scalar(0));
  mask(cv::Rect(0, 0, 4, 4)).setTo(255);
  return writeBytes(path, encode(mask, ".png"));
}

QStringList imagePaths(const std::vector<ds::Sample>& samples) {
  QStringList paths;
  for (const ds::Sample& s : samples) paths << s.imagePath;
  return paths;
}

// The report's problems keyed by path, with how often each path occurs.
std::map<QString, std::vector<QString>> byPath(const ds::LoadReport& report) {
  std::map<QString, std::vector<QString>> out;
  for (const ds::LoadProblem& p : report.problems()) out[p.path].push_back(p.problem);
  return out;
}

// train/good: 3, test/good: 2, test/crack: 2 (masked), test/scratch: 1 (masked).
void makeMvtec(const QString& root) {
  for (const char* n : {"000", "001", "002"}) writeImage(root + "/train/good/" + n + ".png");
  for (const char* n : {"000", "001"}) writeImage(root + "/test/good/" + n + ".png");
  for (const char* n : {"000", "001"}) {
    writeImage(root + "/test/crack/" + n + ".png");
    writeMask(root + "/ground_truth/crack/" + n + "_mask.png");
  }
  writeImage(root + "/test/scratch/000.png");
  writeMask(root + "/ground_truth/scratch/000_mask.png");
}

}  // namespace

class TestDataset : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init();
  void mvtecLayout();
  void mvtecDefectWithoutMask();
  void mvtecStrayMask();
  void mvtecNonImageFile();
  void folderLayout();
  void folderWithoutLabels();
  void manifest();
  void manifestMissingColumn_data();
  void manifestMissingColumn();
  void openMissingPath();
  void openEmptyFolder();
  void unreadableSubfolder();
  void loaderReportsBadFiles();
  void holdoutOnAPlainFolder();
  void manifestMissingMaskKeepsTheImage();
  void holdoutNotWhereTheTestHasGoodImages();

 private:
  std::optional<QTemporaryDir> tmp_;
  QString root_;
};

void TestDataset::init() {
  tmp_.emplace();
  QVERIFY(tmp_->isValid());
  root_ = tmp_->filePath(QStringLiteral("data"));
}

void TestDataset::mvtecLayout() {
  makeMvtec(root_);
  ds::LoadReport report;
  const ds::Dataset dataset = ds::Dataset::open(root_, report);
  QVERIFY2(report.empty(), qPrintable(report.toText()));
  QCOMPARE(dataset.layout(), ds::DatasetLayout::MVTec);
  QCOMPARE(dataset.root(), QFileInfo(root_).absoluteFilePath());

  const ds::DatasetCounts c = dataset.counts();
  QCOMPARE(c.train, 3);
  QCOMPARE(c.testGood, 2);
  QCOMPARE(c.testDefect, 3);
  QCOMPARE(c.unlabelled, 0);
  QCOMPARE(c.withMask, 3);
  QCOMPARE(dataset.defectTypes(), QStringList({"crack", "scratch"}));

  // The train split, then the test split, each sorted by path.
  const QStringList expected = {root_ + "/train/good/000.png", root_ + "/train/good/001.png", root_ + "/train/good/002.png",
                                root_ + "/test/crack/000.png",  root_ + "/test/crack/001.png", root_ + "/test/good/000.png",
                                root_ + "/test/good/001.png",   root_ + "/test/scratch/000.png"};
  QCOMPARE(imagePaths(dataset.samples()), expected);

  for (const ds::Sample& s : dataset.samples()) {
    const bool train = s.imagePath.contains(QLatin1String("/train/"));
    const QString type = QFileInfo(s.imagePath).dir().dirName();
    QCOMPARE(s.split, train ? ds::Split::Train : ds::Split::Test);
    QVERIFY(s.labelled);
    QCOMPARE(s.defective, type != QLatin1String("good"));
    QCOMPARE(s.defectType, type);
    if (s.defective)
      QCOMPARE(s.maskPath, root_ + "/ground_truth/" + type + "/" + QFileInfo(s.imagePath).completeBaseName() + "_mask.png");
    else
      QVERIFY2(s.maskPath.isEmpty(), qPrintable(s.maskPath));
  }

  const std::vector<ds::Sample> train = dataset.trainingSamples();
  QCOMPARE(imagePaths(train), expected.mid(0, 3));
  for (const ds::Sample& s : train) QCOMPARE(s.split, ds::Split::Train);
  QCOMPARE(imagePaths(dataset.testSamples()), expected.mid(3));
}

void TestDataset::mvtecDefectWithoutMask() {
  makeMvtec(root_);
  const QString unmasked = root_ + "/test/scratch/001.png";
  QVERIFY(writeImage(unmasked));
  ds::LoadReport report;
  const ds::Dataset dataset = ds::Dataset::open(root_, report);

  QCOMPARE(report.size(), 1);
  QCOMPARE(report.problems()[0].path, unmasked);
  QVERIFY2(report.problems()[0].problem.contains(QStringLiteral("without a ground-truth mask")),
           qPrintable(report.problems()[0].problem));
  const auto& samples = dataset.samples();
  const auto it = std::find_if(samples.begin(), samples.end(), [&](const ds::Sample& s) { return s.imagePath == unmasked; });
  QVERIFY(it != samples.end());  // kept, for image-level metrics
  QVERIFY(it->defective);
  QCOMPARE(it->defectType, QStringLiteral("scratch"));
  QVERIFY(it->maskPath.isEmpty());
  QCOMPARE(dataset.counts().testDefect, 4);
  QCOMPARE(dataset.counts().withMask, 3);
}

void TestDataset::mvtecStrayMask() {
  makeMvtec(root_);
  const QString stray = root_ + "/ground_truth/crack/007_mask.png";
  QVERIFY(writeMask(stray));
  ds::LoadReport report;
  const ds::Dataset dataset = ds::Dataset::open(root_, report);

  QCOMPARE(report.size(), 1);
  QCOMPARE(report.problems()[0].path, stray);
  QVERIFY2(report.problems()[0].problem.contains(QStringLiteral("mask without a matching image")),
           qPrintable(report.problems()[0].problem));
  QCOMPARE(int(dataset.samples().size()), 8);
  for (const ds::Sample& s : dataset.samples()) QVERIFY(s.maskPath != stray && s.imagePath != stray);
  QCOMPARE(dataset.counts().withMask, 3);
}

void TestDataset::mvtecNonImageFile() {
  makeMvtec(root_);
  const QString notes = root_ + "/test/good/notes.txt";
  QVERIFY(writeBytes(notes, "taken on line 3\n"));
  ds::LoadReport report;
  const ds::Dataset dataset = ds::Dataset::open(root_, report);

  QCOMPARE(report.size(), 1);
  QCOMPARE(report.problems()[0].path, notes);
  QVERIFY2(report.problems()[0].problem.contains(QStringLiteral("not an image")), qPrintable(report.problems()[0].problem));
  QVERIFY(report.toText().contains(notes));
  QCOMPARE(int(dataset.samples().size()), 8);
  QCOMPARE(dataset.counts().testGood, 2);
  QVERIFY(!imagePaths(dataset.samples()).contains(notes));
}

void TestDataset::folderLayout() {
  for (const char* n : {"a", "b"}) QVERIFY(writeImage(root_ + "/" + n + ".png"));
  for (const char* n : {"g1", "g2"}) QVERIFY(writeImage(root_ + "/good/" + n + ".png"));
  for (const char* n : {"s1", "s2"}) QVERIFY(writeImage(root_ + "/scratch/" + n + ".png"));
  QVERIFY(writeMask(root_ + "/masks/a_mask.png"));        // "<stem>_mask" for a top-level image
  QVERIFY(writeMask(root_ + "/masks/scratch/s1.png"));    // "<stem>" in the mirrored class folder

  ds::LoadReport report;
  const ds::Dataset dataset = ds::Dataset::open(root_, report);
  // s2 has no mask: kept, and named so that the engineer knows why its pixels are not evaluated.
  QCOMPARE(report.size(), 1);
  QCOMPARE(report.problems()[0].path, root_ + "/scratch/s2.png");
  QVERIFY(report.problems()[0].problem.contains(QLatin1String("without a ground-truth mask")));
  QCOMPARE(dataset.layout(), ds::DatasetLayout::Folder);

  const QStringList expected = {root_ + "/a.png",        root_ + "/b.png",          root_ + "/good/g1.png",
                                root_ + "/good/g2.png",  root_ + "/scratch/s1.png", root_ + "/scratch/s2.png"};
  QCOMPARE(imagePaths(dataset.samples()), expected);
  const auto& s = dataset.samples();
  for (int i : {0, 1}) {
    QVERIFY(!s[i].labelled);
    QVERIFY(!s[i].defective);
    QVERIFY(s[i].defectType.isEmpty());
  }
  for (int i : {2, 3}) {
    QVERIFY(s[i].labelled);
    QVERIFY(!s[i].defective);
    QCOMPARE(s[i].defectType, QStringLiteral("good"));
  }
  for (int i : {4, 5}) {
    QVERIFY(s[i].labelled);
    QVERIFY(s[i].defective);
    QCOMPARE(s[i].defectType, QStringLiteral("scratch"));
  }
  for (const ds::Sample& sample : s) QCOMPARE(sample.split, ds::Split::Test);
  QCOMPARE(s[0].maskPath, root_ + "/masks/a_mask.png");
  QCOMPARE(s[4].maskPath, root_ + "/masks/scratch/s1.png");
  for (int i : {1, 2, 3, 5}) QVERIFY2(s[i].maskPath.isEmpty(), qPrintable(s[i].maskPath));

  const ds::DatasetCounts c = dataset.counts();
  QCOMPARE(c.train, 0);
  QCOMPARE(c.unlabelled, 2);
  QCOMPARE(c.testGood, 2);
  QCOMPARE(c.testDefect, 2);
  QCOMPARE(c.withMask, 2);
  QCOMPARE(dataset.defectTypes(), QStringList({"scratch"}));
  // No train split: fit on the labelled defect-free images.
  QCOMPARE(imagePaths(dataset.trainingSamples()), expected.mid(2, 2));
}

void TestDataset::folderWithoutLabels() {
  for (const char* n : {"c", "a", "b"}) QVERIFY(writeImage(root_ + "/" + n + ".png"));
  ds::LoadReport report;
  const ds::Dataset dataset = ds::Dataset::open(root_, report, ds::DatasetLayout::Folder);
  QVERIFY2(report.empty(), qPrintable(report.toText()));
  const QStringList all = {root_ + "/a.png", root_ + "/b.png", root_ + "/c.png"};
  QCOMPARE(imagePaths(dataset.samples()), all);
  QCOMPARE(dataset.counts().unlabelled, 3);
  QVERIFY(dataset.defectTypes().isEmpty());
  // Nothing labelled: every image is a training image.
  QCOMPARE(imagePaths(dataset.trainingSamples()), all);
}

void TestDataset::manifest() {
  QVERIFY(writeImage(root_ + "/imgs/a.png"));
  QVERIFY(writeImage(root_ + "/imgs/b.png"));
  QVERIFY(writeImage(root_ + "/imgs/c.png"));
  QVERIFY(writeImage(root_ + "/imgs/d.png"));
  QVERIFY(writeImage(root_ + "/imgs/e.png"));
  QVERIFY(writeImage(root_ + "/imgs/with, comma.png"));
  QVERIFY(writeMask(root_ + "/masks/c_mask.png"));
  const QString csv = root_ + "/manifest.csv";
  QVERIFY(writeBytes(csv,
                     "split,label,defect_type,image_path,mask_path\n"         // 1
                     "train,0,,imgs/a.png,\n"                                // 2
                     "test,0,,imgs/b.png,\n"                                 // 3
                     "test,1,scratch,\"imgs/with, comma.png\",masks/c_mask.png\n"  // 4
                     "validation,0,,imgs/c.png,\n"                           // 5: bad split
                     "test,yes,,imgs/c.png,\n"                               // 6: bad label
                     "\n"                                                    // 7: blank, ignored
                     "test,,,imgs/c.png,\n"                                  // 8: unlabelled
                     "TEST,1,,imgs/d.png,\n"                                 // 9: defect without a type
                     "test,0\n"                                              // 10: too few fields
                     "test,0,,imgs/b.png,\n"                                 // 11: listed twice
                     "test,1,scratch,imgs/a.png,\n"                          // 12: good on line 2
                     "test,0,,imgs/e.png,masks/c_mask.png\n"));              // 13: mask for a good image

  ds::LoadReport report;
  const ds::Dataset dataset = ds::Dataset::open(csv, report);
  QCOMPARE(dataset.layout(), ds::DatasetLayout::Manifest);
  QCOMPARE(dataset.root(), QFileInfo(csv).absoluteFilePath());

  const std::vector<ds::LoadProblem> problems = report.problems();
  QCOMPARE(int(problems.size()), 7);
  const auto expect = [&](int i, int line, const QStringList& words) {
    QCOMPARE(problems[std::size_t(i)].path, csv + ":" + QString::number(line));
    for (const QString& w : words)
      QVERIFY2(problems[std::size_t(i)].problem.contains(w), qPrintable(problems[std::size_t(i)].problem));
  };
  expect(0, 5, {"split", "validation"});
  expect(1, 6, {"label", "\"yes\""});
  // Line 9's defective image lists no mask: kept, and named.
  QCOMPARE(problems[2].path, root_ + "/imgs/d.png");
  QVERIFY(problems[2].problem.contains(QLatin1String("without a ground-truth mask")));
  expect(3, 10, {"2 fields"});
  expect(4, 11, {"imgs/b.png", "listed again", "line 3", "skipped"});
  expect(5, 12, {"imgs/a.png", "defective here but good on line 2", "skipped"});
  expect(6, 13, {"mask", "good image", "ignored"});
  QVERIFY(report.toText().contains(csv + ":5: "));

  const auto& s = dataset.samples();
  QCOMPARE(imagePaths(s), QStringList({root_ + "/imgs/a.png", root_ + "/imgs/b.png", root_ + "/imgs/with, comma.png",
                                       root_ + "/imgs/c.png", root_ + "/imgs/d.png", root_ + "/imgs/e.png"}));
  QCOMPARE(s[0].split, ds::Split::Train);
  QVERIFY(s[0].labelled && !s[0].defective);
  QCOMPARE(s[0].defectType, QStringLiteral("good"));
  QCOMPARE(s[1].split, ds::Split::Test);
  QVERIFY(s[1].labelled && !s[1].defective);
  QCOMPARE(s[2].split, ds::Split::Test);
  QVERIFY(s[2].labelled && s[2].defective);
  QCOMPARE(s[2].defectType, QStringLiteral("scratch"));
  QCOMPARE(s[2].maskPath, root_ + "/masks/c_mask.png");
  QVERIFY(!s[3].labelled && !s[3].defective);
  QVERIFY(s[3].defectType.isEmpty());
  QCOMPARE(s[4].split, ds::Split::Test);
  QVERIFY(s[4].defective);
  QCOMPARE(s[4].defectType, QStringLiteral("defect"));
  QVERIFY(s[5].labelled && !s[5].defective);
  for (int i : {0, 1, 3, 4, 5}) QVERIFY(s[std::size_t(i)].maskPath.isEmpty());

  const ds::DatasetCounts c = dataset.counts();
  QCOMPARE(c.train, 1);
  QCOMPARE(c.testGood, 2);
  QCOMPARE(c.testDefect, 2);
  QCOMPARE(c.unlabelled, 1);
  QCOMPARE(c.withMask, 1);
  QCOMPARE(dataset.defectTypes(), QStringList({"defect", "scratch"}));
  QCOMPARE(imagePaths(dataset.trainingSamples()), QStringList({root_ + "/imgs/a.png"}));
}

void TestDataset::manifestMissingColumn_data() {
  QTest::addColumn<QByteArray>("header");
  QTest::addColumn<QString>("missing");
  QTest::newRow("split") << QByteArray("label,image_path") << QStringLiteral("split");
  QTest::newRow("label") << QByteArray("split,defect_type,image_path") << QStringLiteral("label");
  QTest::newRow("image_path") << QByteArray("split,label,path,mask_path") << QStringLiteral("image_path");
}

void TestDataset::manifestMissingColumn() {
  QFETCH(QByteArray, header);
  QFETCH(QString, missing);
  QVERIFY(writeImage(root_ + "/a.png"));
  const QString csv = root_ + "/list.csv";
  QVERIFY(writeBytes(csv, header + "\ntrain,0,a.png\n"));
  ds::LoadReport report;
  const auto error = errorOf([&] { ds::Dataset::open(csv, report); });
  QVERIFY2(error.has_value(), "no ds::Error");
  QVERIFY2(error->contains(csv), qPrintable(*error));
  QVERIFY2(error->contains(QLatin1Char('"') + missing + QLatin1Char('"')), qPrintable(*error));
}

void TestDataset::openMissingPath() {
  const QString missing = root_ + "/nowhere";
  ds::LoadReport report;
  for (const ds::DatasetLayout layout : {ds::DatasetLayout::Auto, ds::DatasetLayout::MVTec, ds::DatasetLayout::Folder}) {
    const auto error = errorOf([&] { ds::Dataset::open(missing, report, layout); });
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(missing) && error->contains(QStringLiteral("not found")), qPrintable(*error));
  }
  const auto csvError = errorOf([&] { ds::Dataset::open(missing + ".csv", report); });
  QVERIFY(csvError.has_value());
  QVERIFY2(csvError->contains(missing + ".csv"), qPrintable(*csvError));
}

// A class folder that cannot be listed is reported by name; when nothing else is usable, the error
// says why. Checked as "nobody" when run as root (root lists anything).
void TestDataset::unreadableSubfolder() {
  QVERIFY(writeImage(root_ + "/good/a.png"));
  QVERIFY(writeImage(root_ + "/defect/b.png"));
  for (const QString& folder : {tmp_->path(), root_, root_ + "/good"})
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0755), 0);
  const auto open = [this] {
    ds::LoadReport report;
    QByteArray text;
    try {
      const int samples = int(ds::Dataset::open(root_, report).samples().size());
      text += QByteArray::number(samples) + '\n' + report.toText().toUtf8();
    } catch (const ds::Error& e) {
      text += "error: " + e.message().toUtf8();
    }
    return text;
  };
  QString whyNot;
  QCOMPARE(::chmod(QFile::encodeName(root_ + "/defect").constData(), 0), 0);
  const auto oneLocked = dstest::outputWithoutRoot(open, &whyNot);
  // The good folder locked too: nothing is usable, and the error names the first reason.
  QCOMPARE(::chmod(QFile::encodeName(root_ + "/good").constData(), 0), 0);
  const auto bothLocked = dstest::outputWithoutRoot(open, &whyNot);
  ::chmod(QFile::encodeName(root_ + "/defect").constData(), 0755);
  ::chmod(QFile::encodeName(root_ + "/good").constData(), 0755);
  QVERIFY2(oneLocked && bothLocked, qPrintable(whyNot));
  const QStringList lines = QString::fromUtf8(*oneLocked).split(QLatin1Char('\n'));
  QCOMPARE(lines.value(0), QStringLiteral("1"));
  QVERIFY2(lines.value(1).startsWith(root_ + "/defect: ") && lines.value(1).contains(QStringLiteral("permission denied")), qPrintable(*oneLocked));
  QVERIFY2(bothLocked->startsWith("error: ") && bothLocked->contains("no usable images found (") && bothLocked->contains("permission denied"),
           bothLocked->constData());
}

void TestDataset::openEmptyFolder() {
  QVERIFY(QDir().mkpath(root_));
  ds::LoadReport report;
  const auto error = errorOf([&] { ds::Dataset::open(root_, report); });
  QVERIFY(error.has_value());
  QVERIFY2(error->contains(root_) && error->contains(QStringLiteral("no usable images")), qPrintable(*error));

  // An MVTec skeleton without images is just as empty.
  QVERIFY(QDir().mkpath(root_ + "/train/good"));
  QVERIFY(QDir().mkpath(root_ + "/test/good"));
  const auto mvtecError = errorOf([&] { ds::Dataset::open(root_, report); });
  QVERIFY(mvtecError.has_value());
  QVERIFY2(mvtecError->contains(root_), qPrintable(*mvtecError));
  QVERIFY2(report.empty(), qPrintable(report.toText()));
}

// Acceptance test: a dataset with broken files loads every good file and reports each bad one once.
void TestDataset::loaderReportsBadFiles() {
  QVERIFY(writeImage(root_ + "/train/good/000.png"));
  QVERIFY(writeImage(root_ + "/train/good/001.png"));
  QVERIFY(writeImage(root_ + "/test/good/000.png", 10));
  QVERIFY(writeImage(root_ + "/test/good/001.png", 20));
  QVERIFY(writeImage(root_ + "/test/crack/000.png", 30));
  QVERIFY(writeMask(root_ + "/ground_truth/crack/000_mask.png"));
  QVERIFY(writeImage(root_ + "/test/crack/001.png", 40));
  const QString smallMask = root_ + "/ground_truth/crack/001_mask.png";
  QVERIFY(writeMask(smallMask, 8));  // its image is 16×16

  std::vector<uchar> jpeg;
  QVERIFY(cv::imencode(".jpg", cv::Mat(64, 64, CV_8UC3, cv::Scalar(1, 2, 3)), jpeg));
  QByteArray corrupt(reinterpret_cast<const char*>(jpeg.data()), 20);  // SOI + JFIF header
  for (int i = 0; i < 3000; ++i) corrupt += char((i * 37 + 11) % 251);
  const QString corruptJpeg = root_ + "/test/good/002.jpg";
  QVERIFY(writeBytes(corruptJpeg, corrupt));

  std::vector<uchar> png;
  cv::Mat noise(64, 64, CV_8UC3);
  cv::randu(noise, 0, 255);
  QVERIFY(cv::imencode(".png", noise, png));
  const QString truncatedPng = root_ + "/test/good/003.png";
  QVERIFY(writeBytes(truncatedPng, QByteArray(reinterpret_cast<const char*>(png.data()), qsizetype(png.size() * 6 / 10))));
  const QString emptyFile = root_ + "/test/good/004.png";
  QVERIFY(writeBytes(emptyFile, QByteArray()));
  const QString notes = root_ + "/test/good/notes.txt";
  QVERIFY(writeBytes(notes, "lighting changed after 001\n"));

  ds::LoadReport report;
  std::vector<ds::LoadedImage> delivered;
  try {
    const ds::Dataset dataset = ds::Dataset::open(root_, report);
    const std::vector<ds::Sample> test = dataset.testSamples();
    QCOMPARE(imagePaths(test), QStringList({root_ + "/test/crack/000.png", root_ + "/test/crack/001.png",
                                            root_ + "/test/good/000.png", root_ + "/test/good/001.png", corruptJpeg,
                                            truncatedPng}));
    ds::LoadOptions options;
    options.masks = true;
    options.batchSize = 2;  // the last batch fails entirely and must not end the run early or hang
    ds::ImageLoader loader(test, options, report);
    QCOMPARE(loader.sampleCount(), 6);
    std::vector<ds::LoadedImage> batch;
    int batches = 0;
    while (loader.next(batch)) {
      QVERIFY(!batch.empty());
      ++batches;
      delivered.insert(delivered.end(), batch.begin(), batch.end());
    }
    QCOMPARE(batches, 2);
    QVERIFY(!loader.next(batch));
    QVERIFY(batch.empty());
  } catch (const std::exception& e) {
    QFAIL(qPrintable(QStringLiteral("unexpected exception: %1").arg(QString::fromUtf8(e.what()))));
  }

  // Every good file, in order, with its own pixels and mask.
  QCOMPARE(int(delivered.size()), 3);
  const int indices[3] = {0, 2, 3};
  const int values[3] = {30, 10, 20};
  for (int i = 0; i < 3; ++i) {
    const ds::LoadedImage& d = delivered[size_t(i)];
    QCOMPARE(d.index, indices[i]);
    QCOMPARE(d.image.type(), CV_32FC3);
    QCOMPARE(d.image.size(), cv::Size(16, 16));
    QCOMPARE(d.originalSize, cv::Size(16, 16));
    QCOMPARE(d.image.at<cv::Vec3f>(7, 7)[1], float(values[i] / 255.0));
  }
  QCOMPARE(delivered[0].mask.type(), CV_8UC1);
  QCOMPARE(delivered[0].mask.size(), cv::Size(16, 16));
  QCOMPARE(cv::countNonZero(delivered[0].mask), 16);
  QCOMPARE(int(delivered[0].mask.at<uchar>(0, 0)), 1);
  QVERIFY(delivered[1].mask.empty() && delivered[2].mask.empty());

  // Every bad file exactly once, with what is wrong with it.
  const auto problems = byPath(report);
  const std::map<QString, QString> expected = {
      {corruptJpeg, QStringLiteral("corrupt JPEG")},
      {truncatedPng, QStringLiteral("truncated")},
      {emptyFile, QStringLiteral("empty")},
      {root_ + "/test/crack/001.png", QStringLiteral("mask is 8×8 pixels but its image is 16×16")},
      {notes, QStringLiteral("not an image")},
  };
  QCOMPARE(int(problems.size()), int(expected.size()));
  QCOMPARE(report.size(), int(expected.size()));
  for (const auto& [path, words] : expected) {
    const auto it = problems.find(path);
    QVERIFY2(it != problems.end(), qPrintable(QStringLiteral("%1 not reported:\n%2").arg(path, report.toText())));
    QCOMPARE(int(it->second.size()), 1);
    QVERIFY2(it->second[0].contains(words), qPrintable(path + ": " + it->second[0]));
  }
  QVERIFY2(problems.at(root_ + "/test/crack/001.png")[0].contains(smallMask), qPrintable(report.toText()));
}

// A plain folder has no test good images of its own: a seeded fifth of the good images is held out,
// the same fifth for the same seed, never a defective or unlabelled image, and the rest is trained on.
void TestDataset::holdoutOnAPlainFolder() {
  const QString folder = tmp_->filePath(QStringLiteral("plain"));
  for (int i = 0; i < 20; ++i) QVERIFY(writeImage(QStringLiteral("%1/good/%2.png").arg(folder).arg(i, 2, 10, QLatin1Char('0'))));
  for (int i = 0; i < 4; ++i) QVERIFY(writeImage(QStringLiteral("%1/crack/%2.png").arg(folder).arg(i)));
  ds::LoadReport report;
  const ds::Dataset dataset = ds::Dataset::open(folder, report);
  QVERIFY(!ds::hasOwnTestGood(dataset));
  const ds::HoldoutSplit a = ds::splitForTraining(dataset, 0.2, 7);
  QCOMPARE(a.heldOut.size(), std::size_t(4));
  QCOMPARE(a.train.size(), std::size_t(16));
  QVERIFY(a.notHeldOutReason.isEmpty());
  QStringList trained = imagePaths(a.train), held = imagePaths(a.heldOut);
  for (const QString& p : held) {
    QVERIFY(p.contains(QLatin1String("/good/")));
    QVERIFY(!trained.contains(p));
  }
  QVERIFY(std::is_sorted(held.begin(), held.end()));
  QCOMPARE(imagePaths(ds::splitForTraining(dataset, 0.2, 7).heldOut), held);  // reproducible
  QVERIFY(imagePaths(ds::splitForTraining(dataset, 0.2, 8).heldOut) != held);  // another seed, another split
  QCOMPARE(ds::splitForTraining(dataset, 0.0, 7).heldOut.size(), std::size_t(0));
  QCOMPARE(ds::splitForTraining(dataset, 0.0, 7).train.size(), std::size_t(20));
  // At least one held out, at least one left to train on.
  QCOMPARE(ds::heldOutCount(20, 0.01), 1);
  QCOMPARE(ds::heldOutCount(20, 0.9), 18);
  QCOMPARE(ds::heldOutCount(2, 0.9), 1);
  QCOMPARE(ds::heldOutCount(1, 0.5), 0);
}

void TestDataset::holdoutNotWhereTheTestHasGoodImages() {
  makeMvtec(root_);
  ds::LoadReport report;
  const ds::Dataset dataset = ds::Dataset::open(root_, report);  // MVTec layout with test/good
  QVERIFY(ds::hasOwnTestGood(dataset));
  const ds::HoldoutSplit split = ds::splitForTraining(dataset, 0.2, 0);
  QVERIFY(split.heldOut.empty());
  QCOMPARE(split.train.size(), std::size_t(3));
  QVERIFY(!split.notHeldOutReason.isEmpty());
  // Without test/good the training images are held out from train/good.
  QVERIFY(QDir(root_ + QStringLiteral("/test/good")).removeRecursively());
  const ds::Dataset noTestGood = ds::Dataset::open(root_, report);
  QVERIFY(!ds::hasOwnTestGood(noTestGood));
  const ds::HoldoutSplit held = ds::splitForTraining(noTestGood, 0.2, 0);
  QCOMPARE(held.heldOut.size(), std::size_t(1));
  QCOMPARE(held.heldOut.front().split, ds::Split::Train);
}

// docs/datasets.md: a defective image whose mask is missing still counts for the image metrics.
void TestDataset::manifestMissingMaskKeepsTheImage() {
  QVERIFY(writeImage(root_ + "/imgs/a.png"));
  QVERIFY(writeImage(root_ + "/imgs/d.png"));
  const QString csv = root_ + "/manifest.csv";
  QVERIFY(writeBytes(csv, "split,label,defect_type,image_path,mask_path\ntrain,0,,imgs/a.png,\ntest,1,crack,imgs/d.png,masks/gone.png\n"));
  ds::LoadReport report;
  const ds::Dataset dataset = ds::Dataset::open(csv, report);
  QCOMPARE(dataset.samples().size(), std::size_t(2));
  QVERIFY(dataset.samples()[1].defective);
  QVERIFY(dataset.samples()[1].maskPath.isEmpty());
  QCOMPARE(report.size(), 1);
  QCOMPARE(report.problems()[0].path, root_ + "/masks/gone.png");
  QVERIFY2(report.problems()[0].problem.contains(QLatin1String("image-level metrics only")), qPrintable(report.problems()[0].problem));
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
