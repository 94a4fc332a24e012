#include "core/methods/inpaint_ae/inpaint_ae.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <cmath>
#include <torch/torch.h>

#include "core/error.h"
#include "core/io/model_archive.h"
#include "core/jobs/job_context.h"
#include "core/maps/map_filters.h"
#include "core/maps/region_masking.h"
#include "core/maps/ssim.h"
#include "core/methods/inpaint_ae/inpaint_trainer.h"
#include "core/methods/inpaint_ae/training_preview.h"
#include "core/training/module_state.h"
#include "core/training/training_resources.h"

namespace ds {
namespace {


// Decoded training images as 8-bit HWC matrices: a quarter of the float memory, and what the
// OpenCV corruption pipeline works on.
std::vector<cv::Mat> collectImages(BatchSource& source, JobContext& ctx) {
  std::vector<cv::Mat> images;
  torch::Tensor batch;
  source.reset();
  while (source.next(batch)) {
    ctx.checkCancelled();
    const torch::Tensor bytes =
        batch.to(torch::kCPU).mul(255.0).round().clamp(0, 255).to(torch::kUInt8).permute({0, 2, 3, 1}).contiguous();
    for (int64_t i = 0; i < bytes.size(0); ++i) {
      const torch::Tensor one = bytes[i];
      images.push_back(cv::Mat(static_cast<int>(one.size(0)), static_cast<int>(one.size(1)), CV_8UC3, one.data_ptr()).clone());
    }
    ctx.progress(static_cast<int>(images.size()), source.imageCount(), QCoreApplication::translate("InpaintAE", "Loading training images"));
  }
  if (images.empty()) throw Error(QCoreApplication::translate("InpaintAE", "none of the %1 training images could be loaded").arg(source.imageCount()));
  return images;
}

// The digest of the networks a continued training starts from (its checkpoint's fingerprint).
QString startDigest(const std::vector<inpaint::InpaintNetwork>& networks) {
  std::vector<const torch::nn::Module*> modules;
  for (const inpaint::InpaintNetwork& net : networks) modules.push_back(net.get());
  return moduleStateDigest(modules);
}

}  // namespace

MethodInfo InpaintAutoencoderMethod::info() {
  MethodInfo info{QStringLiteral("inpaint_ae"), QCoreApplication::translate("InpaintAE", "Inpainting autoencoder (Bauer et al.)"),
          QCoreApplication::translate("InpaintAE", "An autoencoder trained from scratch to restore corrupted patches of defect-free images; flags what it cannot reproduce."),
          inpaint::inpaintSettingSpecs(), QString(), true, true, &inpaint::previewTrainingSamples};
  info.update = ModelUpdate::Continued;
  return info;
}

InpaintAutoencoderMethod::InpaintAutoencoderMethod(const MethodSettings& settings, const MethodEnvironment& environment)
    : settings_(settings),
      environment_(environment),
      config_(inpaint::inpaintConfig(settings, environment.device)),
      device_(environment.device.toStdString()) {}

void InpaintAutoencoderMethod::fit(BatchSource& train, JobContext& ctx) { this->train(train, ctx, nullptr); }

void InpaintAutoencoderMethod::update(BatchSource& images, JobContext& ctx, int epochs) {
  if (networks_.empty()) throw Error(QCoreApplication::translate("InpaintAE", "the model holds no trained network"));
  if (epochs > 0) config_.epochs = epochs;
  const std::vector<inpaint::InpaintNetwork> start = networks_;
  train(images, ctx, &start);
}

void InpaintAutoencoderMethod::setCheckpoint(const QString& path, bool resume) {
  environment_.checkpoint = path;
  environment_.resume = resume;
}

void InpaintAutoencoderMethod::train(BatchSource& source, JobContext& ctx, const std::vector<inpaint::InpaintNetwork>* start) {
  std::vector<cv::Mat> all = collectImages(source, ctx);
  const int height = all.front().rows, width = all.front().cols;
  config_.samples.resolution = inpaint::trainingResolution(height, width);
  // What a checkpoint must share to be resumed: the settings that shape training (not the map's
  // post-processing), the input, the images and the seed.
  QJsonObject trainingSettings = settings_.toJson();
  for (const char* mapOnly : {"difference", "smooth_k", "smooth_n", "image_score", "avgmap_power", "checkpoint_every"})
    trainingSettings.remove(QLatin1String(mapOnly));
  QCryptographicHash content(QCryptographicHash::Sha1);  // other images of the same count must not resume
  for (const cv::Mat& m : all) content.addData(QByteArrayView(reinterpret_cast<const char*>(m.data), static_cast<qsizetype>(m.total() * m.elemSize())));
  const QJsonObject fingerprint{{QStringLiteral("settings"), trainingSettings},
                                {QStringLiteral("content"), QString::fromLatin1(content.result().toHex())},
                                {QStringLiteral("width"), width},
                                {QStringLiteral("height"), height},
                                {QStringLiteral("images"), static_cast<int>(all.size())},
                                {QStringLiteral("seed"), QString::number(environment_.seed)},
                                {QStringLiteral("continued_from"), start ? startDigest(*start) : QString()}};
  const inpaint::TrainingImages images = inpaint::splitTrainingImages(std::move(all), config_.validationFraction, environment_.seed);
  ctx.message(QCoreApplication::translate("InpaintAE", "%1 training and %2 validation images, %3×%3 training crops, network width %4")
                  .arg(images.train.size())
                  .arg(images.validation.size())
                  .arg(config_.samples.resolution)
                  .arg(config_.shape.width));
  inpaint::InpaintTrainer trainer(config_, environment_.seed, environment_.checkpoint, environment_.resume, fingerprint);
  networks_ = trainer.train(images, ctx, start);

  // eq. (13): the mean anomaly map of the (uncorrupted) validation images, per network.
  avgmaps_.assign(networks_.size(), torch::Tensor());
  if (!images.validation.empty()) {
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> v;
    for (const cv::Mat& m : images.validation)
      v.push_back(torch::from_blob(m.data, {m.rows, m.cols, 3}, torch::kUInt8).permute({2, 0, 1}).to(torch::kFloat32).div(255.0));
    const torch::Tensor validation = torch::stack(v).to(device_);
    for (std::size_t n = 0; n < networks_.size(); ++n) {
      torch::Tensor sum;
      for (int64_t i = 0; i < validation.size(0); i += config_.batchSize) {
        const torch::Tensor maps = anomalyMap(n, validation.slice(0, i, i + config_.batchSize)).sum(0);
        sum = sum.defined() ? sum + maps : maps;
      }
      avgmaps_[n] = sum / static_cast<double>(validation.size(0));
    }
  }
  training_ = QJsonObject{{QStringLiteral("train_images"), static_cast<int>(images.train.size())},
                          {QStringLiteral("validation_images"), static_cast<int>(images.validation.size())},
                          {QStringLiteral("resolution"), config_.samples.resolution}};
}

torch::Tensor InpaintAutoencoderMethod::anomalyMap(std::size_t network, const torch::Tensor& images) {
  const torch::Tensor restored = networks_[network]->forward(images);
  torch::Tensor diff;
  if (config_.difference == inpaint::Difference::Ssim) diff = (1.0 - maps::ssimMap(images, restored)).clamp_min(0).mean(1);
  else diff = (images - restored).pow(2).mean(1);  // eq. (2)
  torch::Tensor anomap = maps::boxFilter(diff, config_.smoothK, config_.smoothN);  // eq. (3)
  // eq. (14): damp what the network fails to reproduce on normal images too (applied only once
  // the validation mean exists; t = 0 leaves the map unchanged).
  if (config_.avgmapPower > 0 && network < avgmaps_.size() && avgmaps_[network].defined())
    anomap = anomap * (1.0 - avgmaps_[network]).clamp_min(0).pow(config_.avgmapPower);
  return anomap;
}

ScoreMaps InpaintAutoencoderMethod::predict(const torch::Tensor& images) {
  torch::NoGradGuard noGrad;
  if (networks_.empty()) throw Error(QCoreApplication::translate("InpaintAE", "the model holds no trained network"));
  if (images.size(2) % 8 != 0 || images.size(3) % 8 != 0)
    throw Error(QCoreApplication::translate("InpaintAE", "image size %1×%2 is not a multiple of 8").arg(images.size(3)).arg(images.size(2)));
  torch::Tensor maps;
  for (std::size_t n = 0; n < networks_.size(); ++n) {
    const torch::Tensor m = anomalyMap(n, images);
    maps = maps.defined() ? torch::maximum(maps, m) : m;  // the ensemble (Table 4, "Ens."): pixel-wise maximum
  }
  // The paper's image score is the sum of the anomaly map (§3.1); the maximum is an option. Both
  // over the inspection region only.
  maps = maps::inRegion(maps, region_);
  return {config_.scoreBySum ? maps.flatten(1).sum(1) : maps::maxInRegion(maps, region_), maps};
}

double InpaintAutoencoderMethod::scoreStitched(const torch::Tensor& map) const {
  return config_.scoreBySum ? map.sum().item<double>() : map.max().item<double>();
}

void InpaintAutoencoderMethod::save(ModelArchive& out) const {
  for (std::size_t n = 0; n < networks_.size(); ++n) {
    putModuleState(out, QStringLiteral("network%1").arg(n), *networks_[n]);
    if (avgmaps_[n].defined()) out.putTensor(QStringLiteral("avgmap%1").arg(n), avgmaps_[n].to(torch::kCPU));
  }
  out.header()[QStringLiteral("inpaint_ae")] = training_;
}

void InpaintAutoencoderMethod::load(const ModelArchive& in) {
  networks_.clear();
  avgmaps_.clear();
  for (std::size_t n = 0; n < config_.objectives.size(); ++n) {
    inpaint::InpaintNetwork net(config_.shape);  // its initial weights are overwritten
    loadModuleState(in, QStringLiteral("network%1").arg(n), *net);
    net->to(device_);
    net->eval();
    networks_.push_back(net);
    const QString avg = QStringLiteral("avgmap%1").arg(n);
    avgmaps_.push_back(in.hasTensor(avg) ? in.tensor(avg).to(device_) : torch::Tensor());
  }
  training_ = in.header().value(QStringLiteral("inpaint_ae")).toObject();
}

QJsonObject InpaintAutoencoderMethod::summary() const {
  int64_t parameters = 0;
  for (const auto& net : networks_)
    for (const auto& p : net->parameters()) parameters += p.numel();
  QJsonObject s = training_;
  s[QStringLiteral("preset")] = config_.preset;
  s[QStringLiteral("networks")] = static_cast<int>(networks_.size());
  s[QStringLiteral("parameters")] = static_cast<double>(parameters);
  s[QStringLiteral("network_width")] = config_.shape.width;
  return s;
}

inpaint::InpaintConfig InpaintAutoencoderMethod::configFor(int trainImages) const {
  const int validation = inpaint::validationCount(trainImages, config_.validationFraction);
  inpaint::InpaintConfig c = config_;
  c.batchSize = std::min(config_.batchSize, std::max(1, trainImages - validation));
  return c;
}

// The training images held as 8-bit images; the validation images as float targets, corrupted
// inputs and masks (7 floats a pixel); the loader's batches; and one training iteration's tensors
// (network, optimiser state, activations, gradients), measured on random data.
TrainingFootprint InpaintAutoencoderMethod::trainingFootprint(int height, int width, int trainImages) const {
  const double pixels = static_cast<double>(height) * width;
  const int validation = inpaint::validationCount(trainImages, config_.validationFraction);
  const double iteration = inpaint::InpaintTrainer::iterationBytes(configFor(trainImages), inpaint::trainingResolution(height, width), environment_.device);
  return {trainImages * pixels * 3.0 + validation * pixels * 7.0 * sizeof(float) + loadedBatchBytes(height, width) + iteration, 0};
}

TrainingEstimate InpaintAutoencoderMethod::estimateTraining(int height, int width, int trainImages) {
  const int resolution = inpaint::trainingResolution(height, width);
  const int validation = inpaint::validationCount(trainImages, config_.validationFraction);
  const inpaint::InpaintConfig c = configFor(trainImages);
  const int batch = c.batchSize;
  const int iterations = (std::max(1, trainImages - validation) + batch - 1) / batch;
  const double perIteration = inpaint::InpaintTrainer::secondsPerIteration(c, resolution, environment_.device);
  // Validation: a forward pass (≈ ⅓ of a training step per image) over the held-out images.
  const double validationSeconds = perIteration / batch / 3.0 * validation * (static_cast<double>(height) * width) / (resolution * resolution);
  return {perIteration * iterations + validationSeconds, config_.epochs, static_cast<int>(config_.objectives.size()), config_.patience > 0};
}

}  // namespace ds
