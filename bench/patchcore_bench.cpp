// PatchCore stage timings against the machine's matrix-product peak (bench/README.md).
// Usage: patchcore_bench DATASET BACKBONE [WxH=256x640] [coreset_ratio=0.01] [embed_dim=1024] [weights]
//   BACKBONE: torchscript:PATH, resnet18 or wide_resnet50_2 (weights "random" is fine for timing)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

#include "bench/bench_support.h"
#include "core/backbones/feature_extractor.h"
#include "core/data/dataset.h"
#include "core/data/image_size.h"
#include "core/maps/map_filters.h"
#include "core/methods/patchcore/coreset.h"
#include "core/methods/patchcore/nearest_neighbors.h"
#include "core/methods/patchcore/patch_features.h"
#include "core/methods/patchcore/row_spill.h"
#include "core/runtime/compute.h"
#include "core/runtime/memory.h"
#include "core/runtime/threading_environment.h"

using dsbench::seconds;

int main(int argc, char** argv) {
  ds::compute::adoptThreadingEnvironment(argv);
  ds::retainFreedMemoryForProcess();  // one job, then exit: no page faults for reused buffers
  QCoreApplication app(argc, argv);
  if (argc < 3) {
    std::fprintf(stderr, "usage: patchcore_bench DATASET BACKBONE [WxH] [coreset_ratio] [embed_dim] [weights]\n");
    return 2;
  }
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // progress visible when logged to a file
  ds::compute::setThreads(0);
  torch::NoGradGuard noGrad;
  const QString backboneSpec = QString::fromLocal8Bit(argv[2]);
  const cv::Size size = ds::ImageSizeSpec::parse(argc > 3 ? argv[3] : "256x640").exact;
  const double ratio = argc > 4 ? std::atof(argv[4]) : 0.01;
  ds::patchcore::PatchFeatureOptions fo;
  fo.embedDim = fo.stageDim = argc > 5 ? std::atoi(argv[5]) : 1024;
  const QString weights = argc > 6 ? QString::fromLocal8Bit(argv[6]) : QString();

  const double peak = dsbench::sgemmPeak();
  std::printf("threads %d, sgemm 4096x1024x4096: %.0f GFLOP/s\n", ds::compute::threads(), peak);

  ds::LoadReport report;
  const ds::Dataset data = ds::Dataset::open(QString::fromLocal8Bit(argv[1]), report);
  auto backbone = ds::createFeatureExtractor(backboneSpec, weights, torch::kCPU, 0);
  const std::vector<int> stages = {1, 2};
  const int64_t dim = ds::patchcore::featureDimension({backbone->channels()[1], backbone->channels()[2]}, fo);

  const std::vector<torch::Tensor> batches =
      dsbench::decodedBatches(data.trainingSamples(), size, backbone->normalization());
  int images = 0;
  for (const torch::Tensor& b : batches) images += static_cast<int>(b.size(0));

  const torch::Tensor projection = torch::randn({dim, 128}) / std::sqrt(128.0);
  ds::patchcore::RowSpill spill(dim);
  std::vector<torch::Tensor> projected;
  double tBackbone = 0, tAggregate = 0, tSpill = 0, tProject = 0;
  QElapsedTimer t;
  for (const torch::Tensor& x : batches) {
    t.start();
    const auto maps = backbone->forward(x, stages);
    tBackbone += seconds(t);
    t.start();
    const torch::Tensor rows = ds::patchcore::locallyAwareFeatures(maps, fo).reshape({-1, dim});
    tAggregate += seconds(t);
    t.start();
    spill.append(rows);
    tSpill += seconds(t);
    t.start();
    projected.push_back(rows.matmul(projection));
    tProject += seconds(t);
  }
  const torch::Tensor points = torch::cat(projected);
  std::printf("%d training images at %dx%d, %lld patches of %lld-d\n", images, size.width, size.height,
              static_cast<long long>(points.size(0)), static_cast<long long>(dim));
  std::printf("features: backbone %.1f s (%.1f images/s), aggregation %.1f s, spill to disk %.1f s, projection %.1f s\n",
              tBackbone, images / tBackbone, tAggregate, tSpill, tProject);

  ds::patchcore::CoresetOptions co;
  co.size = std::max<int64_t>(1, std::llround(ratio * points.size(0)));
  t.start();
  const auto selected = ds::patchcore::greedyCoreset(points, co);
  std::printf("coreset: %lld of %lld in %.1f s\n", static_cast<long long>(selected.size()),
              static_cast<long long>(points.size(0)), seconds(t));
  const torch::Tensor bank = spill.gather(selected);

  // Prediction, stage by stage, on the first batch (batch of 8 as the CLI uses).
  const torch::Tensor probe = batches.front();
  const double perImage = 1000.0 / probe.size(0);
  t.start();
  const auto probeMaps = backbone->forward(probe, stages);
  const double pBackbone = seconds(t);
  t.start();
  const torch::Tensor probeFeatures = ds::patchcore::locallyAwareFeatures(probeMaps, fo);
  const torch::Tensor queries = probeFeatures.reshape({-1, dim});
  const double pAggregate = seconds(t);
  const double flops = 2.0 * queries.size(0) * bank.size(0) * dim;
  torch::Tensor nearest;
  for (const char* kind : {"flat", "matmul", "exact"}) {
    auto search = ds::patchcore::makeNearestNeighborSearch(QString::fromLatin1(kind), bank);
    search->search(queries, 1);
    t.start();
    nearest = search->search(queries, 1).first;
    const double s = seconds(t);
    // For "exact" (pruned) the rate is brute-force-equivalent: the operations it did not need to do.
    std::printf("search %-6s: %.1f ms per image, %.0f GFLOP/s = %.0f %% of sgemm peak\n", kind, s * perImage,
                flops / s / 1e9, 100 * flops / s / 1e9 / peak);
  }
  t.start();
  const torch::Tensor grid = nearest.view({probe.size(0), probeFeatures.size(1), probeFeatures.size(2)});
  ds::maps::gaussianBlur(ds::maps::resizeBilinear(grid, static_cast<int>(probe.size(2)), static_cast<int>(probe.size(3))), 4.0);
  const double pMaps = seconds(t);
  std::printf("predict per image: backbone %.1f ms (%.0f images/s), patch features %.1f ms, map upsample + blur %.1f ms\n",
              pBackbone * perImage, 1000 / (pBackbone * perImage), pAggregate * perImage, pMaps * perImage);
  std::printf("peak RSS %.0f MB\n", ds::peakRssMb());
  return 0;
}
