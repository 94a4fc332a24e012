#include "core/methods/inpaint_ae/training_preview.h"

#include <QCoreApplication>
#include <algorithm>
#include <optional>

#include "core/data/dataset.h"
#include "core/data/image_loader.h"
#include "core/error.h"
#include "core/methods/inpaint_ae/inpaint_config.h"
#include "core/methods/inpaint_ae/training_samples.h"
#include "core/methods/method_registry.h"

namespace ds::inpaint {

std::vector<TrainingPreviewSample> previewTrainingSamples(const TrainingPreviewRequest& request, LoadReport& report) {
  MethodSettings methodSettings = defaultSettings(QStringLiteral("inpaint_ae"));
  methodSettings.assign(request.settings);
  InpaintConfig config = inpaintConfig(methodSettings, request.device);
  const int count = request.count;
  ImageSizeSpec size = request.imageSize;
  if (!size.isSet()) size.shortSide = config.shortSide;
  const std::vector<Sample> samples = Dataset::open(request.dataset, report).trainingSamples();
  std::vector<cv::Mat> images;
  std::optional<LoadOptions> options;  // fixed by the first image that loads, as in training
  for (const Sample& s : samples) {
    if (static_cast<int>(images.size()) >= std::max(count, 2)) break;
    try {
      if (!options) {
        options = LoadOptions{};
        options->size = size.resolve(loadSample(s, {}).originalSize, 8);
        options->crop = size.resolveCrop(options->size, 8);
      }
      cv::Mat bytes;  // 8-bit, as the training loop holds its images
      loadSample(s, *options).image.convertTo(bytes, CV_8UC3, 255.0);
      images.push_back(bytes);
    } catch (const Error& e) {
      report.add(s.imagePath, e.message());
    }
  }
  if (images.empty()) throw Error(QCoreApplication::translate("InpaintAE", "%1: no training image could be loaded").arg(request.dataset));
  config.samples.resolution = trainingResolution(images.front().rows, images.front().cols);
  const double crop = cropFraction(config.samples, std::clamp(request.trainingProgress, 0.0, 1.0) * config.epochs, config.epochs);
  std::vector<TrainingPreviewSample> out;
  for (int i = 0; i < count; ++i) {
    std::mt19937_64 rng(request.seed * 1000003ull + static_cast<quint64>(i));
    const std::size_t at = static_cast<std::size_t>(i) % images.size();
    const TrainingSample s = makeTrainingSample(images[at], images[(at + 1) % images.size()], config.samples, crop, rng);
    out.push_back({s.corruption.image, s.corruption.mask});
  }
  return out;
}

}  // namespace ds::inpaint
