#include <torch/torch.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>

#include "core/data/dataset.h"
#include "core/data/image_size.h"
#include "core/error.h"
#include "core/io/model_archive.h"
#include "core/jobs/job_context.h"
#include "core/methods/inspection_model.h"
#include "core/methods/model_header.h"
#include "tests/support/test_support.h"
#include "tests/support/training_support.h"

namespace {

using dstest::errorOf;

// json with json[section][key] (json[key] without a section) set to value; an undefined value removes it.
QJsonObject edited(QJsonObject json, const QString& section, const QString& key, const QJsonValue& value) {
  QJsonObject target = section.isEmpty() ? json : json.value(section).toObject();
  if (value.isUndefined()) target.remove(key);
  else target[key] = value;
  if (section.isEmpty()) return target;
  json[section] = target;
  return json;
}

// A model of method trained on a small demo dataset in dir (64 px, ResNet-18 with seeded random
// weights where the method has a backbone), saved as dir/model.dsm.
QString trainTinyModel(const QString& dir, const QString& method, const QStringList& settings = {}) {
  dstest::writeDemoData(dir, 64, 6, 1, 1);
  ds::LoadReport report;
  const ds::Dataset data = ds::Dataset::open(dir, report);
  ds::MethodEnvironment env;
  if (method != QLatin1String("mean-diff")) {
    env.backbone = QStringLiteral("resnet18");
    env.weights = QStringLiteral("random");
  }
  ds::JobContext ctx;
  ds::InspectionModel model = ds::InspectionModel::train(method, settings, ds::ImageSizeSpec::parse(QStringLiteral("64")), env,
                                                         data.trainingSamples(), report, ctx);
  const QString path = QDir(dir).filePath(QStringLiteral("model.dsm"));
  model.save(path);
  return path;
}

std::vector<int64_t> shapeOf(const QString& text) {
  std::vector<int64_t> shape;
  for (const QString& d : text.split(QLatin1Char('x'))) shape.push_back(d.toLongLong());
  return shape;
}

}  // namespace

