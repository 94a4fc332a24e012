#include "core/backbones/feature_extractor.h"
#include "core/backbones/torchscript_backbone.h"
#include "core/backbones/weight_store.h"
#include "core/error.h"
#include "tests/support/test_support.h"

#include <torch/torch.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <functional>
#include <optional>

namespace {

using dstest::errorOf;

QString tinyDarknet(const QString& file) {
  const QString shared = dstest::sharedDir();
  return shared.isEmpty() ? QString() : QDir(shared).filePath(QStringLiteral("backbones/tiny-darknet/") + file);
}

std::vector<int64_t> shape(const torch::Tensor& t) { return t.sizes().vec(); }

}  // namespace

// Skips the calling test when the shared Tiny Darknet files are absent (a fresh clone).
#define REQUIRE_TINY_DARKNET(path)                                                                              \
  const QString path = tinyDarknet(QStringLiteral("tiny_darknet_features.pt"));                                \
  if (path.isEmpty() || !QFile::exists(path))                                                                   \
    QSKIP("../shared/backbones/tiny-darknet is absent: the TorchScript tests need tiny_darknet_features.pt");

class TestTorchScriptBackbone : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init();
  void describesItself();
  void matchesReference();
  void batchAndOddSize();
  void requestedStages();
  void invalidStages();
  void classifierIsRejected();
  void notTorchScript();
  void missingFile();
  void unknownBackbone();
  void resNetDispatch();
  void weightsWithTorchScript();
  void emptyTorchScriptPath();

 private:
  std::unique_ptr<ds::FeatureExtractor> load(const QString& path) {
    return ds::createFeatureExtractor(QStringLiteral("torchscript:") + path, QString(), torch::kCPU, 0);
  }
  std::optional<QTemporaryDir> tmp_;
};

void TestTorchScriptBackbone::init() {
  tmp_.emplace();
  QVERIFY(tmp_->isValid());
}

void TestTorchScriptBackbone::describesItself() {
  REQUIRE_TINY_DARKNET(path);
  const auto extractor = load(path);
  QCOMPARE(extractor->stageCount(), 3);
  QCOMPARE(extractor->channels(), std::vector<int>({128, 256, 512}));
  QCOMPARE(extractor->strides(), std::vector<int>({4, 8, 16}));
  QVERIFY(extractor->normalization() == ds::Normalization::Unit);
  QCOMPARE(extractor->id(), QStringLiteral("torchscript:") + QFileInfo(path).absoluteFilePath());
  QCOMPARE(extractor->weightsId(), ds::WeightStore::sha256Hex(path));
  QCOMPARE(extractor->weightsId().size(), 64);
}

void TestTorchScriptBackbone::matchesReference() {
  REQUIRE_TINY_DARKNET(path);
  QFile file(tinyDarknet(QStringLiteral("reference.json")));
  QVERIFY(file.open(QIODevice::ReadOnly));
  const QJsonArray features = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("features")).toArray();
  QCOMPARE(features.size(), 3);

  const auto extractor = load(path);
  const std::vector<torch::Tensor> maps = extractor->forward(torch::full({1, 3, 224, 224}, 0.5), {0, 1, 2});
  QCOMPARE(int(maps.size()), 3);
  for (int i = 0; i < 3; ++i) {
    const QJsonObject ref = features[i].toObject();
    std::vector<int64_t> refShape;
    for (const QJsonValue d : ref.value(QLatin1String("shape")).toArray()) refShape.push_back(d.toInteger());
    QCOMPARE(shape(maps[i]), refShape);
    const torch::Tensor m = maps[i].to(torch::kFloat64);
    const double sum = m.sum().item<double>(), absSum = m.abs().sum().item<double>();
    const double refSum = ref.value(QLatin1String("sum")).toDouble(), refAbs = ref.value(QLatin1String("abs_sum")).toDouble();
    // The README's tolerance: abs_sum 1e-4 relative; sum against abs_sum, since sums cancel.
    QVERIFY2(std::abs(absSum - refAbs) <= 1e-4 * refAbs,
             qPrintable(QStringLiteral("map %1: abs_sum %2, reference %3").arg(i).arg(absSum, 0, 'g', 12).arg(refAbs, 0, 'g', 12)));
    QVERIFY2(std::abs(sum - refSum) <= 1e-4 * refAbs,
             qPrintable(QStringLiteral("map %1: sum %2, reference %3").arg(i).arg(sum, 0, 'g', 12).arg(refSum, 0, 'g', 12)));
  }
}

void TestTorchScriptBackbone::batchAndOddSize() {
  REQUIRE_TINY_DARKNET(path);
  const auto extractor = load(path);
  const std::vector<torch::Tensor> maps = extractor->forward(torch::rand({2, 3, 256, 320}), {0, 1, 2});
  QCOMPARE(int(maps.size()), 3);
  QCOMPARE(shape(maps[0]), std::vector<int64_t>({2, 128, 64, 80}));
  QCOMPARE(shape(maps[1]), std::vector<int64_t>({2, 256, 32, 40}));
  QCOMPARE(shape(maps[2]), std::vector<int64_t>({2, 512, 16, 20}));
  QVERIFY(!maps[2].requires_grad());
}

