#include "core/methods/inspection_model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <cmath>
#include <set>

#include "core/data/image_tensor.h"
#include "core/error.h"
#include "core/io/model_archive.h"
#include "core/jobs/job_context.h"
#include "core/methods/anomaly_method.h"
#include "core/methods/method_registry.h"
#include "core/runtime/compute.h"
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

ImageSizeSpec withDefault(ImageSizeSpec size, const InputSpec& spec) {
  if (!size.isSet()) size.shortSide = spec.defaultShortSide;
  return size;
}

}  // namespace

struct InspectionModel::Impl {
  std::unique_ptr<AnomalyMethod> method;
  QJsonObject header;
  cv::Size inputSize;  // resized size
  cv::Size crop;       // centre crop of it fed to the method; empty = none
  Normalization normalization = Normalization::Unit;
  torch::Device device{torch::kCPU};
  QString checksum;
  std::set<QByteArray> trainingHashes;
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
  d.normalization = spec.normalization;
  const ImageSizeSpec size = withDefault(imageSize, spec);

  d.inputSize = resolveInputSize(samples, size, spec.stride, report);
  d.crop = size.resolveCrop(d.inputSize, spec.stride);

  QElapsedTimer timer;
  timer.start();
  LoadReport trainReport;
  ImageLoader loader(samples, model.loadOptions(), trainReport);
  LoaderBatchSource source(loader, d.normalization, d.device);
  d.method->fit(source, ctx);
  const double fitSeconds = timer.nsecsElapsed() / 1e9;
  for (const auto& p : trainReport.problems()) report.add(p.path, p.problem);

