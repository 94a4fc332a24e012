#include <QJsonArray>
#include <QtTest>
#include <torch/torch.h>

#include "core/methods/method_registry.h"
#include "core/methods/semi_orthogonal/embedding.h"
#include "core/methods/semi_orthogonal/location_gaussians.h"
#include "core/methods/semi_orthogonal/semi_orthogonal.h"
#include "tests/support/test_support.h"
#include "tests/support/training_support.h"

using ds::semi_orthogonal::Embedding;
using ds::semi_orthogonal::LocationGaussians;

namespace {

torch::Tensor randomSpd(int64_t f, uint64_t seed) {
  torch::manual_seed(seed);
  const torch::Tensor a = torch::randn({f, f}, torch::kFloat64);
  return a.matmul(a.t()) + 0.1 * torch::eye(f, torch::kFloat64);
}

double spectralNormSquared(const torch::Tensor& m) { return std::pow(torch::linalg_matrix_norm(m, 2).item<double>(), 2); }

}  // namespace

class TestSemiOrthogonal : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void embeddingIsSemiOrthogonal() {
    const torch::Tensor w = ds::semi_orthogonal::embeddingMatrix(Embedding::SemiOrthogonal, 448, 100, 3);
    QCOMPARE(w.sizes().vec(), (std::vector<int64_t>{448, 100}));
    QVERIFY(torch::allclose(w.t().matmul(w), torch::eye(100, torch::kFloat64), 0, 1e-5));
    // Deterministic for a seed, different across seeds.
    QVERIFY(torch::equal(w, ds::semi_orthogonal::embeddingMatrix(Embedding::SemiOrthogonal, 448, 100, 3)));
    QVERIFY(!torch::equal(w, ds::semi_orthogonal::embeddingMatrix(Embedding::SemiOrthogonal, 448, 100, 4)));
    const torch::Tensor sampled = ds::semi_orthogonal::embeddingMatrix(Embedding::Sampled, 50, 10, 1);
    QVERIFY(torch::allclose(sampled.t().matmul(sampled), torch::eye(10, torch::kFloat64)));
    QCOMPARE(sampled.sum().item<double>(), 10.0);  // columns of the identity
  }

  void perStageProjectionEqualsProjectedConcatenation() {
    // embed projects each stage before upsampling; the paper concatenates the upsampled maps first.
    torch::manual_seed(5);
    const std::vector<torch::Tensor> maps = {torch::randn({2, 6, 8, 12}),
                                             torch::randn({2, 10, 4, 6}).contiguous(torch::MemoryFormat::ChannelsLast),
                                             torch::randn({2, 12, 2, 3})};
    const torch::Tensor w = ds::semi_orthogonal::embeddingMatrix(Embedding::SemiOrthogonal, 28, 7, 1).to(torch::kFloat32);
    std::vector<torch::Tensor> upsampled;
    for (const torch::Tensor& m : maps)
      upsampled.push_back(torch::nn::functional::interpolate(
          m, torch::nn::functional::InterpolateFuncOptions().size(std::vector<int64_t>{8, 12}).mode(torch::kBilinear).align_corners(false)));
    const torch::Tensor reference = torch::matmul(w.t(), torch::cat(upsampled, 1).flatten(2)).transpose(1, 2);  // [N,L,k]
    const torch::Tensor z = ds::semi_orthogonal::embed(maps, w);
    QCOMPARE(z.sizes().vec(), (std::vector<int64_t>{2, 96, 7}));
    QVERIFY(torch::allclose(z, reference, 1e-5, 1e-5));
  }

  void streamingCovarianceMatchesTwoPass() {
    torch::manual_seed(2);
    const torch::Tensor z = torch::randn({23, 4, 3}, torch::kFloat64) * 3 + 10;  // a large mean stresses the sums
    LocationGaussians g;
    g.add(z.slice(0, 0, 10).transpose(1, 2));  // [N,L,k]
    g.add(z.slice(0, 10, 23).transpose(1, 2));
    g.finish(0.0);
    QJsonArray zs;
    for (int64_t n = 0; n < z.size(0); ++n) {
      QJsonArray kk;
      for (int64_t k = 0; k < z.size(1); ++k) {
        QJsonArray ll;
        for (int64_t l = 0; l < z.size(2); ++l) ll.append(z[n][k][l].item<double>());
        kk.append(ll);
      }
      zs.append(kk);
    }
    QString whyNot;
    const auto ref = dstest::runPythonReference(QStringLiteral("covariance_reference.py"), QJsonObject{{QStringLiteral("z"), zs}}, &whyNot);
    if (!ref) QSKIP(qPrintable(whyNot));
    const torch::Tensor precision = g.precision().to(torch::kFloat64);
    for (int64_t l = 0; l < 3; ++l) {
      const QJsonArray cov = ref->value(QStringLiteral("cov")).toArray()[l].toArray();
      const QJsonArray mean = ref->value(QStringLiteral("mean")).toArray()[l].toArray();
      torch::Tensor c = torch::empty({4, 4}, torch::kFloat64);
      for (int i = 0; i < 4; ++i) {
        QVERIFY(std::abs(g.mean()[l][i].item<double>() - mean[i].toDouble()) <= 1e-5 * std::abs(mean[i].toDouble()));
        for (int j = 0; j < 4; ++j) c[i][j] = cov[i].toArray()[j].toDouble();
      }
      // The precision stored is the inverse of the streaming covariance: compare through it.
      QVERIFY(torch::allclose(torch::inverse(precision[l]), c, 1e-5, 1e-6));
    }
  }

  void distancesMatchTheQuadraticForm() {
    // Eq. (2) term by term in double precision, against the batched evaluation (odd N, odd k).
    torch::manual_seed(3);
    const int64_t n = 7, locations = 5, k = 9;
    const torch::Tensor a = torch::randn({locations, k, k}, torch::kFloat64);
    const torch::Tensor precision = torch::bmm(a, a.transpose(1, 2)) + torch::eye(k, torch::kFloat64);
    const torch::Tensor mean = torch::randn({locations, k}, torch::kFloat64);
    const torch::Tensor z = torch::randn({n, locations, k}, torch::kFloat64);
    LocationGaussians g;
    g.set(mean.to(torch::kFloat32), precision.to(torch::kFloat32), 2);
    const torch::Tensor d2 = g.squaredDistances(z.to(torch::kFloat32));
    QCOMPARE(d2.sizes().vec(), (std::vector<int64_t>{n, locations}));
    for (int64_t i = 0; i < n; ++i)
      for (int64_t l = 0; l < locations; ++l) {
        const torch::Tensor diff = z[i][l] - mean[l];
        const double expected = diff.dot(precision[l].mv(diff)).item<double>();
        QVERIFY2(std::abs(d2[i][l].item<double>() - expected) <= 1e-4 * expected, qPrintable(QString::number(expected)));
      }
  }

  void proposition2MeanDistanceIsK() {
    // Kim et al. Prop. 2: over the training samples the mean of d² is k (C = XXᵀ/N). With the unbiased
    // covariance used here (as numpy.cov and the authors' code), it is k·(N−1)/N.
    torch::manual_seed(4);
    const int64_t n = 400, f = 30, k = 12;
    const torch::Tensor w = ds::semi_orthogonal::embeddingMatrix(Embedding::SemiOrthogonal, f, k, 9);
    const torch::Tensor x = torch::randn({n, f, 2}, torch::kFloat64) * torch::rand({1, f, 1}, torch::kFloat64);
    const torch::Tensor z = torch::matmul(w.t(), x);
    LocationGaussians g;
    g.add(z.transpose(1, 2));
    g.finish(0.0);
    const double mean = g.squaredDistances(z.transpose(1, 2).to(torch::kFloat32)).mean().item<double>();
    QVERIFY2(std::abs(mean - k * (n - 1.0) / n) < 1e-3 * k, qPrintable(QString::number(mean)));
  }

  void proposition1OrthogonalInvariance() {
    // With k = F and a square orthogonal W the distances equal the full-rank Mahalanobis distances.
    torch::manual_seed(6);
    const int64_t n = 200, f = 10;
    const torch::Tensor x = torch::randn({n, f, 1}, torch::kFloat64).matmul(torch::ones({1, 1}, torch::kFloat64));
    const torch::Tensor mixed = torch::matmul(torch::randn({f, f}, torch::kFloat64), x);
    const torch::Tensor w = ds::semi_orthogonal::embeddingMatrix(Embedding::SemiOrthogonal, f, f, 2);
    LocationGaussians rotated, full;
    rotated.add(torch::matmul(w.t(), mixed).transpose(1, 2));
    full.add(mixed.transpose(1, 2));
    rotated.finish(0.01);  // εI is rotation invariant too
    full.finish(0.01);
    const torch::Tensor probe = torch::randn({5, f, 1}, torch::kFloat64) * 2;
    const torch::Tensor a = rotated.squaredDistances(torch::matmul(w.t(), probe).transpose(1, 2).to(torch::kFloat32));
    const torch::Tensor b = full.squaredDistances(probe.transpose(1, 2).to(torch::kFloat32));
    QVERIFY(torch::allclose(a, b, 1e-3, 1e-3));
  }

  void theorem2ErrorBounds() {
    const int64_t f = 20, k = 8;
    const torch::Tensor c = randomSpd(f, 7);
    auto [values, vectors] = torch::linalg_eigh(c);  // ascending
    const torch::Tensor precision = torch::inverse(c);
    const auto lowRank = [&](const torch::Tensor& u) { return u.matmul(torch::inverse(u.t().matmul(c).matmul(u))).matmul(u.t()); };
    const double lower = spectralNormSquared(precision - lowRank(vectors.slice(1, 0, k)));      // k smallest
    const double upper = spectralNormSquared(precision - lowRank(vectors.slice(1, f - k, f)));  // k largest
    for (uint64_t seed = 0; seed < 10; ++seed) {
      const torch::Tensor w = ds::semi_orthogonal::embeddingMatrix(Embedding::SemiOrthogonal, f, k, seed);
      const double error = spectralNormSquared(precision - lowRank(w));
      QVERIFY2(lower <= error * (1 + 1e-9) && error <= upper * (1 + 1e-9),
               qPrintable(QStringLiteral("%1 ≤ %2 ≤ %3").arg(lower).arg(error).arg(upper)));
    }
  }

  // Before a run: the fit's time, measured on one image and a sample of the inversions, and a
  // footprint that does not grow with the images (the sums stream) yet holds every location's sums
  // and precision matrix (ResNet-18's first stage: a 16×24 grid at 64×96).
  void estimateAndFootprint() {
    ds::MethodSettings settings = ds::defaultSettings(QStringLiteral("semi_orthogonal"));
    settings.assign({QStringLiteral("k=20")});
    ds::MethodEnvironment environment;
    environment.backbone = QStringLiteral("resnet18");
    environment.weights = QStringLiteral("random");
    ds::SemiOrthogonalMethod method(settings, environment);
    const ds::TrainingEstimate e = method.estimateTraining(64, 96, 50);
    QVERIFY(e.onePassSeconds > 0 && e.epochs == 0);
    const ds::TrainingFootprint few = method.trainingFootprint(64, 96, 10), many = method.trainingFootprint(64, 96, 10000);
    QCOMPARE(few.memoryBytes, many.memoryBytes);
    QCOMPARE(few.diskBytes, 0.0);
    const double locations = 16.0 * 24;
    QVERIFY(few.memoryBytes >= locations * (20 * 20 * sizeof(float) + 20 * 21 / 2 * sizeof(double)));
  }

  void saveLoadPredictsIdentically() {
    QJsonObject summary;
    const auto difference = dstest::saveLoadDifference(QStringLiteral("semi_orthogonal"), {QStringLiteral("k=20")}, &summary);
    QVERIFY2(!difference, qPrintable(difference.value_or(QString())));
    QCOMPARE(summary.value(QStringLiteral("k")).toInt(), 20);
  }
};

QTEST_GUILESS_MAIN(TestSemiOrthogonal)
#include "tst_semi_orthogonal.moc"
