#include "core/backbones/resnet.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QStringList>
#include <cmath>
#include <map>
#include <set>

#include "core/error.h"

namespace ds {
namespace {

torch::nn::Conv2d conv(int64_t in, int64_t out, int64_t kernel, int64_t stride) {
  return torch::nn::Conv2d(
      torch::nn::Conv2dOptions(in, out, kernel).stride(stride).padding(kernel / 2).bias(false));
}

// torchvision's BasicBlock (two 3×3 convolutions) or Bottleneck (1×1, 3×3 carrying the stride, 1×1
// expanding by 4), with the same member names.
class BlockImpl : public torch::nn::Module {
 public:
  BlockImpl(int64_t in, int64_t planes, int64_t stride, bool bottleneck, int64_t width) {
    const int64_t out = bottleneck ? planes * 4 : planes;
    if (bottleneck) {
      conv1_ = register_module("conv1", conv(in, width, 1, 1));
      bn1_ = register_module("bn1", torch::nn::BatchNorm2d(width));
      conv2_ = register_module("conv2", conv(width, width, 3, stride));
      bn2_ = register_module("bn2", torch::nn::BatchNorm2d(width));
      conv3_ = register_module("conv3", conv(width, out, 1, 1));
      bn3_ = register_module("bn3", torch::nn::BatchNorm2d(out));
    } else {
      conv1_ = register_module("conv1", conv(in, planes, 3, stride));
      bn1_ = register_module("bn1", torch::nn::BatchNorm2d(planes));
      conv2_ = register_module("conv2", conv(planes, planes, 3, 1));
      bn2_ = register_module("bn2", torch::nn::BatchNorm2d(planes));
    }
    if (stride != 1 || in != out)
      downsample_ = register_module(
          "downsample", torch::nn::Sequential(conv(in, out, 1, stride), torch::nn::BatchNorm2d(out)));
  }

  torch::Tensor forward(const torch::Tensor& x) {
    torch::Tensor out = torch::relu(bn1_(conv1_(x)));
    out = bn2_(conv2_(out));
    if (conv3_) out = bn3_(conv3_(torch::relu_(out)));
    out += downsample_ ? downsample_->forward(x) : x;
    return torch::relu_(out);
  }

