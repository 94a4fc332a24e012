#include "core/methods/igd/igd_trainer.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <torch/torch.h>

#include "core/io/model_archive.h"
#include "core/jobs/job_context.h"
#include "core/methods/igd/igd_losses.h"
#include "core/runtime/memory.h"
#include "core/training/module_state.h"
#include "core/training/random_streams.h"
#include "core/training/resume_checkpoint.h"
#include "core/training/step_memory.h"
#include "core/training/step_timing.h"
#include "core/training/training_rate.h"

namespace ds::igd {
namespace {

using training::mix;
using training::stream;

enum Term { GaussianTerm, ReconstructionTerm, CriticTerm };

QString curveName(const QString& model, int term) {
  const QString m = model == QLatin1String("global") ? QCoreApplication::translate("IGD", "global model")
                                                      : QCoreApplication::translate("IGD", "local model");
  switch (term) {
    case GaussianTerm: return QCoreApplication::translate("IGD", "%1: Gaussian loss ℓ_h").arg(m);
    case ReconstructionTerm: return QCoreApplication::translate("IGD", "%1: reconstruction loss ℓ_r").arg(m);
    default: return QCoreApplication::translate("IGD", "%1: critic loss ℓ_d").arg(m);
  }
}

torch::Tensor uniform(std::mt19937_64& rng, int64_t n, double lo, double hi) {
  std::uniform_real_distribution<float> u(static_cast<float>(lo), static_cast<float>(hi));
  torch::Tensor t = torch::empty({n});
  for (int64_t i = 0; i < n; ++i) t[i] = u(rng);
  return t;
}

void setLearningRate(torch::optim::Optimizer& optimizer, double lr) {
  for (auto& group : optimizer.param_groups()) static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
}

ModelSlot& onDevice(ModelSlot& m, const torch::Device& device) {
  m.autoencoder->to(device);
  m.critic->to(device);
  return m;
}

torch::optim::Adam makeAdam(const std::vector<torch::Tensor>& parameters, const IgdConfig& c) {
  return torch::optim::Adam(parameters, torch::optim::AdamOptions(c.learningRate).weight_decay(c.weightDecay));
}

QString slotKey(std::size_t index, const char* part) { return QStringLiteral("model%1/%2").arg(index).arg(QLatin1String(part)); }

}  // namespace

int streamKey(const QString& name) { return name == QLatin1String("global") ? 0 : 1; }

Autoencoder makeAutoencoder(const ModelOptions& options, int64_t height, int64_t width, std::shared_ptr<FeatureExtractor> frozenTrunk, quint64 seed, int key) {
  torch::manual_seed(mix(seed ^ (0x16D0ull + static_cast<quint64>(key))));
  return Autoencoder(options, height, width, std::move(frozenTrunk));
}

Critic makeCritic(const ModelOptions& options, quint64 seed, int key) {
  torch::manual_seed(mix(seed ^ (0xC217ull + static_cast<quint64>(key))));
  return Critic(options.width);
}

Reconstructions autoencoderStep(ModelSlot& m, const ModelOptions& o, torch::optim::Optimizer& optimizer, const torch::Tensor& x, const StepDraws& draws,
                                StepLosses& losses) {
  m.autoencoder->train();
  const torch::Tensor z = m.autoencoder->encode(x);
  const torch::Tensor xHat = m.autoencoder->decode(z);
  const torch::Tensor gaussian = gaussianLoss(z, m.autoencoder->mu(), m.autoencoder->sigma2()).mean();
  const torch::Tensor reconstruction = reconstructionLoss(x, xHat, o.rho, m.msSsim).mean();
  const torch::Tensor xAlpha = m.autoencoder->decode(interpolateLatents(z, draws.alpha.to(x.device())));
  const torch::Tensor fooling = m.critic->forward(xAlpha).pow(2).mean();
  optimizer.zero_grad();
  (gaussian + o.lambda2 * (reconstruction + o.lambda3 * fooling)).backward();
  optimizer.step();
  losses.gaussian = gaussian.item<double>();
  losses.reconstruction = reconstruction.item<double>();
  losses.fooling = fooling.item<double>();
  return {xHat.detach(), xAlpha.detach()};
}

void criticStep(ModelSlot& m, const ModelOptions& o, torch::optim::Optimizer& optimizer, const torch::Tensor& x, const Reconstructions& r,
                const StepDraws& draws, StepLosses& losses) {
  m.critic->train();
  const torch::Tensor critic = criticLoss(m.critic->forward(r.xAlpha), draws.alpha.to(x.device()),
                                          m.critic->forward(mixWithReconstruction(x, r.xHat, draws.zeta.to(x.device()))));
  optimizer.zero_grad();  // also drops what the autoencoder's loss left on the critic
  (o.lambda1 * critic).backward();
  optimizer.step();
  losses.critic = critic.item<double>();
}

StepLosses trainStep(ModelSlot& m, const ModelOptions& o, torch::optim::Optimizer& autoencoderOptimizer, torch::optim::Optimizer& criticOptimizer,
                     const torch::Tensor& x, const StepDraws& draws) {
  StepLosses losses;
  const Reconstructions r = autoencoderStep(m, o, autoencoderOptimizer, x, draws, losses);
  criticStep(m, o, criticOptimizer, x, r, draws, losses);
  return losses;
}

void eStep(ModelSlot& m, const std::vector<Sample>& samples, const torch::Device& device) {
  torch::NoGradGuard noGrad;
  m.autoencoder->eval();
  std::vector<torch::Tensor> z;
  constexpr std::size_t chunk = 256;
  for (std::size_t i = 0; i < samples.size(); i += chunk) {
    const std::vector<Sample> part(samples.begin() + static_cast<std::ptrdiff_t>(i), samples.begin() + static_cast<std::ptrdiff_t>(std::min(samples.size(), i + chunk)));
    z.push_back(m.autoencoder->encode(m.samples.gather(part, device)));
  }
  const GaussianParameters g = estimateGaussian(torch::cat(z));
  m.autoencoder->mu().copy_(g.mu);
  m.autoencoder->sigma2().copy_(g.sigma2);
}

IgdTrainer::IgdTrainer(IgdConfig config, quint64 seed, QString checkpointPath, bool resume, QJsonObject fingerprint)
    : config_(std::move(config)), seed_(seed), checkpointPath_(std::move(checkpointPath)), resume_(resume), fingerprint_(std::move(fingerprint)) {}

void IgdTrainer::record(JobContext& ctx, const QString& model, int term, int64_t step, double value) {
  ctx.metric(curveName(model, term), static_cast<double>(step), value);
  history_.append(QJsonArray{model, term, static_cast<double>(step), value});
}

void IgdTrainer::train(std::vector<ModelSlot>& models, JobContext& ctx) {
  const std::optional<ModelArchive> checkpoint = training::openResumeCheckpoint(checkpointPath_, resume_, fingerprint_);
  const std::size_t resumeAt = checkpoint ? static_cast<std::size_t>(checkpoint->header().value(QStringLiteral("model")).toInt()) : 0;
  history_ = QJsonArray();
  if (checkpoint) {
    for (const QJsonValue& v : checkpoint->header().value(QStringLiteral("history")).toArray()) {
      const QJsonArray e = v.toArray();
      record(ctx, e.at(0).toString(), e.at(1).toInt(), static_cast<int64_t>(e.at(2).toDouble()), e.at(3).toDouble());
    }
  }
  const RetainFreedMemory retain;  // as for the inpainting autoencoder: page faults cost a sixth of a step
  const torch::Device device(ctx.device().toStdString());
  for (std::size_t i = 0; i < models.size(); ++i) {
    if (checkpoint && i < resumeAt) {
      loadModuleState(*checkpoint, slotKey(i, "autoencoder"), *models[i].autoencoder);
      models[i].autoencoder->to(device);
      models[i].autoencoder->eval();
    } else {
      trainModel(models, i, checkpoint && i == resumeAt ? &*checkpoint : nullptr, ctx);
    }
  }
}

void IgdTrainer::trainModel(std::vector<ModelSlot>& models, std::size_t index, const ModelArchive* resumeFrom, JobContext& ctx) {
  const torch::Device device(ctx.device().toStdString());
  ModelSlot& m = onDevice(models[index], device);
  torch::optim::Adam autoencoderOptimizer = makeAdam(m.autoencoder->parameters(), config_);
  torch::optim::Adam criticOptimizer = makeAdam(m.critic->parameters(), config_);
  int64_t firstStep = 0;
  if (resumeFrom && resumeFrom->header().value(QStringLiteral("started")).toBool()) {
    firstStep = static_cast<int64_t>(resumeFrom->header().value(QStringLiteral("step")).toDouble());
    loadModuleState(*resumeFrom, slotKey(index, "autoencoder"), *m.autoencoder);
    loadModuleState(*resumeFrom, slotKey(index, "critic"), *m.critic);
    loadOptimizerState(*resumeFrom, slotKey(index, "autoencoder_adam"), autoencoderOptimizer);
    loadOptimizerState(*resumeFrom, slotKey(index, "critic_adam"), criticOptimizer);
    ctx.message(QCoreApplication::translate("IGD", "resumed from %1 at iteration %2").arg(checkpointPath_).arg(firstStep));
  }

  const int64_t samplesPerEpoch = m.samples.perEpoch();
  const int64_t batch = std::min<int64_t>(m.batchSize, samplesPerEpoch);
  const int64_t perEpoch = (samplesPerEpoch + batch - 1) / batch;
  const int64_t total = perEpoch * config_.epochs;
  const auto key = static_cast<quint64>(streamKey(m.name));
  auto subsetRng = stream(seed_, 0xE57E, key);
  const std::vector<Sample> eStepSamples = m.samples.subset(config_.estepSamples, subsetRng);
  const QString stage = m.name == QLatin1String("global")
                            ? QCoreApplication::translate("IGD", "Training the global model (%1 of %2)").arg(index + 1).arg(models.size())
                            : QCoreApplication::translate("IGD", "Training the local model (%1 of %2)").arg(index + 1).arg(models.size());

  std::vector<Sample> order;
  int64_t orderEpoch = -1;
  training::TrainingRate rate(firstStep);
  for (int64_t step = firstStep; step < total; ++step) {
    ctx.checkCancelled();
    const int64_t epoch = step / perEpoch, within = step % perEpoch;
    if (within == 0 && epoch % config_.estepEvery == 0) eStep(m, eStepSamples, device);  // E-step
    if (epoch != orderEpoch) {
      auto rng = stream(seed_, 0x0DE5, key, static_cast<quint64>(epoch));
      order = m.samples.epoch(rng);
      orderEpoch = epoch;
    }
    std::vector<Sample> chosen;
    for (int64_t j = 0; j < batch; ++j) chosen.push_back(order[static_cast<std::size_t>((within * batch + j) % samplesPerEpoch)]);
    auto rng = stream(seed_, key + 1, static_cast<quint64>(step));
    const StepDraws draws{uniform(rng, batch, 0.0, 0.5), uniform(rng, batch, 0.0, 1.0)};
    if (config_.polyDecay) {
      const double lr = config_.learningRate * std::pow(1.0 - static_cast<double>(step) / static_cast<double>(total), 0.9);
      setLearningRate(autoencoderOptimizer, lr);
      setLearningRate(criticOptimizer, lr);
    }
    rate.starting(step);
    const StepLosses losses = trainStep(m, config_.model, autoencoderOptimizer, criticOptimizer, m.samples.gather(chosen, device), draws);
    record(ctx, m.name, GaussianTerm, step + 1, losses.gaussian);
    record(ctx, m.name, ReconstructionTerm, step + 1, losses.reconstruction);
    record(ctx, m.name, CriticTerm, step + 1, losses.critic);
    ctx.progress(static_cast<int>(step + 1), static_cast<int>(total), stage);
    rate.finished(step, perEpoch, total, ctx);
    if (within == perEpoch - 1 || (step + 1) % config_.checkpointEvery == 0)
      writeCheckpoint(models, index, step + 1, &autoencoderOptimizer, &criticOptimizer);
  }
  eStep(m, eStepSamples, device);  // ω of the trained encoder, for scoring
  m.autoencoder->eval();
  m.critic->eval();
  if (index + 1 < models.size()) writeCheckpoint(models, index + 1, 0, nullptr, nullptr);  // the next model starts afresh
}

void IgdTrainer::writeCheckpoint(const std::vector<ModelSlot>& models, std::size_t index, int64_t step, const torch::optim::Optimizer* autoencoderOptimizer,
                                 const torch::optim::Optimizer* criticOptimizer) const {
  if (checkpointPath_.isEmpty()) return;
  ModelArchive archive;
  QJsonObject& h = archive.header();
  h[QStringLiteral("fingerprint")] = fingerprint_;
  h[QStringLiteral("model")] = static_cast<int>(index);
  h[QStringLiteral("step")] = static_cast<double>(step);
  h[QStringLiteral("history")] = history_;
  h[QStringLiteral("started")] = autoencoderOptimizer != nullptr;
  for (std::size_t i = 0; i < index; ++i) putModuleState(archive, slotKey(i, "autoencoder"), *models[i].autoencoder);
  if (autoencoderOptimizer) {
    putModuleState(archive, slotKey(index, "autoencoder"), *models[index].autoencoder);
    putModuleState(archive, slotKey(index, "critic"), *models[index].critic);
    putOptimizerState(archive, slotKey(index, "autoencoder_adam"), *autoencoderOptimizer);
    putOptimizerState(archive, slotKey(index, "critic_adam"), *criticOptimizer);
  }
  archive.save(checkpointPath_);  // atomic: a crash mid-write leaves the previous checkpoint
}

namespace {

// One training iteration of a model on random data, with fresh optimisers: what the estimates measure.
class ProbeIteration {
 public:
  ProbeIteration(ModelSlot& m, const IgdConfig& config, int64_t batch, const torch::Device& on)
      : m_(onDevice(m, on)),
        options_(config.model),
        a_(makeAdam(m.autoencoder->parameters(), config)),
        c_(makeAdam(m.critic->parameters(), config)),
        x_(torch::randn({batch, 3, m.samples.height(), m.samples.width()}, on)),
        draws_{torch::full({batch}, 0.25), torch::full({batch}, 0.5)} {}
  void operator()() { trainStep(m_, options_, a_, c_, x_, draws_); }

 private:
  ModelSlot& m_;
  ModelOptions options_;
  torch::optim::Adam a_, c_;
  torch::Tensor x_;
  StepDraws draws_;
};

}  // namespace

double IgdTrainer::secondsPerIteration(ModelSlot& m, const IgdConfig& config, int64_t batch, const QString& device, int iterations) {
  const torch::Device on(device.toStdString());
  ProbeIteration iteration(m, config, batch, on);
  return training::secondsPerStep([&] { iteration(); }, iterations, on);
}

double IgdTrainer::iterationBytes(const std::function<ModelSlot()>& makeSlot, const IgdConfig& config, int64_t batch, const QString& device) {
  const torch::Device on(device.toStdString());
  return training::peakStepBytesAtBatch(
      [&](int64_t b) {
        ModelSlot m = makeSlot();
        ProbeIteration iteration(m, config, b, on);
        iteration();
        iteration();  // the optimisers' state and the gradients exist from the second on
      },
      batch);
}

}  // namespace ds::igd
