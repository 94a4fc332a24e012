#include "core/methods/inspection_model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <cmath>
#include <set>

#include "core/data/image_tensor.h"
#include "core/data/inspection_region.h"
#include "core/error.h"
#include "core/io/model_archive.h"
#include "core/jobs/job_context.h"
#include "core/methods/anomaly_method.h"
#include "core/methods/method_registry.h"
#include "core/runtime/compute.h"
#include "core/tiling/tile_batch_source.h"
#include "core/tiling/tiled_prediction.h"
#include "core/training/training_resources.h"
#include "version.h"

namespace ds {
namespace {

class LoaderBatchSource : public BatchSource {
 public:
  LoaderBatchSource(ImageLoader& loader, Normalization normalization, torch::Device device)
      : loader_(loader), normalization_(normalization), device_(device) {}
  bool next(torch::Tensor& batch) override {
    std::vector<LoadedImage> images;
    if (!loader_.next(images)) return false;
    delivered_ += static_cast<int>(images.size());
    batch = imagesToTensor(images, normalization_, device_);
    return true;
  }
  void reset() override {
    if (delivered_ == 0) return;  // the loader is already at the start and prefetching
    loader_.reset();
    delivered_ = 0;
  }
  int imageCount() const override { return loader_.sampleCount(); }

 private:
  ImageLoader& loader_;
  Normalization normalization_;
  torch::Device device_;
  int delivered_ = 0;
};

// The first image that loads fixes the model's input size.
cv::Size resolveInputSize(const std::vector<Sample>& samples, const ImageSizeSpec& size, int stride, LoadReport& report) {
  cv::Size firstSize;
  for (const Sample& s : samples) {
    try {
      firstSize = loadSample(s, {}).originalSize;
      break;
    } catch (const Error& e) {
      report.add(s.imagePath, e.message());
    }
  }
  if (firstSize.empty()) throw Error(QCoreApplication::translate("InspectionModel", "none of the %1 training images could be loaded").arg(samples.size()));
  return size.resolve(firstSize, stride);
}

const QString kTrainingHashes = QStringLiteral("training_image_hashes");
const QString kRegion = QStringLiteral("inspection_region");

ImageSizeSpec withDefault(ImageSizeSpec size, const InputSpec& spec) {
  if (!size.isSet()) size.shortSide = spec.defaultShortSide;
  return size;
}

// What a method is fitted on for `samples`: the tile, the crop or the resized image, and how many.
// Counted once per fit: a tiled count reads every file's header.
struct FitShape {
  cv::Size input;
  int count = 0;
  double heldBytes = 0;  // a tiled fit also holds two loaded images (the loader's prefetch) of up to the largest frame
};

FitShape fitShape(const ModelHeader::Input& input, const std::vector<Sample>& samples) {
  if (!input.tiling) return {input.seen(), static_cast<int>(samples.size()), 0};
  const TileCount count = countTiles(samples, *input.tiling);
  return {input.size, count.tiles, 2 * count.largestFramePixels * 3 * sizeof(float)};
}

TrainingFootprint footprintOf(const AnomalyMethod& method, const FitShape& shape) {
  TrainingFootprint f = method.trainingFootprint(shape.input.height, shape.input.width, shape.count);
  f.memoryBytes += shape.heldBytes;
  return f;
}

TrainingEstimate estimateOf(AnomalyMethod& method, const FitShape& shape) {
  TrainingEstimate e = method.estimateTraining(shape.input.height, shape.input.width, shape.count);
  e.footprint = footprintOf(method, shape);
  return e;
}

// What an update on shape's images costs: a continued training's time (for `epochs` epochs, 0: the
// method's setting) and footprint; the footprint alone for a method updated in one pass.
TrainingEstimate updateEstimateOf(AnomalyMethod& method, ModelUpdate update, const FitShape& shape, int epochs) {
  TrainingEstimate e;
  if (update != ModelUpdate::Continued) {
    e.footprint = footprintOf(method, shape);
    return e;
  }
  e = estimateOf(method, shape);
  if (epochs > 0 && e.epochs > 0) e.epochs = epochs;
  return e;
}

// The method's input resolved for training: the size (the tile when tiled) and crop from the first
// loadable image.
ModelHeader::Input resolveInput(const ImageSizeSpec& size, const InputSpec& spec, const std::vector<Sample>& samples, LoadReport& report) {
  size.checkTiling();
  ModelHeader::Input in;
  in.size = resolveInputSize(samples, size, spec.stride, report);
  in.imageSize = size.toString();
  in.normalization = spec.normalization;
  in.crop = size.resolveCrop(in.size, spec.stride);
  if (size.tiling) {
    in.tiling = size.tiling;
    in.tiling->tile = in.size;
  }
  return in;
}

// The batches a method is fitted on: whole images, or their `tiles` tiles.
std::unique_ptr<BatchSource> batchesFor(ImageLoader& loader, const ModelHeader::Input& input, int tiles, torch::Device device,
                                        LoadReport& report) {
  if (input.tiling) return std::make_unique<TileBatchSource>(loader, *input.tiling, tiles, input.normalization, device, report);
  return std::make_unique<LoaderBatchSource>(loader, input.normalization, device);
}

}  // namespace

struct InspectionModel::Impl {
  std::unique_ptr<AnomalyMethod> method;
  ModelHeader header;  // its input says the size images are resized to, and the centre crop the method sees
  torch::Device device{torch::kCPU};
  QString checksum;
  QString path;  // the file the model was loaded from or saved to; empty for one just trained
  std::set<QByteArray> trainingHashes;
  cv::Mat region;  // empty = the whole frame