class TestModelHeader : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void roundTrip() {
    const ds::ModelHeader h = dstest::sampleModelHeader();
    const ds::ModelHeader back = ds::ModelHeader::fromJson(h.toJson(), QStringLiteral("m.dsm"));
    QVERIFY(back == h);
    // Field by field, so a field neither read nor written cannot pass unnoticed.
    QCOMPARE(back.method, QStringLiteral("mean-diff"));
    QCOMPARE(back.appVersion, QStringLiteral("1.2.3"));
    QCOMPARE(back.settings, h.settings);
    QCOMPARE(back.input.size, cv::Size(64, 48));
    QCOMPARE(back.input.crop, cv::Size(32, 32));
    QCOMPARE(back.input.imageSize, QStringLiteral("48"));
    QVERIFY(back.input.normalization == ds::Normalization::ImageNet);
    QVERIFY(back.environment);
    QCOMPARE(back.environment->seed, std::numeric_limits<quint64>::max());  // beyond a JSON number's exact range
    QCOMPARE(back.environment->threads, 8);
    QCOMPARE(back.environment->backbone, QStringLiteral("resnet18"));
    QCOMPARE(back.environment->weights, QStringLiteral("/weights/r18.pth"));
    QCOMPARE(back.environment->device, QStringLiteral("cpu"));
    QCOMPARE(back.trainImages(), 40);
    QCOMPARE(back.training->fitSeconds, 1.25);
    QCOMPARE(back.training->date, QStringLiteral("2024-05-01T10:00:00Z"));
    QCOMPARE(back.summary, h.summary);
    QCOMPARE(back.modelBytes, std::optional<qint64>(73728));
    QCOMPARE(back.threshold->image, 0.5);
    QCOMPARE(back.threshold->pixel, 0.75);
    QCOMPARE(back.threshold->chosenBy, QStringLiteral("f1_max"));
    QCOMPARE(back.holdout->fraction, 0.2);
    QCOMPARE(back.holdout->seed, quint64(7));
    QCOMPARE(back.holdout->images.size(), std::size_t(2));
    QCOMPARE(back.holdout->images[1].path, QStringLiteral("train/good/011.png"));
    QCOMPARE(back.holdout->images[1].sha256, QString(64, QLatin1Char('b')));
    QCOMPARE(back.holdout->scores, std::vector<double>({0.25, 0.375}));
    QCOMPARE(back.holdout->rule, QStringLiteral("conformal_95"));
    QCOMPARE(back.holdout->imageThreshold, 0.4);
    QCOMPARE(back.holdout->pixelThreshold, 0.9);
    QCOMPARE(back.region->inspectedFraction, 0.75);
    QCOMPARE(back.region->source, QStringLiteral("roi.png"));
    QCOMPARE(back.lineage.size(), std::size_t(1));
    QCOMPARE(back.lineage[0].parentSha256, QString(64, QLatin1Char('c')));
    QCOMPARE(back.lineage[0].imagesAdded, 5);
    QCOMPARE(back.lineage[0].how, QStringLiteral("exact"));
    QCOMPARE(back.lineage[0].seconds, 0.5);
    QCOMPARE(back.lineage[0].date, QStringLiteral("2024-05-02T10:00:00Z"));
  }

  // Only method, settings and input are required; what is absent stays absent.
  void optionalSectionsMayBeMissing() {
    ds::ModelHeader h;
    h.method = QStringLiteral("mean-diff");
    h.input.size = cv::Size(64, 64);
    h.threshold = ds::ModelHeader::Threshold{1.5, qQNaN(), QStringLiteral("f1_max")};  // no pixel threshold
    const QJsonObject json = h.toJson();
    for (const char* key : {"environment", "training", "model_bytes", "holdout", "region", "lineage"}) QVERIFY2(!json.contains(QLatin1String(key)), key);
    QVERIFY(!json.value(QStringLiteral("input")).toObject().contains(QStringLiteral("crop")));
    QVERIFY(!json.value(QStringLiteral("threshold")).toObject().contains(QStringLiteral("pixel")));
    const ds::ModelHeader back = ds::ModelHeader::fromJson(json, QStringLiteral("m.dsm"));
    QVERIFY(back == h);
    QVERIFY(!back.environment && !back.training && !back.modelBytes && !back.holdout);
    QVERIFY(back.input.crop.empty());
    QVERIFY(std::isnan(back.threshold->pixel));
    QCOMPARE(back.trainImages(), 0);
  }

  void refusals_data() {
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");  // undefined: the key is removed
    QTest::addColumn<QString>("words");
    const QJsonValue removed(QJsonValue::Undefined);
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("input width 100000") << "input" << "width" << QJsonValue(100000) << "input width 100000 is out of range (8…8192)";
    QTest::newRow("input width 0") << "input" << "width" << QJsonValue(0) << "input width 0 is out of range (8…8192)";
    QTest::newRow("input height 12.5") << "input" << "height" << QJsonValue(12.5) << "input height 12.5 is not a whole number";
    QTest::newRow("input width missing") << "input" << "width" << removed << "input width is missing (damaged model)";
    QTest::newRow("crop bigger than the input") << "input" << "crop" << QJsonValue(QJsonObject{{"width", 128}, {"height", 32}})
                                                << "input crop 128×32 is larger than the input 64×48";
    QTest::newRow("normalization foo") << "input" << "normalization" << QJsonValue("foo") << "input normalization \"foo\" is unknown (unit or imagenet)";
    QTest::newRow("n_train 0") << "training" << "n_train" << QJsonValue(0) << "training n_train 0 is out of range (1…";
    QTest::newRow("fit_s NaN") << "training" << "fit_s" << QJsonValue(qQNaN()) << "training fit_s is nan, not a finite number";
    QTest::newRow("fit_s -1") << "training" << "fit_s" << QJsonValue(-1) << "training fit_s -1 is out of range (at least 0)";
    QTest::newRow("threshold image inf") << "threshold" << "image" << QJsonValue(inf) << "threshold image is inf, not a finite number";
    QTest::newRow("threshold pixel null") << "threshold" << "pixel" << QJsonValue(QJsonValue::Null) << "threshold pixel is not a number";
    QTest::newRow("threads 0") << "environment" << "threads" << QJsonValue(0) << "environment threads 0 is out of range (1…4096)";
    QTest::newRow("seed not a number") << "environment" << "seed" << QJsonValue("x") << "environment seed x is not a whole number";
    QTest::newRow("holdout fraction 0.95") << "holdout" << "fraction" << QJsonValue(0.95) << "holdout fraction 0.95 is out of range (0…0.9)";
    QTest::newRow("holdout score NaN") << "holdout" << "scores" << QJsonValue(QJsonArray{0.25, qQNaN()}) << "holdout scores is nan";
    QTest::newRow("holdout score missing") << "holdout" << "scores" << QJsonValue(QJsonArray{0.25}) << "holdout holds 1 scores for 2 images";
    QTest::newRow("holdout image without hash") << "holdout" << "images" << QJsonValue(QJsonArray{QJsonObject{{"path", "a.png"}}})
                                                << "holdout images 1 has no path or no SHA-256";
    QTest::newRow("region inspecting nothing") << "region" << "inspected_fraction" << QJsonValue(0)
                                               << "region inspected_fraction 0 is out of range";
    QTest::newRow("model_bytes -1") << "" << "model_bytes" << QJsonValue(-1) << "model_bytes -1 is out of range (0…";
    QTest::newRow("unknown method") << "" << "method" << QJsonValue("foo") << "unknown method \"foo\"";
    QTest::newRow("setting out of range") << "settings" << "blur_sigma" << QJsonValue(1000) << "setting blur_sigma = 1000 is outside 0…100";
    QTest::newRow("missing method") << "" << "method" << removed << "method is missing (damaged model)";
    QTest::newRow("missing settings") << "" << "settings" << removed << "settings is missing (damaged model)";
    QTest::newRow("missing input") << "" << "input" << removed << "input is missing (damaged model)";
  }

  // Every refusal is one line naming the file and the field.
  void refusals() {
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, words);
    const QJsonObject json = edited(dstest::sampleModelHeader().toJson(), section, key, value);
    const auto error = errorOf([&] { ds::ModelHeader::fromJson(json, QStringLiteral("m.dsm")); });
    QVERIFY2(error, "accepted");
    QVERIFY2(error->startsWith(QLatin1String("m.dsm: ")), qPrintable(*error));
    QVERIFY2(error->contains(words), qPrintable(*error));
    QVERIFY2(!error->contains(QLatin1Char('\n')), qPrintable(*error));
  }

  // A real model's header reads back to exactly what the file holds: the format on disk is unchanged.
  void savedHeaderReadsBackUnchanged() {
    QTemporaryDir dir;
    const QString path = trainTinyModel(dir.path(), QStringLiteral("mean-diff"));
    const QJsonObject json = ds::ModelArchive::load(path).header();
    const ds::ModelHeader h = ds::ModelHeader::fromJson(json, path);
    QCOMPARE(h.toJson(), json);
    QVERIFY(ds::InspectionModel::load(path, QStringLiteral("cpu")).header() == h);
    QVERIFY(h.training && h.environment && h.modelBytes);
  }

  // A checksum-valid file whose header was edited to an absurd input size is refused by name.
  void absurdInputIsRefusedOnLoad() {
    QTemporaryDir dir;
    const QString path = trainTinyModel(dir.path(), QStringLiteral("mean-diff"));
    ds::ModelArchive archive = ds::ModelArchive::load(path);
    QJsonObject input = archive.header().value(QStringLiteral("input")).toObject();
    input[QStringLiteral("width")] = 100000;
    input[QStringLiteral("height")] = 100000;
    archive.header()[QStringLiteral("input")] = input;
    archive.save(path);
    const auto error = errorOf([&] { ds::InspectionModel::load(path, QStringLiteral("cpu")); });
    QVERIFY2(error, "loaded");
    QCOMPARE(*error, path + QStringLiteral(": input width 100000 is out of range (8…8192)"));
  }

  void absurdTensorIsRefusedOnLoad_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("tensor");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("words");
    QTest::newRow("mean-diff mean of rank 1") << "mean-diff" << "mean" << "7" << "damaged model";
    QTest::newRow("mean-diff std of another size") << "mean-diff" << "std" << "3x4x4" << "damaged model";
    QTest::newRow("mean-diff mean of rank 4") << "mean-diff" << "mean" << "1x3x64x64" << "damaged model";
    // LibTorch's own refusal while the method builds its search structure.
    QTest::newRow("patchcore memory bank of rank 1") << "patchcore" << "memory_bank" << "5"
                                                     << "the model's tensors do not match its method (damaged model): ";
    // The location statistics are read as raw arrays: shapes that disagree must not reach them.
    QTest::newRow("semi-orthogonal means for fewer locations") << "semi_orthogonal" << "mean" << "3x4"
                                                               << "the model's tensors do not match its method (damaged model): ";
    QTest::newRow("mean-diff kept sums of another size") << "mean-diff" << "sum" << "3x4x4" << "the kept sums do not match the model (damaged model)";
    QTest::newRow("semi-orthogonal kept sums of another size") << "semi_orthogonal" << "update_outer" << "2x2"
                                                               << "the model's tensors do not match its method (damaged model): ";
    QTest::newRow("semi-orthogonal precision of another size") << "semi_orthogonal" << "precision" << "2x2x2"
                                                               << "the model's tensors do not match its method (damaged model): ";
  }

  void absurdTensorIsRefusedOnLoad() {
    QFETCH(QString, method);
    QFETCH(QString, tensor);
    QFETCH(QString, shape);
    QFETCH(QString, words);
    QTemporaryDir dir;
    const QString path = trainTinyModel(dir.path(), method);
    ds::ModelArchive archive = ds::ModelArchive::load(path);
    QVERIFY(archive.hasTensor(tensor));
    archive.putTensor(tensor, torch::zeros(shapeOf(shape)));
    archive.save(path);
    const auto error = errorOf([&] { ds::InspectionModel::load(path, QStringLiteral("cpu")); });
    QVERIFY2(error, "loaded");
    QVERIFY2(error->startsWith(path + QStringLiteral(": ")), qPrintable(*error));
    QVERIFY2(error->contains(words), qPrintable(*error));
    QVERIFY2(!error->contains(QLatin1Char('\n')), qPrintable(*error));
  }

  // FAISS reads as many floats per query as the bank is wide: a bank one feature wider than the
  // backbone's patches (projected or not) is refused when scoring, never read past.
  void patchcoreBankOfAnotherWidth() {
    QTemporaryDir dir;
    const QString path = trainTinyModel(dir.path(), QStringLiteral("patchcore"), {QStringLiteral("search=flat")});
    ds::ModelArchive archive = ds::ModelArchive::load(path);
    const torch::Tensor bank = archive.tensor(QStringLiteral("memory_bank"));
    archive.putTensor(QStringLiteral("memory_bank"), torch::zeros({bank.size(0), bank.size(1) + 1}));
    archive.save(path);
    ds::InspectionModel model = ds::InspectionModel::load(path, QStringLiteral("cpu"));
    ds::LoadReport report;
    const ds::Dataset data = ds::Dataset::open(dir.path(), report);
    std::vector<ds::LoadedImage> images{ds::loadSample(data.testSamples().front(), model.loadOptions())};
    const auto error = errorOf([&] { model.predict(images); });
    QVERIFY2(error && error->contains(QStringLiteral("features per patch")), error ? qPrintable(*error) : "predicted");
  }

  void tensorThatFailsWhenScoringNamesTheModel_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("tensor");
    QTest::addColumn<QString>("words");
    // All of a mean-diff model's images one row taller: consistent, so they load, but not the input size.
    QTest::newRow("mean-diff of another size") << "mean-diff" << "" << "mean,std,sum,sum_sq" << "but the model was trained at 64×65";
    // The exact search multiplies patches by the bank: LibTorch refuses the product.
    QTest::newRow("patchcore exact search, bank one wider") << "patchcore" << "search=exact" << "memory_bank"
                                                            << "the model's tensors do not fit the images it scores (damaged model): ";
  }

  // Shapes that only meet the images when they are scored: the error names the model file.
  void tensorThatFailsWhenScoringNamesTheModel() {
    QFETCH(QString, method);
    QFETCH(QString, settings);
    QFETCH(QString, tensor);
    QFETCH(QString, words);
    QTemporaryDir dir;
    const QString path = trainTinyModel(dir.path(), method, settings.isEmpty() ? QStringList() : QStringList{settings});
    ds::ModelArchive archive = ds::ModelArchive::load(path);
    for (const QString& name : tensor.split(QLatin1Char(','))) {
      const torch::Tensor t = archive.tensor(name);
      archive.putTensor(name, t.dim() == 3 ? torch::ones({t.size(0), t.size(1) + 1, t.size(2)}) : torch::zeros({t.size(0), t.size(1) + 1}));
    }
    archive.save(path);
    ds::InspectionModel model = ds::InspectionModel::load(path, QStringLiteral("cpu"));
    ds::LoadReport report;
    const ds::Dataset data = ds::Dataset::open(dir.path(), report);
    std::vector<ds::LoadedImage> images{ds::loadSample(data.testSamples().front(), model.loadOptions())};
    const auto error = errorOf([&] { model.predict(images); });
    QVERIFY2(error, "predicted");
    QVERIFY2(error->startsWith(path + QStringLiteral(": ")) && error->contains(words), qPrintable(*error));
    QVERIFY2(!error->contains(QLatin1Char('\n')), qPrintable(*error));
  }

  // Training refuses an input size that the header check would refuse on load.
  void trainingRefusesAnInputTooLargeToLoad() {
    const auto error = errorOf([] { ds::ImageSizeSpec::parse(QStringLiteral("512")).resolve(cv::Size(100, 10000), 1); });
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("512×51200")) && error->contains(QLatin1String("8192")), qPrintable(*error));
    QCOMPARE(ds::ImageSizeSpec::parse(QStringLiteral("512")).resolve(cv::Size(100, 1600), 1), cv::Size(512, 8192));
  }
};

QTEST_GUILESS_MAIN(TestModelHeader)
#include "tst_model_header.moc"
