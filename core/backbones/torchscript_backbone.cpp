#include "core/backbones/torchscript_backbone.h"

#include <torch/script.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

#include "core/backbones/weight_store.h"
#include "core/error.h"

namespace ds {
namespace {

// LibTorch's messages carry a C++ backtrace and the offending TorchScript source; keep the line a user
// can act on: the first, or for an error raised inside the interpreter the last (the exception itself).
QString essence(const char* message) {
  const QStringList lines = QString::fromLocal8Bit(message).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  if (lines.isEmpty()) return {};
  QString line = lines.first().trimmed();
  if (line.startsWith(QLatin1String("The following operation failed in the TorchScript interpreter")))
    line = lines.last().trimmed();
  if (line.startsWith(QLatin1String("builtins."))) line = line.mid(9);
  return line;
}

QString shapeText(const torch::Tensor& t) {
  QStringList dims;
  for (const int64_t d : t.sizes()) dims << QString::number(d);
  return QLatin1Char('[') + dims.join(QLatin1Char(',')) + QLatin1Char(']');
}

// The spatial size of the probe: small enough to cost nothing, divisible by the strides of common
// backbones (up to 32) so the strides come out exact.
constexpr int kProbeSize = 64;

}  // namespace

TorchScriptExtractor::TorchScriptExtractor(const QString& path, const torch::Device& device)
    : FeatureExtractor(device), path_(QFileInfo(path).absoluteFilePath()) {
  const QString shown = QDir::toNativeSeparators(path_);
  if (!QFileInfo(path_).isFile()) throw Error(QCoreApplication::translate("TorchScriptExtractor", "%1: file not found").arg(shown));
  try {
    // Onto the CPU first: a module saved from a GPU then still loads on a machine without one.
    module_ = std::make_unique<torch::jit::Module>(torch::jit::load(QFile::encodeName(path_).toStdString(), torch::kCPU));
  } catch (const c10::Error& e) {
    throw Error(QCoreApplication::translate("TorchScriptExtractor", "%1: not a TorchScript module (%2)").arg(shown, essence(e.what_without_backtrace())));
  } catch (const std::exception& e) {
    throw Error(QCoreApplication::translate("TorchScriptExtractor", "%1: not a TorchScript module (%2)").arg(shown, essence(e.what())));
  }
  module_->eval();
  try {
    module_->to(device_);
  } catch (const c10::Error& e) {
    throw Error(QCoreApplication::translate("TorchScriptExtractor", "%1: cannot move the module to %2 (%3)")
                    .arg(shown, QString::fromStdString(device_.str()), essence(e.what_without_backtrace())));
  }

  const std::vector<torch::Tensor> maps =
      runAll(torch::zeros({1, 3, kProbeSize, kProbeSize}, torch::TensorOptions(device_).dtype(torch::kFloat32)));
  if (maps.empty())
    throw Error(QCoreApplication::translate("TorchScriptExtractor", "%1: the module's forward returned an empty list; it must return a list of feature maps").arg(shown));
  for (const torch::Tensor& map : maps) {
    channels_.push_back(static_cast<int>(map.size(1)));
    const int64_t height = std::max<int64_t>(map.size(2), 1);
    strides_.push_back(static_cast<int>(std::lround(double(kProbeSize) / double(height))));
  }
  sha256_ = WeightStore::sha256Hex(path_);
}

TorchScriptExtractor::~TorchScriptExtractor() = default;

QString TorchScriptExtractor::id() const { return QStringLiteral("torchscript:") + path_; }

std::vector<torch::Tensor> TorchScriptExtractor::runAll(const torch::Tensor& x) {
  const QString shown = QDir::toNativeSeparators(path_);
  torch::NoGradGuard noGrad;
  c10::IValue output;
  try {
    output = module_->forward({x});
  } catch (const c10::Error& e) {
    throw Error(QCoreApplication::translate("TorchScriptExtractor", "%1: the module's forward failed on a %2 input (%3)")
                    .arg(shown, shapeText(x), essence(e.what_without_backtrace())));
  } catch (const std::exception& e) {  // TorchScript's raise, and other interpreter errors
    throw Error(QCoreApplication::translate("TorchScriptExtractor", "%1: the module's forward failed on a %2 input (%3)").arg(shown, shapeText(x), essence(e.what())));
  }

  const QString contract = QCoreApplication::translate("TorchScriptExtractor", "the module's forward must return a list of feature maps ([N,C,H,W] tensors)");
  std::vector<torch::Tensor> maps;
  if (output.isTensorList()) {
    maps = output.toTensorVector();
  } else if (output.isList() || output.isTuple()) {
    const std::vector<c10::IValue> items =
        output.isList() ? output.toListRef().vec() : output.toTupleRef().elements().vec();
    for (const c10::IValue& item : items) {
      if (!item.isTensor())
        throw Error(QCoreApplication::translate("TorchScriptExtractor", "%1: %2, but an element is a %3").arg(shown, contract, QString::fromStdString(item.tagKind())));
      maps.push_back(item.toTensor());
    }
  } else if (output.isTensor()) {
    throw Error(QCoreApplication::translate("TorchScriptExtractor", "%1: %2, but it returns a single tensor %3 (a classifier?)")
                    .arg(shown, contract, shapeText(output.toTensor())));
  } else {
    throw Error(QCoreApplication::translate("TorchScriptExtractor", "%1: %2, but it returns a %3").arg(shown, contract, QString::fromStdString(output.tagKind())));
  }
  for (const torch::Tensor& map : maps) {
    if (map.dim() != 4 || map.size(0) != x.size(0))
      throw Error(QCoreApplication::translate("TorchScriptExtractor", "%1: %2, but one map is %3 for a %4 input").arg(shown, contract, shapeText(map), shapeText(x)));
  }
  return maps;
}

std::vector<torch::Tensor> TorchScriptExtractor::forwardStages(const torch::Tensor& x, const std::vector<int>& stages) {
  std::vector<torch::Tensor> all = runAll(x);
  if (static_cast<int>(all.size()) != stageCount())
    throw Error(QCoreApplication::translate("TorchScriptExtractor", "%1: the module returned %2 feature maps, but %3 at load time")
                    .arg(QDir::toNativeSeparators(path_), QString::number(all.size()), QString::number(stageCount())));
  std::vector<torch::Tensor> selected;
  selected.reserve(stages.size());
  for (const int s : stages) selected.push_back(std::move(all[static_cast<size_t>(s)]));
  return selected;
}

}  // namespace ds
