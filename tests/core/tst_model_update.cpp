// Model updates (ModelUpdate::Exact and Coreset), the inspection region every method applies, and the
// update job's versions and held-out images.
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include "core/data/content_hash.h"
#include "core/data/dataset.h"
#include "core/data/image_io.h"
#include "core/data/image_tensor.h"
#include "core/data/inspection_region.h"
#include "core/io/model_archive.h"
#include "core/jobs/job_context.h"
#include "core/jobs/train_job.h"
#include "core/jobs/update_job.h"
#include "core/methods/inspection_model.h"
#include "core/methods/method_registry.h"
#include "core/methods/patchcore/patchcore.h"
#include "tests/support/test_support.h"
#include "tests/support/training_support.h"

namespace {

ds::MethodEnvironment randomResNet() {
  ds::MethodEnvironment env;
  env.backbone = QStringLiteral("resnet18");
  env.weights = QStringLiteral("random");
  env.seed = 4;
  return env;
}

std::vector<ds::LoadedImage> load(const std::vector<ds::Sample>& samples, const ds::InspectionModel& model) {
  std::vector<ds::LoadedImage> images;
  for (const ds::Sample& s : samples) images.push_back(ds::loadSample(s, model.loadOptions()));
  return images;
}

// Images handed to a method directly, one batch of up to 4.
class TensorSource : public ds::BatchSource {
 public:
  explicit TensorSource(torch::Tensor images) : images_(std::move(images)) {}
  bool next(torch::Tensor& batch) override {
    if (at_ >= images_.size(0)) return false;
    batch = images_.slice(0, at_, at_ + 4);
    at_ += 4;
    return true;
  }
  void reset() override { at_ = 0; }
  int imageCount() const override { return static_cast<int>(images_.size(0)); }

 private:
  torch::Tensor images_;
  int64_t at_ = 0;
};

QStringList fastSettings(const QString& method) {
  if (method == QLatin1String("inpaint_ae"))
    return {QStringLiteral("width=0.1"), QStringLiteral("epochs=2"), QStringLiteral("batch_size=2"), QStringLiteral("patience=0"),
            QStringLiteral("validation=0.2")};
  if (method == QLatin1String("igd"))
    return {QStringLiteral("global_size=64"), QStringLiteral("width=0.125"), QStringLiteral("latent_dim=16"), QStringLiteral("epochs=2"),
            QStringLiteral("batch_size=2"), QStringLiteral("patch_batch=4"), QStringLiteral("patches_per_image=2")};
  if (method == QLatin1String("patchcore")) return {QStringLiteral("coreset_ratio=0.1"), QStringLiteral("projection_dim=32")};
  return {};
}

}  // namespace

