#include "core/backbones/feature_extractor.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QStringList>
#include <optional>

#include "core/backbones/resnet.h"
#include "core/backbones/torchscript_backbone.h"
#include "core/backbones/weight_store.h"
#include "core/error.h"

namespace ds {
namespace {

const QString kTorchScriptPrefix = QStringLiteral("torchscript:");

std::optional<ResNetVariant> resNetVariant(const QString& name) {
  if (name == QLatin1String("resnet18")) return ResNetVariant::ResNet18;
  if (name == QLatin1String("wide_resnet50_2")) return ResNetVariant::WideResNet50_2;
  return std::nullopt;
}

// Images per forward pass on the CPU, for 256×640 inputs: larger batches spill the activations out of
// the caches (tiny-darknet: 45 ms/image in pairs, 76 ms/image in batches of 8; bench/README.md).
constexpr int64_t kCpuChunkPixels = 2 * 256 * 640;

}  // namespace

std::vector<torch::Tensor> FeatureExtractor::forward(const torch::Tensor& x, const std::vector<int>& stages) {
  QStringList given;
  for (const int s : stages) given << QString::number(s);
  for (size_t i = 0; i < stages.size(); ++i)
    if (stages[i] < 0 || stages[i] >= stageCount() || (i > 0 && stages[i] <= stages[i - 1]))
      throw Error(QCoreApplication::translate("FeatureExtractor", "%1 has feature stages 0 to %2, given in ascending order; not %3")
                      .arg(id(), QString::number(stageCount() - 1), given.join(QLatin1Char(','))));
  if (stages.empty()) return {};
  if (x.dim() != 4 || x.size(1) != 3) throw Error(QCoreApplication::translate("FeatureExtractor", "%1 needs images as an N×3×H×W tensor").arg(id()));

  torch::NoGradGuard noGrad;
  const bool cpu = device_.is_cpu();
  const int64_t n = x.size(0);
  const int64_t chunk = cpu ? std::max<int64_t>(1, kCpuChunkPixels / (x.size(2) * x.size(3))) : n;
  const auto format = cpu && prefersChannelsLast() ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous;
  std::vector<std::vector<torch::Tensor>> parts(stages.size());
  for (int64_t first = 0; first < n; first += chunk) {
    const torch::Tensor input = x.slice(0, first, first + chunk).to(device_).contiguous(format);
    std::vector<torch::Tensor> maps = forwardStages(input, stages);
    for (size_t s = 0; s < maps.size(); ++s) parts[s].push_back(std::move(maps[s]));
  }
  std::vector<torch::Tensor> out;
  out.reserve(stages.size());
  for (auto& stage : parts)
    out.push_back(stage.size() == 1 ? stage.front() : torch::cat(stage, 0));
  return out;
}

std::vector<int> parseLayers(const QString& text, int available, const std::vector<int>& defaults) {
  if (text.trimmed().isEmpty()) return defaults;
  std::vector<int> stages;
  for (const QString& part : text.split(QLatin1Char(','))) {
    bool ok = false;
    const int s = part.trimmed().toInt(&ok);
    if (!ok || s < 0 || s >= available)
      throw Error(QCoreApplication::translate("FeatureExtractor", "layers=%1: each layer must be a number from 0 to %2 (this backbone has %3 stages)")
                      .arg(text)
                      .arg(available - 1)
                      .arg(available));
    stages.push_back(s);
  }
  std::sort(stages.begin(), stages.end());
  stages.erase(std::unique(stages.begin(), stages.end()), stages.end());
  return stages;
}

int finestStride(const FeatureExtractor& backbone, const std::vector<int>& stages) {
  int stride = backbone.strides()[stages.front()];
  for (int s : stages) stride = std::min(stride, backbone.strides()[s]);
  return stride;
}

std::unique_ptr<FeatureExtractor> createFeatureExtractor(const QString& spec, const QString& weights,
                                                         const torch::Device& device, quint64 seed) {
  if (spec.startsWith(kTorchScriptPrefix)) {
    const QString path = spec.mid(kTorchScriptPrefix.size());
    if (path.isEmpty()) throw Error(QCoreApplication::translate("FeatureExtractor", "the backbone \"torchscript:\" needs the path of a module, as in torchscript:PATH"));
    if (!weights.isEmpty())
      throw Error(QCoreApplication::translate("FeatureExtractor", "--weights %1 does not apply to the TorchScript backbone %2: a TorchScript module carries its "
                     "own weights (leave --weights out)")
                      .arg(weights, QDir::toNativeSeparators(path)));
    return std::make_unique<TorchScriptExtractor>(path, device);
  }

  const std::optional<ResNetVariant> variant = resNetVariant(spec);
  if (!variant)
    throw Error(QCoreApplication::translate("FeatureExtractor", "unknown backbone \"%1\" (accepted: resnet18, wide_resnet50_2, torchscript:PATH)").arg(spec));

  QString file;
  if (weights == QLatin1String("random")) {
    file.clear();  // ResNetExtractor draws seeded random weights for an empty path
  } else if (!weights.isEmpty()) {
    file = weights;
  } else {
    WeightStore store;
    file = store.cachedPath(spec);
    // No progress or cancellation can reach here; callers that want them fetch through WeightStore first.
    if (file.isEmpty()) file = store.fetch(spec, {}, {});
  }
  return std::make_unique<ResNetExtractor>(*variant, file, device, seed);
}

}  // namespace ds
