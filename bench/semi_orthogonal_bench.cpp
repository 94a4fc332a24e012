// Semi-orthogonal embedding benchmarks (bench/README.md).
//   semi_orthogonal_bench inverse [locations=512] [k=100] [F=448]
//     the cost the method avoids: batched inverse of k×k covariances against F×F ones (Kim et al.,
//     "cubically reduced"), timed on a sample of locations and scaled to a 64×64 grid.
//   semi_orthogonal_bench fit DATASET BACKBONE [WxH=256x640] [k=100] [weights]
//     fit and predict stage by stage on a dataset's images (decoded first: compute only).
#include <QCoreApplication>
#include <cstdio>
#include <torch/torch.h>

#include "bench/bench_support.h"
#include "core/backbones/feature_extractor.h"
#include "core/data/image_size.h"
#include "core/maps/map_filters.h"
#include "core/methods/semi_orthogonal/embedding.h"
#include "core/methods/semi_orthogonal/location_gaussians.h"
#include "core/runtime/compute.h"
#include "core/runtime/memory.h"
#include "core/runtime/threading_environment.h"

namespace {
using dsbench::seconds;
namespace so = ds::semi_orthogonal;

// Seconds per location for Cholesky + inverse of `count` random SPD d×d matrices (double, as fitted).
double inverseSeconds(int64_t count, int64_t d) {
  const torch::Tensor a = torch::randn({count, d, d + 8}, torch::kFloat64);
  const torch::Tensor spd = torch::bmm(a, a.transpose(1, 2)) + 0.01 * torch::eye(d, torch::kFloat64);
  QElapsedTimer t;
  t.start();
  const torch::Tensor inv = torch::cholesky_inverse(torch::linalg_cholesky(spd));
  const double s = seconds(t);
  if (!inv.isfinite().all().item<bool>()) std::fprintf(stderr, "non-finite inverse\n");
  return s / count;
}

int inverse(int argc, char** argv) {
  const int64_t locations = argc > 2 ? std::atoll(argv[2]) : 512;
  const int64_t k = argc > 3 ? std::atoll(argv[3]) : 100;
  const int64_t f = argc > 4 ? std::atoll(argv[4]) : 448;
  const double small = inverseSeconds(locations, k);
  const double large = inverseSeconds(std::max<int64_t>(8, locations / 16), f);
  const double grid = 64 * 64;
  std::printf("batched Cholesky inverse, 64x64 locations: k=%lld %.2f s, F=%lld %.1f s; ratio %.1fx "
              "(cubic prediction (F/k)^3 = %.1fx); memory %.0f MB vs %.0f MB (double)\n",
              static_cast<long long>(k), small * grid, static_cast<long long>(f), large * grid, large / small,
              std::pow(static_cast<double>(f) / k, 3), grid * k * k * 8 / 1048576.0, grid * f * f * 8 / 1048576.0);
  return 0;
}

int fit(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: semi_orthogonal_bench fit DATASET BACKBONE [WxH] [k] [weights]\n");
    return 2;
  }
  const cv::Size size = ds::ImageSizeSpec::parse(argc > 4 ? argv[4] : "256x640").exact;
  const int64_t k = argc > 5 ? std::atoll(argv[5]) : 100;
  const QString weights = argc > 6 ? QString::fromLocal8Bit(argv[6]) : QString();
  const double peak = dsbench::sgemmPeak();
  std::printf("threads %d, sgemm 4096x1024x4096: %.0f GFLOP/s\n", ds::compute::threads(), peak);

  ds::LoadReport report;
  const ds::Dataset data = ds::Dataset::open(QString::fromLocal8Bit(argv[2]), report);
  auto backbone = ds::createFeatureExtractor(QString::fromLocal8Bit(argv[3]), weights, torch::kCPU, 0);
  const std::vector<int> stages = {0, 1, 2};
  int64_t features = 0;
  for (int s : stages) features += backbone->channels()[size_t(s)];
  const torch::Tensor w = so::embeddingMatrix(so::Embedding::SemiOrthogonal, features, k, 0).to(torch::kFloat32);

