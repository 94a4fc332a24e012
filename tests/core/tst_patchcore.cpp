#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <torch/torch.h>

#include "core/methods/method_registry.h"
#include "core/methods/patchcore/coreset.h"
#include "core/methods/patchcore/nearest_neighbors.h"
#include "core/methods/patchcore/patch_features.h"
#include "core/methods/patchcore/patchcore.h"
#include "tests/support/test_support.h"
#include "tests/support/training_support.h"

namespace F = torch::nn::functional;
using ds::patchcore::CoresetOptions;

namespace {

// Independent greedy k-center: O(N²) distances, written without the production code's helpers.
std::vector<int64_t> referenceGreedy(const torch::Tensor& x, const torch::Tensor& startDistance, int64_t size) {
  const torch::Tensor all = torch::cdist(x.to(torch::kFloat64), x.to(torch::kFloat64));
  torch::Tensor d = startDistance.to(torch::kFloat64).clone();
  std::vector<int64_t> picked;
  for (int64_t t = 0; t < size; ++t) {
    const int64_t i = d.argmax().item<int64_t>();
    picked.push_back(i);
    d = torch::minimum(d, all[i]);
  }
  return picked;
}

}  // namespace

class TestPatchCore : public QObject {
  Q_OBJECT

  // Both aggregations, the default first: their features are made by different code.
  static void aggregations() {
    QTest::addColumn<QString>("aggregation");
    QTest::newRow("concat") << QStringLiteral("concat");
    QTest::newRow("pool") << QStringLiteral("pool");
  }

 private Q_SLOTS:
  void coresetPicksTheFarthestPoint() {
    // A square with its centre and one far point. With every point as a start point the initial
    // distance is the mean distance to all points, so the far point comes first; then the farthest
    // corner from it, and so on.
    const torch::Tensor x = torch::tensor({0.f, 0.f, 1.f, 0.f, 0.f, 1.f, 1.f, 1.f, 0.5f, 0.5f, 10.f, 10.f}).view({6, 2});
    CoresetOptions o;
    o.size = 4;
    o.startPoints = 6;
    const std::vector<int64_t> picked = ds::patchcore::greedyCoreset(x, o);
    const torch::Tensor meanDistance = torch::cdist(x, x).mean(1);
    QCOMPARE(picked, referenceGreedy(x, meanDistance, 4));
    QCOMPARE(picked[0], int64_t(5));  // (10,10)
    QCOMPARE(picked[1], int64_t(0));  // (0,0): farthest from (10,10)
  }

  void prunedEqualsBruteForce() {
    torch::manual_seed(3);
    const torch::Tensor x = torch::randn({3000, 16});
    CoresetOptions o;
    o.size = 300;
    o.startPoints = 10;
    o.seed = 11;
    std::vector<std::pair<int64_t, double>> reported;  // (centres chosen, coverage radius)
    const auto pruned = ds::patchcore::greedyCoreset(x, o, [&](int64_t done, int64_t, double radius) { reported.push_back({done, radius}); });
    const auto brute = ds::patchcore::greedyCoresetBruteForce(x, o);
    QCOMPARE(pruned.size(), brute.size());
    // Coverage radius of the fast selection within 1 % of exact greedy (equal, as both are exact).
    const double a = ds::patchcore::coverageRadius(x, pruned), b = ds::patchcore::coverageRadius(x, brute);
    QVERIFY2(std::abs(a - b) <= 1e-5 * b, qPrintable(QStringLiteral("%1 vs %2").arg(a).arg(b)));
    int same = 0;
    for (std::size_t i = 0; i < pruned.size(); ++i) same += pruned[i] == brute[i];
    QVERIFY2(same >= static_cast<int>(pruned.size()) - 2, qPrintable(QString::number(same)));  // float ties at most
    // The reported radius after t > 1 centres: the t-th centre's distance to the earlier ones.
    QVERIFY(reported.size() >= 2);
    for (const auto& [done, radius] : reported) {
      if (done < 2) continue;
      const torch::Tensor last = x[pruned[done - 1]].unsqueeze(0).to(torch::kFloat64);
      const torch::Tensor earlier = x.index_select(0, torch::tensor(std::vector<int64_t>(pruned.begin(), pruned.begin() + done - 1))).to(torch::kFloat64);
      const double expected = torch::cdist(last, earlier).min().item<double>();
      QVERIFY2(std::abs(radius - expected) <= 1e-4 * expected, qPrintable(QStringLiteral("after %1: %2 vs %3").arg(done).arg(radius).arg(expected)));
    }
  }

