#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <map>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include "core/data/dataset.h"
#include "core/io/model_archive.h"
#include "core/jobs/job_context.h"
#include "core/jobs/train_job.h"
#include "core/methods/inpaint_ae/corruption.h"
#include "core/methods/inpaint_ae/inpaint_config.h"
#include "core/methods/inpaint_ae/inpaint_network.h"
#include "core/methods/inpaint_ae/objectives.h"
#include "core/methods/inpaint_ae/training_samples.h"
#include "core/methods/inspection_model.h"
#include "core/methods/method_registry.h"
#include "tests/support/test_support.h"
#include "tests/support/training_support.h"

namespace inpaint = ds::inpaint;

namespace {

cv::Mat noiseImage(int h, int w, int seed) {
  cv::Mat m(h, w, CV_32FC3);
  cv::RNG(static_cast<uint64>(seed)).fill(m, cv::RNG::UNIFORM, 0.0, 1.0);
  return m;
}

// A tiny, quick configuration: 64-pixel demo images, a narrow network, one checkpoint per step.
QStringList tinySettings() {
  return {QStringLiteral("width=0.1"), QStringLiteral("epochs=3"), QStringLiteral("batch_size=2"),
          QStringLiteral("checkpoint_every=1"), QStringLiteral("patience=0"), QStringLiteral("validation=0.2")};
}

}  // namespace

