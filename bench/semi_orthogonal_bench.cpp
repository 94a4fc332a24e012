// The cost the semi-orthogonal embedding avoids: batched inverse of k×k covariances against F×F ones
// (Kim et al., "cubically reduced"). Usage: semi_orthogonal_bench [locations=512] [k=100] [F=448]
// Timed per location on a sample of locations, then scaled to a 64×64 grid.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <torch/torch.h>

#include "core/runtime/compute.h"

namespace {

// Seconds per location for Cholesky + inverse of `count` random SPD d×d matrices (double, as fitted).
double inverseSeconds(int64_t count, int64_t d) {
  const torch::Tensor a = torch::randn({count, d, d + 8}, torch::kFloat64);
  const torch::Tensor spd = torch::bmm(a, a.transpose(1, 2)) + 0.01 * torch::eye(d, torch::kFloat64);
  QElapsedTimer t;
  t.start();
  const torch::Tensor inv = torch::cholesky_inverse(torch::linalg_cholesky(spd));
  const double s = t.nsecsElapsed() / 1e9;
  if (!inv.isfinite().all().item<bool>()) std::fprintf(stderr, "non-finite inverse\n");
  return s / count;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  ds::compute::setThreads(0);
  const int64_t locations = argc > 1 ? std::atoll(argv[1]) : 512;
  const int64_t k = argc > 2 ? std::atoll(argv[2]) : 100;
  const int64_t f = argc > 3 ? std::atoll(argv[3]) : 448;
  const double small = inverseSeconds(locations, k);
  const double large = inverseSeconds(std::max<int64_t>(8, locations / 16), f);
  const double grid = 64 * 64;
  std::printf("batched Cholesky inverse, 64x64 locations: k=%lld %.2f s, F=%lld %.1f s; ratio %.1fx "
              "(cubic prediction (F/k)^3 = %.1fx); memory %.0f MB vs %.0f MB (double)\n",
              static_cast<long long>(k), small * grid, static_cast<long long>(f), large * grid, large / small,
              std::pow(static_cast<double>(f) / k, 3), grid * k * k * 8 / 1048576.0, grid * f * f * 8 / 1048576.0);
  return 0;
}
