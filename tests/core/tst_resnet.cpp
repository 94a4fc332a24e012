#include "core/backbones/resnet.h"
#include "core/error.h"
#include "tests/support/test_support.h"

#include <torch/torch.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace {

using dstest::errorOf;

QString fileSha256(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  QCryptographicHash hash(QCryptographicHash::Sha256);
  hash.addData(&f);
  return QString::fromLatin1(hash.result().toHex());
}

ds::ResNetVariant variantOf(const QString& arch) {
  return arch == QLatin1String("resnet18") ? ds::ResNetVariant::ResNet18 : ds::ResNetVariant::WideResNet50_2;
}

// What tests/python/make_torchvision_reference.py wrote for one architecture.
struct Reference {
  std::unique_ptr<QTemporaryDir> dir;
  QString weights, plainWeights;
  torch::Tensor input;
  QJsonArray layers;
};

}  // namespace

class TestResNet : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase();
  void matchesTorchvision_data();
  void matchesTorchvision();
  void plainDictLoadsTheSame();
  void stopsAtDeepestStage();
  void invalidStages();
  void randomInitIsSeeded();
  void wrongArchitecture();
  void missingAndMisshapenEntries();

 private:
  // The reference for arch, or a skip with the reason.
  const Reference* reference(const QString& arch);

  QString whyNoTorchvision_;
  std::map<QString, Reference> references_;
};

void TestResNet::initTestCase() {
  QProcess check;
  check.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import torch, torchvision")});
  if (!check.waitForFinished(120000) || check.exitCode() != 0)
    whyNoTorchvision_ = QStringLiteral(
        "/usr/bin/python3 with torch and torchvision is not available (Debian: python3-torch, python3-torchvision)");
}

const Reference* TestResNet::reference(const QString& arch) {
  if (!whyNoTorchvision_.isEmpty()) return nullptr;
  auto found = references_.find(arch);
  if (found != references_.end()) return &found->second;
  Reference ref;
  ref.dir = std::make_unique<QTemporaryDir>();
  if (!ref.dir->isValid()) return nullptr;
  QProcess make;
  make.start(QStringLiteral("/usr/bin/python3"),
             {QDir(dstest::sourceDir()).filePath(QStringLiteral("tests/python/make_torchvision_reference.py")),
              ref.dir->path(), arch});
  if (!make.waitForFinished(600000) || make.exitCode() != 0) {
    qWarning("make_torchvision_reference.py failed: %s", make.readAllStandardError().constData());
    return nullptr;
  }
  ref.weights = ref.dir->filePath(arch + ".pth");
  ref.plainWeights = ref.dir->filePath(arch + "_plain.pth");
  QFile json(ref.dir->filePath(QStringLiteral("reference.json")));
  QFile input(ref.dir->filePath(QStringLiteral("input.bin")));
  if (!json.open(QIODevice::ReadOnly) || !input.open(QIODevice::ReadOnly)) return nullptr;
  const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
  ref.layers = root.value("layers").toArray();
  std::vector<int64_t> shape;
  for (const auto& d : root.value("input_shape").toArray()) shape.push_back(d.toInteger());
  const QByteArray raw = input.readAll();
  ref.input = torch::empty(shape, torch::kFloat32);
  if (ref.layers.size() != 4 || qsizetype(ref.input.nbytes()) != raw.size()) return nullptr;
  std::memcpy(ref.input.data_ptr(), raw.constData(), size_t(raw.size()));  // little-endian host, as CI
  return &references_.emplace(arch, std::move(ref)).first->second;
}

#define REQUIRE_REFERENCE(ref, arch)                                                                     \
  const Reference* ref = reference(arch);                                                                \
  if (!whyNoTorchvision_.isEmpty()) QSKIP(qPrintable(whyNoTorchvision_));                                \
  QVERIFY2(ref, "the torchvision reference could not be made")