  QElapsedTimer t;
  t.start();
  const std::vector<torch::Tensor> batches = dsbench::decodedBatches(data.trainingSamples(), size, backbone->normalization());
  const double tDecode = seconds(t);
  int images = 0;
  double tBackbone = 0, tEmbed = 0, tAdd = 0;
  so::LocationGaussians gaussians;
  for (const torch::Tensor& x : batches) {
    images += static_cast<int>(x.size(0));
    t.start();
    const auto maps = backbone->forward(x, stages);
    tBackbone += seconds(t);
    t.start();
    const torch::Tensor z = so::embed(maps, w);
    tEmbed += seconds(t);
    t.start();
    gaussians.add(z);
    tAdd += seconds(t);
  }
  t.start();
  gaussians.finish(0.01);
  const double tFinish = seconds(t);
  const double fitTotal = tBackbone + tEmbed + tAdd + tFinish;
  const int64_t locations = gaussians.mean().size(0);
  std::printf("%d training images at %dx%d, F=%lld, k=%lld, %lld locations\n", images, size.width, size.height,
              static_cast<long long>(features), static_cast<long long>(k), static_cast<long long>(locations));
  std::printf("fit: decode %.1f s (apart), backbone %.1f s (%.1f images/s), embedding %.1f s, sums %.1f s, "
              "inverses %.1f s; %.1f s compute = %.0f ms per training image\n",
              tDecode, tBackbone, images / tBackbone, tEmbed, tAdd, tFinish, fitTotal, 1000 * fitTotal / images);
  std::printf("model: %.0f MB (L·k²·4 + L·k·4)\n", (locations * k * k + locations * k) * 4 / 1048576.0);

  // Prediction stage by stage on the first batch, as the CLI scores: 8 images at a time.
  const torch::Tensor probe = batches.front();
  const double perImage = 1000.0 / probe.size(0);
  double pBackbone = 0, pEmbed = 0, pDistance = 0, pMaps = 0;
  const int reps = 3;
  for (int r = 0; r < reps; ++r) {
    t.start();
    const auto maps = backbone->forward(probe, stages);
    pBackbone += seconds(t) / reps;
    t.start();
    const torch::Tensor z = so::embed(maps, w);
    pEmbed += seconds(t) / reps;
    t.start();
    const torch::Tensor d = gaussians.squaredDistances(z).sqrt().view({probe.size(0), maps.front().size(2), maps.front().size(3)});
    pDistance += seconds(t) / reps;
    t.start();
    ds::maps::gaussianBlur(ds::maps::resizeBilinear(d, static_cast<int>(probe.size(2)), static_cast<int>(probe.size(3))), 4.0);
    pMaps += seconds(t) / reps;
  }
  std::printf("predict per image: backbone %.1f ms, embedding %.1f ms, Mahalanobis %.1f ms (%.0f MB of precision "
              "read per batch of %lld), maps %.1f ms; total %.1f ms\n",
              pBackbone * perImage, pEmbed * perImage, pDistance * perImage, locations * k * k * 4 / 1048576.0,
              static_cast<long long>(probe.size(0)), pMaps * perImage,
              (pBackbone + pEmbed + pDistance + pMaps) * perImage);
  std::printf("peak RSS %.0f MB (all %d decoded training images held: %.0f MB)\n", ds::peakRssMb(), images,
              images * 3.0 * size.width * size.height * 4 / 1048576.0);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  ds::compute::adoptThreadingEnvironment(argv);
  ds::retainFreedMemoryForProcess();  // one job, then exit: no page faults for reused buffers
  QCoreApplication app(argc, argv);
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  ds::compute::setThreads(0);
  torch::NoGradGuard noGrad;
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "inverse") return inverse(argc, argv);
  if (mode == "fit") return fit(argc, argv);
  std::fprintf(stderr, "usage: semi_orthogonal_bench inverse [locations] [k] [F]\n"
                       "       semi_orthogonal_bench fit DATASET BACKBONE [WxH] [k] [weights]\n");
  return 2;
}
