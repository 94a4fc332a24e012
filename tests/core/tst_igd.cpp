#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <torch/torch.h>

#include "core/backbones/feature_extractor.h"
#include "core/data/dataset.h"
#include "core/io/model_archive.h"
#include "core/jobs/job_context.h"
#include "core/jobs/train_job.h"
#include "core/maps/ms_ssim.h"
#include "core/methods/igd/igd_config.h"
#include "core/methods/igd/igd_losses.h"
#include "core/methods/igd/igd_network.h"
#include "core/methods/igd/igd_samples.h"
#include "core/methods/igd/igd_trainer.h"
#include "core/methods/inspection_model.h"
#include "core/methods/method_registry.h"
#include "tests/support/test_support.h"
#include "tests/support/training_support.h"

namespace igd = ds::igd;

namespace {

// A tiny, quick configuration on 64-pixel images: ResNet-18 with seeded random weights as the frozen trunk.
QStringList tinySettings() {
  return {QStringLiteral("global_size=64"), QStringLiteral("width=0.125"), QStringLiteral("latent_dim=16"), QStringLiteral("epochs=2"),
          QStringLiteral("batch_size=2"),   QStringLiteral("patch_batch=4"), QStringLiteral("patches_per_image=2"), QStringLiteral("estep_every=1"),
          QStringLiteral("checkpoint_every=1")};
}

QJsonArray toJson(const torch::Tensor& t) {  // nested arrays of any rank
  QJsonArray out;
  for (int64_t i = 0; i < t.size(0); ++i) {
    if (t.dim() == 1) out.append(t[i].item<double>());
    else out.append(toJson(t[i]));
  }
  return out;
}

double maxDifference(const torch::Tensor& ours, const QJsonArray& expected) {
  double worst = 0;
  for (int64_t i = 0; i < ours.size(0); ++i) {
    if (ours.dim() == 1) worst = std::max(worst, std::abs(ours[i].item<double>() - expected[static_cast<int>(i)].toDouble()));
    else worst = std::max(worst, maxDifference(ours[i], expected[static_cast<int>(i)].toArray()));
  }
  return worst;
}

std::vector<torch::Tensor> snapshot(const torch::nn::Module& module) {
  std::vector<torch::Tensor> copies;
  for (const auto& p : module.parameters()) copies.push_back(p.detach().clone());
  return copies;
}

bool unchanged(const torch::nn::Module& module, const std::vector<torch::Tensor>& before) {
  const auto now = module.parameters();
  for (std::size_t i = 0; i < now.size(); ++i)
    if (!torch::equal(now[i], before[i])) return false;
  return true;
}

bool allChanged(const torch::nn::Module& module, const std::vector<torch::Tensor>& before) {
  const auto now = module.parameters();
  for (std::size_t i = 0; i < now.size(); ++i)
    if (torch::equal(now[i], before[i])) return false;
  return true;
}

}  // namespace