void TestResNet::matchesTorchvision_data() {
  QTest::addColumn<QString>("arch");
  QTest::newRow("resnet18") << QStringLiteral("resnet18");
  QTest::newRow("wide_resnet50_2") << QStringLiteral("wide_resnet50_2");
}

// Every stage against torchvision's own forward pass on the same weights and input.
void TestResNet::matchesTorchvision() {
  QFETCH(QString, arch);
  REQUIRE_REFERENCE(ref, arch);
  ds::ResNetExtractor net(variantOf(arch), ref->weights, torch::kCPU, 0);
  QCOMPARE(net.id(), arch);
  QCOMPARE(net.weightsId(), fileSha256(ref->weights));
  QCOMPARE(net.stageCount(), 4);
  QCOMPARE(net.strides(), std::vector<int>({4, 8, 16, 32}));
  QCOMPARE(net.channels(), arch == "resnet18" ? std::vector<int>({64, 128, 256, 512})
                                              : std::vector<int>({256, 512, 1024, 2048}));
  QVERIFY(net.normalization() == ds::Normalization::ImageNet);

  const std::vector<torch::Tensor> maps = net.forward(ref->input, {0, 1, 2, 3});
  QCOMPARE(int(maps.size()), 4);
  double worstSum = 0, worstAbsSum = 0, worstValue = 0;
  for (int s = 0; s < 4; ++s) {
    const QJsonObject want = ref->layers[s].toObject();
    const torch::Tensor& map = maps[size_t(s)];
    QVERIFY(!map.requires_grad());
    std::vector<int64_t> shape;
    for (const auto& d : want.value("shape").toArray()) shape.push_back(d.toInteger());
    QCOMPARE(map.sizes().vec(), shape);
    QCOMPARE(int(map.size(1)), net.channels()[size_t(s)]);
    QCOMPARE(int(ref->input.size(2) / map.size(2)), net.strides()[size_t(s)]);

    const torch::Tensor d = map.to(torch::kFloat64);
    const double sum = d.sum().item<double>(), absSum = d.abs().sum().item<double>();
    const double refSum = want.value("sum").toDouble(), refAbsSum = want.value("abs_sum").toDouble();
    const double sumError = std::abs(sum - refSum) / refAbsSum, absSumError = std::abs(absSum - refAbsSum) / refAbsSum;
    QVERIFY2(sumError <= 1e-4, qPrintable(QStringLiteral("stage %1: sum %2 vs %3").arg(s).arg(sum).arg(refSum)));
    QVERIFY2(absSumError <= 1e-4,
             qPrintable(QStringLiteral("stage %1: abs sum %2 vs %3").arg(s).arg(absSum).arg(refAbsSum)));
    const torch::Tensor flat = map.flatten();
    const QJsonArray first = want.value("first").toArray();
    QCOMPARE(first.size(), 8);
    for (int k = 0; k < 8; ++k) {
      const double got = flat[k].item<float>(), expected = first[k].toDouble();
      const double error = std::abs(got - expected) / std::max(1.0, std::abs(expected));
      worstValue = std::max(worstValue, error);
      QVERIFY2(error <= 1e-4,
               qPrintable(QStringLiteral("stage %1 value %2: %3 vs %4").arg(s).arg(k).arg(got).arg(expected)));
    }
    worstSum = std::max(worstSum, sumError);
    worstAbsSum = std::max(worstAbsSum, absSumError);
  }
  qInfo("%s: max relative error of sums %.3g, of absolute sums %.3g, of first values %.3g", qPrintable(arch), worstSum,
        worstAbsSum, worstValue);
}

void TestResNet::plainDictLoadsTheSame() {
  REQUIRE_REFERENCE(ref, QStringLiteral("resnet18"));
  ds::ResNetExtractor ordered(ds::ResNetVariant::ResNet18, ref->weights, torch::kCPU, 0);
  ds::ResNetExtractor plain(ds::ResNetVariant::ResNet18, ref->plainWeights, torch::kCPU, 0);
  QVERIFY(ordered.weightsId() != plain.weightsId());  // different files, same tensors
  const auto a = ordered.forward(ref->input, {3}), b = plain.forward(ref->input, {3});
  QVERIFY(torch::equal(a[0], b[0]));
}