  void projectedCoverageNearExactGreedy() {
    // Clustered data like patch features: the coreset chosen on a 128-d random projection covers the
    // original 512-d points nearly as well as exact greedy on the original points (measured: 2.6 %
    // larger radius here). The selection itself is exact greedy; the gap is the projection's.
    torch::manual_seed(5);
    const torch::Tensor centres = torch::randn({40, 512}) * 4;
    const torch::Tensor x = centres.index_select(0, torch::randint(40, {4000}, torch::kLong)) + torch::randn({4000, 512});
    const torch::Tensor projection = torch::randn({512, 128}) / std::sqrt(128.0);
    CoresetOptions o;
    o.size = 200;
    const auto projected = ds::patchcore::greedyCoreset(x.matmul(projection), o);
    const auto exact = ds::patchcore::greedyCoresetBruteForce(x, o);
    const double rp = ds::patchcore::coverageRadius(x, projected), re = ds::patchcore::coverageRadius(x, exact);
    qInfo("coverage radius: projected selection %.4f, exact greedy %.4f (%.2f %%)", rp, re, 100 * (rp / re - 1));
    QVERIFY2(rp <= re * 1.05, qPrintable(QStringLiteral("projected %1, exact %2").arg(rp).arg(re)));
  }

  void searchesFindTheBruteForceNeighbours_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("k");
    for (const char* kind : {"exact", "flat", "matmul"}) {
      for (int k : {1, 9}) QTest::addRow("%s k=%d", kind, k) << QString::fromLatin1(kind) << k;
    }
  }

  void searchesFindTheBruteForceNeighbours() {
    QFETCH(QString, kind);
    QFETCH(int, k);
    // Features with decaying variances, as CNN features have: a few strong directions and a long tail,
    // so the principal-bound search both prunes and must still measure the tail.
    torch::manual_seed(5);
    const torch::Tensor scales = torch::pow(torch::arange(96, torch::kFloat32) + 1, -0.7);
    const torch::Tensor bank = torch::randn({2000, 96}) * scales + 0.3;
    torch::Tensor queries = torch::randn({700, 96}) * scales * 1.2 + 0.3;
    // For the pruned search, bank entries among the queries too: at distance 0, with the smallest
    // residuals its bound can meet. (The ‖q‖² − 2q·m + ‖m‖² searches resolve a zero distance only to
    // √(float ε·‖q‖²), so they are compared on the random queries.)
    if (kind == QLatin1String("exact")) queries = torch::cat({queries, bank.slice(0, 0, 50)});
    const auto [dist, index] = ds::patchcore::makeNearestNeighborSearch(kind, bank)->search(queries, k);
    const auto [want, wantIndex] = torch::cdist(queries.to(torch::kFloat64), bank.to(torch::kFloat64)).topk(k, 1, false);
    QCOMPARE(index.sizes().vec(), wantIndex.sizes().vec());
    QVERIFY(torch::equal(index, wantIndex));
    QVERIFY(torch::allclose(dist.to(torch::kFloat64), want, 1e-4, 1e-5));
  }

  void reweightingMatchesEquation7() {
    const torch::Tensor test = torch::tensor({1.0f, 2.0f});
    const torch::Tensor nearest = torch::tensor({1.0f, 1.0f});
    const torch::Tensor neighbourhood = torch::tensor({1.0f, 1.0f, 0.0f, 2.0f, 3.0f, 2.0f}).view({3, 2});
    // distances 1, 1, 2: s = (1 − e¹/(e¹ + e¹ + e²)) · s*
    const double expected = (1 - std::exp(1.0) / (2 * std::exp(1.0) + std::exp(2.0))) * 5.0;
    QVERIFY(std::abs(ds::PatchCoreMethod::reweightedScore(test, nearest, neighbourhood, 5.0) - expected) < 1e-6);
  }

  void pooledFeaturesEqualTheAuthorsOrder() {
    // Authors' order: unfold p×p, upsample the unfolded deeper stage, then pool; ours pools first.
    torch::manual_seed(1);
    const torch::Tensor a = torch::randn({2, 8, 6, 10}), b = torch::randn({2, 16, 3, 5});
    ds::patchcore::PatchFeatureOptions o;
    o.stageDim = 20;
    o.embedDim = 12;
    const torch::Tensor ours = ds::patchcore::locallyAwareFeatures({a, b}, o);
    const auto unfoldStage = [](const torch::Tensor& m) {
      const int64_t n = m.size(0), c = m.size(1), h = m.size(2), w = m.size(3);
      return F::unfold(m, F::UnfoldFuncOptions(3).padding(1)).view({n, c * 9, h, w});
    };
    torch::Tensor ub = F::interpolate(unfoldStage(b), F::InterpolateFuncOptions()
                                                          .size(std::vector<int64_t>{6, 10})
                                                          .mode(torch::kBilinear)
                                                          .align_corners(false));
    std::vector<torch::Tensor> pooled;
    for (const torch::Tensor& u : {unfoldStage(a), ub})
      pooled.push_back(F::adaptive_avg_pool1d(u.permute({0, 2, 3, 1}).reshape({-1, 1, u.size(1)}),
                                              F::AdaptiveAvgPool1dFuncOptions(20)).view({-1, 20}));
    const torch::Tensor stacked = torch::stack(pooled, 1).reshape({-1, 1, 40});
    const torch::Tensor reference = F::adaptive_avg_pool1d(stacked, F::AdaptiveAvgPool1dFuncOptions(12)).view({2, 6, 10, 12});
    QVERIFY(torch::allclose(ours, reference, 1e-5, 1e-5));
  }

  void concatFeatures() {
    const torch::Tensor a = torch::randn({1, 4, 8, 8}), b = torch::randn({1, 6, 4, 4});
    ds::patchcore::PatchFeatureOptions o;
    o.aggregation = ds::patchcore::Aggregation::Concat;
    const torch::Tensor f = ds::patchcore::locallyAwareFeatures({a, b}, o);
    QCOMPARE(f.sizes().vec(), (std::vector<int64_t>{1, 8, 8, 10}));
    // Interior position: the 3×3 mean of the first stage.
    QVERIFY(std::abs(f[0][3][4][0].item<float>() - a[0][0].slice(0, 2, 5).slice(1, 3, 6).mean().item<float>()) < 1e-5);
  }

  // The footprint is computed from shapes alone, before a run; checked against the features a fit
  // really makes: the temporary file holds every patch's full feature, memory at least every
  // patch's projection, and both grow linearly with the images.
  void footprintCountsEveryPatch_data() { aggregations(); }
  void footprintCountsEveryPatch() {
    QFETCH(QString, aggregation);
    ds::MethodSettings settings = ds::defaultSettings(QStringLiteral("patchcore"));
    settings.assign({QStringLiteral("embed_dim=64"), QStringLiteral("stage_dim=64"), QStringLiteral("projection_dim=16"),
                     QStringLiteral("aggregation=") + aggregation});
    ds::MethodEnvironment environment;
    environment.backbone = QStringLiteral("resnet18");
    environment.weights = QStringLiteral("random");
    ds::PatchCoreMethod method(settings, environment);
    const torch::Tensor features = method.patchFeatures(torch::rand({1, 3, 64, 96}));
    const double patches = static_cast<double>(features.size(1) * features.size(2)) * 10;
    const ds::TrainingFootprint f = method.trainingFootprint(64, 96, 10);
    QCOMPARE(f.diskBytes, patches * static_cast<double>(features.size(3)) * sizeof(float));
    QVERIFY(f.memoryBytes >= patches * 16 * sizeof(float));
    const ds::TrainingFootprint twice = method.trainingFootprint(64, 96, 20);
    QCOMPARE(twice.diskBytes, 2 * f.diskBytes);
    QVERIFY(twice.memoryBytes > f.memoryBytes);
  }

  // The estimate against the tensors a real fit holds at its peak (measured by the allocator's hook):
  // the spilled features, the projections, the coreset's state, the bank and its search.
  void footprintCoversTheTraining_data() { aggregations(); }
  void footprintCoversTheTraining() {
    QFETCH(QString, aggregation);
    QTemporaryDir dir;
    dstest::writeDemoData(dir.path(), 64, 24, 2, 2);
    ds::TrainRequest r;
    r.method = QStringLiteral("patchcore");
    r.data = dir.path();
    r.output = dir.filePath(QStringLiteral("footprint.dsm"));
    r.settings = {QStringLiteral("coreset_ratio=0.1"), QStringLiteral("aggregation=") + aggregation};
    r.imageSize = QStringLiteral("96");
    r.environment.backbone = QStringLiteral("resnet18");
    r.environment.weights = QStringLiteral("random");
    const auto missed = dstest::footprintMisses(r);
    QVERIFY2(!missed, qPrintable(missed.value_or(QString())));
  }

  void saveLoadPredictsIdentically() {
    QJsonObject summary;
    const auto difference = dstest::saveLoadDifference(
        QStringLiteral("patchcore"), {QStringLiteral("coreset_ratio=0.25")},
        &summary);
    QVERIFY2(!difference, qPrintable(difference.value_or(QString())));
    QCOMPARE(summary.value(QStringLiteral("memory_bank_entries")).toInt(), 6 * 8 * 8 / 4);
  }
};

QTEST_GUILESS_MAIN(TestPatchCore)
#include "tst_patchcore.moc"