void TestTorchScriptBackbone::requestedStages() {
  REQUIRE_TINY_DARKNET(path);
  const auto extractor = load(path);
  const torch::Tensor x = torch::rand({1, 3, 64, 96});
  const std::vector<torch::Tensor> all = extractor->forward(x, {0, 1, 2});
  const std::vector<torch::Tensor> some = extractor->forward(x, {0, 2});
  QCOMPARE(int(some.size()), 2);
  QVERIFY(torch::equal(some[0], all[0]));
  QVERIFY(torch::equal(some[1], all[2]));
  const std::vector<torch::Tensor> middle = extractor->forward(x, {1});
  QCOMPARE(int(middle.size()), 1);
  QCOMPARE(shape(middle[0]), std::vector<int64_t>({1, 256, 8, 12}));
}

void TestTorchScriptBackbone::invalidStages() {
  REQUIRE_TINY_DARKNET(path);
  const auto extractor = load(path);
  const torch::Tensor x = torch::rand({1, 3, 64, 64});
  for (const std::vector<int>& stages : {std::vector<int>{3}, std::vector<int>{-1}, std::vector<int>{2, 1}}) {
    const auto error = errorOf([&] { extractor->forward(x, stages); });
    QVERIFY(error);
    QVERIFY2(error->contains(QLatin1String("stage")), qPrintable(*error));
  }
  // A wrong channel count is refused before the module runs, naming the module.
  const auto error = errorOf([&] { extractor->forward(torch::rand({1, 1, 64, 64}), {0}); });
  QVERIFY(error);
  QVERIFY2(error->contains(QFileInfo(path).absoluteFilePath()) && error->contains(QStringLiteral("N×3×H×W")),
           qPrintable(*error));
}

void TestTorchScriptBackbone::classifierIsRejected() {
  REQUIRE_TINY_DARKNET(features);
  const QString path = tinyDarknet(QStringLiteral("tiny_darknet_classifier.pt"));
  const auto error = errorOf([&] { load(path); });
  QVERIFY(error);
  QVERIFY2(error->contains(QLatin1String("list of feature maps")) &&
               error->contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
           qPrintable(*error));
}

void TestTorchScriptBackbone::notTorchScript() {
  const QString path = tmp_->filePath(QStringLiteral("not_a_module.pt"));
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write("this is not a TorchScript archive\n");
  file.close();
  const auto error = errorOf([&] { load(path); });
  QVERIFY(error);
  QVERIFY2(error->contains(QDir::toNativeSeparators(path)) && error->contains(QLatin1String("not a TorchScript module")),
           qPrintable(*error));
  QVERIFY2(!error->contains(QLatin1String("Exception raised from")), "LibTorch's backtrace leaked into the message");
}

void TestTorchScriptBackbone::missingFile() {
  const QString path = tmp_->filePath(QStringLiteral("missing.pt"));
  const auto error = errorOf([&] { load(path); });
  QVERIFY(error);
  QVERIFY2(error->contains(QDir::toNativeSeparators(path)) && error->contains(QLatin1String("not found")), qPrintable(*error));
}

void TestTorchScriptBackbone::unknownBackbone() {
  const auto error = errorOf([&] { ds::createFeatureExtractor(QStringLiteral("vgg16"), QString(), torch::kCPU, 0); });
  QVERIFY(error);
  QVERIFY2(error->contains(QLatin1String("vgg16")) && error->contains(QLatin1String("resnet18")) &&
               error->contains(QLatin1String("wide_resnet50_2")) && error->contains(QLatin1String("torchscript:PATH")),
           qPrintable(*error));
}

// The ResNets themselves are tst_resnet's; here only that the factory hands the weights choice on.
void TestTorchScriptBackbone::resNetDispatch() {
  const auto random = ds::createFeatureExtractor(QStringLiteral("resnet18"), QStringLiteral("random"), torch::kCPU, 7);
  QCOMPARE(random->id(), QStringLiteral("resnet18"));
  QCOMPARE(random->weightsId(), QStringLiteral("random:7"));
  QCOMPARE(random->stageCount(), 4);
  QVERIFY(random->normalization() == ds::Normalization::ImageNet);

  const QString missing = tmp_->filePath(QStringLiteral("missing-weights.pth"));
  const auto error = errorOf([&] { ds::createFeatureExtractor(QStringLiteral("resnet18"), missing, torch::kCPU, 0); });
  QVERIFY(error);
  QVERIFY2(error->contains(QFileInfo(missing).fileName()), qPrintable(*error));
}

void TestTorchScriptBackbone::weightsWithTorchScript() {
  // Refused before the module is opened, so no shared file is needed.
  const auto error = errorOf([&] {
    ds::createFeatureExtractor(QStringLiteral("torchscript:/somewhere/model.pt"), QStringLiteral("/w/resnet18.pth"),
                               torch::kCPU, 0);
  });
  QVERIFY(error);
  QVERIFY2(error->contains(QLatin1String("--weights")) && error->contains(QLatin1String("TorchScript")), qPrintable(*error));
}

void TestTorchScriptBackbone::emptyTorchScriptPath() {
  const auto error =
      errorOf([&] { ds::createFeatureExtractor(QStringLiteral("torchscript:"), QString(), torch::kCPU, 0); });
  QVERIFY(error);
  QVERIFY2(error->contains(QLatin1String("torchscript:PATH")), qPrintable(*error));
}

QTEST_GUILESS_MAIN(TestTorchScriptBackbone)
#include "tst_torchscript_backbone.moc"