  // Hands the region to the method as a float tensor on its device.
  void applyRegion() {
    method->setRegion(region.empty() ? torch::Tensor()
                                     : torch::from_blob(region.data, {region.rows, region.cols}, torch::kUInt8)
                                           .to(device, torch::kFloat32));
  }
};

InspectionModel::InspectionModel() : d_(std::make_unique<Impl>()) {}
InspectionModel::~InspectionModel() = default;
InspectionModel::InspectionModel(InspectionModel&&) noexcept = default;
InspectionModel& InspectionModel::operator=(InspectionModel&&) noexcept = default;

InspectionModel InspectionModel::train(const QString& methodId, const QStringList& settings,
                                       const ImageSizeSpec& imageSize, const MethodEnvironment& environment,
                                       const std::vector<Sample>& samples, LoadReport& report, JobContext& ctx) {
  if (samples.empty()) throw Error(QCoreApplication::translate("InspectionModel", "no training images"));
  MethodSettings methodSettings = defaultSettings(methodId);
  methodSettings.assign(settings);
  compute::seed(environment.seed);

  InspectionModel model;
  Impl& d = *model.d_;
  d.device = torch::Device(environment.device.toStdString());
  d.method = createMethod(methodId, methodSettings, environment);
  const InputSpec spec = d.method->inputSpec();
  const ImageSizeSpec size = withDefault(imageSize, spec);

  ModelHeader& h = d.header;
  h.appVersion = QStringLiteral(DEFECTSCOPE_VERSION);
  h.method = methodId;
  h.settings = methodSettings.toJson();
  h.input = resolveInput(size, spec, samples, report);
  h.environment = ModelHeader::Environment{environment.device, environment.seed, environment.backbone, environment.weights, compute::threads()};

  const FitShape shape = fitShape(h.input, samples);
  if (h.input.tiling && shape.count == 0)
    throw Error(QCoreApplication::translate("InspectionModel", "none of the %1 training images is as large as a %2×%3 tile")
                    .arg(samples.size())
                    .arg(h.input.size.width)
                    .arg(h.input.size.height));
  requireResources(footprintOf(*d.method, shape));

  QElapsedTimer timer;
  timer.start();
  LoadReport trainReport;
  ImageLoader loader(samples, model.loadOptions(), trainReport);
  const std::unique_ptr<BatchSource> source = batchesFor(loader, h.input, shape.count, d.device, trainReport);
  d.method->fit(*source, ctx);
  const double fitSeconds = timer.nsecsElapsed() / 1e9;
  for (const auto& p : trainReport.problems()) report.add(p.path, p.problem);

  h.training = ModelHeader::Training{static_cast<int>(samples.size()) - trainReport.size(), fitSeconds,
                                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
  h.summary = d.method->summary();
  return model;
}

int InspectionModel::update(const std::vector<Sample>& added, const UpdateTraining& training, LoadReport& report, JobContext& ctx) {
  const MethodInfo info = methodInfo(d_->header.method);
  if (info.update == ModelUpdate::None)
    throw Error(QCoreApplication::translate("InspectionModel", "a %1 model cannot be updated with further images; train it again").arg(info.title));
  if (added.empty()) throw Error(QCoreApplication::translate("InspectionModel", "no images to add"));
  QElapsedTimer timer;
  timer.start();
  const std::vector<Sample> images = updateImages(added, training);
  if (info.update == ModelUpdate::Continued) d_->method->setCheckpoint(training.checkpoint, training.resume);
  const FitShape shape = fitShape(d_->header.input, images);
  const TrainingEstimate estimate = updateEstimateOf(*d_->method, info.update, shape, training.epochs);
  requireResources(estimate.footprint);
  if (estimate.available())
    ctx.message(QCoreApplication::translate("InspectionModel", "continuing the training on %1 images: %2").arg(images.size()).arg(describeTime(estimate)));
  LoadReport updateReport;
  ImageLoader loader(images, loadOptions(), updateReport);
  const std::unique_ptr<BatchSource> source = batchesFor(loader, d_->header.input, shape.count, d_->device, updateReport);
  d_->method->update(*source, ctx, training.epochs);
  // Only the added images' problems count against what was added.
  std::set<QString> addedPaths;
  for (const Sample& s : added) addedPaths.insert(s.imagePath);
  int failed = 0;
  for (const auto& p : updateReport.problems()) {
    report.add(p.path, p.problem);
    failed += addedPaths.count(p.path) ? 1 : 0;
  }
  const int loaded = static_cast<int>(added.size()) - failed;
  if (loaded <= 0) throw Error(QCoreApplication::translate("InspectionModel", "none of the %1 images to add could be loaded").arg(added.size()));

  ModelHeader& h = d_->header;
  const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
  if (h.training) h.training->images += loaded;
  else h.training = ModelHeader::Training{loaded, 0, now};
  h.summary = d_->method->summary();
  recordVersion(modelUpdateName(info.update), loaded, timer.nsecsElapsed() / 1e9);
  return loaded;
}

std::vector<Sample> InspectionModel::updateImages(const std::vector<Sample>& added, const UpdateTraining& training) const {
  const MethodInfo info = methodInfo(d_->header.method);
  if (info.update != ModelUpdate::Continued) return added;
  if (training.trained.empty())
    throw Error(QCoreApplication::translate("InspectionModel", "continuing the training of a %1 model needs the images it was trained on "
                                                               "(give its training dataset)").arg(info.title));
  std::vector<Sample> images = training.trained;
  images.insert(images.end(), added.begin(), added.end());
  return images;
}

TrainingEstimate InspectionModel::estimateUpdate(const std::vector<Sample>& added, const UpdateTraining& training) const {
  return updateEstimateOf(*d_->method, methodInfo(d_->header.method).update, fitShape(d_->header.input, updateImages(added, training)), training.epochs);
}

void InspectionModel::recordVersion(const QString& how, int imagesAdded, double seconds) {
  d_->header.lineage.push_back({d_->checksum, imagesAdded, how, seconds, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
  d_->header.threshold.reset();  // chosen on the parent's scores
}

TrainingEstimate InspectionModel::estimateTraining(const QString& methodId, const QStringList& settings,
                                                   const ImageSizeSpec& imageSize, const MethodEnvironment& environment,
                                                   const std::vector<Sample>& samples, LoadReport& report) {
  MethodSettings methodSettings = defaultSettings(methodId);
  methodSettings.assign(settings);
  const std::unique_ptr<AnomalyMethod> method = createMethod(methodId, methodSettings, environment);
  const InputSpec spec = method->inputSpec();
  return estimateOf(*method, fitShape(resolveInput(withDefault(imageSize, spec), spec, samples, report), samples));
}

void InspectionModel::save(const QString& path) {
  ModelArchive archive;
  if (tiled()) archive.requireCurrentReader();  // earlier versions would score it as a whole-image model
  d_->method->save(archive);  // the tensors, and the method's own header section
  if (!d_->trainingHashes.empty()) {
    // One 32-byte row per image, in the tensors rather than the header: the header is copied into
    // projects and reports, and thousands of hashes would bloat it.
    QByteArray rows;
    for (const QByteArray& h : d_->trainingHashes) rows += h;
    const auto n = static_cast<int64_t>(d_->trainingHashes.size());
    archive.putTensor(kTrainingHashes, torch::from_blob(rows.data(), {n, 32}, torch::kUInt8).clone());
  }
  if (!d_->region.empty())
    archive.putTensor(kRegion, torch::from_blob(d_->region.data, {d_->region.rows, d_->region.cols}, torch::kUInt8).clone());
  d_->header.modelBytes = archive.tensorBytes();
  const QJsonObject common = d_->header.toJson();
  for (auto it = common.begin(); it != common.end(); ++it) archive.header().insert(it.key(), it.value());
  archive.save(path);
  d_->checksum = archive.checksum();
  d_->path = path;
}

InspectionModel InspectionModel::load(const QString& path, const QString& device) {
  const ModelArchive archive = ModelArchive::load(path);
  InspectionModel model;
  Impl& d = *model.d_;
  d.header = ModelHeader::fromJson(archive.header(), path);
  MethodEnvironment environment;
  environment.device = device;
  if (const auto& trained = d.header.environment) {
    environment.seed = trained->seed;
    environment.backbone = trained->backbone;
    environment.weights = trained->weights;
  }
  d.device = torch::Device(device.toStdString());
  d.method = createMethod(d.header.method, d.header.methodSettings(), environment);
  try {
    d.method->load(archive);
  } catch (const Error&) {
    throw;  // names the file already
  } catch (const std::exception& e) {
    // A checksum-valid file whose tensors have shapes the method cannot use: LibTorch's words alone
    // (and its backtrace) would not say which file is at fault.
    throw Error(QCoreApplication::translate("InspectionModel", "%1: the model's tensors do not match its method (damaged model): %2")
                    .arg(path, QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0)));
  }
  d.checksum = archive.checksum();
  d.path = path;
  if (archive.hasTensor(kTrainingHashes)) {
    const torch::Tensor rows = archive.tensor(kTrainingHashes).contiguous();
    if (rows.dim() != 2 || rows.size(1) != 32 || rows.scalar_type() != torch::kUInt8)
      throw Error(QCoreApplication::translate("InspectionModel", "%1: the training images' hashes are damaged").arg(path));
    const auto* bytes = reinterpret_cast<const char*>(rows.data_ptr<uint8_t>());
    for (int64_t i = 0; i < rows.size(0); ++i) d.trainingHashes.insert(QByteArray(bytes + 32 * i, 32));
  }
  if (d.header.region && !archive.hasTensor(kRegion))
    throw Error(QCoreApplication::translate("InspectionModel", "%1: the inspection region is missing (damaged model)").arg(path));
  if (archive.hasTensor(kRegion)) {
    const torch::Tensor region = archive.tensor(kRegion).contiguous();
    const cv::Size frame = model.inputSize();
    if (region.dim() != 2 || region.scalar_type() != torch::kUInt8 || region.size(0) != frame.height || region.size(1) != frame.width)
      throw Error(QCoreApplication::translate("InspectionModel", "%1: the inspection region does not match the model's input (damaged model)").arg(path));
    const cv::Mat mask(frame, CV_8UC1, region.data_ptr<uint8_t>());
    model.setInspectionRegion(mask.clone(), d.header.region ? d.header.region->source : QString());
  }
  return model;
}

std::vector<ImagePrediction> InspectionModel::predict(const std::vector<LoadedImage>& images) {
  if (images.empty()) return {};
  torch::NoGradGuard noGrad;
  // Not every shape a method uses can be checked when its file is loaded: a failure here names the
  // model, so that a damaged file is not taken for a problem with the images.
  const QString model = d_->path.isEmpty() ? QCoreApplication::translate("InspectionModel", "the new model") : d_->path;
  const auto damaged = [&model](const QString& why) {
    return Error(QCoreApplication::translate("InspectionModel", "%1: the model's tensors do not fit the images it scores (damaged model): %2").arg(model, why));
  };
  const auto run = [&](const torch::Tensor& batch, const torch::Tensor& windows) {
    ScoreMaps out;
    try {
      d_->method->setScoreWindows(windows);
      out = d_->method->predict(batch);
      d_->method->setScoreWindows({});  // no later predict call sees this batch's windows
    } catch (const c10::OutOfMemoryError&) {
      throw;  // not the file's fault
    } catch (const c10::Error& e) {
      throw damaged(QString::fromStdString(e.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0));
    } catch (const Error& e) {
      throw Error(model + QStringLiteral(": ") + e.message());
    }
    const int64_t n = batch.size(0);
    if (out.imageScores.numel() != n || out.maps.dim() != 3 || out.maps.size(0) != n || out.maps.size(1) != batch.size(2) ||
        out.maps.size(2) != batch.size(3) || (out.tileRank.defined() && out.tileRank.numel() != n))
      throw damaged(QCoreApplication::translate("InspectionModel", "maps of shape %1 for %2 images of %3×%4")
                        .arg(QString::fromStdString(c10::str(out.maps.sizes())))
                        .arg(n)
                        .arg(batch.size(3))
                        .arg(batch.size(2)));
    return out;
  };
  const ModelHeader::Input& input = d_->header.input;
  std::vector<ImagePrediction> predictions(images.size());
  if (input.tiling) {
    for (std::size_t i = 0; i < images.size(); ++i) {
      StitchedPrediction p = predictTiled(images[i].image, *input.tiling, input.normalization, d_->device, run, *d_->method);
      predictions[i] = {p.score, p.map};
    }
    return predictions;
  }
  const ScoreMaps out = run(imagesToTensor(images, input.normalization, d_->device), {});
  const torch::Tensor scores = out.imageScores.to(torch::kCPU, torch::kFloat64).contiguous();
  const torch::Tensor maps = out.maps.to(torch::kCPU, torch::kFloat32).contiguous();
  for (std::size_t i = 0; i < images.size(); ++i) {
    predictions[i].score = scores[static_cast<int64_t>(i)].item<double>();
    const torch::Tensor m = maps[static_cast<int64_t>(i)];
    predictions[i].map =
        cv::Mat(static_cast<int>(m.size(0)), static_cast<int>(m.size(1)), CV_32FC1, m.data_ptr<float>()).clone();
  }
  return predictions;
}

QString InspectionModel::methodId() const { return d_->header.method; }
cv::Size InspectionModel::inputSize() const { return d_->header.input.seen(); }
bool InspectionModel::crops() const { return !d_->header.input.crop.empty(); }
bool InspectionModel::tiled() const { return d_->header.input.tiling.has_value(); }
LoadOptions InspectionModel::loadOptions(bool masks, bool originalMasks) const {
  LoadOptions o;
  if (const auto& tiling = d_->header.input.tiling) {
    // Each image at its own size (times the scale), one at a time: a large image's tiles fill a batch.
    o.scale = tiling->scale;
    o.tile = tiling->tile;
    o.batchSize = 1;
  } else {
    o.size = d_->header.input.size;
    o.crop = d_->header.input.crop;
  }
  o.masks = masks;
  o.originalMasks = originalMasks;
  return o;
}
const ModelHeader& InspectionModel::header() const { return d_->header; }
QString InspectionModel::checksum() const { return d_->checksum; }

void InspectionModel::setThreshold(double image, double pixel, const QString& how) {
  d_->header.threshold = ModelHeader::Threshold{image, std::isfinite(pixel) ? pixel : qQNaN(), how};
}

void InspectionModel::setTrainingImages(std::vector<QByteArray> hashes) {
  d_->trainingHashes.clear();
  for (QByteArray& h : hashes)
    if (h.size() == 32) d_->trainingHashes.insert(std::move(h));
}

void InspectionModel::addTrainingImages(const std::vector<QByteArray>& hashes) {
  for (const QByteArray& h : hashes)
    if (h.size() == 32) d_->trainingHashes.insert(h);
}

bool InspectionModel::knowsTrainingImages() const { return !d_->trainingHashes.empty(); }
bool InspectionModel::trainedOn(const QByteArray& hash) const { return d_->trainingHashes.count(hash) > 0; }

void InspectionModel::setHeldOut(ModelHeader::Holdout holdout) { d_->header.holdout = std::move(holdout); }

void InspectionModel::setInspectionRegion(const cv::Mat& region, const QString& source) {
  if (region.empty()) {
    d_->region = cv::Mat();
    d_->header.region.reset();
  } else {
    if (tiled()) refuseRegionWithTiles();
    checkRegion(region, inputSize(), d_->path.isEmpty() ? source : d_->path);
    d_->region = region.clone();
    d_->header.region = ModelHeader::Region{inspectedFraction(region), source};
  }
  d_->applyRegion();
}

cv::Mat InspectionModel::inspectionRegion() const { return d_->region; }

QStringList InspectionModel::heldOutPaths() const {
  QStringList paths;
  if (d_->header.holdout)
    for (const ModelHeader::HeldOutImage& image : d_->header.holdout->images) paths << image.path;
  return paths;
}

}  // namespace ds