class TestInpaintAE : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  QString demo_;

  ds::TrainRequest request(const QString& model) const {
    ds::TrainRequest r;
    r.method = QStringLiteral("inpaint_ae");
    r.data = demo_;
    r.output = dir_.filePath(model);
    r.settings = tinySettings();
    r.imageSize = QStringLiteral("64");
    r.environment.seed = 11;
    return r;
  }

 private Q_SLOTS:
  void initTestCase() {
    torch::set_num_threads(2);
    demo_ = dir_.filePath(QStringLiteral("demo"));
    dstest::writeDemoData(demo_, 64, 5, 2, 2);
  }

  void architectureShapes() {
    // Table 1 at width 1: 3 → 64 → 128 → 256 channels down to H/8, four SDC blocks of 6 × 64 = 384
    // channels, back up to H×W×3 in (0,1).
    torch::NoGradGuard noGrad;
    for (int kernel : {3, 5}) {
      inpaint::InpaintNetwork net(inpaint::NetworkShape{1.0, kernel});
      net->eval();
      for (int size : {128, 256}) {
        const torch::Tensor y = net->forward(torch::rand({1, 3, size, size}));
        QCOMPARE(y.sizes().vec(), (std::vector<int64_t>{1, 3, size, size}));
        QVERIFY(y.min().item<float>() > 0.0f && y.max().item<float>() < 1.0f);
      }
      // Convolution weights counted from Table 1 by hand; BN adds 2 per channel, the last conv a bias.
      const int64_t f2 = kernel * kernel;
      const int64_t enc = 9 * (3 * 64 + 64 * 64 + 64 * 128 + 128 * 128 + 128 * 256 + 256 * 256);
      const int64_t sdc = 6 * 64 * f2 * (256 + 3 * 384) + 4 * 9 * 384 * 384;
      const int64_t dec = 9 * (384 * 256 + 2 * 256 * 256 + 256 * 128 + 2 * 128 * 128 + 128 * 64 + 2 * 64 * 64) + 64 * 3 + 3;
      const int64_t bn = 2 * (2 * 64 + 2 * 128 + 2 * 256 + 4 * (384 + 384) + 3 * 256 + 3 * 128 + 3 * 64);
      int64_t count = 0;
      for (const auto& p : net->parameters()) count += p.numel();
      QCOMPARE(count, enc + sdc + dec + bn);
    }
  }

  void stackedDilatedReceptiveField() {
    // SDC_{1,…,32} with f×f kernels reaches (f−1)·32/2 pixels each side; the 3×3 conv after it one
    // more: 67 pixels across for f = 3, 131 for f = 5. Positive weights and inputs keep every ReLU
    // open, so the gradient's support is the receptive field.
    for (int kernel : {3, 5}) {
      inpaint::StackedDilatedBlock block(1, 1, inpaint::NetworkShape{1.0, kernel});
      block->eval();
      for (auto& p : block->parameters()) {
        torch::NoGradGuard noGrad;
        p.fill_(0.05);
      }
      const int size = 161, centre = 80;
      const torch::Tensor x = torch::rand({1, 1, size, size}).add(0.1).requires_grad_(true);
      block->forward(x).index({0, torch::indexing::Slice(), centre, centre}).sum().backward();
      const torch::Tensor support = x.grad()[0][0].abs().gt(0);
      const torch::Tensor rows = support.any(1).nonzero(), cols = support.any(0).nonzero();
      const int64_t extent = rows.max().item<int64_t>() - rows.min().item<int64_t>() + 1;
      QCOMPARE(extent, (kernel - 1) * 32 + 1 + 2);
      QCOMPARE(cols.max().item<int64_t>() - cols.min().item<int64_t>() + 1, extent);
    }
  }

  void corruptionMaskIsWhereTheImageChanged() {
    const cv::Mat image = noiseImage(96, 128, 1), other = noiseImage(96, 128, 2);
    for (auto kind : {inpaint::CorruptionKind::Elastic, inpaint::CorruptionKind::Occlusion, inpaint::CorruptionKind::Rotation}) {
      inpaint::CorruptionOptions o;
      o.kinds = {kind};
      o.maxArea = 0.1;
      o.maxPatch = 0.9;  // the area bound, not the patch range, must limit the size
      const inpaint::CorruptionGenerator generator(o);
      for (int seed = 0; seed < 40; ++seed) {
        std::mt19937_64 rng(static_cast<uint64_t>(seed));
        const inpaint::Corruption c = generator.apply(image, other, rng);
        const cv::Mat difference = cv::abs(c.image - image);
        cv::Mat changed;
        cv::reduce(difference.reshape(1, image.rows * image.cols), changed, 1, cv::REDUCE_MAX);
        changed = changed.reshape(1, image.rows);
        const cv::Mat inMask = c.mask > 0, isChanged = changed > 0;
        // Nothing outside M changed, bit for bit …
        QCOMPARE(cv::countNonZero(isChanged & ~inMask), 0);
        // … and on a noise image nearly all of M did.
        QVERIFY2(cv::countNonZero(isChanged & inMask) >= 0.9 * cv::countNonZero(inMask), qPrintable(QString::number(seed)));
        QVERIFY(cv::countNonZero(inMask) > 0);
        QVERIFY(cv::countNonZero(inMask) <= o.maxArea * image.rows * image.cols);
        double lo = 0, hi = 0;
        cv::minMaxLoc(c.mask, &lo, &hi);
        QVERIFY(lo >= 0 && hi <= 1);
        cv::minMaxLoc(c.image.reshape(1), &lo, &hi);
        QVERIFY(lo >= 0 && hi <= 1);
      }
    }
  }

  void trainingSamplesFollowTheProgressiveSchedule() {
    inpaint::SampleOptions o;
    o.resolution = 64;
    o.cropStart = 0.25;
    o.cropGrowth = 0.5;
    QCOMPARE(inpaint::cropFraction(o, 0, 10), 0.25);
    QCOMPARE(inpaint::cropFraction(o, 2.5, 10), 0.625);
    QCOMPARE(inpaint::cropFraction(o, 5, 10), 1.0);
    QCOMPARE(inpaint::cropFraction(o, 9, 10), 1.0);
    // A quarter-size crop is magnified to the fixed network input: its pixels repeat in 4×4 blocks.
    cv::Mat image(80, 120, CV_8UC3);
    cv::randu(image, 0, 255);
    std::mt19937_64 rng(3);
    o.rotate90 = o.flipH = o.flipV = false;
    o.corruption.maxArea = 0.01;
    const inpaint::TrainingSample s = inpaint::makeTrainingSample(image, cv::Mat(), o, 0.25, rng);
    QCOMPARE(s.target.size(), cv::Size(64, 64));
    QCOMPARE(s.corruption.image.size(), cv::Size(64, 64));
    cv::Mat small;
    cv::resize(s.target, small, cv::Size(16, 16), 0, 0, cv::INTER_AREA);
    cv::Mat back;
    cv::resize(small, back, cv::Size(64, 64), 0, 0, cv::INTER_LINEAR);
    QVERIFY(cv::norm(back, s.target, cv::NORM_L1) / (64 * 64 * 3) < 0.2);
  }

  void objectivesMatchAHandComputation() {
    // One 2×2 RGB sample, values chosen by hand; the loss written out with plain loops.
    const std::vector<float> out{0.2f, 0.9f, 0.4f, 0.5f, 0.1f, 0.3f, 0.8f, 0.6f, 0.7f, 0.2f, 0.5f, 0.9f};
    const std::vector<float> tgt{0.3f, 0.6f, 0.4f, 0.1f, 0.2f, 0.2f, 0.9f, 0.6f, 0.5f, 0.5f, 0.1f, 0.3f};
    const std::vector<float> cor{0.3f, 0.1f, 0.4f, 0.1f, 0.2f, 0.9f, 0.9f, 0.6f, 0.5f, 0.0f, 0.1f, 0.3f};
    const std::vector<float> msk{0.0f, 1.0f, 0.0f, 0.5f};  // per pixel, the same for R, G, B
    const double lambda = 0.3;
    double normalSq = 0, maskSq = 0, contrastSq = 0, m1 = 0, mbar1 = 0;
    for (int c = 0; c < 3; ++c)
      for (int p = 0; p < 4; ++p) {
        const int i = c * 4 + p;
        const double e = out[i] - tgt[i], m = msk[p];
        normalSq += std::pow((1 - m) * e, 2);
        maskSq += std::pow(m * e, 2);
        contrastSq += std::pow(std::abs(cor[i] - tgt[i]) * e, 2);
        m1 += m;
        mbar1 += 1 - m;
      }
    const double eq1 = (1 - lambda) / mbar1 * std::sqrt(normalSq) + lambda / m1 * std::sqrt(maskSq);
    const double eq4 = (1 - lambda) / mbar1 * std::sqrt(normalSq) - lambda / m1 * std::sqrt(contrastSq);
    const auto t = [](const std::vector<float>& v, int64_t c) { return torch::tensor(v).view({1, c, 2, 2}); };
    const double got1 = inpaint::inpaintingLoss(inpaint::Objective::Reconstruct, t(out, 3), t(tgt, 3), t(cor, 3), t(msk, 1), lambda).item<double>();
    const double got4 = inpaint::inpaintingLoss(inpaint::Objective::Contrast, t(out, 3), t(tgt, 3), t(cor, 3), t(msk, 1), lambda).item<double>();
    QVERIFY2(std::abs(got1 - eq1) < 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(got1).arg(eq1)));
    QVERIFY2(std::abs(got4 - eq4) < 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(got4).arg(eq4)));

    // A corruption that changed nothing (flat patch): |X̂ − X| = 0, and the gradient must stay finite.
    const torch::Tensor output = t(out, 3).requires_grad_(true);
    inpaint::inpaintingLoss(inpaint::Objective::Contrast, output, t(tgt, 3), t(tgt, 3), t(msk, 1), lambda).backward();
    QVERIFY(output.grad().isfinite().all().item<bool>());
  }

  void settingsAreChecked() {
    ds::MethodSettings s = ds::defaultSettings(QStringLiteral("inpaint_ae"));
    const inpaint::InpaintConfig fast = inpaint::inpaintConfig(s, QStringLiteral("cpu"));
    QCOMPARE(fast.preset, QStringLiteral("fast"));
    QCOMPARE(fast.shortSide, 256);
    QCOMPARE(fast.shape.width, 0.5);
    s.set(QStringLiteral("preset"), QStringLiteral("paper"));
    const inpaint::InpaintConfig paper = inpaint::inpaintConfig(s, QStringLiteral("cpu"));
    QCOMPARE(paper.shortSide, 512);
    QCOMPARE(paper.shape.width, 1.0);
    s.set(QStringLiteral("kernel"), QStringLiteral("4"));
    QVERIFY(dstest::errorOf([&] { inpaint::inpaintConfig(s, QStringLiteral("cpu")); }).value_or(QString()).contains(QLatin1String("kernel")));
    s.set(QStringLiteral("kernel"), QStringLiteral("5"));
    s.set(QStringLiteral("corruptions"), QStringLiteral("elastic,smudge"));
    QVERIFY(dstest::errorOf([&] { inpaint::inpaintConfig(s, QStringLiteral("cpu")); }).value_or(QString()).contains(QLatin1String("smudge")));
  }

  void cancelKeepsCheckpointAndResumeContinuesTheCurve() {
    // The uninterrupted run is the reference curve.
    dstest::MetricRecorder full;
    ds::JobContext fullCtx(&full);
    ds::LoadReport report;
    ds::runTrain(request(QStringLiteral("full.dsm")), fullCtx, report);
    QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("full.dsm.ckpt"))));  // removed once the model is saved

    // Cancelled mid-epoch (4 training images: 2 steps per epoch; a checkpoint every 2 steps) after
    // step 3: the checkpoint of step 2 stays valid, and step 3 is redone on resume.
    dstest::MetricRecorder first;
    ds::JobContext firstCtx(&first);
    first.cancelAt(firstCtx, QStringLiteral("training"), 3);
    ds::TrainRequest r = request(QStringLiteral("resumed.dsm"));
    r.settings << QStringLiteral("checkpoint_every=2");
    QVERIFY(dstest::errorOf([&] { ds::runTrain(r, firstCtx, report); }).has_value());
    QVERIFY(!QFile::exists(r.output));
    const ds::ModelArchive checkpoint = ds::ModelArchive::load(r.output + QStringLiteral(".ckpt"));
    QCOMPARE(checkpoint.header().value(QStringLiteral("step")).toInt(), 2);

    ds::TrainRequest again = r;
    again.environment.resume = true;
    dstest::MetricRecorder second;
    ds::JobContext secondCtx(&second);
    ds::runTrain(again, secondCtx, report);
    // The resumed run replays the saved curve, then continues it exactly as the uninterrupted run did.
    const auto curves = second.differenceFrom(full, 1e-6);
    QVERIFY2(!curves, qPrintable(curves.value_or(QString())));
    QVERIFY(!QFile::exists(r.output + QStringLiteral(".ckpt")));

    // A checkpoint from other settings is refused by name, not silently mixed in.
    const ds::TrainRequest interrupted = request(QStringLiteral("other.dsm"));
    dstest::MetricRecorder third;
    ds::JobContext thirdCtx(&third);
    third.cancelAt(thirdCtx, QStringLiteral("training"), 2);
    QVERIFY(dstest::errorOf([&] { ds::runTrain(interrupted, thirdCtx, report); }).has_value());
    ds::TrainRequest changed = interrupted;
    changed.settings << QStringLiteral("lambda=0.7");
    changed.environment.resume = true;
    ds::JobContext plain;
    const auto refused = dstest::errorOf([&] { ds::runTrain(changed, plain, report); });
    QVERIFY2(refused && refused->contains(QLatin1String("other settings")), qPrintable(refused.value_or(QString())));
  }

  void ensembleResumesInItsSecondNetwork() {
    const auto curve = [&](const QString& model, dstest::MetricRecorder& recorder, bool resume) {
      ds::TrainRequest r = request(model);
      r.settings << QStringLiteral("objective=ensemble") << QStringLiteral("epochs=1");
      r.environment.resume = resume;
      ds::JobContext ctx(&recorder);
      recorder.ctx = &ctx;
      ds::LoadReport report;
      return dstest::errorOf([&] { ds::runTrain(r, ctx, report); });
    };
    dstest::MetricRecorder full, first, second;
    QVERIFY(!curve(QStringLiteral("ens-full.dsm"), full, false));
    first.cancelOn = QStringLiteral("training loss (eq. 4)");
    first.cancelAtStep = 1;
    QVERIFY(curve(QStringLiteral("ens.dsm"), first, false).has_value());
    const ds::ModelArchive checkpoint = ds::ModelArchive::load(dir_.filePath(QStringLiteral("ens.dsm.ckpt")));
    QCOMPARE(checkpoint.header().value(QStringLiteral("network")).toInt(), 1);
    QVERIFY(!curve(QStringLiteral("ens.dsm"), second, true));
    // Both networks' curves come back: the first network's from the checkpoint, not retrained.
    const auto curves = second.differenceFrom(full, 1e-6);
    QVERIFY2(!curves, qPrintable(curves.value_or(QString())));
    // … and the model is the one the uninterrupted run made (weights, BN statistics, avgmaps).
    ds::LoadReport report;
    const ds::Dataset data = ds::Dataset::open(demo_, report);
    ds::InspectionModel a = ds::InspectionModel::load(dir_.filePath(QStringLiteral("ens-full.dsm")), QStringLiteral("cpu"));
    ds::InspectionModel b = ds::InspectionModel::load(dir_.filePath(QStringLiteral("ens.dsm")), QStringLiteral("cpu"));
    std::vector<ds::LoadedImage> images;
    for (const ds::Sample& s : data.testSamples()) images.push_back(ds::loadSample(s, a.loadOptions()));
    const auto pa = a.predict(images), pb = b.predict(images);
    for (std::size_t i = 0; i < pa.size(); ++i) QVERIFY2(std::abs(pa[i].score - pb[i].score) <= 1e-5 * std::abs(pa[i].score), qPrintable(QString::number(i)));
  }

  void ensembleSavesAndLoadsIdentically() {
    QJsonObject summary;
    QStringList settings = tinySettings();
    settings << QStringLiteral("objective=ensemble") << QStringLiteral("epochs=1") << QStringLiteral("avgmap_power=2")
             << QStringLiteral("difference=ssim");
    const auto difference = dstest::saveLoadDifference(QStringLiteral("inpaint_ae"), settings, &summary);
    QVERIFY2(!difference, qPrintable(difference.value_or(QString())));
    QCOMPARE(summary.value(QStringLiteral("networks")).toInt(), 2);
  }

  void estimateIsMeasured() {
    ds::LoadReport report;
    const ds::TrainingEstimate e = ds::estimateTrain(request(QStringLiteral("estimate.dsm")), report);
    QVERIFY(e.secondsPerEpoch > 0);
    QCOMPARE(e.epochs, 3);
    QCOMPARE(e.networks, 1);
  }

  // The peak-memory estimate counts the network's working memory: one training iteration measured at
  // batches of 2 and 3 and extended to the batch of 4.
  void footprintCoversTheTraining() {
    ds::TrainRequest r = request(QStringLiteral("footprint.dsm"));
    r.settings << QStringLiteral("batch_size=4");
    const auto missed = dstest::footprintMisses(r);
    QVERIFY2(!missed, qPrintable(missed.value_or(QString())));
  }
};

QTEST_GUILESS_MAIN(TestInpaintAE)
#include "tst_inpaint_ae.moc"