void TestResNet::stopsAtDeepestStage() {
  REQUIRE_REFERENCE(ref, QStringLiteral("resnet18"));
  ds::ResNetExtractor net(ds::ResNetVariant::ResNet18, ref->weights, torch::kCPU, 0);
  const std::vector<torch::Tensor> all = net.forward(ref->input, {0, 1, 2, 3});
  const std::vector<torch::Tensor> two = net.forward(ref->input, {0, 1});
  QCOMPARE(int(two.size()), 2);
  QVERIFY(torch::equal(two[0], all[0]));
  QVERIFY(torch::equal(two[1], all[1]));
  const std::vector<torch::Tensor> some = net.forward(ref->input, {1, 3});
  QCOMPARE(int(some.size()), 2);
  QVERIFY(torch::equal(some[0], all[1]));
  QVERIFY(torch::equal(some[1], all[3]));
  const std::vector<torch::Tensor> one = net.forward(ref->input, {2});
  QCOMPARE(int(one.size()), 1);
  QVERIFY(torch::equal(one[0], all[2]));

  // The network itself does not run layers past the one asked for.
  ds::ResNet resnet(ds::ResNetVariant::ResNet18);
  resnet->eval();
  torch::NoGradGuard noGrad;
  QCOMPARE(int(resnet->forward(ref->input, 1).size()), 2);
}

void TestResNet::invalidStages() {
  ds::ResNetExtractor net(ds::ResNetVariant::ResNet18, QString(), torch::kCPU, 1);
  const torch::Tensor x = torch::zeros({1, 3, 64, 64});
  for (const std::vector<int>& stages : {std::vector<int>{4}, std::vector<int>{-1}, std::vector<int>{2, 1},
                                         std::vector<int>{1, 1}}) {
    const auto error = errorOf([&] { net.forward(x, stages); });
    QVERIFY(error);
    QVERIFY2(error->startsWith("resnet18 has feature stages 0 to 3"), qPrintable(*error));
  }
  QVERIFY(errorOf([&] { net.forward(torch::zeros({1, 1, 64, 64}), {0}); }));
  QVERIFY(net.forward(x, {}).empty());
}

void TestResNet::randomInitIsSeeded() {
  const torch::Tensor x = torch::randn({1, 3, 64, 96}, torch::TensorOptions().dtype(torch::kFloat32));
  for (const auto variant : {ds::ResNetVariant::ResNet18, ds::ResNetVariant::WideResNet50_2}) {
    ds::ResNetExtractor a(variant, QString(), torch::kCPU, 7), b(variant, QString(), torch::kCPU, 7),
        c(variant, QString(), torch::kCPU, 8);
    QCOMPARE(a.weightsId(), QStringLiteral("random:7"));
    QCOMPARE(c.weightsId(), QStringLiteral("random:8"));
    const auto fa = a.forward(x, {0, 1, 2, 3}), fb = b.forward(x, {0, 1, 2, 3}), fc = c.forward(x, {0, 1, 2, 3});
    for (int s = 0; s < 4; ++s) {
      QVERIFY(torch::equal(fa[size_t(s)], fb[size_t(s)]));
      QVERIFY(!torch::equal(fa[size_t(s)], fc[size_t(s)]));
      // torchvision's initialisation keeps activations within a sane scale: its own random networks
      // give an RMS of about 1-2 at every ResNet-18 stage and 0.6, 2, 13, 21 for Wide-ResNet-50-2.
      const double rms = fa[size_t(s)].pow(2).mean().sqrt().item<double>();
      QVERIFY2(rms > 0.2 && rms < 100, qPrintable(QStringLiteral("%1 stage %2: rms %3").arg(a.id()).arg(s).arg(rms)));
    }
  }
}

