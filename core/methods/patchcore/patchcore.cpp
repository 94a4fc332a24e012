#include "core/methods/patchcore/patchcore.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>
#include <limits>

#include "core/data/image_loader.h"
#include "core/error.h"
#include "core/io/model_archive.h"
#include "core/jobs/job_context.h"
#include "core/maps/map_filters.h"
#include "core/maps/region_masking.h"
#include "core/methods/patchcore/coreset.h"
#include "core/methods/patchcore/row_spill.h"
#include "core/training/step_memory.h"
#include "core/training/step_timing.h"
#include "core/training/training_resources.h"

namespace ds {
namespace {

QString defaultBackbone() { return QStringLiteral("wide_resnet50_2"); }

// The authors' layer2+layer3: the second and third stages, or the last two of a shorter backbone.
std::vector<int> defaultStages(int available) {
  std::vector<int> stages;
  for (int s = std::max(0, std::min(1, available - 2)); s < available && stages.size() < 2; ++s) stages.push_back(s);
  return stages;
}

}  // namespace

MethodInfo PatchCoreMethod::info() {
  MethodInfo info{QStringLiteral("patchcore"), QCoreApplication::translate("PatchCore", "PatchCore"),
          QCoreApplication::translate("PatchCore", "Nearest-neighbour distance of locally aware patch features to a coreset memory bank (Roth et al. 2022)."),
          {{QStringLiteral("layers"), QString(), QCoreApplication::translate("PatchCore", "backbone stages to use, 0-based (default: 1,2 — layer2 and layer3)"), {}},
           SettingSpec{QStringLiteral("patch_size"), 3, QCoreApplication::translate("PatchCore", "neighbourhood p×p aggregated into each patch feature"), {}}.within(1, 15),
           SettingSpec{QStringLiteral("stage_dim"), 1024, QCoreApplication::translate("PatchCore", "dimension each stage's patch is pooled to (aggregation=pool)"), {}}.within(1, 65536),
           SettingSpec{QStringLiteral("embed_dim"), 1024, QCoreApplication::translate("PatchCore", "final patch-feature dimension (aggregation=pool)"), {}}.within(1, 65536),
           {QStringLiteral("aggregation"), QStringLiteral("concat"),
            QCoreApplication::translate("PatchCore", "pool: authors' adaptive pooling; concat: average-pool and concatenate the stages"),
            {QStringLiteral("pool"), QStringLiteral("concat")}},
           SettingSpec{QStringLiteral("coreset_ratio"), 0.1, QCoreApplication::translate("PatchCore", "fraction of training patches kept in the memory bank"), {}}.within(1e-6, 1),
           SettingSpec{QStringLiteral("projection_dim"), 128, QCoreApplication::translate("PatchCore", "random projection dimension for coreset distances (0 = none)"), {}}.within(0, 65536),
           SettingSpec{QStringLiteral("start_points"), 10, QCoreApplication::translate("PatchCore", "random starting points of the approximate greedy coreset"), {}}.within(1, 100000),
           {QStringLiteral("reweight"), true, QCoreApplication::translate("PatchCore", "image score re-weighting of eq. (7); false = plain maximum"), {}},
           SettingSpec{QStringLiteral("num_neighbors"), 9, QCoreApplication::translate("PatchCore", "b, the memory-bank neighbourhood of eq. (7)"), {}}.within(1, 100000),
           {QStringLiteral("search"), QStringLiteral("exact"),
            QCoreApplication::translate("PatchCore", "nearest-neighbour search: exact (pruned by a principal-component bound on CPU, matrix products on GPU), flat (FAISS brute force), matmul or ivf (approximate)"),
            {QStringLiteral("exact"), QStringLiteral("flat"), QStringLiteral("matmul"), QStringLiteral("ivf")}},
           SettingSpec{QStringLiteral("blur_sigma"), 4.0, QCoreApplication::translate("PatchCore", "Gaussian smoothing of the anomaly map, in pixels"), {}}.within(0, 100)},
          defaultBackbone(), false, true};
  info.update = ModelUpdate::Coreset;
  return info;
}

PatchCoreMethod::PatchCoreMethod(const MethodSettings& settings, const MethodEnvironment& environment)
    : settings_(settings), environment_(environment), device_(environment.device.toStdString()) {
  if (environment_.backbone.isEmpty()) environment_.backbone = defaultBackbone();
  backbone_ = createFeatureExtractor(environment_.backbone, environment_.weights, device_, environment_.seed);
  stages_ = parseLayers(settings.text(QStringLiteral("layers")), backbone_->stageCount(), defaultStages(backbone_->stageCount()));
  features_.patchSize = settings.integer(QStringLiteral("patch_size"));
  features_.stageDim = settings.integer(QStringLiteral("stage_dim"));
  features_.embedDim = settings.integer(QStringLiteral("embed_dim"));
  features_.aggregation = settings.text(QStringLiteral("aggregation")) == QLatin1String("concat")
                              ? patchcore::Aggregation::Concat
                              : patchcore::Aggregation::Pool;
  if (features_.patchSize % 2 == 0)
    throw Error(QCoreApplication::translate("PatchCore", "patch_size must be an odd number ≥ 1, not %1").arg(features_.patchSize));
}

PatchCoreMethod::~PatchCoreMethod() = default;

InputSpec PatchCoreMethod::inputSpec() const {
  int stride = 1;
  for (int s : stages_) stride = std::max(stride, backbone_->strides()[s]);
  return {backbone_->normalization(), stride, 256};
}

torch::Tensor PatchCoreMethod::patchFeatures(const torch::Tensor& images) const {
  torch::NoGradGuard noGrad;
  return patchcore::locallyAwareFeatures(backbone_->forward(images, stages_), features_);
}

torch::Tensor PatchCoreMethod::projected(const torch::Tensor& rows) const {
  return projection_.defined() ? rows.matmul(projection_) : rows;
}

torch::Tensor PatchCoreMethod::extractPatches(BatchSource& images, patchcore::RowSpill& spill, JobContext& ctx) {
  torch::Tensor points;  // [rows per image × images, k], filled in order
  int64_t filled = 0;
  torch::Tensor batch;
  int done = 0;
  images.reset();
  ctx.progress(0, images.imageCount(), QCoreApplication::translate("PatchCore", "Extracting features"));
  while (images.next(batch)) {
    ctx.checkCancelled();
    const torch::Tensor rows = patchFeatures(batch.to(device_)).reshape({-1, spill.dimension()});
    spill.append(rows);
    const torch::Tensor p = projected(rows).to(torch::kCPU);
    if (!points.defined()) points = torch::empty({p.size(0) / batch.size(0) * images.imageCount(), p.size(1)});
    // imageCount is exact for whole images and an upper bound for tiles (read from the files' headers);
    // grow rather than overrun should a file have changed since.
    if (filled + p.size(0) > points.size(0)) points = torch::cat({points.slice(0, 0, filled), p});
    else points.slice(0, filled, filled + p.size(0)).copy_(p);
    filled += p.size(0);
    done += static_cast<int>(batch.size(0));
    ctx.progress(done, images.imageCount(), QCoreApplication::translate("PatchCore", "Extracting features"));
  }
  if (filled == 0) throw Error(QCoreApplication::translate("PatchCore", "no training image could be loaded"));
  return points.slice(0, 0, filled);  // images that failed to load leave the tail unused
}

std::vector<int64_t> PatchCoreMethod::selectCoreset(const torch::Tensor& points, const torch::Tensor& startSquaredDistances, JobContext& ctx) {
  patchcore::CoresetOptions options;
  options.size = std::max<int64_t>(1, std::llround(settings_.real(QStringLiteral("coreset_ratio")) * points.size(0)));
  options.startPoints = settings_.integer(QStringLiteral("start_points"));
  options.seed = environment_.seed;
  options.startSquaredDistances = startSquaredDistances;
  ctx.progress(0, static_cast<int>(options.size), QCoreApplication::translate("PatchCore", "Selecting coreset"));
  if (device_.is_cuda()) {
    std::vector<int64_t> selected = patchcore::greedyCoresetBruteForce(points.to(device_), options);
    coverageRadius_ = std::sqrt(patchcore::nearestSquaredDistances(points, points.index_select(0, torch::tensor(selected))).max().item<double>());
    if (startSquaredDistances.defined()) coverageRadius_ = std::min(coverageRadius_, std::sqrt(startSquaredDistances.max().item<double>()));
    return selected;
  }
  double radius = 0;
  std::vector<int64_t> selected = patchcore::greedyCoreset(
      points, options,
      [&](int64_t d, int64_t total, double r) {
        radius = r;
        ctx.progress(static_cast<int>(d), static_cast<int>(total), QCoreApplication::translate("PatchCore", "Selecting coreset"));
        ctx.metric(QCoreApplication::translate("PatchCore", "coverage radius"), static_cast<double>(d), r);
      },
      [&] { return ctx.cancelled(); });
  coverageRadius_ = radius;
  return selected;
}

int64_t PatchCoreMethod::featureDimension() const {
  std::vector<int> channels;
  for (int s : stages_) channels.push_back(backbone_->channels()[s]);
  return patchcore::featureDimension(channels, features_);
}

int64_t PatchCoreMethod::projectedDimension() const {
  const int64_t dim = featureDimension(), k = settings_.integer(QStringLiteral("projection_dim"));
  return k > 0 && k < dim ? k : dim;
}

void PatchCoreMethod::fit(BatchSource& train, JobContext& ctx) {
  torch::NoGradGuard noGrad;
  const int64_t dim = featureDimension(), k = projectedDimension();
  torch::Generator gen = at::detail::createCPUGenerator(environment_.seed);
  // Johnson–Lindenstrauss: Gaussian entries scaled by 1/√k preserve distances in expectation.
  projection_ = k < dim ? (torch::randn({dim, k}, gen) / std::sqrt(static_cast<double>(k))).to(device_) : torch::Tensor();

  patchcore::RowSpill spill(dim);
  std::vector<int64_t> selected;
  {
    const torch::Tensor points = extractPatches(train, spill, ctx);
    trainPatches_ = points.size(0);
    selected = selectCoreset(points, {}, ctx);
  }  // the projections, at thousands of images the largest allocation, go before the bank and its search come
  bank_ = spill.gather(selected).to(device_);
  search_ = patchcore::makeNearestNeighborSearch(settings_.text(QStringLiteral("search")), bank_);
  ctx.message(QCoreApplication::translate("PatchCore", "memory bank: %1 of %2 patches (%3 MB)")
                  .arg(bank_.size(0))
                  .arg(trainPatches_)
                  .arg(bank_.nbytes() / 1048576.0, 0, 'f', 1));
}

void PatchCoreMethod::update(BatchSource& added, JobContext& ctx, int) {
  torch::NoGradGuard noGrad;
  if (!bank_.defined()) throw Error(QCoreApplication::translate("PatchCore", "the model has no memory bank"));
  patchcore::RowSpill spill(bank_.size(1));
  const double before = coverageRadius_;
  std::vector<int64_t> selected;
  int64_t newPatches = 0;
  {
    const torch::Tensor points = extractPatches(added, spill, ctx);
    newPatches = points.size(0);
    // Distances only shrink as centres are added, so the selection continues from the bank exactly
    // where a fresh one over old and new patches would stand once the bank's centres were chosen.
    const torch::Tensor start = patchcore::nearestSquaredDistances(points, projected(bank_).to(torch::kCPU), settings_.text(QStringLiteral("search")));
    selected = selectCoreset(points, start, ctx);
  }  // as in fit: the projections go before the bank grows and its search is rebuilt
  bank_ = torch::cat({bank_, spill.gather(selected).to(device_)});
  trainPatches_ += newPatches;
  // The old patches stay within their radius (the bank only grew); the new ones within this one.
  if (std::isfinite(before)) coverageRadius_ = std::max(coverageRadius_, before);
  search_ = patchcore::makeNearestNeighborSearch(settings_.text(QStringLiteral("search")), bank_);
  ctx.message(QCoreApplication::translate("PatchCore", "memory bank: %1 of %2 new patches added, %3 in all (%4 MB)")
                  .arg(selected.size())
                  .arg(newPatches)
                  .arg(bank_.size(0))
                  .arg(bank_.nbytes() / 1048576.0, 0, 'f', 1));
}

double PatchCoreMethod::reweightedScore(const torch::Tensor& testPatch, const torch::Tensor& nearest,
                                        const torch::Tensor& neighbourhood, double patchScore) {
  // PatchCore eq. (7): s = (1 − exp‖m_test,* − m*‖ / Σ_{m∈N_b(m*)} exp‖m_test,* − m‖) · s*,
  // evaluated in log space so large distances cannot overflow exp.
  const torch::Tensor toNearest = (testPatch - nearest).norm().to(torch::kFloat64);
  const torch::Tensor toNeighbours = (neighbourhood - testPatch.unsqueeze(0)).norm(2, 1).to(torch::kFloat64);
  const double weight = 1.0 - torch::exp(toNearest - torch::logsumexp(toNeighbours, 0)).item<double>();
  return weight * patchScore;
}

torch::Tensor PatchCoreMethod::outsideWindows(int64_t height, int64_t width, int64_t h, int64_t w) const {
  // A patch belongs to a window when its centre does; [N, h·w].
  const torch::Tensor windows = scoreWindows_.to(torch::kCPU, torch::kFloat64);
  const torch::Tensor xs = (torch::arange(w, torch::kFloat64) + 0.5) * (static_cast<double>(width) / w);
  const torch::Tensor ys = (torch::arange(h, torch::kFloat64) + 0.5) * (static_cast<double>(height) / h);
  const torch::Tensor inX = xs.unsqueeze(0).ge(windows.select(1, 0).unsqueeze(1)) & xs.unsqueeze(0).lt(windows.select(1, 2).unsqueeze(1));
  const torch::Tensor inY = ys.unsqueeze(0).ge(windows.select(1, 1).unsqueeze(1)) & ys.unsqueeze(0).lt(windows.select(1, 3).unsqueeze(1));
  return (inY.unsqueeze(2) & inX.unsqueeze(1)).logical_not().view({-1, h * w}).to(device_);
}

ScoreMaps PatchCoreMethod::predict(const torch::Tensor& images) {
  if (!search_) throw Error(QCoreApplication::translate("PatchCore", "the model has no memory bank"));
  torch::NoGradGuard noGrad;
  const torch::Tensor feats = patchFeatures(images.to(device_));
  const int64_t n = feats.size(0), h = feats.size(1), w = feats.size(2), dim = feats.size(3);
  const torch::Tensor queries = feats.reshape({-1, dim});
  auto [dist, index] = search_->search(queries, 1);
  torch::Tensor patchScores = dist.view({n, h * w});
  // An inspection region: the patches mostly outside it take no part in the image score (eq. (7)
  // is applied to the best patch inside) and are cleared from the map.
  torch::Tensor candidates = patchScores;
  const float none = -std::numeric_limits<float>::infinity();
  if (region_.defined()) {
    const torch::Tensor outside = maps::regionCells(region_, h, w).logical_not().view({1, h * w});
    candidates = patchScores.masked_fill(outside, none);
    patchScores = patchScores.masked_fill(outside, 0);
  }
  if (scoreWindows_.defined()) candidates = candidates.masked_fill(outsideWindows(images.size(2), images.size(3), h, w), none);
  auto [best, where] = candidates.max(1);
  torch::Tensor imageScores = best.to(torch::kFloat64).cpu();
  if (settings_.boolean(QStringLiteral("reweight"))) {
    const int b = std::max(1, std::min<int>(settings_.integer(QStringLiteral("num_neighbors")), static_cast<int>(bank_.size(0))));
    const torch::Tensor rows = torch::arange(n, where.options()) * (h * w) + where;
    const torch::Tensor testPatches = queries.index_select(0, rows);
    const torch::Tensor nearest = bank_.index_select(0, index.view({-1}).index_select(0, rows));
    const torch::Tensor neighbourhoods = search_->search(nearest, b).second;  // N_b(m*) ∋ m*
    for (int64_t i = 0; i < n; ++i) {
      if (!std::isfinite(imageScores[i].item<double>())) continue;  // a window without a patch centre ranks last
      imageScores[i] = reweightedScore(testPatches[i], nearest[i], bank_.index_select(0, neighbourhoods[i]),
                                       imageScores[i].item<double>());
    }
  }
  torch::Tensor maps = maps::resizeBilinear(patchScores.view({n, h, w}), static_cast<int>(images.size(2)),
                                            static_cast<int>(images.size(3)));
  maps = maps::blurInRegion(maps, settings_.real(QStringLiteral("blur_sigma")), region_);
  // Over an image's tiles eq. (7) is applied to the patch of largest distance s* among their windows'
  // patches: the score of the tile that holds it.
  return {imageScores, maps, best.to(torch::kFloat64).cpu()};
}

void PatchCoreMethod::save(ModelArchive& out) const {
  out.putTensor(QStringLiteral("memory_bank"), bank_);
  if (projection_.defined()) out.putTensor(QStringLiteral("projection"), projection_);
  QJsonArray stages;
  for (int s : stages_) stages.append(s);
  QJsonObject meta{{QStringLiteral("stages"), stages},
                  {QStringLiteral("backbone"), backbone_->id()},
                  {QStringLiteral("backbone_weights"), backbone_->weightsId()},
                  {QStringLiteral("train_patches"), static_cast<double>(trainPatches_)}};
  if (std::isfinite(coverageRadius_)) meta[QStringLiteral("coverage_radius")] = coverageRadius_;
  out.header()[QStringLiteral("patchcore")] = meta;
}

void PatchCoreMethod::load(const ModelArchive& in) {
  const QJsonObject meta = in.header().value(QStringLiteral("patchcore")).toObject();
  const QString expected = meta.value(QStringLiteral("backbone_weights")).toString();
  if (expected != backbone_->weightsId())
    throw Error(QCoreApplication::translate("PatchCore", "%1: the backbone's weights differ from those the model was trained with (%2 instead of %3)")
                    .arg(in.path(), backbone_->weightsId(), expected));
  bank_ = in.tensor(QStringLiteral("memory_bank")).to(device_);
  if (in.hasTensor(QStringLiteral("projection"))) projection_ = in.tensor(QStringLiteral("projection")).to(device_);
  trainPatches_ = static_cast<int64_t>(meta.value(QStringLiteral("train_patches")).toDouble());
  coverageRadius_ = meta.value(QStringLiteral("coverage_radius")).toDouble(std::numeric_limits<double>::quiet_NaN());
  search_ = patchcore::makeNearestNeighborSearch(settings_.text(QStringLiteral("search")), bank_);
}

// Fit = feature extraction (linear in the images) + greedy coreset selection, whose distance updates
// cost about 2·N·k FLOPs for each of the ratio·N centres over N training patches of k projected
// dimensions: quadratic in N. Both are timed here on random data of the real shapes — the backbone on
// one image at the input size, the coreset on a sample large enough for about a thousand centres
// (several of its 256-centre full updates) — and extrapolated.
TrainingEstimate PatchCoreMethod::estimateTraining(int height, int width, int trainImages) {
  torch::NoGradGuard noGrad;
  const torch::Tensor image = torch::rand({1, 3, height, width}, torch::TensorOptions().device(device_));
  torch::Tensor features;
  const double perImage = training::secondsPerStep([&] { features = patchFeatures(image); }, 2, device_);
  const int64_t projected = projectedDimension();
  const double patches = static_cast<double>(features.size(1) * features.size(2)) * trainImages;
  const double ratio = settings_.real(QStringLiteral("coreset_ratio"));
  const auto sample = static_cast<int64_t>(std::min({patches, std::max(16384.0, 1024.0 / ratio), 262144.0}));
  patchcore::CoresetOptions options;
  options.size = std::max<int64_t>(1, std::llround(ratio * sample));
  options.startPoints = settings_.integer(QStringLiteral("start_points"));
  const torch::Tensor points = torch::randn({sample, projected});
  const double coreset = training::secondsPerStep([&] { patchcore::greedyCoreset(points, options); }, 1, torch::kCPU);
  TrainingEstimate e;
  e.onePassSeconds = perImage * trainImages + coreset * (patches / sample) * (patches / sample);
  return e;
}

// Memory, the larger of two phases. Selection: per training patch its projection (4k bytes) and the
// greedy's state (squared distance, norm, heap entry: 32 bytes; the start distances briefly take 56),
// or, while the projections fill, the extraction of one batch (the backbone's activations, the pooled
// features, their projections) and the loader's batches. The bank, once the projections are gone: the
// building of the search on the selected bank (the bank, its double copy, the D×D covariance and its
// eigendecomposition for the principal bound). Extraction and search are measured on random data of
// the real shapes — the search at two small banks, extended linearly to the real one. Disk: every
// patch's full feature (RowSpill).
TrainingFootprint PatchCoreMethod::trainingFootprint(int height, int width, int trainImages) const {
  torch::NoGradGuard noGrad;
  const int stride = finestStride(*backbone_, stages_);
  const double perImage = static_cast<double>(height / stride) * (width / stride);
  const double patches = perImage * trainImages;
  const int64_t dim = featureDimension(), k = projectedDimension();
  const double extraction = training::peakStepBytesAtBatch(
      [&](int64_t n) {
        const torch::Tensor rows = patchFeatures(torch::rand({n, 3, height, width}, torch::TensorOptions().device(device_))).reshape({-1, dim});
        (void)rows.to(torch::kCPU).contiguous();  // what the spill writes: a host copy on a GPU
        if (k < dim) (void)rows.matmul(torch::zeros({dim, k}, rows.options())).to(torch::kCPU);
      },
      LoadOptions{}.batchSize);
  const QString kind = settings_.text(QStringLiteral("search"));
  // An update (a bank already there) rebuilds the search on the old bank and the new rows.
  const double oldRows = bank_.defined() ? static_cast<double>(bank_.size(0)) : 0;
  const double bankRows = std::max(1.0, std::round(settings_.real(QStringLiteral("coreset_ratio")) * patches)) + oldRows;
  double search = training::peakStepBytesExtended(
      [&](int64_t rows) { (void)patchcore::makeNearestNeighborSearch(kind, torch::randn({rows, dim}, torch::TensorOptions().device(device_))); },
      static_cast<int64_t>(bankRows), 512, 1024);
  // FAISS's kinds keep their own copy of the bank, outside ATen's allocator.
  if (kind == QLatin1String("flat") || kind == QLatin1String("ivf")) search += bankRows * static_cast<double>(dim) * sizeof(float);
  TrainingFootprint f;
  // The update joins the old bank and the new rows into a new tensor: the old one is held twice then.
  const double selection = patches * static_cast<double>(k) * sizeof(float) + std::max(patches * 56, extraction + loadedBatchBytes(height, width));
  f.memoryBytes = std::max(selection, search) + oldRows * static_cast<double>(dim) * sizeof(float);
  f.diskBytes = patches * static_cast<double>(dim) * sizeof(float);
  return f;
}

QJsonObject PatchCoreMethod::summary() const {
  QJsonObject figures{{QStringLiteral("memory_bank_entries"), static_cast<double>(bank_.defined() ? bank_.size(0) : 0)},
          {QStringLiteral("memory_bank_mb"), bank_.defined() ? bank_.nbytes() / 1048576.0 : 0.0},
          {QStringLiteral("feature_dim"), static_cast<double>(bank_.defined() ? bank_.size(1) : 0)},
          {QStringLiteral("train_patches"), static_cast<double>(trainPatches_)},
          {QStringLiteral("backbone"), backbone_->id()}};
  if (std::isfinite(coverageRadius_)) figures[QStringLiteral("coverage_radius")] = coverageRadius_;
  return figures;
}

}  // namespace ds
