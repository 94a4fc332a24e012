#include "tests/support/training_support.h"

#include <QTemporaryDir>
#include <cmath>
#include <limits>

#include "core/backbones/feature_extractor.h"
#include "core/data/dataset.h"
#include "core/methods/inspection_model.h"
#include "core/methods/method_registry.h"
#include "core/training/step_memory.h"
#include "tests/support/test_support.h"

namespace dstest {

std::optional<QString> footprintMisses(const ds::TrainRequest& request) {
  ds::LoadReport report;
  const double estimated = ds::estimateTrain(request, report).footprint.memoryBytes;
  ds::JobContext ctx;
  double held = ds::training::peakStepBytes([&] { ds::runTrain(request, ctx, report); });
  // The backbone's weights, which the run loads and the estimate leaves to the process (docs/cli.md).
  const QString backbone = request.environment.backbone.isEmpty() ? ds::methodInfo(request.method).defaultBackbone : request.environment.backbone;
  if (!backbone.isEmpty())
    held -= ds::training::peakStepBytes([&] { ds::createFeatureExtractor(backbone, request.environment.weights, torch::kCPU, request.environment.seed); });
  qInfo("%s: estimated %.2f MB, held %.2f MB", qPrintable(request.method), estimated / 1e6, held / 1e6);
  if (held > 0 && estimated >= 0.85 * held && estimated <= 2 * held) return std::nullopt;
  return QStringLiteral("estimated %1 MB, the run held %2 MB").arg(estimated / 1e6, 0, 'f', 2).arg(held / 1e6, 0, 'f', 2);
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
  h.input = {cv::Size(64, 48), QStringLiteral("48"), ds::Normalization::ImageNet, cv::Size(32, 32), std::nullopt};
  h.environment = ds::ModelHeader::Environment{QStringLiteral("cpu"), std::numeric_limits<quint64>::max(), QStringLiteral("resnet18"),
                                               QStringLiteral("/weights/r18.pth"), 8};
  h.training = ds::ModelHeader::Training{40, 1.25, QStringLiteral("2024-05-01T10:00:00Z")};
  h.summary = QJsonObject{{QStringLiteral("figure"), 7}};
  h.modelBytes = 73728;
  h.threshold = ds::ModelHeader::Threshold{0.5, 0.75, QStringLiteral("f1_max")};
  h.holdout = ds::ModelHeader::Holdout{0.2, 7, {{QStringLiteral("train/good/003.png"), QString(64, QLatin1Char('a'))},
                                                {QStringLiteral("train/good/011.png"), QString(64, QLatin1Char('b'))}},
                                       {0.25, 0.375}, QStringLiteral("conformal_95"), 0.4, 0.9};
  h.region = ds::ModelHeader::Region{0.75, QStringLiteral("roi.png")};
  h.lineage = {{QString(64, QLatin1Char('c')), 5, QStringLiteral("exact"), 0.5, QStringLiteral("2024-05-02T10:00:00Z")}};
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