 private:
  torch::nn::Conv2d conv1_{nullptr}, conv2_{nullptr}, conv3_{nullptr};
  torch::nn::BatchNorm2d bn1_{nullptr}, bn2_{nullptr}, bn3_{nullptr};
  torch::nn::Sequential downsample_{nullptr};
};

QString shapeText(const torch::Tensor& t) {
  QStringList dims;
  for (const int64_t d : t.sizes()) dims << QString::number(d);
  return QLatin1Char('[') + dims.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString sha256(const QString& path) {
  QFile file(path);
  QCryptographicHash hash(QCryptographicHash::Sha256);
  if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
    throw Error(QCoreApplication::translate("ResNet", "%1: cannot read the weight file (%2)").arg(path, file.errorString()));
  return QString::fromLatin1(hash.result().toHex());
}

}  // namespace

QString displayName(ResNetVariant variant) {
  return variant == ResNetVariant::ResNet18 ? QStringLiteral("ResNet-18") : QStringLiteral("Wide-ResNet-50-2");
}

ResNetImpl::ResNetImpl(ResNetVariant variant) : Module(displayName(variant).toStdString()), variant_(variant) {
  const bool bottleneck = variant == ResNetVariant::WideResNet50_2;
  const std::vector<int64_t> blocks = bottleneck ? std::vector<int64_t>{3, 4, 6, 3} : std::vector<int64_t>{2, 2, 2, 2};
  const int64_t widthPerGroup = bottleneck ? 128 : 64;
  conv1_ = register_module("conv1", conv(3, 64, 7, 2));
  bn1_ = register_module("bn1", torch::nn::BatchNorm2d(64));
  int64_t in = 64;
  for (int stage = 0; stage < 4; ++stage) {
    const int64_t planes = int64_t(64) << stage;
    torch::nn::Sequential layer;
    for (int64_t b = 0; b < blocks[size_t(stage)]; ++b) {
      layer->push_back(std::make_shared<BlockImpl>(in, planes, b == 0 && stage > 0 ? 2 : 1, bottleneck,
                                                   planes * widthPerGroup / 64));
      in = bottleneck ? planes * 4 : planes;
    }
    layers_.push_back(register_module("layer" + std::to_string(stage + 1), layer));
  }
}

std::vector<torch::Tensor> ResNetImpl::forward(const torch::Tensor& x, int deepestStage) {
  TORCH_CHECK(deepestStage >= 0 && deepestStage < 4, "ResNet stage ", deepestStage, " out of 0..3");
  torch::Tensor h = torch::max_pool2d(torch::relu(bn1_(conv1_(x))), 3, 2, 1);
  std::vector<torch::Tensor> outputs;
  for (int stage = 0; stage <= deepestStage; ++stage) {
    h = layers_[size_t(stage)]->forward(h);
    outputs.push_back(h);
  }
  return outputs;
}

void ResNetImpl::initialize(quint64 seed) {
  torch::NoGradGuard noGrad;
  at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
  // named_modules() walks in registration order, so the draws are always made in the same order.
  for (const auto& item : named_modules()) {
    if (auto* c = item.value()->as<torch::nn::Conv2d>()) {
      const torch::Tensor& w = c->weight;
      const double fanOut = double(w.size(0) * w.size(2) * w.size(3));
      w.normal_(0.0, std::sqrt(2.0 / fanOut), generator);
    } else if (auto* bn = item.value()->as<torch::nn::BatchNorm2d>()) {
      bn->weight.fill_(1.0);
      bn->bias.zero_();
      bn->running_mean.zero_();
      bn->running_var.fill_(1.0);
      bn->num_batches_tracked.zero_();
    }
  }
}

void loadNamedTensors(torch::nn::Module& module, const NamedTensors& tensors, const QString& source) {
  std::map<std::string, torch::Tensor> targets;
  for (const auto& item : module.named_parameters(true)) targets[item.key()] = item.value();
  for (const auto& item : module.named_buffers(true)) targets[item.key()] = item.value();

  QStringList unexpected, wrongShape, missing;
  std::map<std::string, const torch::Tensor*> found;
  std::set<std::string> given;
  for (const auto& [name, tensor] : tensors) {
    if (name.rfind("fc.", 0) == 0) continue;  // the classifier head, not part of the extractor
    given.insert(name);
    const auto it = targets.find(name);
    if (it == targets.end())
      unexpected << QString::fromStdString(name);
    else if (it->second.sizes() != tensor.sizes())
      wrongShape << QCoreApplication::translate("ResNet", "shape of %1 is %2 but the network needs %3")
                        .arg(QString::fromStdString(name), shapeText(tensor), shapeText(it->second));
    else
      found[name] = &tensor;
  }
  for (const auto& item : module.named_parameters(true))
    if (!given.count(item.key())) missing << QString::fromStdString(item.key());
  // Weight files saved before PyTorch 0.4.1 lack the batch-norm step counters, and PyTorch's own
  // loader accepts that; eval mode never reads them, so they stay 0.
  const auto isStepCounter = [](const std::string& name) {
    const std::string suffix = "num_batches_tracked";
    return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  for (const auto& item : module.named_buffers(true))
    if (!given.count(item.key()) && !isStepCounter(item.key())) missing << QString::fromStdString(item.key());

  if (!missing.isEmpty() || !unexpected.isEmpty() || !wrongShape.isEmpty()) {
    QStringList problems;
    if (!missing.isEmpty()) problems << QCoreApplication::translate("ResNet", "missing %1").arg(missing.join(QLatin1String(", ")));
    if (!unexpected.isEmpty()) problems << QCoreApplication::translate("ResNet", "unexpected %1").arg(unexpected.join(QLatin1String(", ")));
    problems << wrongShape;
    throw Error(QCoreApplication::translate("ResNet", "%1: not a %2 weight file: %3")
                    .arg(source, QString::fromStdString(module.name()), problems.join(QLatin1String("; "))));
  }
  torch::NoGradGuard noGrad;
  for (const auto& [name, tensor] : found) targets[name].copy_(*tensor);
}

ResNetExtractor::ResNetExtractor(ResNetVariant variant, const QString& weightFile, const torch::Device& device,
                                 quint64 seed)
    : FeatureExtractor(device), variant_(variant), net_(variant) {
  if (weightFile.isEmpty()) {
    net_->initialize(seed);
    weightsId_ = QStringLiteral("random:%1").arg(seed);
  } else {
    loadNamedTensors(*net_, readTorchWeightFile(weightFile), weightFile);
    weightsId_ = sha256(weightFile);
  }
  net_->eval();
  for (auto& parameter : net_->parameters()) parameter.set_requires_grad(false);
  net_->to(device_);
}

QString ResNetExtractor::id() const {
  return variant_ == ResNetVariant::ResNet18 ? QStringLiteral("resnet18") : QStringLiteral("wide_resnet50_2");
}

std::vector<int> ResNetExtractor::channels() const {
  return variant_ == ResNetVariant::ResNet18 ? std::vector<int>{64, 128, 256, 512}
                                             : std::vector<int>{256, 512, 1024, 2048};
}

std::vector<torch::Tensor> ResNetExtractor::forwardStages(const torch::Tensor& x, const std::vector<int>& stages) {
  const std::vector<torch::Tensor> all = net_->forward(x, stages.back());
  std::vector<torch::Tensor> selected;
  for (const int s : stages) selected.push_back(all[size_t(s)]);
  return selected;
}

}  // namespace ds