void TestResNet::wrongArchitecture() {
  REQUIRE_REFERENCE(ref, QStringLiteral("resnet18"));
  const auto error =
      errorOf([&] { ds::ResNetExtractor(ds::ResNetVariant::WideResNet50_2, ref->weights, torch::kCPU, 0); });
  QVERIFY(error);
  QVERIFY2(error->startsWith(ref->weights + ": not a Wide-ResNet-50-2 weight file: missing "), qPrintable(*error));
  QVERIFY2(error->contains("layer1.0.conv3.weight"), qPrintable(*error));
  QVERIFY2(error->contains("layer4.2.bn3.running_var"), qPrintable(*error));
  QVERIFY2(error->contains("shape of layer1.0.conv1.weight is [64, 64, 3, 3] but the network needs [128, 64, 1, 1]"),
           qPrintable(*error));
  QVERIFY2(!error->contains("fc."), qPrintable(*error));
}

// loadNamedTensors on its own: names every problem, copies buffers as well as parameters.
void TestResNet::missingAndMisshapenEntries() {
  ds::ResNet source(ds::ResNetVariant::ResNet18);
  source->initialize(3);
  ds::NamedTensors tensors;
  for (const auto& item : source->named_parameters()) tensors.emplace_back(item.key(), item.value().detach());
  for (const auto& item : source->named_buffers()) tensors.emplace_back(item.key(), item.value().detach());
  tensors.emplace_back("fc.weight", torch::zeros({1000, 512}));  // ignored: the classifier is not built
  {
    torch::NoGradGuard noGrad;
    for (auto& [name, t] : tensors) {
      if (name == "layer3.1.bn2.running_mean") t = t + 0.25;
      if (name == "bn1.num_batches_tracked") t = t + 41;
    }
  }
  ds::ResNet target(ds::ResNetVariant::ResNet18);
  ds::loadNamedTensors(*target, tensors, "ok.pth");
  for (const auto& [name, t] : tensors) {
    if (name.rfind("fc.", 0) == 0) continue;
    const auto params = target->named_parameters();
    const auto buffers = target->named_buffers();
    const torch::Tensor* got = params.find(name) ? params.find(name) : buffers.find(name);
    QVERIFY2(got && torch::equal(*got, t), name.c_str());
  }

  // Files from before PyTorch 0.4.1 have no batch-norm step counters; PyTorch accepts them, and so must this.
  ds::NamedTensors old;
  for (const auto& entry : tensors)
    if (entry.first.find("num_batches_tracked") == std::string::npos) old.push_back(entry);
  QVERIFY(old.size() < tensors.size());
  ds::ResNet fromOld(ds::ResNetVariant::ResNet18);
  ds::loadNamedTensors(*fromOld, old, "old.pth");
  QVERIFY(torch::equal(fromOld->named_parameters()["layer4.1.conv2.weight"],
                       source->named_parameters()["layer4.1.conv2.weight"]));

  ds::NamedTensors broken;
  for (const auto& [name, t] : tensors) {
    if (name == "layer3.0.conv1.weight" || name == "layer2.1.bn1.running_var") continue;
    broken.emplace_back(name, name == "bn1.weight" ? torch::ones({32}) : t);
  }
  broken.emplace_back("layer5.0.conv1.weight", torch::zeros({1}));
  const auto error = errorOf([&] { ds::loadNamedTensors(*target, broken, "broken.pth"); });
  QVERIFY(error);
  QCOMPARE(*error, QStringLiteral("broken.pth: not a ResNet-18 weight file: missing layer3.0.conv1.weight, "
                                  "layer2.1.bn1.running_var; unexpected layer5.0.conv1.weight; shape of bn1.weight "
                                  "is [32] but the network needs [64]"));
}

QTEST_GUILESS_MAIN(TestResNet)
#include "tst_resnet.moc"
