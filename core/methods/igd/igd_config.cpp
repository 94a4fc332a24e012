#include "core/methods/igd/igd_config.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

#include "core/error.h"

namespace ds::igd {
namespace {

int roundTo32(double side) { return std::max(32, static_cast<int>(std::lround(side / 32.0)) * 32); }

// The smallest side MS-SSIM with this window and these scales accepts (maps::msSsimMinimumSide,
// restated here to keep this file free of LibTorch).
int msSsimMinimumSide(const MsSsimShape& s) { return (s.window - 1) * (1 << (s.scales - 1)) + 1; }

}  // namespace

std::vector<SettingSpec> igdSettingSpecs() {
  const auto s = [](const char* key, QVariant value, const char* description, QStringList choices = {}) {
    return settingSpec("IGD", key, std::move(value), description, std::move(choices));
  };
  const auto fromPreset = [](const char* key, QVariant value, const char* description) { return presetNumber("IGD", key, std::move(value), description); };
  return {
      s("preset", QStringLiteral("auto"),
        QT_TRANSLATE_NOOP("IGD", "fast: 128-pixel global model, 8 patches per image, 12 epochs at learning rate 1e-3 (for a CPU); paper: 256 pixels, every patch, 256 epochs at 1e-4; auto: fast on a CPU, paper on CUDA"),
        {QStringLiteral("auto"), QStringLiteral("fast"), QStringLiteral("paper")}),
      s("models", QStringLiteral("both"),
        QT_TRANSLATE_NOOP("IGD", "which models to train and score with: both (eq. 13), global (whole image) or local (patches)"),
        {QStringLiteral("both"), QStringLiteral("global"), QStringLiteral("local")}),
      s("encoder", QStringLiteral("pretrained"),
        QT_TRANSLATE_NOOP("IGD", "encoder: pretrained = the backbone's trunk, frozen, and a trained linear layer to the latent space; scratch = ResNet-18 trained from scratch"),
        {QStringLiteral("pretrained"), QStringLiteral("scratch")}),
      fromPreset("global_size", 0, QT_TRANSLATE_NOOP("IGD", "shorter side of the global model's input in pixels, a multiple of 32 (0 = the preset's: fast 128, paper 256)")).within(32, 4096),
      s("patch_size", 32, QT_TRANSLATE_NOOP("IGD", "side of the local model's patches in pixels (a multiple of 32)")).within(32, 1024),
      s("patch_stride", 16, QT_TRANSLATE_NOOP("IGD", "step between the local model's patches in pixels")).within(1, 1024),
      fromPreset("patches_per_image", -1,
                 QT_TRANSLATE_NOOP("IGD", "local model: random patches per training image and epoch (0 = every patch position; -1 = the preset's: fast 8, paper every position)")).within(-1, 100000),
      s("latent_dim", 128, QT_TRANSLATE_NOOP("IGD", "dimension Z of the latent space")).within(2, 4096),
      fromPreset("width", 0.0, QT_TRANSLATE_NOOP("IGD", "channel width multiplier of decoder and critic (1.0 = the reverse ResNet-18; 0 = the preset's: fast 0.5, paper 1.0)")).within(0.0625, 4),
      fromPreset("epochs", 0, QT_TRANSLATE_NOOP("IGD", "training epochs of each model (0 = the preset's: fast 12, paper 256)")).within(1, 100000),
      fromPreset("batch_size", 0, QT_TRANSLATE_NOOP("IGD", "global model: images per step (0 = the preset's: fast 16, paper 64)")).within(1, 4096),
      s("patch_batch", 64, QT_TRANSLATE_NOOP("IGD", "local model: patches per step")).within(2, 65536),
      fromPreset("learning_rate", 0.0, QT_TRANSLATE_NOOP("IGD", "Adam learning rate (0 = the preset's: paper 1e-4, fast 1e-3 for its few epochs)")).within(1e-12, 1),
      s("weight_decay", 1e-6, QT_TRANSLATE_NOOP("IGD", "Adam weight decay")).within(0, 1),
      s("lr_decay", QStringLiteral("poly"),
        QT_TRANSLATE_NOOP("IGD", "learning-rate schedule: poly = × (1 − step/steps)^0.9 (the authors' code), constant"),
        {QStringLiteral("poly"), QStringLiteral("constant")}),
      fromPreset("estep_every", 0, QT_TRANSLATE_NOOP("IGD", "epochs between E-steps re-estimating μ and σ (0 = the preset's: fast 3, paper 10)")).within(1, 100000),
      s("estep_samples", 4096, QT_TRANSLATE_NOOP("IGD", "most samples (images or patches) an E-step averages over")).within(1, 10000000),
      s("rho", 0.15, QT_TRANSLATE_NOOP("IGD", "ρ of eq. 12: weight of the absolute error beside 1 − MS-SSIM")).within(0, 1),
      s("lambda1", 1.0, QT_TRANSLATE_NOOP("IGD", "λ1 of eq. 7: weight of the critic loss ℓ_d")).within(0, 1000),
      s("lambda2", 1.0, QT_TRANSLATE_NOOP("IGD", "λ2 of eq. 7: weight of the reconstruction constraint ℓ_f,g")).within(0, 1000),
      s("lambda3", 0.1, QT_TRANSLATE_NOOP("IGD", "λ3 of eq. 11: weight of fooling the critic")).within(0, 1000),
      fromPreset("msssim_window", 0, QT_TRANSLATE_NOOP("IGD", "global model's MS-SSIM window (odd; 0 = 11, or the largest that fits all scales of a smaller image)")).within(1, 31),
      s("msssim_scales", 5, QT_TRANSLATE_NOOP("IGD", "global model's MS-SSIM scales (1–5)")).within(1, 5),
      s("local_msssim_window", 3, QT_TRANSLATE_NOOP("IGD", "local model's MS-SSIM window (odd)")).within(1, 31),
      s("local_msssim_scales", 4, QT_TRANSLATE_NOOP("IGD", "local model's MS-SSIM scales (1–5)")).within(1, 5),
      s("global_weight", 1.0, QT_TRANSLATE_NOOP("IGD", "weight of the global model's score and map (eqs. 13, 16: 1)")).within(0, 1000),
      s("local_weight", 1.0, QT_TRANSLATE_NOOP("IGD", "weight of the local model's score and map (eqs. 13, 16: 1)")).within(0, 1000),
      s("term_weights", QStringLiteral("paper"),
        QT_TRANSLATE_NOOP("IGD", "image score of each model: paper = ℓ_r + ℓ_h (eqs. 14, 15); authors = the authors' code: global 0.1·ℓ_r + 0.9·ℓ_h, local 0.9·ℓ_r + 0.1·ℓ_h"),
        {QStringLiteral("paper"), QStringLiteral("authors")}),
      s("checkpoint_every", 50, QT_TRANSLATE_NOOP("IGD", "write a resumable checkpoint every this many iterations")).within(1, 1000000000),
  };
}

IgdConfig igdConfig(const MethodSettings& settings, const QString& device) {
  IgdConfig c;
  c.preset = settings.text(QStringLiteral("preset"));
  if (c.preset == QLatin1String("auto")) c.preset = device.startsWith(QLatin1String("cuda")) ? QStringLiteral("paper") : QStringLiteral("fast");
  const bool paper = c.preset == QLatin1String("paper");
  const QString models = settings.text(QStringLiteral("models"));
  c.global = models != QLatin1String("local");
  c.local = models != QLatin1String("global");
  c.model.pretrainedEncoder = settings.text(QStringLiteral("encoder")) == QLatin1String("pretrained");

  // Ranges are declared in the setting table (igdSettingSpecs) and checked when the settings are set.
  const auto integer = [&](const char* key) { return settings.integer(QLatin1String(key)); };
  const auto real = [&](const char* key) { return settings.real(QLatin1String(key)); };
  const auto orPreset = [](auto value, auto fast, auto paperValue, bool isPaper) { return value > 0 ? value : (isPaper ? paperValue : fast); };

  c.globalSide = orPreset(integer("global_size"), 128, 256, paper);
  if (c.globalSide % 32 != 0) throw Error(QCoreApplication::translate("IGD", "setting global_size must be a multiple of 32, not %1").arg(c.globalSide));
  c.patchSize = integer("patch_size");
  if (c.patchSize % 32 != 0) throw Error(QCoreApplication::translate("IGD", "setting patch_size must be a multiple of 32, not %1").arg(c.patchSize));
  c.patchStride = integer("patch_stride");
  requireSettingRange(QStringLiteral("patch_stride"), c.patchStride, 1, c.patchSize);
  const int perImage = integer("patches_per_image");
  c.patchesPerImage = perImage >= 0 ? perImage : (paper ? 0 : 8);
  c.model.latentDim = integer("latent_dim");
  c.model.width = orPreset(real("width"), 0.5, 1.0, paper);
  c.epochs = orPreset(integer("epochs"), 12, 256, paper);
  c.batchSize = orPreset(integer("batch_size"), 16, 64, paper);
  c.patchBatch = integer("patch_batch");
  c.learningRate = orPreset(real("learning_rate"), 1e-3, 1e-4, paper);
  c.weightDecay = real("weight_decay");
  c.polyDecay = settings.text(QStringLiteral("lr_decay")) == QLatin1String("poly");
  c.estepEvery = orPreset(integer("estep_every"), 3, 10, paper);
  c.estepSamples = integer("estep_samples");
  c.model.rho = real("rho");
  c.model.lambda1 = real("lambda1");
  c.model.lambda2 = real("lambda2");
  c.model.lambda3 = real("lambda3");
  c.globalMsSsim.scales = integer("msssim_scales");
  c.globalMsSsim.window = integer("msssim_window");
  // The standard 11-pixel window, or the largest odd one that fits every scale of a smaller image.
  if (c.globalMsSsim.window == 0)
    for (c.globalMsSsim.window = 11; c.globalMsSsim.window > 3 && msSsimMinimumSide(c.globalMsSsim) > c.globalSide;) c.globalMsSsim.window -= 2;
  c.localMsSsim = {integer("local_msssim_window"), integer("local_msssim_scales")};
  for (const auto& [key, shape, side] : {std::tuple{"msssim_window", c.globalMsSsim, c.globalSide}, std::tuple{"local_msssim_window", c.localMsSsim, c.patchSize}}) {
    if (shape.window % 2 == 0) throw Error(QCoreApplication::translate("IGD", "setting %1 must be odd, not %2").arg(QLatin1String(key)).arg(shape.window));
    if (msSsimMinimumSide(shape) > side)
      throw Error(QCoreApplication::translate("IGD", "setting %1: a %2-pixel window over %3 scales needs images of at least %4 pixels, the model's are %5")
                      .arg(QLatin1String(key))
                      .arg(shape.window)
                      .arg(shape.scales)
                      .arg(msSsimMinimumSide(shape))
                      .arg(side));
  }
  c.globalWeight = real("global_weight");
  c.localWeight = real("local_weight");
  if (settings.text(QStringLiteral("term_weights")) == QLatin1String("authors")) {
    c.globalTerms = {0.1, 0.9};
    c.localTerms = {0.9, 0.1};
  }
  c.checkpointEvery = integer("checkpoint_every");
  c.shortSide = 256;
  return c;
}

Extent globalExtent(const IgdConfig& config, int height, int width) {
  const double scale = static_cast<double>(config.globalSide) / std::min(height, width);
  return {roundTo32(height * scale), roundTo32(width * scale)};
}

}  // namespace ds::igd