class TestModelUpdate : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  ds::Dataset data_;
  std::vector<ds::Sample> a_, b_;

 private Q_SLOTS:
  void initTestCase() {
    dstest::writeDemoData(dir_.path(), 64, 12, 10, 4);
    ds::LoadReport report;
    data_ = ds::Dataset::open(dir_.path(), report);
    const std::vector<ds::Sample> train = data_.trainingSamples();
    QCOMPARE(train.size(), std::size_t{12});
    a_.assign(train.begin(), train.begin() + 6);
    b_.assign(train.begin() + 6, train.end());
  }

  // Trained on A then updated with B scores the test images as a model trained on A ∪ B does.
  void exactUpdateEqualsTrainingOnTheUnion_data() {
    QTest::addColumn<QString>("method");
    QTest::newRow("mean-diff") << QStringLiteral("mean-diff");
    QTest::newRow("semi_orthogonal") << QStringLiteral("semi_orthogonal");
  }
  void exactUpdateEqualsTrainingOnTheUnion() {
    QFETCH(QString, method);
    QCOMPARE(ds::methodInfo(method).update, ds::ModelUpdate::Exact);
    ds::JobContext ctx;
    ds::LoadReport report;
    const ds::ImageSizeSpec size = ds::ImageSizeSpec::parse(QStringLiteral("64"));
    const QString parentPath = dir_.filePath(method + QStringLiteral("-a.dsm"));
    ds::InspectionModel::train(method, {}, size, randomResNet(), a_, report, ctx).save(parentPath);
    // Opened and saved again untouched (as storing a threshold does), the model keeps what an update
    // needs, though opening it leaves that on disk.
    const QString resavedPath = dir_.filePath(method + QStringLiteral("-a-resaved.dsm"));
    ds::InspectionModel::load(parentPath, QStringLiteral("cpu")).save(resavedPath);
    ds::InspectionModel updated = ds::InspectionModel::load(resavedPath, QStringLiteral("cpu"));
    const QString parentChecksum = updated.checksum();
    QCOMPARE(updated.update(b_, {}, report, ctx), 6);
    std::vector<ds::Sample> all = a_;
    all.insert(all.end(), b_.begin(), b_.end());
    ds::InspectionModel union_ = ds::InspectionModel::train(method, {}, size, randomResNet(), all, report, ctx);
    QVERIFY(report.empty());

    const QString updatedPath = dir_.filePath(method + QStringLiteral("-ab.dsm"));
    updated.save(updatedPath);
    ds::InspectionModel reopened = ds::InspectionModel::load(updatedPath, QStringLiteral("cpu"));
    const auto images = load(data_.testSamples(), union_);
    const auto expected = union_.predict(images), got = updated.predict(images), again = reopened.predict(images);
    for (std::size_t i = 0; i < images.size(); ++i) {
      QVERIFY2(std::abs(got[i].score - expected[i].score) <= 1e-5 * std::abs(expected[i].score),
               qPrintable(QStringLiteral("image %1: %2 updated, %3 trained on the union").arg(i).arg(got[i].score, 0, 'g', 10).arg(expected[i].score, 0, 'g', 10)));
      QCOMPARE(again[i].score, got[i].score);
      double scale = 0;
      cv::minMaxLoc(expected[i].map, nullptr, &scale);
      QVERIFY(cv::norm(got[i].map, expected[i].map, cv::NORM_INF) <= 1e-5 * scale);
    }
    const ds::ModelHeader& h = reopened.header();
    QCOMPARE(h.trainImages(), 12);
    QCOMPARE(h.lineage.size(), std::size_t{1});
    QCOMPARE(h.lineage[0].parentSha256, parentChecksum);
    QCOMPARE(h.lineage[0].imagesAdded, 6);
    QCOMPARE(h.lineage[0].how, QStringLiteral("exact"));
  }

  // PatchCore continues the greedy coreset from its bank: every patch of the added images lies within
  // the reported coverage radius of the grown bank, and the added images score lower than before.
  void patchcoreUpdateCoversTheNewPatches() {
    ds::MethodSettings settings = ds::defaultSettings(QStringLiteral("patchcore"));
    settings.assign(fastSettings(QStringLiteral("patchcore")));
    ds::PatchCoreMethod method(settings, randomResNet());
    ds::LoadOptions options;
    options.size = cv::Size(64, 64);
    const auto tensors = [&](const std::vector<ds::Sample>& samples) {
      std::vector<ds::LoadedImage> images;
      for (const ds::Sample& s : samples) images.push_back(ds::loadSample(s, options));
      return ds::imagesToTensor(images, method.inputSpec().normalization, torch::kCPU);
    };
    const torch::Tensor a = tensors(a_), b = tensors(b_);
    ds::JobContext ctx;
    TensorSource sourceA(a), sourceB(b);
    method.fit(sourceA, ctx);
    const auto bankOf = [&] {
      ds::ModelArchive archive;
      method.save(archive);
      return archive.tensor(QStringLiteral("memory_bank"));
    };
    const int64_t before = bankOf().size(0);
    const torch::Tensor scoresBefore = method.predict(b).imageScores;
    method.update(sourceB, ctx, 0);
    const torch::Tensor bank = bankOf();
    const torch::Tensor features = method.patchFeatures(b);
    const int64_t newPatches = features.numel() / features.size(3);
    QCOMPARE(bank.size(0), before + std::llround(0.1 * newPatches));
    const double radius = method.summary().value(QStringLiteral("coverage_radius")).toDouble(-1);
    QVERIFY(radius > 0);
    const torch::Tensor points = method.projected(features.reshape({newPatches, -1}));
    const double farthest = torch::cdist(points, method.projected(bank)).amin(1).max().item<double>();
    QVERIFY2(farthest <= radius * (1 + 1e-4), qPrintable(QStringLiteral("a new patch lies %1 from the bank, radius %2").arg(farthest).arg(radius)));
    const torch::Tensor scoresAfter = method.predict(b).imageScores;
    qInfo("added images' mean score %g before the update, %g after; largest %g, %g; coverage radius %g", scoresBefore.mean().item<double>(),
          scoresAfter.mean().item<double>(), scoresBefore.max().item<double>(), scoresAfter.max().item<double>(), radius);
    QVERIFY(torch::all(scoresAfter <= scoresBefore + 1e-6).item<bool>());
    QVERIFY(scoresAfter.mean().item<double>() < 0.95 * scoresBefore.mean().item<double>());
  }

  // The autoencoder and IGD continue training from the stored networks on all the images: the
  // update's first loss starts where the trained model stood, not where a fresh network starts.
  void continuedTrainingStartsFromTheStoredNetworks_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("curve");  // the training loss followed
    QTest::newRow("inpaint_ae") << QStringLiteral("inpaint_ae") << QStringLiteral("training loss");
    QTest::newRow("igd") << QStringLiteral("igd") << QStringLiteral("global model: reconstruction loss");
  }
  void continuedTrainingStartsFromTheStoredNetworks() {
    QFETCH(QString, method);
    QFETCH(QString, curve);
    QCOMPARE(ds::methodInfo(method).update, ds::ModelUpdate::Continued);
    // The loss of the curve's first (last) step.
    const auto lossAt = [&curve](const dstest::MetricRecorder& r, bool last) {
      double found = qQNaN();
      for (const auto& [name, step, value] : r.points)
        if (name.contains(curve)) {
          found = value;
          if (!last) break;
        }
      return found;
    };
    // Long enough for the stored networks to stand well below a fresh network's loss.
    QStringList settings = fastSettings(method);
    settings.replaceInStrings(QStringLiteral("epochs=2"), QStringLiteral("epochs=20"));
    ds::LoadReport report;
    dstest::MetricRecorder fresh, continued;
    ds::JobContext trainCtx(&fresh);
    const QString path = dir_.filePath(method + QStringLiteral("-continued-a.dsm"));
    ds::InspectionModel::train(method, settings, ds::ImageSizeSpec::parse(QStringLiteral("64")), randomResNet(), a_, report, trainCtx)
        .save(path);
    ds::InspectionModel model = ds::InspectionModel::load(path, QStringLiteral("cpu"));
    // Without the images it was trained on, refused with the reason.
    ds::JobContext updateCtx(&continued);
    const auto refused = dstest::errorOf([&] { model.update(b_, {}, report, updateCtx); });
    QVERIFY(refused && refused->contains(QStringLiteral("images it was trained on")));
    ds::InspectionModel::UpdateTraining training;
    training.trained = a_;
    training.epochs = 1;
    QCOMPARE(model.update(b_, training, report, updateCtx), 6);
    const double freshStart = lossAt(fresh, false), trainedEnd = lossAt(fresh, true), continuedStart = lossAt(continued, false);
    qInfo("%s: training loss %.5g at a fresh network's first step, %.5g at the stored network's last, %.5g at the continuation's first",
          qPrintable(method), freshStart, trainedEnd, continuedStart);
    QVERIFY(std::isfinite(freshStart) && std::isfinite(trainedEnd) && std::isfinite(continuedStart));
    QVERIFY(trainedEnd < 0.9 * freshStart);
    // Nearer the trained level than the fresh one: a fresh start (same seed) would begin at freshStart.
    QVERIFY2(continuedStart - trainedEnd < 0.5 * (freshStart - trainedEnd), "the update did not start from the stored weights");
    QCOMPARE(model.header().lineage.back().how, QStringLiteral("continued"));
    QCOMPARE(model.header().trainImages(), 12);
  }

  // The update job of a method trained over epochs: refused without the dataset the model was trained
  // on; its time estimated by measurement; cancelled, it resumes from the checkpoint beside the new
  // version and continues the training curve exactly as the uninterrupted update did.
  void continuedUpdateEstimatesAndResumes() {
    QTemporaryDir work;
    dstest::writePlainFolder(work.filePath(QStringLiteral("line")), 64, 10, 0);
    dstest::writePlainFolder(work.filePath(QStringLiteral("more")), 72, 4, 0);  // another size: other content
    ds::TrainRequest train;
    train.method = QStringLiteral("inpaint_ae");
    train.settings = fastSettings(train.method) << QStringLiteral("checkpoint_every=2");
    train.imageSize = QStringLiteral("64");
    train.data = work.filePath(QStringLiteral("line"));
    train.output = work.filePath(QStringLiteral("line.dsm"));
    ds::LoadReport report;
    ds::JobContext plain;
    const int trainedImages = ds::runTrain(train, plain, report).header.trainImages();

    ds::UpdateRequest request;
    request.model = train.output;
    request.add = work.filePath(QStringLiteral("more"));
    request.epochs = 2;
    const auto refused = dstest::errorOf([&] { ds::runUpdate(request, plain, report); });
    QVERIFY2(refused && refused->contains(QStringLiteral("images it was trained on")), qPrintable(refused.value_or(QString())));
    request.data = train.data;
    const ds::TrainingEstimate estimate = ds::estimateUpdate(request, report);
    QVERIFY(estimate.secondsPerEpoch > 0);
    QCOMPARE(estimate.epochs, 2);

    request.output = work.filePath(QStringLiteral("full.dsm"));
    dstest::MetricRecorder full;
    ds::JobContext fullCtx(&full);
    const ds::UpdateResult result = ds::runUpdate(request, fullCtx, report);
    QCOMPARE(result.added, 4);
    QCOMPARE(result.header.lineage.back().how, QStringLiteral("continued"));
    QCOMPARE(result.header.trainImages(), trainedImages + 4);
    QVERIFY(!QFile::exists(request.output + QStringLiteral(".ckpt")));

    request.output = work.filePath(QStringLiteral("resumed.dsm"));
    dstest::MetricRecorder first;
    ds::JobContext firstCtx(&first);
    first.cancelAt(firstCtx, QStringLiteral("training"), 3);
    QVERIFY(dstest::errorOf([&] { ds::runUpdate(request, firstCtx, report); }).has_value());
    QVERIFY(!QFile::exists(request.output));
    QVERIFY(QFile::exists(request.output + QStringLiteral(".ckpt")));
    request.resume = true;
    dstest::MetricRecorder second;
    ds::JobContext secondCtx(&second);
    ds::runUpdate(request, secondCtx, report);
    const auto curves = second.differenceFrom(full, 1e-6);
    QVERIFY2(!curves, qPrintable(curves.value_or(QString())));
    QVERIFY(!QFile::exists(request.output + QStringLiteral(".ckpt")));
  }

  // A defect lying wholly in the part an inspection region leaves out scores as a good image: its
  // score within the good images' and its map zero there.
  void regionHidesWhatItLeavesOut_data() {
    QTest::addColumn<QString>("method");
    for (const ds::MethodInfo& m : ds::availableMethods()) QTest::newRow(qPrintable(m.id)) << m.id;
  }
  void regionHidesWhatItLeavesOut() {
    QFETCH(QString, method);
    ds::JobContext ctx;
    ds::LoadReport report;
    ds::InspectionModel model =
        ds::InspectionModel::train(method, fastSettings(method), ds::ImageSizeSpec::parse(QStringLiteral("128")), randomResNet(), a_, report, ctx);
    std::vector<ds::Sample> good;
    for (const ds::Sample& s : data_.testSamples())
      if (!s.defective) good.push_back(s);
    std::vector<ds::LoadedImage> images = load(good, model);
    // The left half is left out; the defect, a bright patch with a dark core, lies well inside it.
    ds::LoadedImage defective = images.front();
    defective.image = defective.image.clone();
    cv::rectangle(defective.image, cv::Rect(2, 56, 14, 14), cv::Scalar(1, 1, 1), cv::FILLED);
    cv::rectangle(defective.image, cv::Rect(6, 60, 6, 6), cv::Scalar(0, 0, 0), cv::FILLED);
    images.push_back(defective);
    const cv::Mat region = ds::rasterizeRegion({{ds::RegionShape::Kind::Rectangle, true, {{0, 0}, {63, 127}}}}, model.inputSize());
    QCOMPARE(cv::countNonZero(region), 128 * 64);

    const auto plain = model.predict(images);
    model.setInspectionRegion(region, QStringLiteral("drawn"));
    const auto masked = model.predict(images);
    double goodMax = -1e300;
    for (std::size_t i = 0; i + 1 < images.size(); ++i) goodMax = std::max(goodMax, masked[i].score);
    const ds::ImagePrediction& d = masked.back();
    const double source = masked.front().score;  // the same image without the defect
    qInfo("%s: defect %.5g without the region, %.5g with it (%.5g without the defect); good images up to %.5g with it", qPrintable(method),
          plain.back().score, d.score, source, goodMax);
    QVERIFY2(plain.back().score > goodMax, "the defect is not found without the region: the test proves nothing");
    // Backbone features next to the region's edge still see a little of what lies outside (their
    // receptive field spans the image): the defect may move the score by a few percent, no more.
    QVERIFY2(std::abs(d.score - source) <= 0.05 * std::abs(source) && d.score <= goodMax + 0.05 * std::abs(goodMax),
             qPrintable(QStringLiteral("the defect scores %1, the image without it %2, the good images at most %3").arg(d.score).arg(source).arg(goodMax)));
    if (method == QLatin1String("mean-diff")) QCOMPARE(d.score, source);  // no receptive field: exactly
    QCOMPARE(cv::norm(d.map, cv::NORM_INF, region == 0), 0.0);
    // The region travels with the model.
    const QString path = dir_.filePath(method + QStringLiteral("-roi.dsm"));
    model.save(path);
    const ds::InspectionModel reopened = ds::InspectionModel::load(path, QStringLiteral("cpu"));
    QCOMPARE(cv::norm(reopened.inspectionRegion(), region, cv::NORM_INF), 0.0);
    QCOMPARE(reopened.header().region->source, QStringLiteral("drawn"));
    QCOMPARE(reopened.header().region->inspectedFraction, 0.5);
  }

  void regionMaskFileIsBroughtToTheModelsFrame() {
    cv::Mat mask(200, 300, CV_8UC1, cv::Scalar(255));
    mask(cv::Rect(0, 0, 150, 200)).setTo(0);
    const QString path = dir_.filePath(QStringLiteral("roi.png"));
    QVERIFY(cv::imwrite(path.toStdString(), mask));
    ds::LoadOptions frame;
    frame.size = cv::Size(60, 40);
    frame.crop = cv::Size(40, 40);
    const cv::Mat region = ds::readRegionMask(path, frame);
    QCOMPARE(region.size(), cv::Size(40, 40));
    QCOMPARE(cv::countNonZero(region.colRange(0, 20)), 0);  // the left half of the resized mask, cropped
    QCOMPARE(cv::countNonZero(region.colRange(20, 40)), 20 * 40);
    QVERIFY(cv::imwrite(path.toStdString(), cv::Mat(20, 20, CV_8UC1, cv::Scalar(0))));
    const auto refused = dstest::errorOf([&] { ds::readRegionMask(path, frame); });
    QVERIFY(refused && refused->contains(path) && refused->contains(QStringLiteral("empty")));
  }

  // runUpdate writes a new version beside the model, leaves the parent as it was, skips images the
  // model already trained on, and handles the held-out images with and without their dataset.
  void updateJobWritesANewVersion() {
    QTemporaryDir work;
    const QStringList goodImages = dstest::writePlainFolder(work.filePath(QStringLiteral("line")), 64, 20, 3);
    ds::TrainRequest train;
    train.method = QStringLiteral("mean-diff");
    train.data = work.filePath(QStringLiteral("line"));
    train.output = work.filePath(QStringLiteral("line.dsm"));
    train.holdout = 0.25;
    ds::JobContext ctx;
    ds::LoadReport report;
    ds::runTrain(train, ctx, report);
    const QByteArray parentBytes = dstest::readBytes(train.output);
    const ds::InspectionModel parent = ds::InspectionModel::load(train.output, QStringLiteral("cpu"));
    QCOMPARE(parent.header().holdout->images.size(), std::size_t{5});

    // Added: two new good images, one image the model trained on, one held-out image.
    const QString addDir = work.filePath(QStringLiteral("new-good"));
    QVERIFY(QDir().mkpath(addDir));
    const QString heldOut = QDir(train.data).filePath(parent.header().holdout->images.front().path);
    QStringList trained;
    for (const QString& p : goodImages)
      if (parent.trainedOn(ds::fileContentHash(p))) trained << p;
    QVERIFY(QFile::copy(trained.front(), addDir + QStringLiteral("/already.png")));
    QVERIFY(QFile::copy(heldOut, addDir + QStringLiteral("/was-held-out.png")));
    dstest::writePlainFolder(work.filePath(QStringLiteral("more")), 72, 2, 0);  // another size: other content
    int copied = 0;
    for (const QFileInfo& f : QDir(work.filePath(QStringLiteral("more/good"))).entryInfoList(QDir::Files))
      QVERIFY(QFile::copy(f.filePath(), addDir + QStringLiteral("/new%1.png").arg(copied++)));

    ds::UpdateRequest request;
    request.model = train.output;
    request.add = addDir;
    ds::LoadReport updateReport;
    const ds::UpdateResult first = ds::runUpdate(request, ctx, updateReport);
    QCOMPARE(first.output, work.filePath(QStringLiteral("line-v2.dsm")));
    QCOMPARE(dstest::readBytes(train.output), parentBytes);
    QCOMPARE(first.added, 3);
    QCOMPARE(first.alreadyTrained, 1);
    QCOMPARE(first.leftHeldOut, 1);
    QVERIFY(first.heldOutDropped);
    const ds::InspectionModel v2 = ds::InspectionModel::load(first.output, QStringLiteral("cpu"));
    QCOMPARE(v2.header().trainImages(), parent.header().trainImages() + 3);
    QCOMPARE(v2.header().lineage.front().parentSha256, parent.checksum());
    QCOMPARE(v2.header().holdout->images.size(), std::size_t{4});
    QVERIFY(v2.header().holdout->scores.empty());
    QVERIFY(v2.trainedOn(ds::fileContentHash(heldOut)));

    // With the training dataset at hand the remaining held-out images are scored again.
    request.model = first.output;
    request.data = train.data;
    request.add.clear();
    request.region = work.filePath(QStringLiteral("roi.png"));
    cv::Mat mask(64, 64, CV_8UC1, cv::Scalar(255));
    mask.colRange(0, 16).setTo(0);
    QVERIFY(cv::imwrite(request.region.toStdString(), mask));
    const ds::UpdateResult second = ds::runUpdate(request, ctx, updateReport);
    QCOMPARE(second.output, work.filePath(QStringLiteral("line-v3.dsm")));
    QCOMPARE(second.heldOutRescored, 4);
    const ds::InspectionModel v3 = ds::InspectionModel::load(second.output, QStringLiteral("cpu"));
    QCOMPARE(v3.header().holdout->scores.size(), std::size_t{4});
    for (double score : v3.header().holdout->scores) QVERIFY(std::isfinite(score));
    QCOMPARE(v3.header().region->source, QStringLiteral("roi.png"));
    QCOMPARE(v3.header().lineage.size(), std::size_t{2});
    QCOMPARE(v3.header().lineage.back().parentSha256, v2.checksum());
    QCOMPARE(v3.header().lineage.back().how, QStringLiteral("region"));
    QCOMPARE(v3.header().lineage.back().imagesAdded, 0);

    // Never over another file; a method without an update says so.
    request.output = heldOut;
    const auto refused = dstest::errorOf([&] { ds::runUpdate(request, ctx, updateReport); });
    QVERIFY(refused && refused->contains(QStringLiteral("not a DefectScope model")));
  }
};

QTEST_GUILESS_MAIN(TestModelUpdate)
#include "tst_model_update.moc"
