#include "core/methods/semi_orthogonal/semi_orthogonal.h"

#include <QCoreApplication>
#include <stdexcept>
#include <QJsonArray>

#include "core/data/image_loader.h"
#include "core/error.h"
#include "core/io/model_archive.h"
#include "core/jobs/job_context.h"
#include "core/maps/map_filters.h"
#include "core/maps/region_masking.h"
#include "core/training/step_timing.h"
#include "core/training/training_resources.h"

namespace ds {
namespace {

semi_orthogonal::Embedding embeddingKind(const QString& name) {
  if (name == QLatin1String("sampled")) return semi_orthogonal::Embedding::Sampled;
  if (name == QLatin1String("gaussian")) return semi_orthogonal::Embedding::Gaussian;
  if (name == QLatin1String("full")) return semi_orthogonal::Embedding::Full;
  return semi_orthogonal::Embedding::SemiOrthogonal;
}

}  // namespace

MethodInfo SemiOrthogonalMethod::info() {
  MethodInfo info{QStringLiteral("semi_orthogonal"), QCoreApplication::translate("SemiOrthogonal", "Semi-orthogonal embedding"),
          QCoreApplication::translate("SemiOrthogonal", "Per-location Gaussians of multi-scale features through a random semi-orthogonal projection; "
            "Mahalanobis distance (Kim et al.)."),
          {{QStringLiteral("layers"), QString(), QCoreApplication::translate("SemiOrthogonal", "backbone stages to concatenate, 0-based (default: 0,1,2)"), {}},
           SettingSpec{QStringLiteral("k"), 0, QCoreApplication::translate("SemiOrthogonal", "embedding size (0 = 100 for ResNet-18 and TorchScript, 300 for WRN-50-2)"), {}}.within(0, 100000),
           SettingSpec{QStringLiteral("epsilon"), 0.01, QCoreApplication::translate("SemiOrthogonal", "ε added to each covariance's diagonal"), {}}.within(1e-9, 1e6),
           {QStringLiteral("embedding"), QStringLiteral("semi_orthogonal"),
            QCoreApplication::translate("SemiOrthogonal", "semi_orthogonal (the paper), sampled (PaDiM's random channels), gaussian (not orthogonalised), full (no reduction)"),
            {QStringLiteral("semi_orthogonal"), QStringLiteral("sampled"), QStringLiteral("gaussian"), QStringLiteral("full")}},
           SettingSpec{QStringLiteral("blur_sigma"), 4.0, QCoreApplication::translate("SemiOrthogonal", "Gaussian smoothing of the anomaly map, in pixels"), {}}.within(0, 100),
           SettingSpec{QStringLiteral("seed"), -1, QCoreApplication::translate("SemiOrthogonal", "seed of the random embedding (-1 = the run's --seed)"), {}}.within(-1, 2147483647)},
          QStringLiteral("resnet18")};
  info.update = ModelUpdate::Exact;
  info.measuresEstimate = true;
  return info;
}

SemiOrthogonalMethod::SemiOrthogonalMethod(const MethodSettings& settings, const MethodEnvironment& environment)
    : settings_(settings), environment_(environment), device_(environment.device.toStdString()) {
  if (environment_.backbone.isEmpty()) environment_.backbone = info().defaultBackbone;
  backbone_ = createFeatureExtractor(environment_.backbone, environment_.weights, device_, environment_.seed);
  const int available = backbone_->stageCount();
  std::vector<int> firstThree;  // the paper's stages 1–3 (layer1..layer3)
  for (int s = 0; s < std::min(3, available); ++s) firstThree.push_back(s);
  stages_ = parseLayers(settings.text(QStringLiteral("layers")), available, firstThree);
  int64_t features = 0;
  for (int s : stages_) features += backbone_->channels()[s];
  const QString kind = settings.text(QStringLiteral("embedding"));
  int64_t k = settings.integer(QStringLiteral("k"));
  if (k <= 0) k = backbone_->id() == QLatin1String("wide_resnet50_2") ? 300 : 100;
  if (kind == QLatin1String("full")) k = features;
  if (k > features) throw Error(QCoreApplication::translate("SemiOrthogonal", "k=%1 is larger than the %2 feature channels").arg(k).arg(features));
  const int seedSetting = settings.integer(QStringLiteral("seed"));
  const uint64_t seed = seedSetting >= 0 ? static_cast<uint64_t>(seedSetting) : environment_.seed;
  w_ = semi_orthogonal::embeddingMatrix(embeddingKind(kind), features, k, seed).to(device_, torch::kFloat32);
}

SemiOrthogonalMethod::~SemiOrthogonalMethod() = default;

InputSpec SemiOrthogonalMethod::inputSpec() const {
  int stride = 1;
  for (int s : stages_) stride = std::max(stride, backbone_->strides()[s]);
  return {backbone_->normalization(), stride, 256};
}

torch::Tensor SemiOrthogonalMethod::embedded(const torch::Tensor& images) {
  torch::NoGradGuard noGrad;
  const std::vector<torch::Tensor> maps = backbone_->forward(images, stages_);
  gridH_ = maps.front().size(2);
  gridW_ = maps.front().size(3);
  return semi_orthogonal::embed(maps, w_);
}

// Fit = embedding each image and adding it to the sums (linear in the images) + one inversion per
// location at the end (independent of them). Both are timed here on random data of the real shapes:
// one image, and the inversion of 1 024 locations' covariances, scaled to the grid.
TrainingEstimate SemiOrthogonalMethod::estimateTraining(int height, int width, int trainImages) {
  torch::NoGradGuard noGrad;
  const torch::Tensor image = torch::rand({1, 3, height, width}, torch::TensorOptions().device(device_));
  semi_orthogonal::LocationGaussians sums;
  const double perImage = training::secondsPerStep([&] { sums.add(embedded(image)); }, 2, device_);
  const int64_t locations = gridH_ * gridW_, k = w_.size(1), sample = std::min<int64_t>(locations, 1024);
  semi_orthogonal::LocationGaussians inverses;
  inverses.add(torch::randn({2, sample, k}, torch::TensorOptions().device(device_)));
  const double epsilon = settings_.real(QStringLiteral("epsilon"));
  const double inversion = training::secondsPerStep([&] { inverses.finish(epsilon); }, 1, device_);
  TrainingEstimate e;
  e.onePassSeconds = perImage * trainImages + inversion * static_cast<double>(locations) / static_cast<double>(sample);
  return e;
}

// Independent of the number of images: per location the double sums (k + k(k+1)/2 values), the shift
// and mean, the float precision matrix, and the inversion's double blocks; per batch the backbone's
// maps and their embedding.
TrainingFootprint SemiOrthogonalMethod::trainingFootprint(int height, int width, int) const {
  const int stride = finestStride(*backbone_, stages_);
  const double locations = static_cast<double>(height / stride) * (width / stride);
  const auto k = static_cast<double>(w_.size(1)), features = static_cast<double>(w_.size(0));
  const double batch = LoadOptions{}.batchSize;
  TrainingFootprint f;
  f.memoryBytes = locations * ((k + k * (k + 1) / 2) * sizeof(double) + 2 * k * sizeof(float) + k * k * sizeof(float)) +
                  3.0 * (4 << 20) * sizeof(double) +  // the inversion's blocks (location_gaussians.cpp)
                  batch * locations * (2 * features + k) * sizeof(float) + loadedBatchBytes(height, width);
  return f;
}

void SemiOrthogonalMethod::fit(BatchSource& train, JobContext& ctx) {
  addImages(train, ctx);
  gaussians_.finish(settings_.real(QStringLiteral("epsilon")));
}

void SemiOrthogonalMethod::restoreStoredSums() {
  if (!storedSums_) return;
  const ModelArchive& in = *storedSums_;
  try {
    gaussians_.restoreSums({in.tensor(QStringLiteral("update_shift")).to(device_), in.tensor(QStringLiteral("update_sum")).to(device_),
                            in.tensor(QStringLiteral("update_outer")).to(device_), gaussians_.count()});
  } catch (const std::invalid_argument&) {
    throw Error(QCoreApplication::translate("SemiOrthogonal", "%1: the sums kept for updates do not match the model (damaged model)").arg(in.path()));
  }
  storedSums_.reset();
}

void SemiOrthogonalMethod::update(BatchSource& added, JobContext& ctx, int) {
  restoreStoredSums();
  if (!gaussians_.sums().sum.defined())
    throw Error(QCoreApplication::translate("SemiOrthogonal", "the model was saved before models kept what an update needs; train it again"));
  addImages(added, ctx);
  gaussians_.finish(settings_.real(QStringLiteral("epsilon")));
}

void SemiOrthogonalMethod::addImages(BatchSource& images, JobContext& ctx) {
  torch::Tensor batch;
  int done = 0;
  images.reset();
  ctx.progress(0, images.imageCount(), QCoreApplication::translate("SemiOrthogonal", "Fitting Gaussians"));
  while (images.next(batch)) {
    ctx.checkCancelled();
    gaussians_.add(embedded(batch.to(device_)));
    done += static_cast<int>(batch.size(0));
    ctx.progress(done, images.imageCount(), QCoreApplication::translate("SemiOrthogonal", "Fitting Gaussians"));
  }
}

ScoreMaps SemiOrthogonalMethod::predict(const torch::Tensor& images) {
  torch::NoGradGuard noGrad;
  const torch::Tensor z = embedded(images.to(device_));
  // Distance d (square root, as the authors' code), upsampled and smoothed; image score = max.
  torch::Tensor d = gaussians_.squaredDistances(z).clamp_min(0).sqrt().view({-1, gridH_, gridW_});
  // Outside an inspection region: cells mostly outside are cleared before upsampling spreads them.
  if (region_.defined()) d = d * maps::regionCells(region_, gridH_, gridW_).to(d.dtype());
  torch::Tensor maps = maps::resizeBilinear(d, static_cast<int>(images.size(2)), static_cast<int>(images.size(3)));
  maps = maps::blurInRegion(maps, settings_.real(QStringLiteral("blur_sigma")), region_);
  return {maps::maxInRegion(maps, region_).to(torch::kFloat64), maps};
}

void SemiOrthogonalMethod::save(ModelArchive& out) const {
  out.putTensor(QStringLiteral("embedding"), w_);
  out.putTensor(QStringLiteral("mean"), gaussians_.mean());
  out.putTensor(QStringLiteral("precision"), gaussians_.precision());
  // What an exact update needs (Σ(z − shift) and Σ(z − shift)(z − shift)ᵀ in double): about as large again.
  const semi_orthogonal::LocationGaussians::Sums sums = gaussians_.sums();
  if (sums.sum.defined()) {
    out.putTensor(QStringLiteral("update_shift"), sums.shift);
    out.putTensor(QStringLiteral("update_sum"), sums.sum);
    out.putTensor(QStringLiteral("update_outer"), sums.outer);
  } else if (storedSums_) {
    for (const char* name : {"update_shift", "update_sum", "update_outer"}) out.copyTensor(*storedSums_, QLatin1String(name));
  }
  QJsonArray stages;
  for (int s : stages_) stages.append(s);
  out.header()[QStringLiteral("semi_orthogonal")] =
      QJsonObject{{QStringLiteral("stages"), stages}, {QStringLiteral("grid_height"), static_cast<double>(gridH_)},
                  {QStringLiteral("grid_width"), static_cast<double>(gridW_)},
                  {QStringLiteral("count"), static_cast<double>(gaussians_.count())},
                  {QStringLiteral("backbone"), backbone_->id()}, {QStringLiteral("backbone_weights"), backbone_->weightsId()}};
}

void SemiOrthogonalMethod::load(const ModelArchive& in) {
  const QJsonObject meta = in.header().value(QStringLiteral("semi_orthogonal")).toObject();
  const QString expected = meta.value(QStringLiteral("backbone_weights")).toString();
  if (expected != backbone_->weightsId())
    throw Error(QCoreApplication::translate("SemiOrthogonal", "%1: the backbone's weights differ from those the model was trained with").arg(in.path()));
  w_ = in.tensor(QStringLiteral("embedding")).to(device_);
  gaussians_.set(in.tensor(QStringLiteral("mean")).to(device_), in.tensor(QStringLiteral("precision")).to(device_),
                 static_cast<int64_t>(meta.value(QStringLiteral("count")).toDouble()));
  gridH_ = static_cast<int64_t>(meta.value(QStringLiteral("grid_height")).toDouble());
  gridW_ = static_cast<int64_t>(meta.value(QStringLiteral("grid_width")).toDouble());
  if (w_.dim() != 2 || w_.size(1) != gaussians_.mean().size(1) || gridH_ < 1 || gridW_ < 1 ||
      gridH_ * gridW_ != gaussians_.mean().size(0))
    throw std::invalid_argument("embedding, location statistics and grid of inconsistent sizes");
  storedSums_.reset();
  if (in.hasTensor(QStringLiteral("update_sum"))) {  // absent from models saved before they were kept
    const auto shape = [&in](const char* name) {
      const std::vector<qint64> s = in.shape(QLatin1String(name));
      return std::vector<int64_t>(s.begin(), s.end());
    };
    if (!gaussians_.sumsFit(shape("update_shift"), shape("update_sum"), shape("update_outer"), gaussians_.count()))
      throw std::invalid_argument("kept sums of inconsistent shapes");
    storedSums_ = in;
  }
}

QJsonObject SemiOrthogonalMethod::summary() const {
  return {{QStringLiteral("features"), static_cast<double>(w_.size(0))},
          {QStringLiteral("k"), static_cast<double>(w_.size(1))},
          {QStringLiteral("grid"), QStringLiteral("%1x%2").arg(gridW_).arg(gridH_)},
          {QStringLiteral("training_images"), static_cast<double>(gaussians_.count())},
          {QStringLiteral("backbone"), backbone_->id()}};
}

}  // namespace ds
