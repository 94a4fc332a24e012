#include "core/methods/igd/igd.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <torch/torch.h>

#include "core/backbones/feature_extractor.h"
#include "core/error.h"
#include "core/io/model_archive.h"
#include "core/jobs/job_context.h"
#include "core/maps/map_filters.h"
#include "core/maps/region_masking.h"
#include "core/methods/igd/igd_losses.h"
#include "core/methods/igd/igd_samples.h"
#include "core/methods/igd/igd_trainer.h"
#include "core/training/module_state.h"
#include "core/training/training_resources.h"

namespace ds {
namespace {

namespace F = torch::nn::functional;

// The pixel range L of C_i = (K_i·L)² (supp.): 4.7579 for ImageNet-normalised images, as in the paper.
double dataRange(Normalization n) { return n == Normalization::ImageNet ? 2.1179 + 2.6400 : 1.0; }

// The global model's input: area-averaged when shrinking (no aliasing), bilinear when enlarging.
torch::Tensor toExtent(const torch::Tensor& images, const igd::Extent& e) {
  if (images.size(2) == e.height && images.size(3) == e.width) return images;
  const bool shrink = e.height <= images.size(2) && e.width <= images.size(3);
  auto options = F::InterpolateFuncOptions().size(std::vector<int64_t>{e.height, e.width});
  return F::interpolate(images, shrink ? options.mode(torch::kArea) : options.mode(torch::kBilinear).align_corners(false));
}

// The training images [N,3,H,W] on the CPU, copied batch by batch into one tensor of the source's
// count (joining the batches at the end held them twice: 9.8 GiB instead of ~5 for KolektorSDD's tiles).
torch::Tensor collectImages(BatchSource& source, JobContext& ctx) {
  torch::Tensor images, batch;
  int64_t loaded = 0;
  source.reset();
  while (source.next(batch)) {
    ctx.checkCancelled();
    if (!images.defined()) images = torch::empty({source.imageCount(), batch.size(1), batch.size(2), batch.size(3)});
    images.slice(0, loaded, loaded + batch.size(0)).copy_(batch);
    loaded += batch.size(0);
    ctx.progress(static_cast<int>(loaded), source.imageCount(), QCoreApplication::translate("IGD", "Loading training images"));
  }
  if (loaded == 0) throw Error(QCoreApplication::translate("IGD", "none of the %1 training images could be loaded").arg(source.imageCount()));
  return images.slice(0, 0, loaded);  // images that failed to load leave the end unused
}

// A model's training batch: its configured size, or all of an epoch's samples when fewer (slot: made
// on one image, so its samples per epoch are per training image).
int64_t iterationBatch(const igd::ModelSlot& slot, int trainImages) {
  return std::min<int64_t>(slot.batchSize, slot.samples.perEpoch() * trainImages);
}

// Patches per forward pass when scoring.
constexpr int64_t kPatchChunk = 256;

}  // namespace

MethodInfo IgdMethod::info() {
  MethodInfo info{QStringLiteral("igd"), QCoreApplication::translate("IGD", "Interpolated Gaussian descriptor (Chen et al.)"),
          QCoreApplication::translate("IGD", "Global and local autoencoders whose latent codes a Gaussian one-class classifier keeps together, trained with an interpolation critic; robust to a few defective training images."),
          igd::igdSettingSpecs(), QStringLiteral("resnet18"), true, true};
  info.update = ModelUpdate::Continued;
  return info;
}

IgdMethod::IgdMethod(const MethodSettings& settings, const MethodEnvironment& environment)
    : settings_(settings), environment_(environment), config_(igd::igdConfig(settings, environment.device)), device_(environment.device.toStdString()) {
  if (config_.model.pretrainedEncoder) {
    if (environment_.backbone.isEmpty()) environment_.backbone = info().defaultBackbone;
    trunk_ = createFeatureExtractor(environment_.backbone, environment_.weights, device_, environment_.seed);
  }
}

IgdMethod::~IgdMethod() = default;

InputSpec IgdMethod::inputSpec() const { return {trunk_ ? trunk_->normalization() : Normalization::ImageNet, 32, config_.shortSide}; }

maps::MsSsimOptions IgdMethod::msSsimOptions(const igd::MsSsimShape& shape) const {
  maps::MsSsimOptions o;
  o.window = shape.window;
  o.scales = shape.scales;
  o.dataRange = dataRange(inputSpec().normalization);
  return o;
}

void IgdMethod::fit(BatchSource& train, JobContext& ctx) { this->train(train, ctx, false); }

void IgdMethod::update(BatchSource& images, JobContext& ctx, int epochs) {
  if (!globalModel_ && !localModel_) throw Error(QCoreApplication::translate("IGD", "the model holds no trained network"));
  if (epochs > 0) config_.epochs = epochs;
  train(images, ctx, true);
}

void IgdMethod::setCheckpoint(const QString& path, bool resume) {
  environment_.checkpoint = path;
  environment_.resume = resume;
}

void IgdMethod::train(BatchSource& source, JobContext& ctx, bool continuing) {
  const torch::Tensor images = collectImages(source, ctx);
  const igd::Extent stored = input_;
  input_ = {static_cast<int>(images.size(2)), static_cast<int>(images.size(3))};
  if (config_.local && !patchesFit(input_.height, input_.width))
    throw Error(QCoreApplication::translate("IGD", "the images (%1×%2) are smaller than the local model's %3-pixel patches")
                    .arg(input_.width).arg(input_.height).arg(config_.patchSize));
  global_ = igd::globalExtent(config_, input_.height, input_.width);

  if (continuing && (input_.height != stored.height || input_.width != stored.width))
    throw Error(QCoreApplication::translate("IGD", "the images (%1×%2) are not the model's input size (%3×%4)")
                    .arg(input_.width).arg(input_.height).arg(stored.width).arg(stored.height));
  std::vector<igd::ModelSlot> slots;
  if (config_.global) slots.push_back(makeSlot(QStringLiteral("global"), images, environment_.seed));
  if (config_.local) slots.push_back(makeSlot(QStringLiteral("local"), images, environment_.seed));
  // A continued training starts from the stored weights.
  std::vector<const torch::nn::Module*> start;
  if (continuing)
    for (igd::ModelSlot& slot : slots) {
      const igd::Autoencoder& from = slot.name == QLatin1String("global") ? globalModel_ : localModel_;
      if (!from) continue;
      copyModuleState(*from, *slot.autoencoder);
      start.push_back(from.get());
    }
  ctx.message(QCoreApplication::translate("IGD", "%1 training images; global model %2×%3, local model on %4-pixel patches (%5 per epoch)")
                  .arg(images.size(0))
                  .arg(global_.width)
                  .arg(global_.height)
                  .arg(config_.patchSize)
                  .arg(config_.local ? slots.back().samples.perEpoch() : 0));

  // What a checkpoint must share to be resumed: the settings that shape training, the input, the images, the seed.
  QJsonObject trainingSettings = settings_.toJson();
  for (const char* scoringOnly : {"global_weight", "local_weight", "term_weights", "checkpoint_every"}) trainingSettings.remove(QLatin1String(scoringOnly));
  const QJsonObject fingerprint{{QStringLiteral("settings"), trainingSettings},
                                {QStringLiteral("backbone"), trunk_ ? trunk_->weightsId() : QString()},
                                {QStringLiteral("width"), input_.width},
                                {QStringLiteral("height"), input_.height},
                                {QStringLiteral("images"), static_cast<int>(images.size(0))},
                                {QStringLiteral("content"), QString::fromLatin1(QCryptographicHash::hash(
                                                                QByteArrayView(static_cast<const char*>(images.contiguous().data_ptr()), images.nbytes()),
                                                                QCryptographicHash::Sha1).toHex())},
                                {QStringLiteral("seed"), QString::number(environment_.seed)},
                                {QStringLiteral("continued_from"), continuing ? moduleStateDigest(start) : QString()}};
  igd::IgdTrainer trainer(config_, environment_.seed, environment_.checkpoint, environment_.resume, fingerprint);
  trainer.train(slots, ctx);
  for (igd::ModelSlot& slot : slots) (slot.name == QLatin1String("global") ? globalModel_ : localModel_) = slot.autoencoder;
  training_ = QJsonObject{{QStringLiteral("train_images"), static_cast<int>(images.size(0))}};
}

igd::ModelSlot IgdMethod::makeSlot(const QString& name, const torch::Tensor& images, quint64 seed) const {
  const int key = igd::streamKey(name);
  if (name == QLatin1String("global")) {
    const igd::Extent e = igd::globalExtent(config_, static_cast<int>(images.size(2)), static_cast<int>(images.size(3)));
    return {name, igd::makeAutoencoder(config_.model, e.height, e.width, trunk_, seed, key), igd::makeCritic(config_.model, seed, key),
            igd::SampleSet(toExtent(images, e), e.height, e.width, 1, 1), config_.batchSize, msSsimOptions(config_.globalMsSsim)};
  }
  return {name, igd::makeAutoencoder(config_.model, config_.patchSize, config_.patchSize, trunk_, seed, key), igd::makeCritic(config_.model, seed, key),
          igd::SampleSet(images, config_.patchSize, config_.patchSize, config_.patchStride, config_.patchesPerImage), config_.patchBatch,
          msSsimOptions(config_.localMsSsim)};
}

ScoreMaps IgdMethod::scoreGlobal(const torch::Tensor& images) {
  const maps::MsSsimOptions ms = msSsimOptions(config_.globalMsSsim);
  const torch::Tensor x = toExtent(images, global_);
  const torch::Tensor z = globalModel_->encode(x);
  const torch::Tensor xHat = globalModel_->decode(z);
  // eq. (14): s_G = ℓ_r + ℓ_h; eq. (17): the per-pixel reconstruction term, back at the input size.
  const igd::TermWeights& w = config_.globalTerms;
  const torch::Tensor score = w.reconstruction * igd::reconstructionLoss(x, xHat, config_.model.rho, ms) +
                              w.gaussian * igd::gaussianLoss(z, globalModel_->mu(), globalModel_->sigma2());
  return {score, maps::resizeBilinear(igd::reconstructionMap(x, xHat, config_.model.rho, ms), images.size(2), images.size(3))};
}

ScoreMaps IgdMethod::scoreLocal(const torch::Tensor& images) {
  const maps::MsSsimOptions ms = msSsimOptions(config_.localMsSsim);
  const std::vector<int64_t> ys = igd::patchOrigins(images.size(2), config_.patchSize, config_.patchStride);
  const std::vector<int64_t> xs = igd::patchOrigins(images.size(3), config_.patchSize, config_.patchStride);
  const torch::Tensor patches = igd::extractPatches(images, ys, xs, config_.patchSize);
  std::vector<torch::Tensor> scores, maps;
  for (int64_t i = 0; i < patches.size(0); i += kPatchChunk) {
    const torch::Tensor x = patches.slice(0, i, i + kPatchChunk);
    const torch::Tensor z = localModel_->encode(x);
    const torch::Tensor xHat = localModel_->decode(z);
    const igd::TermWeights& w = config_.localTerms;
    scores.push_back(w.reconstruction * igd::reconstructionLoss(x, xHat, config_.model.rho, ms) +
                     w.gaussian * igd::gaussianLoss(z, localModel_->mu(), localModel_->sigma2()));
    maps.push_back(igd::reconstructionMap(x, xHat, config_.model.rho, ms));
  }
  // eq. (15): the largest patch score; eq. (16): the patches' maps put back, overlaps averaged.
  const torch::Tensor perPatch = torch::cat(scores).view({images.size(0), -1});
  return {std::get<0>(perPatch.max(1)), igd::assemblePatchMaps(torch::cat(maps), ys, xs, images.size(2), images.size(3))};
}

ScoreMaps IgdMethod::predict(const torch::Tensor& images) {
  torch::NoGradGuard noGrad;
  if (!globalModel_ && !localModel_) throw Error(QCoreApplication::translate("IGD", "the model holds no trained network"));
  if (config_.local && !patchesFit(static_cast<int>(images.size(2)), static_cast<int>(images.size(3))))
    throw Error(QCoreApplication::translate("IGD", "image size %1×%2 is smaller than the local model's %3-pixel patches").arg(images.size(3)).arg(images.size(2)).arg(config_.patchSize));
  // eqs. (13) and (16): weighted sums of the two models' scores and maps (weights 1 in the paper).
  ScoreMaps out;
  const auto add = [&out](const ScoreMaps& part, double weight) {
    out.imageScores = out.imageScores.defined() ? out.imageScores + weight * part.imageScores : weight * part.imageScores;
    out.maps = out.maps.defined() ? out.maps + weight * part.maps : weight * part.maps;
  };
  if (globalModel_) add(scoreGlobal(images), config_.globalWeight);
  if (localModel_) add(scoreLocal(images), config_.localWeight);
  // Eqs. (13)–(15) score the whole image or whole patches (a latent likelihood included), which an
  // inspection region cannot restrict: with one, the image score is the map's maximum inside it.
  if (region_.defined()) {
    out.maps = maps::inRegion(out.maps, region_);
    out.imageScores = maps::maxInRegion(out.maps, region_).to(out.imageScores.dtype());
  }
  return out;
}

void IgdMethod::save(ModelArchive& out) const {
  if (globalModel_) putModuleState(out, QStringLiteral("global"), *globalModel_);
  if (localModel_) putModuleState(out, QStringLiteral("local"), *localModel_);
  QJsonObject meta = training_;
  meta[QStringLiteral("input_height")] = input_.height;
  meta[QStringLiteral("input_width")] = input_.width;
  meta[QStringLiteral("global_height")] = global_.height;
  meta[QStringLiteral("global_width")] = global_.width;
  meta[QStringLiteral("backbone")] = trunk_ ? trunk_->id() : QString();
  meta[QStringLiteral("backbone_weights")] = trunk_ ? trunk_->weightsId() : QString();
  out.header()[QStringLiteral("igd")] = meta;
}

void IgdMethod::load(const ModelArchive& in) {
  const QJsonObject meta = in.header().value(QStringLiteral("igd")).toObject();
  const QString expected = meta.value(QStringLiteral("backbone_weights")).toString();
  if (expected != (trunk_ ? trunk_->weightsId() : QString()))
    throw Error(QCoreApplication::translate("IGD", "%1: the encoder's backbone differs from the one the model was trained with (%2 instead of %3)")
                    .arg(in.path(), trunk_ ? trunk_->weightsId() : QStringLiteral("scratch"), expected.isEmpty() ? QStringLiteral("scratch") : expected));
  input_ = {meta.value(QStringLiteral("input_height")).toInt(), meta.value(QStringLiteral("input_width")).toInt()};
  global_ = {meta.value(QStringLiteral("global_height")).toInt(), meta.value(QStringLiteral("global_width")).toInt()};
  training_ = QJsonObject{{QStringLiteral("train_images"), meta.value(QStringLiteral("train_images"))}};
  const auto restore = [&](bool used, const char* name, int64_t height, int64_t width) -> igd::Autoencoder {
    if (!used) return igd::Autoencoder(nullptr);
    igd::Autoencoder a(config_.model, height, width, trunk_);  // its initial weights are overwritten
    loadModuleState(in, QLatin1String(name), *a);
    a->to(device_);
    a->eval();
    return a;
  };
  globalModel_ = restore(config_.global, "global", global_.height, global_.width);
  localModel_ = restore(config_.local, "local", config_.patchSize, config_.patchSize);
}

QJsonObject IgdMethod::summary() const {
  int64_t parameters = 0;
  for (const igd::Autoencoder& a : {globalModel_, localModel_})
    if (a)
      for (const auto& p : a->parameters()) parameters += p.numel();
  QJsonObject s = training_;
  s[QStringLiteral("preset")] = config_.preset;
  s[QStringLiteral("trained_parameters")] = static_cast<double>(parameters);
  s[QStringLiteral("encoder")] = trunk_ ? trunk_->id() : QStringLiteral("resnet18 (scratch)");
  if (globalModel_) s[QStringLiteral("global_size")] = QStringLiteral("%1x%2").arg(global_.width).arg(global_.height);
  if (localModel_) s[QStringLiteral("patch")] = QStringLiteral("%1/%2").arg(config_.patchSize).arg(config_.patchStride);
  return s;
}

// The training images held as floats at the input size, the loader's batches, and the larger of the
// two models' training iterations (optimiser state, activations, gradients: measured on random data;
// the models train one after the other).
TrainingFootprint IgdMethod::trainingFootprint(int height, int width, int trainImages) const {
  const torch::Tensor image = torch::zeros({1, 3, height, width});
  double iteration = 0;
  const auto measure = [&](const QString& name) {
    const auto slot = [&] { return makeSlot(name, image, 0); };
    iteration = std::max(iteration, igd::IgdTrainer::iterationBytes(slot, config_, iterationBatch(slot(), trainImages), environment_.device));
  };
  if (config_.global) measure(QStringLiteral("global"));
  if (config_.local && patchesFit(height, width)) measure(QStringLiteral("local"));
  return {static_cast<double>(trainImages) * 3.0 * height * width * sizeof(float) + loadedBatchBytes(height, width) + iteration, 0};
}

TrainingEstimate IgdMethod::estimateTraining(int height, int width, int trainImages) {
  const torch::Tensor image = torch::zeros({1, 3, height, width});  // one image: its samples per epoch × trainImages
  double perEpoch = 0;
  int models = 0;
  const auto time = [&](const QString& name) {
    igd::ModelSlot slot = makeSlot(name, image, 0);
    const int64_t batch = iterationBatch(slot, trainImages);
    const int64_t iterations = (slot.samples.perEpoch() * trainImages + batch - 1) / batch;
    perEpoch += igd::IgdTrainer::secondsPerIteration(slot, config_, batch, environment_.device) * static_cast<double>(iterations);
    ++models;
  };
  if (config_.global) time(QStringLiteral("global"));
  if (config_.local && patchesFit(height, width)) time(QStringLiteral("local"));
  if (models == 0) return {};
  return {perEpoch / models, config_.epochs, models};
}

}  // namespace ds