  QJsonObject& h = d.header;
  h[QStringLiteral("app_version")] = QStringLiteral(DEFECTSCOPE_VERSION);
  h[QStringLiteral("method")] = methodId;
  h[QStringLiteral("settings")] = methodSettings.toJson();
  QJsonObject input{{QStringLiteral("width"), d.inputSize.width},
                                           {QStringLiteral("height"), d.inputSize.height},
                                           {QStringLiteral("image_size"), size.toString()},
                                           {QStringLiteral("normalization"),
                                            d.normalization == Normalization::ImageNet ? QStringLiteral("imagenet")
                                                                                       : QStringLiteral("unit")}};
  if (!d.crop.empty())
    input[QStringLiteral("crop")] = QJsonObject{{QStringLiteral("width"), d.crop.width}, {QStringLiteral("height"), d.crop.height}};
  h[QStringLiteral("input")] = input;
  h[QStringLiteral("environment")] = QJsonObject{{QStringLiteral("device"), environment.device},
                                                 {QStringLiteral("seed"), QString::number(environment.seed)},
                                                 {QStringLiteral("backbone"), environment.backbone},
                                                 {QStringLiteral("weights"), environment.weights},
                                                 {QStringLiteral("threads"), compute::threads()}};
  h[QStringLiteral("training")] = QJsonObject{
      {QStringLiteral("n_train"), static_cast<int>(samples.size()) - trainReport.size()},
      {QStringLiteral("fit_s"), fitSeconds},
      {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
  h[QStringLiteral("summary")] = d.method->summary();
  return model;
}

TrainingEstimate InspectionModel::estimateTraining(const QString& methodId, const QStringList& settings,
                                                   const ImageSizeSpec& imageSize, const MethodEnvironment& environment,
                                                   const std::vector<Sample>& samples, LoadReport& report) {
  MethodSettings methodSettings = defaultSettings(methodId);
  methodSettings.assign(settings);
  const std::unique_ptr<AnomalyMethod> method = createMethod(methodId, methodSettings, environment);
  const InputSpec spec = method->inputSpec();
  const ImageSizeSpec size = withDefault(imageSize, spec);
  const cv::Size resized = resolveInputSize(samples, size, spec.stride, report);
  const cv::Size crop = size.resolveCrop(resized, spec.stride);
  const cv::Size input = crop.empty() ? resized : crop;
  return method->estimateTraining(input.height, input.width, static_cast<int>(samples.size()));
}

void InspectionModel::save(const QString& path) {
  ModelArchive archive;
  archive.header() = d_->header;
  d_->method->save(archive);
  if (!d_->trainingHashes.empty()) {
    // One 32-byte row per image, in the tensors rather than the header: the header is copied into
    // projects and reports, and thousands of hashes would bloat it.
    QByteArray rows;
    for (const QByteArray& h : d_->trainingHashes) rows += h;
    const auto n = static_cast<int64_t>(d_->trainingHashes.size());
    archive.putTensor(kTrainingHashes, torch::from_blob(rows.data(), {n, 32}, torch::kUInt8).clone());
  }
  archive.header()[QStringLiteral("model_bytes")] = static_cast<double>(archive.tensorBytes());
  archive.save(path);
  d_->header = archive.header();
  d_->checksum = archive.checksum();
}

InspectionModel InspectionModel::load(const QString& path, const QString& device) {
  const ModelArchive archive = ModelArchive::load(path);
  const QJsonObject& h = archive.header();
  const QString methodId = h.value(QStringLiteral("method")).toString();
  MethodSettings settings;
  try {
    settings = defaultSettings(methodId);
    settings.fromJson(h.value(QStringLiteral("settings")).toObject());
  } catch (const Error& e) {  // an unknown method or a bad setting in a hand-edited or damaged header: name the file
    throw Error(QStringLiteral("%1: %2").arg(path, e.message()));
  }
  const QJsonObject env = h.value(QStringLiteral("environment")).toObject();
  MethodEnvironment environment;
  environment.device = device;
  environment.seed = env.value(QStringLiteral("seed")).toString().toULongLong();
  environment.backbone = env.value(QStringLiteral("backbone")).toString();
  environment.weights = env.value(QStringLiteral("weights")).toString();

  InspectionModel model;
  Impl& d = *model.d_;
  d.device = torch::Device(device.toStdString());
  d.method = createMethod(methodId, settings, environment);
  d.method->load(archive);
  const QJsonObject input = h.value(QStringLiteral("input")).toObject();
  d.inputSize = cv::Size(input.value(QStringLiteral("width")).toInt(), input.value(QStringLiteral("height")).toInt());
  if (d.inputSize.empty()) throw Error(QCoreApplication::translate("InspectionModel", "%1: the model has no input size (damaged model)").arg(path));
  const QJsonObject crop = input.value(QStringLiteral("crop")).toObject();
  d.crop = cv::Size(crop.value(QStringLiteral("width")).toInt(), crop.value(QStringLiteral("height")).toInt());
  d.normalization = input.value(QStringLiteral("normalization")).toString() == QLatin1String("imagenet")
                        ? Normalization::ImageNet
                        : Normalization::Unit;
  d.header = h;
  d.checksum = archive.checksum();
  if (archive.hasTensor(kTrainingHashes)) {
    const torch::Tensor rows = archive.tensor(kTrainingHashes).contiguous();
    if (rows.dim() != 2 || rows.size(1) != 32 || rows.scalar_type() != torch::kUInt8)
      throw Error(QCoreApplication::translate("InspectionModel", "%1: the training images' hashes are damaged").arg(path));
    const auto* bytes = reinterpret_cast<const char*>(rows.data_ptr<uint8_t>());
    for (int64_t i = 0; i < rows.size(0); ++i) d.trainingHashes.insert(QByteArray(bytes + 32 * i, 32));
  }
  return model;
}

std::vector<ImagePrediction> InspectionModel::predict(const std::vector<LoadedImage>& images) {
  if (images.empty()) return {};
  torch::NoGradGuard noGrad;
  const ScoreMaps out = d_->method->predict(imagesToTensor(images, d_->normalization, d_->device));
  const torch::Tensor scores = out.imageScores.to(torch::kCPU, torch::kFloat64).contiguous();
  const torch::Tensor maps = out.maps.to(torch::kCPU, torch::kFloat32).contiguous();
  std::vector<ImagePrediction> predictions(images.size());
  for (std::size_t i = 0; i < images.size(); ++i) {
    predictions[i].score = scores[static_cast<int64_t>(i)].item<double>();
    const torch::Tensor m = maps[static_cast<int64_t>(i)];
    predictions[i].map =
        cv::Mat(static_cast<int>(m.size(0)), static_cast<int>(m.size(1)), CV_32FC1, m.data_ptr<float>()).clone();
  }
  return predictions;
}

QString InspectionModel::methodId() const { return d_->header.value(QStringLiteral("method")).toString(); }
cv::Size InspectionModel::inputSize() const { return d_->crop.empty() ? d_->inputSize : d_->crop; }
bool InspectionModel::crops() const { return !d_->crop.empty(); }
LoadOptions InspectionModel::loadOptions(bool masks, bool originalMasks) const {
  LoadOptions o;
  o.size = d_->inputSize;
  o.crop = d_->crop;
  o.masks = masks;
  o.originalMasks = originalMasks;
  return o;
}
const QJsonObject& InspectionModel::header() const { return d_->header; }
QString InspectionModel::checksum() const { return d_->checksum; }

void InspectionModel::setThreshold(double image, double pixel, const QString& how) {
  QJsonObject t{{QStringLiteral("image"), image}, {QStringLiteral("chosen_by"), how}};
  if (std::isfinite(pixel)) t[QStringLiteral("pixel")] = pixel;
  d_->header[QStringLiteral("threshold")] = t;
}

void InspectionModel::setTrainingImages(std::vector<QByteArray> hashes) {
  d_->trainingHashes.clear();
  for (QByteArray& h : hashes)
    if (h.size() == 32) d_->trainingHashes.insert(std::move(h));
}

bool InspectionModel::knowsTrainingImages() const { return !d_->trainingHashes.empty(); }
bool InspectionModel::trainedOn(const QByteArray& hash) const { return d_->trainingHashes.count(hash) > 0; }

void InspectionModel::setHeldOut(const QJsonObject& holdout) { d_->header[QStringLiteral("holdout")] = holdout; }

QStringList InspectionModel::heldOutPaths() const {
  QStringList paths;
  for (const QJsonValue& v : d_->header.value(QStringLiteral("holdout")).toObject().value(QStringLiteral("images")).toArray())
    paths << v.toObject().value(QStringLiteral("path")).toString();
  return paths;
}

}  // namespace ds
