#include "core/methods/inpaint_ae/inpaint_trainer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <torch/torch.h>

#include "core/error.h"
#include "core/io/model_archive.h"
#include "core/jobs/job_context.h"
#include "core/methods/inpaint_ae/objectives.h"
#include "core/methods/inpaint_ae/training_samples.h"
#include "core/runtime/memory.h"
#include "core/training/module_state.h"
#include "core/training/random_streams.h"
#include "core/training/resume_checkpoint.h"
#include "core/training/step_memory.h"
#include "core/training/step_timing.h"
#include "core/training/training_rate.h"

namespace ds::inpaint {
namespace {

using training::mix;
using training::stream;


torch::Tensor toTensor(const cv::Mat& m) {  // CV_32FC3 / CV_32FC1 HWC → C×H×W
  return torch::from_blob(m.data, {m.rows, m.cols, m.channels()}, torch::kFloat32).permute({2, 0, 1}).clone();
}

struct Batch {
  torch::Tensor target, corrupted, mask;
};

Batch stackSamples(const std::vector<TrainingSample>& samples, const torch::Device& device) {
  std::vector<torch::Tensor> x, xh, m;
  for (const TrainingSample& s : samples) {
    x.push_back(toTensor(s.target));
    xh.push_back(toTensor(s.corruption.image));
    m.push_back(toTensor(s.corruption.mask));
  }
  return {torch::stack(x).to(device), torch::stack(xh).to(device), torch::stack(m).to(device)};
}

QString objectiveName(Objective o) { return o == Objective::Reconstruct ? QStringLiteral("1") : QStringLiteral("4"); }

// The monitor's name of a loss curve, translated when shown: checkpoints keep (validation, eq.) so that
// a language switch between cancel and resume does not split a curve.
QString curveName(bool validation, const QString& equation) {
  return validation ? QCoreApplication::translate("InpaintAE", "validation loss (eq. %1)").arg(equation)
                    : QCoreApplication::translate("InpaintAE", "training loss (eq. %1)").arg(equation);
}

}  // namespace

struct InpaintTrainer::Progress {
  Progress(int network, InpaintNetwork best) : network(network), best(std::move(best)) {}
  int network;
  int64_t step = 0;  // iterations done
  double bestLoss = std::numeric_limits<double>::infinity();
  int bestEpoch = -1, badEpochs = 0;
  bool stoppedEarly = false;
  InpaintNetwork best;  // the best validation epoch's weights once bestEpoch ≥ 0; allocated once
};

int validationCount(int images, double validationFraction) {
  if (images < 2 || validationFraction <= 0) return 0;
  return std::max(1, static_cast<int>(std::lround(validationFraction * images)));
}

TrainingImages splitTrainingImages(std::vector<cv::Mat> images, double validationFraction, quint64 seed) {
  std::vector<std::size_t> order(images.size());
  std::iota(order.begin(), order.end(), 0);
  auto rng = stream(seed, 0x5EED);
  std::shuffle(order.begin(), order.end(), rng);
  const std::size_t n = images.size();
  const auto nVal = static_cast<std::size_t>(validationCount(static_cast<int>(n), validationFraction));
  TrainingImages out;
  for (std::size_t i = 0; i < n; ++i) (i < nVal ? out.validation : out.train).push_back(images[order[i]]);
  return out;
}

InpaintNetwork makeNetwork(const InpaintConfig& config, quint64 seed, int index) {
  torch::manual_seed(mix(seed ^ (0x4E37ull + static_cast<quint64>(index))));
  return InpaintNetwork(config.shape);
}

InpaintTrainer::InpaintTrainer(InpaintConfig config, quint64 seed, QString checkpointPath, bool resume, QJsonObject fingerprint)
    : config_(std::move(config)), seed_(seed), checkpointPath_(std::move(checkpointPath)), resume_(resume), fingerprint_(std::move(fingerprint)) {}

std::vector<InpaintNetwork> InpaintTrainer::train(const TrainingImages& images, JobContext& ctx, const std::vector<InpaintNetwork>* start) {
  const std::optional<ModelArchive> checkpoint = training::openResumeCheckpoint(checkpointPath_, resume_, fingerprint_);
  const int resumeAt = checkpoint ? checkpoint->header().value(QStringLiteral("network")).toInt() : 0;
  history_ = QJsonArray();
  if (checkpoint) {
    history_ = checkpoint->header().value(QStringLiteral("history")).toArray();
    for (const QJsonValue& v : history_) {  // the monitor's curves continue where they stopped
      const QJsonArray e = v.toArray();
      ctx.metric(curveName(e.at(0).toBool(), e.at(1).toString()), e.at(2).toDouble(), e.at(3).toDouble());
    }
  }
  const RetainFreedMemory retain;  // bench/README.md: 12–15 % of a step went to page faults
  std::vector<InpaintNetwork> networks;
  for (int i = 0; i < static_cast<int>(config_.objectives.size()); ++i) {
    InpaintNetwork net = makeNetwork(config_, seed_, i);
    if (start && i < static_cast<int>(start->size())) copyModuleState(*(*start)[static_cast<std::size_t>(i)], *net);  // a continued training
    if (checkpoint && i < resumeAt) {
      loadModuleState(*checkpoint, QStringLiteral("finished%1").arg(i), *net);
      net->to(torch::Device(ctx.device().toStdString()));
      net->eval();
    } else {
      trainNetwork(net, images, networks, checkpoint && i == resumeAt ? &*checkpoint : nullptr, ctx);
    }
    networks.push_back(net);
  }
  return networks;
}

void InpaintTrainer::trainNetwork(InpaintNetwork& net, const TrainingImages& images, const std::vector<InpaintNetwork>& finished,
                                  const ModelArchive* resumeFrom, JobContext& ctx) {
  const int index = static_cast<int>(finished.size());
  const Objective objective = config_.objectives[static_cast<std::size_t>(index)];
  const torch::Device device(ctx.device().toStdString());
  net->to(device);
  torch::optim::Adam adam(net->parameters(), torch::optim::AdamOptions(config_.learningRate));

  const QString equation = objectiveName(objective);
  const QString lossName = curveName(false, equation), validationName = curveName(true, equation);
  const QString stage = config_.objectives.size() > 1 ? QCoreApplication::translate("InpaintAE", "Training network %1 of %2 (eq. %3)").arg(index + 1).arg(config_.objectives.size()).arg(equation)
                                                      : QCoreApplication::translate("InpaintAE", "Training (eq. %1)").arg(equation);
  Progress progress(index, InpaintNetwork(config_.shape));  // initial values are overwritten
  progress.best->to(device);
  if (resumeFrom) {
    const QJsonObject h = resumeFrom->header();
    progress.step = static_cast<int64_t>(h.value(QStringLiteral("step")).toDouble());
    progress.bestLoss = h.value(QStringLiteral("best_loss")).toDouble(std::numeric_limits<double>::infinity());
    progress.bestEpoch = h.value(QStringLiteral("best_epoch")).toInt(-1);
    progress.badEpochs = h.value(QStringLiteral("bad_epochs")).toInt();
    loadModuleState(*resumeFrom, QStringLiteral("net"), *net);
    loadOptimizerState(*resumeFrom, QStringLiteral("adam"), adam);
    if (progress.bestEpoch >= 0) loadModuleState(*resumeFrom, QStringLiteral("best"), *progress.best);
    ctx.message(QCoreApplication::translate("InpaintAE", "resumed from %1 at iteration %2").arg(checkpointPath_).arg(progress.step));
  }

  const int nTrain = static_cast<int>(images.train.size());
  const int batch = std::min(config_.batchSize, nTrain);
  const int64_t perEpoch = (nTrain + batch - 1) / batch;
  const int64_t total = perEpoch * config_.epochs;
  SampleOptions sampleOptions = config_.samples;

  // Validation inputs: whole images, corrupted once with fixed draws so epochs are comparable.
  std::vector<TrainingSample> validation;
  for (std::size_t v = 0; v < images.validation.size(); ++v) {
    auto rng = stream(seed_, 0xFA11, v);
    TrainingSample s;
    images.validation[v].convertTo(s.target, CV_32FC3, 1.0 / 255.0);
    s.corruption = CorruptionGenerator(sampleOptions.corruption).apply(s.target, cv::Mat(), rng);
    validation.push_back(std::move(s));
  }
  const auto validationLoss = [&] {
    torch::NoGradGuard noGrad;
    net->eval();
    double sum = 0;
    for (std::size_t v = 0; v < validation.size(); v += static_cast<std::size_t>(batch)) {
      const std::vector<TrainingSample> chunk(validation.begin() + static_cast<std::ptrdiff_t>(v),
                                              validation.begin() + static_cast<std::ptrdiff_t>(std::min(validation.size(), v + batch)));
      const Batch b = stackSamples(chunk, device);
      sum += inpaintingLoss(objective, net->forward(b.corrupted), b.target, b.corrupted, b.mask, config_.lambda).item<double>() *
             static_cast<double>(chunk.size());
    }
    return sum / static_cast<double>(validation.size());
  };

  std::vector<std::size_t> order;
  int64_t orderEpoch = -1;
  const int64_t firstStep = progress.step;
  training::TrainingRate rate(firstStep);
  for (int64_t step = firstStep; step < total; ++step) {
    ctx.checkCancelled();
    const int64_t epoch = step / perEpoch, within = step % perEpoch;
    if (epoch != orderEpoch) {
      order.resize(images.train.size());
      std::iota(order.begin(), order.end(), 0);
      auto rng = stream(seed_, 0x0DE5, static_cast<quint64>(index), static_cast<quint64>(epoch));
      std::shuffle(order.begin(), order.end(), rng);
      orderEpoch = epoch;
    }
    const double crop = cropFraction(sampleOptions, static_cast<double>(step) / static_cast<double>(perEpoch), config_.epochs);
    std::vector<TrainingSample> samples;
    for (int j = 0; j < batch; ++j) {
      const std::size_t at = order[static_cast<std::size_t>((within * batch + j) % nTrain)];
      auto rng = stream(seed_, static_cast<quint64>(index) + 1, static_cast<quint64>(step), static_cast<quint64>(j));
      const std::size_t other = nTrain > 1 ? (at + 1 + rng() % static_cast<quint64>(nTrain - 1)) % static_cast<std::size_t>(nTrain) : at;
      samples.push_back(makeTrainingSample(images.train[at], images.train[other], sampleOptions, crop, rng));
    }
    rate.starting(step);
    const Batch b = stackSamples(samples, device);
    net->train();
    adam.zero_grad();
    const torch::Tensor loss = inpaintingLoss(objective, net->forward(b.corrupted), b.target, b.corrupted, b.mask, config_.lambda);
    loss.backward();
    adam.step();
    const double value = loss.item<double>();
    ctx.metric(lossName, static_cast<double>(step + 1), value);
    history_.append(QJsonArray{false, equation, static_cast<double>(step + 1), value});
    ctx.progress(static_cast<int>(step + 1), static_cast<int>(total), stage);
    rate.finished(step, perEpoch, total, ctx);
    progress.step = step + 1;

    const bool epochEnd = within == perEpoch - 1;
    if (epochEnd && !validation.empty()) {
      const double v = validationLoss();
      ctx.metric(validationName, static_cast<double>(step + 1), v);
      history_.append(QJsonArray{true, equation, static_cast<double>(step + 1), v});
      if (v < progress.bestLoss) {
        progress.bestLoss = v;
        progress.bestEpoch = static_cast<int>(epoch);
        progress.badEpochs = 0;
        copyModuleState(*net, *progress.best);
      } else if (config_.patience > 0 && ++progress.badEpochs >= config_.patience && epoch + 1 < config_.epochs) {
        ctx.message(QCoreApplication::translate("InpaintAE", "stopped early after epoch %1: no lower validation loss for %2 epochs (best: epoch %3)")
                        .arg(epoch + 1)
                        .arg(config_.patience)
                        .arg(progress.bestEpoch + 1));
        progress.stoppedEarly = true;
      }
    }
    if (progress.stoppedEarly) break;
    if (epochEnd || progress.step % config_.checkpointEvery == 0) writeCheckpoint(progress, net, adam, finished);
  }
  if (progress.bestEpoch >= 0) copyModuleState(*progress.best, *net);
  net->eval();
  // The next network (ensemble) starts from a checkpoint that already holds this one as finished.
  if (index + 1 < static_cast<int>(config_.objectives.size())) {
    std::vector<InpaintNetwork> done = finished;
    done.push_back(net);
    InpaintNetwork fresh = makeNetwork(config_, seed_, index + 1);
    const Progress next(index + 1, fresh);
    torch::optim::Adam freshAdam(fresh->parameters(), torch::optim::AdamOptions(config_.learningRate));
    writeCheckpoint(next, fresh, freshAdam, done);
  }
}

void InpaintTrainer::writeCheckpoint(const Progress& progress, const InpaintNetwork& net, const torch::optim::Adam& adam,
                                     const std::vector<InpaintNetwork>& finished) const {
  if (checkpointPath_.isEmpty()) return;
  ModelArchive archive;
  QJsonObject& h = archive.header();
  h[QStringLiteral("fingerprint")] = fingerprint_;
  h[QStringLiteral("network")] = progress.network;
  h[QStringLiteral("step")] = static_cast<double>(progress.step);
  if (std::isfinite(progress.bestLoss)) h[QStringLiteral("best_loss")] = progress.bestLoss;
  h[QStringLiteral("best_epoch")] = progress.bestEpoch;
  h[QStringLiteral("bad_epochs")] = progress.badEpochs;
  h[QStringLiteral("history")] = history_;
  for (std::size_t i = 0; i < finished.size(); ++i) putModuleState(archive, QStringLiteral("finished%1").arg(i), *finished[i]);
  putModuleState(archive, QStringLiteral("net"), *net);
  putOptimizerState(archive, QStringLiteral("adam"), adam);
  if (progress.bestEpoch >= 0) putModuleState(archive, QStringLiteral("best"), *progress.best);
  archive.save(checkpointPath_);  // atomic: a crash mid-write leaves the previous checkpoint
}

namespace {

InpaintNetwork onDevice(InpaintNetwork net, const torch::Device& on) {
  net->to(on);
  return net;
}

// One training iteration of a fresh network on random data: what the estimates measure. heldNetworks:
// the networks training holds beside it (its best epoch's weights, an ensemble's finished networks).
class ProbeIteration {
 public:
  ProbeIteration(const InpaintConfig& config, Objective objective, int64_t batch, int resolution, const torch::Device& on, int heldNetworks = 0)
      : net_(onDevice(makeNetwork(config, 0, 0), on)),
        adam_(net_->parameters(), torch::optim::AdamOptions(config.learningRate)),
        target_(torch::rand({batch, 3, resolution, resolution}, on)),
        corrupted_(torch::rand({batch, 3, resolution, resolution}, on)),
        mask_(torch::rand({batch, 1, resolution, resolution}, on)),
        objective_(objective),
        lambda_(config.lambda) {
    for (int i = 0; i < heldNetworks; ++i) held_.push_back(onDevice(makeNetwork(config, 0, 0), on));
  }
  void operator()() {
    adam_.zero_grad();
    inpaintingLoss(objective_, net_->forward(corrupted_), target_, corrupted_, mask_, lambda_).backward();
    adam_.step();
  }

 private:
  InpaintNetwork net_;
  torch::optim::Adam adam_;
  torch::Tensor target_, corrupted_, mask_;
  Objective objective_;
  double lambda_;
  std::vector<InpaintNetwork> held_;
};

}  // namespace

double InpaintTrainer::secondsPerIteration(const InpaintConfig& config, int resolution, const QString& device, int iterations) {
  const torch::Device on(device.toStdString());
  ProbeIteration iteration(config, config.objectives.front(), config.batchSize, resolution, on);
  return training::secondsPerStep([&] { iteration(); }, iterations, on);
}

double InpaintTrainer::iterationBytes(const InpaintConfig& config, int resolution, const QString& device) {
  const torch::Device on(device.toStdString());
  double most = 0;
  for (std::size_t n = 0; n < config.objectives.size(); ++n)
    most = std::max(most, training::peakStepBytesAtBatch(
                              [&](int64_t batch) {
                                ProbeIteration iteration(config, config.objectives[n], batch, resolution, on, 1 + static_cast<int>(n));
                                iteration();
                                iteration();  // the optimiser's state and the gradients exist from the second on
                              },
                              config.batchSize));
  return most;
}

}  // namespace ds::inpaint
