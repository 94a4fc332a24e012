#include "core/training/module_state.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <sstream>
#include <torch/torch.h>

#include "core/error.h"
#include "core/io/model_archive.h"

namespace ds {
namespace {

QString key(const QString& prefix, const std::string& name) { return prefix + QLatin1Char('/') + QString::fromStdString(name); }

void copyInto(const ModelArchive& archive, const QString& name, torch::Tensor& target) {
  if (!archive.hasTensor(name))
    throw Error(QCoreApplication::translate("ModuleState", "%1: tensor \"%2\" is missing (saved with other settings, or damaged)")
                    .arg(archive.path(), name));
  const torch::Tensor value = archive.tensor(name);
  if (value.sizes() != target.sizes())
    throw Error(QCoreApplication::translate("ModuleState", "%1: tensor \"%2\" has another shape than this model's (saved with other settings?)")
                    .arg(archive.path(), name));
  torch::NoGradGuard noGrad;
  target.copy_(value.to(target.device(), target.scalar_type()));
}

}  // namespace

void putModuleState(ModelArchive& archive, const QString& prefix, const torch::nn::Module& module) {
  for (const auto& p : module.named_parameters()) archive.putTensor(key(prefix, p.key()), p.value().detach().to(torch::kCPU));
  for (const auto& b : module.named_buffers()) archive.putTensor(key(prefix, b.key()), b.value().to(torch::kCPU));
}

void loadModuleState(const ModelArchive& archive, const QString& prefix, torch::nn::Module& module) {
  for (auto& p : module.named_parameters()) copyInto(archive, key(prefix, p.key()), p.value());
  for (auto& b : module.named_buffers()) copyInto(archive, key(prefix, b.key()), b.value());
}

void copyModuleState(const torch::nn::Module& from, torch::nn::Module& to) {
  torch::NoGradGuard noGrad;
  const auto fromParameters = from.parameters(), fromBuffers = from.buffers();
  auto toParameters = to.parameters(), toBuffers = to.buffers();
  for (std::size_t i = 0; i < toParameters.size(); ++i) toParameters[i].copy_(fromParameters[i]);
  for (std::size_t i = 0; i < toBuffers.size(); ++i) toBuffers[i].copy_(fromBuffers[i]);
}

QString moduleStateDigest(const std::vector<const torch::nn::Module*>& modules) {
  QCryptographicHash digest(QCryptographicHash::Sha1);
  const auto add = [&digest](const torch::Tensor& tensor) {
    const torch::Tensor t = tensor.detach().contiguous().cpu();
    digest.addData(QByteArrayView(static_cast<const char*>(t.data_ptr()), static_cast<qsizetype>(t.nbytes())));
  };
  for (const torch::nn::Module* module : modules) {
    for (const auto& p : module->parameters()) add(p);
    for (const auto& b : module->buffers()) add(b);
  }
  return QString::fromLatin1(digest.result().toHex());
}

void putOptimizerState(ModelArchive& archive, const QString& name, const torch::optim::Optimizer& optimizer) {
  torch::serialize::OutputArchive out;
  optimizer.save(out);
  std::ostringstream bytes;
  out.save_to(bytes);
  const std::string s = bytes.str();
  archive.putTensor(name, torch::from_blob(const_cast<char*>(s.data()), {static_cast<int64_t>(s.size())}, torch::kUInt8).clone());
}

void loadOptimizerState(const ModelArchive& archive, const QString& name, torch::optim::Optimizer& optimizer) {
  if (!archive.hasTensor(name))
    throw Error(QCoreApplication::translate("ModuleState", "%1: the optimizer state is missing").arg(archive.path()));
  const torch::Tensor t = archive.tensor(name).contiguous();
  std::istringstream bytes(std::string(reinterpret_cast<const char*>(t.data_ptr<uint8_t>()), static_cast<std::size_t>(t.numel())));
  // Onto the parameters' device, so a checkpoint resumes on another device than it was written on.
  const auto& groups = optimizer.param_groups();
  c10::optional<torch::Device> device;
  if (!groups.empty() && !groups.front().params().empty()) device = groups.front().params().front().device();
  torch::serialize::InputArchive in;
  in.load_from(bytes, device);
  optimizer.load(in);
}

}  // namespace ds
