#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <vector>

#include "core/maps/ms_ssim.h"
#include "core/methods/igd/igd_config.h"
#include "core/methods/igd/igd_network.h"
#include "core/methods/igd/igd_samples.h"

namespace ds {
class JobContext;
class ModelArchive;
}  // namespace ds
namespace torch::optim {
class Optimizer;
}

namespace ds::igd {

// One IGD model to train: its networks, what it trains on and how it measures reconstructions.
struct ModelSlot {
  QString name;  // "global" or "local": untranslated curve key; also keys the slot's random streams
  Autoencoder autoencoder;
  Critic critic;
  SampleSet samples;
  int batchSize;
  maps::MsSsimOptions msSsim;
};

// The per-sample draws of one step: α ~ U(0, 0.5) of eq. (9) and ζ ~ U(0, 1) of eq. (10), [B] each.
struct StepDraws {
  torch::Tensor alpha, zeta;
};
struct StepLosses {
  double gaussian = 0, reconstruction = 0, fooling = 0, critic = 0;  // ℓ_h, ℓ_r, ‖d(x̂_α)‖², ℓ_d (batch means)
};
// What the autoencoder's half of a step leaves for the critic's: x̂ and x̂_α, detached.
struct Reconstructions {
  torch::Tensor xHat, xAlpha;
};

// One M-step iteration is two halves updated in alternation, as in a GAN; each optimizer holds only its
// own half's parameters, so the other half is left unchanged.
// First the autoencoder (f_ψ, g_φ) minimises ℓ_h + λ2·(ℓ_r + λ3·‖d(x̂_α)‖²) (eqs. 7, 11);
Reconstructions autoencoderStep(ModelSlot& model, const ModelOptions& options, torch::optim::Optimizer& optimizer, const torch::Tensor& x,
                                const StepDraws& draws, StepLosses& losses);
// then the critic minimises λ1·ℓ_d (eq. 10) on that step's reconstructions.
void criticStep(ModelSlot& model, const ModelOptions& options, torch::optim::Optimizer& optimizer, const torch::Tensor& x,
                const Reconstructions& reconstructions, const StepDraws& draws, StepLosses& losses);
// Both halves.
StepLosses trainStep(ModelSlot& model, const ModelOptions& options, torch::optim::Optimizer& autoencoderOptimizer,
                     torch::optim::Optimizer& criticOptimizer, const torch::Tensor& x, const StepDraws& draws);

// E-step (eq. 3): μ and σ² of the encoder's outputs over `samples`, written into the autoencoder's
// buffers (encoder in evaluation mode, as the authors' code).
void eStep(ModelSlot& model, const std::vector<Sample>& samples, const torch::Device& device);

// Trains the configured models one after the other by EM (docs/methods/igd.md), checkpointing so a
// cancelled or crashed run resumes where it stopped: model, step, weights, both optimizers' moments, ω
// and the loss curves (re-emitted on resume so the monitor's plots continue).
class IgdTrainer {
 public:
  IgdTrainer(IgdConfig config, quint64 seed, QString checkpointPath, bool resume, QJsonObject fingerprint);
  void train(std::vector<ModelSlot>& models, JobContext& ctx);

  // Seconds per training iteration of one model on a batch of `batch` random samples.
  static double secondsPerIteration(ModelSlot& model, const IgdConfig& config, int64_t batch, const QString& device, int iterations = 2);
  // The tensor memory one training iteration of `batch` holds at its peak on the CPU (optimiser state,
  // activations, gradients; a fresh model from makeSlot for each measurement).
  static double iterationBytes(const std::function<ModelSlot()>& makeSlot, const IgdConfig& config, int64_t batch, const QString& device);

 private:
  void trainModel(std::vector<ModelSlot>& models, std::size_t index, const ModelArchive* resumeFrom, JobContext& ctx);
  // optimizers null: model `index` has not started.
  void writeCheckpoint(const std::vector<ModelSlot>& models, std::size_t index, int64_t step, const torch::optim::Optimizer* autoencoderOptimizer,
                       const torch::optim::Optimizer* criticOptimizer) const;
  void record(JobContext& ctx, const QString& model, int term, int64_t step, double value);

  IgdConfig config_;
  quint64 seed_;
  QString checkpointPath_;
  bool resume_;
  QJsonObject fingerprint_;
  QJsonArray history_;  // [model, term, step, value]: untranslated keys, translated when shown
};

// The key of a model's random streams and initialisation: the same model draws the same numbers
// whether or not the other one is trained beside it.
int streamKey(const QString& name);
// A model's networks, initialised reproducibly for (seed, key).
Autoencoder makeAutoencoder(const ModelOptions& options, int64_t height, int64_t width, std::shared_ptr<FeatureExtractor> frozenTrunk, quint64 seed, int key);
Critic makeCritic(const ModelOptions& options, quint64 seed, int key);

}  // namespace ds::igd
