#include "core/methods/inpaint_ae/inpaint_config.h"

#include <QCoreApplication>
#include <algorithm>

#include "core/error.h"

namespace ds::inpaint {

std::vector<SettingSpec> inpaintSettingSpecs() {
  const auto s = [](const char* key, QVariant value, const char* description, QStringList choices = {}) {
    return settingSpec("InpaintAE", key, std::move(value), description, std::move(choices));
  };
  const auto fromPreset = [](const char* key, QVariant value, const char* description) { return presetNumber("InpaintAE", key, std::move(value), description); };
  return {
      s("preset", QStringLiteral("auto"),
        QT_TRANSLATE_NOOP("InpaintAE", "fast: 256-pixel images, half width, 12 epochs at learning rate 1e-3 (for a CPU); paper: 512 pixels, full width, 100 epochs at 1e-4; auto: fast on a CPU, paper on CUDA"),
        {QStringLiteral("auto"), QStringLiteral("fast"), QStringLiteral("paper")}),
      fromPreset("width", 0.0, QT_TRANSLATE_NOOP("InpaintAE", "channel width multiplier (1.0 = the paper's filters; 0 = the preset's)")).within(0.05, 4),
      s("kernel", 3, QT_TRANSLATE_NOOP("InpaintAE", "kernel width f of the stacked dilated convolutions (3 or 5)")).within(3, 5),
      s("padding", QStringLiteral("replicate"),
        QT_TRANSLATE_NOOP("InpaintAE", "how convolutions see beyond the image border: replicate the edge pixels, or zeros"),
        {QStringLiteral("replicate"), QStringLiteral("zeros")}),
      s("objective", QStringLiteral("1"),
        QT_TRANSLATE_NOOP("InpaintAE", "training objective: 1 = reconstruct (eq. 1), 4 = contrast in corrupted areas (eq. 4), ensemble = both models, pixel-wise maximum"),
        {QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("ensemble")}),
      s("lambda", 0.5, QT_TRANSLATE_NOOP("InpaintAE", "weight λ of the corrupted-region term")).within(0, 1),
      fromPreset("epochs", 0, QT_TRANSLATE_NOOP("InpaintAE", "training epochs (0 = the preset's)")).within(1, 1000000),
      s("batch_size", 4, QT_TRANSLATE_NOOP("InpaintAE", "training images per step")).within(1, 256),
      fromPreset("learning_rate", 0.0, QT_TRANSLATE_NOOP("InpaintAE", "Adam learning rate (0 = the preset's: paper 1e-4, fast 1e-3 for its few epochs)")).within(1e-8, 1),
      s("patience", 5, QT_TRANSLATE_NOOP("InpaintAE", "stop after this many epochs without a lower validation loss (0 = never)")).within(0, 1000000),
      s("validation", 0.05, QT_TRANSLATE_NOOP("InpaintAE", "fraction of the training images held out for validation")).within(0, 0.5),
      s("checkpoint_every", 50, QT_TRANSLATE_NOOP("InpaintAE", "write a resumable checkpoint every this many iterations")).within(1, 1e9),
      s("crop_start", 0.5, QT_TRANSLATE_NOOP("InpaintAE", "progressive training: first crop side as a fraction of the network input (1 = no progression)")).within(0.05, 1),
      s("crop_growth", 0.5, QT_TRANSLATE_NOOP("InpaintAE", "fraction of the epochs over which the crop grows to the full input")).within(0, 1),
      s("corruptions", QStringLiteral("elastic"),
        QT_TRANSLATE_NOOP("InpaintAE", "corruptions alternated in training: elastic, occlusion, rotation (comma-separated)")),
      s("max_area", 0.15, QT_TRANSLATE_NOOP("InpaintAE", "largest corrupted fraction of an image |S|/N")).within(0.001, 0.5),
      s("patch_min", 0.1, QT_TRANSLATE_NOOP("InpaintAE", "smallest corrupted patch side, fraction of the image's shorter side")).within(0.01, 1),
      s("patch_max", 0.4, QT_TRANSLATE_NOOP("InpaintAE", "largest corrupted patch side, fraction of the image's shorter side")).within(0.01, 1),
      s("brightness", 0.2, QT_TRANSLATE_NOOP("InpaintAE", "largest relative brightness change of a corrupted patch (0 = none)")).within(0, 1),
      s("rotate90", true, QT_TRANSLATE_NOOP("InpaintAE", "augment with rotations by multiples of 90°")),
      s("flip_h", true, QT_TRANSLATE_NOOP("InpaintAE", "augment with horizontal flips")),
      s("flip_v", true, QT_TRANSLATE_NOOP("InpaintAE", "augment with vertical flips")),
      s("difference", QStringLiteral("squared"),
        QT_TRANSLATE_NOOP("InpaintAE", "difference map: squared = channel mean of (X − F(X))² (eq. 2), ssim = 1 − SSIM"),
        {QStringLiteral("squared"), QStringLiteral("ssim")}),
      s("smooth_k", 7, QT_TRANSLATE_NOOP("InpaintAE", "averaging filter size k of the anomaly map (odd)")).within(1, 99),
      s("smooth_n", 3, QT_TRANSLATE_NOOP("InpaintAE", "number n of averaging passes (0 = none)")).within(0, 1000000),
      s("image_score", QStringLiteral("sum"),
        QT_TRANSLATE_NOOP("InpaintAE", "image score from the anomaly map: sum (the paper's) or max (for small defects on large images)"),
        {QStringLiteral("sum"), QStringLiteral("max")}),
      s("avgmap_power", 0.0,
        QT_TRANSLATE_NOOP("InpaintAE", "t of eq. 14: damp the map where the validation images' mean map is high (0 = off; for objects)")).within(0, 100),
  };
}

InpaintConfig inpaintConfig(const MethodSettings& settings, const QString& device) {
  InpaintConfig c;
  c.preset = settings.text(QStringLiteral("preset"));
  if (c.preset == QLatin1String("auto")) c.preset = device.startsWith(QLatin1String("cuda")) ? QStringLiteral("paper") : QStringLiteral("fast");
  const bool paper = c.preset == QLatin1String("paper");
  c.shortSide = paper ? 512 : 256;
  const double width = settings.real(QStringLiteral("width"));
  c.shape.width = width > 0 ? width : (paper ? 1.0 : 0.5);
  c.shape.kernel = settings.integer(QStringLiteral("kernel"));
  if (c.shape.kernel != 3 && c.shape.kernel != 5) throw Error(QCoreApplication::translate("InpaintAE", "setting kernel must be 3 or 5, not %1").arg(c.shape.kernel));
  c.shape.replicateBorders = settings.text(QStringLiteral("padding")) == QLatin1String("replicate");
  const QString objective = settings.text(QStringLiteral("objective"));
  if (objective == QLatin1String("1")) c.objectives = {Objective::Reconstruct};
  else if (objective == QLatin1String("4")) c.objectives = {Objective::Contrast};
  else c.objectives = {Objective::Reconstruct, Objective::Contrast};
  c.lambda = settings.real(QStringLiteral("lambda"));
  const int epochs = settings.integer(QStringLiteral("epochs"));
  c.epochs = epochs > 0 ? epochs : (paper ? 100 : 12);
  c.batchSize = settings.integer(QStringLiteral("batch_size"));
  const double learningRate = settings.real(QStringLiteral("learning_rate"));
  c.learningRate = learningRate > 0 ? learningRate : (paper ? 1e-4 : 1e-3);
  c.patience = std::max(0, settings.integer(QStringLiteral("patience")));
  c.validationFraction = settings.real(QStringLiteral("validation"));
  c.checkpointEvery = std::max(1, settings.integer(QStringLiteral("checkpoint_every")));

  SampleOptions& s = c.samples;
  s.cropStart = settings.real(QStringLiteral("crop_start"));
  s.cropGrowth = settings.real(QStringLiteral("crop_growth"));
  s.rotate90 = settings.boolean(QStringLiteral("rotate90"));
  s.flipH = settings.boolean(QStringLiteral("flip_h"));
  s.flipV = settings.boolean(QStringLiteral("flip_v"));
  CorruptionOptions& k = s.corruption;
  k.kinds = parseCorruptionKinds(settings.text(QStringLiteral("corruptions")));
  k.maxArea = settings.real(QStringLiteral("max_area"));
  k.minPatch = settings.real(QStringLiteral("patch_min"));
  k.maxPatch = settings.real(QStringLiteral("patch_max"));
  requireSettingRange(QStringLiteral("patch_max"), k.maxPatch, k.minPatch, 1.0);  // the fixed bounds are in the table
  k.brightness = settings.real(QStringLiteral("brightness"));

  c.difference = settings.text(QStringLiteral("difference")) == QLatin1String("ssim") ? Difference::Ssim : Difference::Squared;
  c.smoothK = settings.integer(QStringLiteral("smooth_k"));
  if (c.smoothK < 1 || c.smoothK % 2 == 0) throw Error(QCoreApplication::translate("InpaintAE", "setting smooth_k must be an odd number ≥ 1, not %1").arg(c.smoothK));
  c.smoothN = std::max(0, settings.integer(QStringLiteral("smooth_n")));
  c.scoreBySum = settings.text(QStringLiteral("image_score")) == QLatin1String("sum");
  c.avgmapPower = settings.real(QStringLiteral("avgmap_power"));
  return c;
}

int trainingResolution(int height, int width) { return std::min(height, width) / 8 * 8; }

double cropFraction(const SampleOptions& o, double epochsDone, int epochs) {
  const double growthEpochs = o.cropGrowth * epochs;
  if (growthEpochs <= 0) return 1.0;
  return o.cropStart + (1.0 - o.cropStart) * std::min(1.0, epochsDone / growthEpochs);
}

}  // namespace ds::inpaint
