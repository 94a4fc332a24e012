#include "core/backbones/feature_extractor.h"

#include <QCoreApplication>
#include <QDir>
#include <optional>

#include "core/backbones/resnet.h"
#include "core/backbones/torchscript_backbone.h"
#include "core/backbones/weight_store.h"
#include "core/error.h"

namespace ds {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("FeatureExtractor", text); }

const QString kTorchScriptPrefix = QStringLiteral("torchscript:");

std::optional<ResNetVariant> resNetVariant(const QString& name) {
  if (name == QLatin1String("resnet18")) return ResNetVariant::ResNet18;
  if (name == QLatin1String("wide_resnet50_2")) return ResNetVariant::WideResNet50_2;
  return std::nullopt;
}

}  // namespace

std::unique_ptr<FeatureExtractor> createFeatureExtractor(const QString& spec, const QString& weights,
                                                         const torch::Device& device, quint64 seed) {
  if (spec.startsWith(kTorchScriptPrefix)) {
    const QString path = spec.mid(kTorchScriptPrefix.size());
    if (path.isEmpty()) throw Error(tr("the backbone \"torchscript:\" needs the path of a module, as in torchscript:PATH"));
    if (!weights.isEmpty())
      throw Error(tr("--weights %1 does not apply to the TorchScript backbone %2: a TorchScript module carries its "
                     "own weights (leave --weights out)")
                      .arg(weights, QDir::toNativeSeparators(path)));
    return std::make_unique<TorchScriptExtractor>(path, device);
  }

  const std::optional<ResNetVariant> variant = resNetVariant(spec);
  if (!variant)
    throw Error(tr("unknown backbone \"%1\" (accepted: resnet18, wide_resnet50_2, torchscript:PATH)").arg(spec));

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