class TestIgd : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  QString demo_;

  ds::TrainRequest request(const QString& model, const QStringList& extra = {}) const {
    ds::TrainRequest r;
    r.method = QStringLiteral("igd");
    r.data = demo_;
    r.output = dir_.filePath(model);
    r.settings = tinySettings() + extra;
    r.imageSize = QStringLiteral("64");
    r.environment.seed = 5;
    r.environment.backbone = QStringLiteral("resnet18");
    r.environment.weights = QStringLiteral("random");
    return r;
  }

  // Scores of the test images by a trained model file.
  std::vector<double> scores(const QString& model) const {
    ds::LoadReport report;
    const ds::Dataset data = ds::Dataset::open(demo_, report);
    ds::InspectionModel m = ds::InspectionModel::load(dir_.filePath(model), QStringLiteral("cpu"));
    std::vector<ds::LoadedImage> images;
    for (const ds::Sample& s : data.testSamples()) images.push_back(ds::loadSample(s, m.loadOptions()));
    std::vector<double> out;
    for (const auto& p : m.predict(images)) out.push_back(p.score);
    return out;
  }

 private Q_SLOTS:
  void initTestCase() {
    torch::set_num_threads(2);
    demo_ = dir_.filePath(QStringLiteral("demo"));
    dstest::writeDemoData(demo_, 64, 4, 2, 2);
  }

  void msSsimWeightsAreThePapers() {
    const std::vector<double> five = ds::maps::msSsimWeights(5), four = ds::maps::msSsimWeights(4);
    const double standard[] = {0.0448, 0.2856, 0.3001, 0.2363, 0.1333}, local[] = {0.0516, 0.3295, 0.3463, 0.2726};
    for (int m = 0; m < 5; ++m) QCOMPARE(five[static_cast<std::size_t>(m)], standard[m]);
    // Chen et al. supp.: the 4-scale local weights, printed to 4 decimals.
    for (int m = 0; m < 4; ++m) QVERIFY(std::abs(four[static_cast<std::size_t>(m)] - local[m]) < 1e-4);
    QCOMPARE(ds::maps::msSsimMinimumSide(11, 5), 161);
  }

  void msSsimMatchesReference_data() {
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("scales");
    QTest::addColumn<double>("range");
    QTest::newRow("local 32px, 3x3, 4 scales") << 32 << 32 << 3 << 4 << 1.0;
    QTest::newRow("48x40, 7x7, 3 scales, odd halves") << 48 << 40 << 7 << 3 << 4.7579;
  }
  void msSsimMatchesReference() {
    // An independent numpy/scipy computation of Wang et al.'s MS-SSIM, scalar and per pixel.
    QFETCH(int, height);
    QFETCH(int, width);
    QFETCH(int, window);
    QFETCH(int, scales);
    QFETCH(double, range);
    torch::manual_seed(3);
    const auto f64 = torch::TensorOptions().dtype(torch::kFloat64);
    const torch::Tensor x = torch::rand({2, 3, height, width}, f64) * range;
    const torch::Tensor y = x + 0.15 * range * torch::randn_like(x);
    QString whyNot;
    const auto ref = dstest::runPythonReference(QStringLiteral("ms_ssim_reference.py"),
                                                {{QStringLiteral("x"), toJson(x)}, {QStringLiteral("y"), toJson(y)}, {QStringLiteral("window"), window},
                                                 {QStringLiteral("scales"), scales}, {QStringLiteral("range"), range}},
                                                &whyNot);
    if (!ref) QSKIP(qPrintable(whyNot));
    ds::maps::MsSsimOptions o;
    o.window = window;
    o.scales = scales;
    o.dataRange = range;
    const double scalar = maxDifference(ds::maps::msSsim(x, y, o), ref->value(QStringLiteral("ms_ssim")).toArray());
    QVERIFY2(scalar < 1e-9, qPrintable(QString::number(scalar)));
    const double map = maxDifference(ds::maps::msSsimMap(x, y, o), ref->value(QStringLiteral("map")).toArray());
    QVERIFY2(map < 1e-9, qPrintable(QString::number(map)));
    // Identical images are perfectly similar.
    QVERIFY(torch::allclose(ds::maps::msSsim(x, x, o), torch::ones({2}, f64)));
  }

  void lossTermsMatchHandComputations() {
    const auto f64 = torch::TensorOptions().dtype(torch::kFloat64);
    // eq. (8): 1 − exp(−‖z − μ‖²/σ²) with μ = (1, 1), σ² = 2.
    const torch::Tensor z = torch::tensor({1.0, 2.0, 0.0, 0.0, 3.0, -1.0}, f64).view({3, 2});
    const torch::Tensor lh = igd::gaussianLoss(z, torch::tensor({1.0, 1.0}, f64), torch::tensor({2.0}, f64));
    QVERIFY(torch::allclose(lh, torch::tensor({1 - std::exp(-0.5), 1 - std::exp(-1.0), 1 - std::exp(-4.0)}, f64)));

    // eq. (12): a perfect reconstruction costs nothing; a constant offset d of an image costs ρ·d/L in the
    // absolute error plus (1 − ρ)(1 − MS-SSIM), where only the last scale's luminance factor is below 1:
    // l = (2μ(μ+d) + C1)/(μ² + (μ+d)² + C1), weighted by the last scale's weight.
    ds::maps::MsSsimOptions ms;
    ms.window = 3;
    ms.scales = 2;
    ms.dataRange = 1.0;
    torch::manual_seed(1);
    const torch::Tensor x = torch::rand({1, 1, 16, 16}, f64);
    QVERIFY(igd::reconstructionLoss(x, x, 0.15, ms).abs().item<double>() < 1e-12);
    const torch::Tensor flat = torch::full({1, 1, 16, 16}, 0.4, f64);
    const double d = 0.1, mu = 0.4, c1 = 0.01 * 0.01;
    const double l = (2 * mu * (mu + d) + c1) / (mu * mu + (mu + d) * (mu + d) + c1);
    const double expected = 0.15 * d + 0.85 * (1 - std::pow(l, ds::maps::msSsimWeights(2)[1]));
    QVERIFY(std::abs(igd::reconstructionLoss(flat, flat + d, 0.15, ms).item<double>() - expected) < 1e-12);
    // eq. (17) per pixel: the same offset everywhere gives that value at every pixel.
    QVERIFY(torch::allclose(igd::reconstructionMap(flat, flat + d, 0.15, ms), torch::full({1, 16, 16}, expected, f64)));

    // eq. (9): α·z1 + (1 − α)·z2, each sample paired with the previous one.
    const torch::Tensor zi = igd::interpolateLatents(z, torch::tensor({0.5, 0.25, 0.0}, f64));
    QVERIFY(torch::allclose(zi, torch::tensor({2.0, 0.5, 0.75, 1.5, 0.0, 0.0}, f64).view({3, 2})));
    // eq. (10): x̂_ζ = ζx + (1 − ζ)x̂ and ℓ_d = (d(x̂_α) − α)² + d(x̂_ζ)², batch means.
    const torch::Tensor xz = igd::mixWithReconstruction(torch::ones({2, 1, 1, 1}, f64), torch::zeros({2, 1, 1, 1}, f64), torch::tensor({0.3, 0.9}, f64));
    QVERIFY(torch::allclose(xz.flatten(), torch::tensor({0.3, 0.9}, f64)));
    const double ld = igd::criticLoss(torch::tensor({0.2, 0.4}, f64), torch::tensor({0.1, 0.5}, f64), torch::tensor({0.3, 0.0}, f64)).item<double>();
    QVERIFY(std::abs(ld - ((0.01 + 0.01) / 2 + 0.09 / 2)) < 1e-12);
  }

  void eStepMatchesADirectComputation() {
    const auto f64 = torch::TensorOptions().dtype(torch::kFloat64);
    torch::manual_seed(2);
    const torch::Tensor z = torch::randn({50, 4}, f64) * 3 + torch::tensor({2.0, -1.0, 0.05, -0.02}, f64);
    const igd::GaussianParameters g = igd::estimateGaussian(z);
    // By hand: the mean; components within 0.1 of 0 pushed to ±0.1; σ² the mean squared distance to it.
    std::vector<double> mu(4, 0.0);
    for (int64_t i = 0; i < 50; ++i)
      for (int64_t k = 0; k < 4; ++k) mu[static_cast<std::size_t>(k)] += z[i][k].item<double>() / 50;
    for (double& m : mu)
      if (std::abs(m) < 0.1) m = m < 0 ? -0.1 : 0.1;
    double sigma2 = 0;
    for (int64_t i = 0; i < 50; ++i)
      for (int64_t k = 0; k < 4; ++k) sigma2 += std::pow(z[i][k].item<double>() - mu[static_cast<std::size_t>(k)], 2) / 50;
    for (int64_t k = 0; k < 4; ++k) QVERIFY(std::abs(g.mu[k].item<double>() - mu[static_cast<std::size_t>(k)]) < 1e-12);
    QVERIFY(std::abs(g.sigma2.item<double>() - sigma2) < 1e-9);
    // σ² is kept at 1 or more: codes that collapse together do not make ℓ_h explode.
    QCOMPARE(igd::estimateGaussian(z * 1e-3).sigma2.item<double>(), 1.0);

    // eStep() writes the same statistics of the encoder's outputs over the given samples into the model.
    igd::ModelOptions options;
    options.latentDim = 8;
    options.width = 0.125;
    options.pretrainedEncoder = false;
    const torch::Tensor images = torch::randn({3, 3, 64, 64});
    igd::ModelSlot slot{QStringLiteral("local"), igd::makeAutoencoder(options, 32, 32, nullptr, 1, 1), igd::makeCritic(options, 1, 1),
                        igd::SampleSet(images, 32, 32, 32, 0), 4, {}};
    std::mt19937_64 rng(1);
    const std::vector<igd::Sample> all = slot.samples.subset(100, rng);
    QCOMPARE(all.size(), std::size_t{12});  // 3 images × 2 × 2 positions
    igd::eStep(slot, all, torch::kCPU);
    torch::NoGradGuard noGrad;
    const igd::GaussianParameters direct = igd::estimateGaussian(slot.autoencoder->encode(igd::extractPatches(images, {0, 32}, {0, 32}, 32)));
    QVERIFY(torch::allclose(slot.autoencoder->mu(), direct.mu, 1e-5, 1e-6));
    QVERIFY(torch::allclose(slot.autoencoder->sigma2(), direct.sigma2, 1e-5, 1e-6));
  }

  void alternationUpdatesOnlyItsHalf() {
    igd::ModelOptions options;
    options.latentDim = 8;
    options.width = 0.125;
    const std::shared_ptr<ds::FeatureExtractor> trunk =
        ds::createFeatureExtractor(QStringLiteral("resnet18"), QStringLiteral("random"), torch::kCPU, 3);
    igd::ModelSlot slot{QStringLiteral("global"), igd::makeAutoencoder(options, 64, 64, trunk, 1, 0), igd::makeCritic(options, 1, 0),
                        igd::SampleSet(torch::zeros({1, 3, 64, 64}), 64, 64, 1, 1), 4, {}};
    slot.msSsim.window = 3;
    slot.msSsim.scales = 3;
    torch::optim::Adam autoencoderOptimizer(slot.autoencoder->parameters(), torch::optim::AdamOptions(1e-3));
    torch::optim::Adam criticOptimizer(slot.critic->parameters(), torch::optim::AdamOptions(1e-3));
    torch::manual_seed(4);
    const torch::Tensor x = torch::randn({4, 3, 64, 64});
    const igd::StepDraws draws{torch::tensor({0.1f, 0.2f, 0.3f, 0.4f}), torch::tensor({0.5f, 0.6f, 0.7f, 0.8f})};
    const torch::Tensor trunkBefore = trunk->forward(x, {3}).front().clone();

    // The autoencoder's half: its every parameter moves, the critic's none (though the loss ran through it).
    auto ae = snapshot(*slot.autoencoder), critic = snapshot(*slot.critic);
    igd::StepLosses losses;
    const igd::Reconstructions r = igd::autoencoderStep(slot, options, autoencoderOptimizer, x, draws, losses);
    QVERIFY(allChanged(*slot.autoencoder, ae));
    QVERIFY(unchanged(*slot.critic, critic));
    QVERIFY(losses.gaussian > 0 && losses.reconstruction > 0 && losses.fooling > 0);
    // The pretrained trunk is frozen: the same input gives the same features.
    QVERIFY(torch::equal(trunk->forward(x, {3}).front(), trunkBefore));

    // The critic's half: the reverse.
    ae = snapshot(*slot.autoencoder);
    critic = snapshot(*slot.critic);
    igd::criticStep(slot, options, criticOptimizer, x, r, draws, losses);
    QVERIFY(unchanged(*slot.autoencoder, ae));
    QVERIFY(allChanged(*slot.critic, critic));
    QVERIFY(losses.critic > 0);

    // From scratch the ResNet-18 trunk is the autoencoder's and is trained with it.
    options.pretrainedEncoder = false;
    igd::ModelSlot scratch{QStringLiteral("global"), igd::makeAutoencoder(options, 64, 64, nullptr, 1, 0), igd::makeCritic(options, 1, 0),
                           igd::SampleSet(torch::zeros({1, 3, 64, 64}), 64, 64, 1, 1), 4, slot.msSsim};
    torch::optim::Adam scratchOptimizer(scratch.autoencoder->parameters(), torch::optim::AdamOptions(1e-3));
    ae = snapshot(*scratch.autoencoder);
    QVERIFY(ae.size() > snapshot(*slot.autoencoder).size() + 50);  // the trunk's convolutions and batch norms
    igd::autoencoderStep(scratch, options, scratchOptimizer, x, draws, losses);
    QVERIFY(allChanged(*scratch.autoencoder, ae));
  }

  void patchesAreAssembledWithOverlapsAveraged() {
    // Origins every stride, the last flush with the border.
    QCOMPARE(igd::patchOrigins(100, 32, 16), (std::vector<int64_t>{0, 16, 32, 48, 64, 68}));
    QCOMPARE(igd::patchOrigins(64, 32, 32), (std::vector<int64_t>{0, 32}));
    QCOMPARE(igd::patchOrigins(32, 32, 16), (std::vector<int64_t>{0}));
    // By hand: a 4×6 image covered by 4×4 patches at x = 0 and 2, the maps constant 1 and 3: the two
    // columns only the first covers are 1, the shared middle ones 2, the last two 3.
    const torch::Tensor maps = torch::stack({torch::full({4, 4}, 1.0), torch::full({4, 4}, 3.0)});
    const torch::Tensor assembled = igd::assemblePatchMaps(maps, {0}, {0, 2}, 4, 6);
    const torch::Tensor expected = torch::tensor({1.0, 1.0, 2.0, 2.0, 3.0, 3.0}).repeat({4, 1});
    QVERIFY(torch::allclose(assembled[0], expected));
    // Cutting an image into overlapping patches and putting them back gives the image.
    const torch::Tensor images = torch::rand({2, 3, 40, 70});
    const std::vector<int64_t> ys = igd::patchOrigins(40, 32, 16), xs = igd::patchOrigins(70, 32, 16);
    const torch::Tensor patches = igd::extractPatches(images, ys, xs, 32);
    QCOMPARE(patches.size(0), int64_t{2 * 2 * 4});
    QVERIFY(torch::allclose(igd::assemblePatchMaps(patches.select(1, 1), ys, xs, 40, 70), images.select(1, 1)));
  }

  void scoresAreTheWeightedSumOfBothModels() {
    // eq. (13): s = s_G + s_L. Each model draws from streams of its own, so the global and the local
    // model trained alone are the ones trained together, and the combined score is their sum (here with
    // weights 2 and 0.5).
    ds::LoadReport report;
    ds::JobContext ctx;
    ds::runTrain(request(QStringLiteral("global.dsm"), {QStringLiteral("models=global")}), ctx, report);
    ds::runTrain(request(QStringLiteral("local.dsm"), {QStringLiteral("models=local")}), ctx, report);
    ds::runTrain(request(QStringLiteral("both.dsm"), {QStringLiteral("global_weight=2"), QStringLiteral("local_weight=0.5")}), ctx, report);
    const std::vector<double> g = scores(QStringLiteral("global.dsm")), l = scores(QStringLiteral("local.dsm")), both = scores(QStringLiteral("both.dsm"));
    for (std::size_t i = 0; i < both.size(); ++i)
      QVERIFY2(std::abs(both[i] - (2 * g[i] + 0.5 * l[i])) < 1e-5 * std::abs(both[i]), qPrintable(QStringLiteral("%1: %2 vs %3, %4").arg(i).arg(both[i]).arg(g[i]).arg(l[i])));
  }

  void settingsAreChecked() {
    ds::MethodSettings s = ds::defaultSettings(QStringLiteral("igd"));
    const igd::IgdConfig fast = igd::igdConfig(s, QStringLiteral("cpu"));
    QCOMPARE(fast.preset, QStringLiteral("fast"));
    QCOMPARE(fast.globalSide, 128);
    QCOMPARE(fast.globalMsSsim.window, 7);  // 11 needs 161 pixels for 5 scales
    QCOMPARE(igd::igdConfig(s, QStringLiteral("cuda")).globalMsSsim.window, 11);
    const igd::IgdConfig paper = igd::igdConfig(s, QStringLiteral("cuda"));
    QCOMPARE(paper.epochs, 256);
    QCOMPARE(paper.batchSize, 64);
    QCOMPARE(paper.learningRate, 1e-4);
    QCOMPARE(paper.model.rho, 0.15);
    QCOMPARE(paper.model.lambda3, 0.1);
    QCOMPARE(igd::globalExtent(fast, 256, 640).width, 320);
    QCOMPARE(fast.globalTerms.gaussian, 1.0);  // eqs. (14), (15): plain sums
    s.set(QStringLiteral("term_weights"), QStringLiteral("authors"));
    const igd::IgdConfig authors = igd::igdConfig(s, QStringLiteral("cpu"));
    QCOMPARE(authors.globalTerms.gaussian, 0.9);
    QCOMPARE(authors.localTerms.reconstruction, 0.9);
    // Refused where the value is set (the table's ranges) or where the configuration is built.
    const auto refused = [&](const char* key, const char* value, const char* expected) {
      ds::MethodSettings t = ds::defaultSettings(QStringLiteral("igd"));
      const auto error = dstest::errorOf([&] {
        t.set(QLatin1String(key), QLatin1String(value));
        igd::igdConfig(t, QStringLiteral("cpu"));
      });
      return error && error->contains(QLatin1String(expected));
    };
    QVERIFY(refused("patch_size", "48", "multiple of 32"));
    QVERIFY(refused("msssim_window", "11", "161"));
    QVERIFY(refused("local_msssim_window", "4", "odd"));
    QVERIFY(refused("rho", "1.5", "rho"));
  }

  void cancelKeepsCheckpointAndResumeContinuesTheCurve() {
    dstest::MetricRecorder full;
    ds::JobContext fullCtx(&full);
    ds::LoadReport report;
    ds::runTrain(request(QStringLiteral("full.dsm")), fullCtx, report);
    QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("full.dsm.ckpt"))));

    // Cancelled after the local model's third step (4 images × 2 patches in batches of 4: 2 steps per
    // epoch; a checkpoint every 2 steps): the checkpoint of step 2 stays valid, and step 3 is redone.
    dstest::MetricRecorder first;
    ds::JobContext firstCtx(&first);
    first.cancelAt(firstCtx, QStringLiteral("local"), 3);
    ds::TrainRequest r = request(QStringLiteral("resumed.dsm"), {QStringLiteral("checkpoint_every=2")});
    QVERIFY(dstest::errorOf([&] { ds::runTrain(r, firstCtx, report); }).has_value());
    const ds::ModelArchive checkpoint = ds::ModelArchive::load(r.output + QStringLiteral(".ckpt"));
    QCOMPARE(checkpoint.header().value(QStringLiteral("model")).toInt(), 1);
    QCOMPARE(checkpoint.header().value(QStringLiteral("step")).toInt(), 2);

    ds::TrainRequest again = r;
    again.environment.resume = true;
    dstest::MetricRecorder second;
    ds::JobContext secondCtx(&second);
    ds::runTrain(again, secondCtx, report);
    const auto curves = second.differenceFrom(full, 1e-5, 1e-7);
    QVERIFY2(!curves, qPrintable(curves.value_or(QString())));
    const std::vector<double> a = scores(QStringLiteral("full.dsm")), b = scores(QStringLiteral("resumed.dsm"));
    for (std::size_t i = 0; i < a.size(); ++i) QVERIFY(std::abs(a[i] - b[i]) <= 1e-5 * std::abs(a[i]));

    // A checkpoint from other settings is refused, not silently mixed in.
    dstest::MetricRecorder third;
    ds::JobContext thirdCtx(&third);
    third.cancelAt(thirdCtx, QStringLiteral("global"), 2);
    QVERIFY(dstest::errorOf([&] { ds::runTrain(request(QStringLiteral("other.dsm")), thirdCtx, report); }).has_value());
    ds::TrainRequest changed = request(QStringLiteral("other.dsm"), {QStringLiteral("lambda3=0.2")});
    changed.environment.resume = true;
    ds::JobContext plain;
    const auto refused = dstest::errorOf([&] { ds::runTrain(changed, plain, report); });
    QVERIFY2(refused && refused->contains(QLatin1String("other settings")), qPrintable(refused.value_or(QString())));
  }

  void savesAndLoadsIdentically() {
    QJsonObject summary;
    const auto difference = dstest::saveLoadDifference(QStringLiteral("igd"), tinySettings(), &summary);
    QVERIFY2(!difference, qPrintable(difference.value_or(QString())));
    QCOMPARE(summary.value(QStringLiteral("patch")).toString(), QStringLiteral("32/16"));
  }

  void estimateIsMeasured() {
    ds::LoadReport report;
    const ds::TrainingEstimate e = ds::estimateTrain(request(QStringLiteral("estimate.dsm")), report);
    QVERIFY(e.secondsPerEpoch > 0);
    QCOMPARE(e.epochs, 2);
    QCOMPARE(e.networks, 2);
    QVERIFY(!e.mayStopEarly);
  }

  // The peak-memory estimate counts the network's working memory: one training iteration measured at
  // batches of 2 and 3 and extended to the batch of 6.
  void footprintCoversTheTraining() {
    ds::TrainRequest r = request(QStringLiteral("footprint.dsm"));
    r.settings << QStringLiteral("patch_batch=6");
    const auto missed = dstest::footprintMisses(r);
    QVERIFY2(!missed, qPrintable(missed.value_or(QString())));
  }
};

QTEST_GUILESS_MAIN(TestIgd)
#include "tst_igd.moc"
