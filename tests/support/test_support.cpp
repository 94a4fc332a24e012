#include "tests/support/test_support.h"

#include <cmath>
#include <limits>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include "core/data/dataset.h"
#include "core/data/demo_data_generator.h"
#include "core/error.h"
#include "core/jobs/job_context.h"
#include "core/methods/inspection_model.h"

namespace dstest {

QString sourceDir() { return QStringLiteral(DS_SOURCE_DIR); }

QString sharedDir() {
  const QString dir = QStringLiteral(DS_SHARED_DIR);
  return QDir(dir).exists() ? dir : QString();
}

QString cliPath() { return qEnvironmentVariable("DS_CLI"); }

std::optional<QJsonObject> runPythonReference(const QString& script, const QJsonObject& input, QString* whyNot) {
  // Debian's interpreter, where python3-sklearn/scipy are installed, not a user's virtualenv.
  const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                           : QStringLiteral("python3");
  QTemporaryDir dir;
  const QString in = dir.filePath(QStringLiteral("in.json")), out = dir.filePath(QStringLiteral("out.json"));
  QFile inFile(in);
  if (!inFile.open(QIODevice::WriteOnly)) {
    *whyNot = QStringLiteral("cannot write %1").arg(in);
    return std::nullopt;
  }
  inFile.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
  inFile.close();
  QProcess check;
  check.start(python, {QStringLiteral("-c"), QStringLiteral("import numpy, scipy, sklearn")});
  if (!check.waitForFinished(60000) || check.exitCode() != 0) {
    *whyNot = QStringLiteral("%1 with numpy, scipy and scikit-learn is not available (scripts/install-deps.sh installs them)")
                  .arg(python);
    return std::nullopt;
  }
  QProcess proc;
  proc.start(python, {QDir(sourceDir()).filePath(QStringLiteral("tests/python/") + script), in, out});
  if (!proc.waitForFinished(300000) || proc.exitCode() != 0) {
    *whyNot = QStringLiteral("%1 failed: %2").arg(script, QString::fromLocal8Bit(proc.readAllStandardError()));
    return std::nullopt;
  }
  QFile outFile(out);
  outFile.open(QIODevice::ReadOnly);
  return QJsonDocument::fromJson(outFile.readAll()).object();
}

std::optional<QString> errorOf(const std::function<void()>& call) {
  try {
    call();
  } catch (const ds::Error& e) {
    return e.message();
  }
  return std::nullopt;
}

QByteArray readBytes(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

void writeDemoData(const QString& folder, int size, int train, int testGood, int testDefect) {
  ds::DemoDataOptions demo;
  demo.size = size;
  demo.train = train;
  demo.testGood = testGood;
  demo.testDefect = testDefect;
  ds::DemoDataGenerator(demo).write(folder);
}

QStringList writePlainFolder(const QString& folder, int size, int good, int defective) {
  const QString demo = folder + QStringLiteral(".demo");
  writeDemoData(demo, size, good / 2, good - good / 2, defective);
  QDir().mkpath(folder + QStringLiteral("/good"));
  QDir().mkpath(folder + QStringLiteral("/defect"));
  QStringList goodPaths;
  QDirIterator it(demo, {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
  QStringList sources;
  while (it.hasNext()) sources << it.next();
  sources.sort();
  int n = 0;
  for (const QString& source : sources) {
    const QString relative = QDir(demo).relativeFilePath(source);
    if (relative.startsWith(QLatin1String("ground_truth"))) continue;
    const bool isGood = relative.contains(QLatin1String("/good/"));
    const QString target = QStringLiteral("%1/%2/%3.png").arg(folder, isGood ? QStringLiteral("good") : QStringLiteral("defect")).arg(n++, 3, 10, QLatin1Char('0'));
    QFile::copy(source, target);
    if (isGood) goodPaths << target;
  }
  QDir(demo).removeRecursively();
  return goodPaths;
}

std::optional<QString> saveLoadDifference(const QString& method, const QStringList& settings, QJsonObject* summary) {
  QTemporaryDir dir;
  writeDemoData(dir.path(), 64, 6, 2, 2);
  ds::LoadReport report;
  const ds::Dataset data = ds::Dataset::open(dir.path(), report);
  ds::MethodEnvironment env;
  env.backbone = QStringLiteral("resnet18");
  env.weights = QStringLiteral("random");
  env.seed = 4;
  ds::JobContext ctx;
  ds::InspectionModel model = ds::InspectionModel::train(method, settings, ds::ImageSizeSpec::parse(QStringLiteral("64")),
                                                         env, data.trainingSamples(), report, ctx);
  const QString path = dir.filePath(QStringLiteral("model.dsm"));
  model.save(path);
  if (summary) *summary = model.header().summary;
  ds::InspectionModel loaded = ds::InspectionModel::load(path, QStringLiteral("cpu"));
  std::vector<ds::LoadedImage> images;
  for (const ds::Sample& s : data.testSamples()) images.push_back(ds::loadSample(s, model.loadOptions()));
  const auto a = model.predict(images), b = loaded.predict(images);
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].score != b[i].score)
      return QStringLiteral("image %1: score %2 before saving, %3 after loading").arg(i).arg(a[i].score).arg(b[i].score);
    if (cv::norm(a[i].map, b[i].map, cv::NORM_INF) != 0.0) return QStringLiteral("image %1: the maps differ").arg(i);
  }
  return std::nullopt;
}

ds::ModelHeader sampleModelHeader() {
  ds::ModelHeader h;
  h.appVersion = QStringLiteral("1.2.3");
  h.method = QStringLiteral("mean-diff");
  h.settings = QJsonObject{{QStringLiteral("blur_sigma"), 2.5}, {QStringLiteral("epsilon"), 0.02}};
  h.input = {cv::Size(64, 48), QStringLiteral("48"), ds::Normalization::ImageNet, cv::Size(32, 32)};
  h.environment = ds::ModelHeader::Environment{QStringLiteral("cpu"), std::numeric_limits<quint64>::max(), QStringLiteral("resnet18"),
                                               QStringLiteral("/weights/r18.pth"), 8};
  h.training = ds::ModelHeader::Training{40, 1.25, QStringLiteral("2024-05-01T10:00:00Z")};
  h.summary = QJsonObject{{QStringLiteral("figure"), 7}};
  h.modelBytes = 73728;
  h.threshold = ds::ModelHeader::Threshold{0.5, 0.75, QStringLiteral("f1_max")};
  h.holdout = ds::ModelHeader::Holdout{0.2, 7, {{QStringLiteral("train/good/003.png"), QString(64, QLatin1Char('a'))},
                                                {QStringLiteral("train/good/011.png"), QString(64, QLatin1Char('b'))}},
                                       {0.25, 0.375}, QStringLiteral("conformal_95"), 0.4, 0.9};
  return h;
}

std::optional<QString> MetricRecorder::differenceFrom(const MetricRecorder& reference, double relative, double absolute) const {
  if (points.size() != reference.points.size())
    return QStringLiteral("%1 points instead of %2").arg(points.size()).arg(reference.points.size());
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto& [name, step, value] = points[i];
    const auto& [expectedName, expectedStep, expectedValue] = reference.points[i];
    if (name != expectedName || step != expectedStep || std::abs(value - expectedValue) > relative * std::abs(expectedValue) + absolute)
      return QStringLiteral("point %1: %2 at step %3 = %4, expected %5 at step %6 = %7")
          .arg(i).arg(name).arg(step).arg(value).arg(expectedName).arg(expectedStep).arg(expectedValue);
  }
  return std::nullopt;
}

}  // namespace dstest
