#include "app/cli/commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>

#include "app/cli/progress_bar.h"
#include "app/cli/report_output.h"
#include "core/data/demo_data_generator.h"
#include "core/data/image_limits.h"
#include "core/error.h"
#include "core/jobs/evaluate_job.h"
#include "core/jobs/job_context.h"
#include "core/jobs/score_job.h"
#include "core/jobs/train_job.h"
#include "core/jobs/update_job.h"
#include "core/methods/inspection_model.h"
#include "core/methods/method_registry.h"
#include "core/runtime/compute.h"
#include "core/training/training_resources.h"

namespace cli {
namespace {

void out(const QString& text) { std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData()); }

// Ctrl+C cancels the running job between batches instead of killing the process mid-write.
std::atomic<ds::JobContext*> runningJob{nullptr};
void onInterrupt(int) {
  if (ds::JobContext* job = runningJob.load()) job->cancel();
}

class RunningJob {
 public:
  explicit RunningJob(ds::JobContext& ctx) {
    runningJob = &ctx;
    std::signal(SIGINT, onInterrupt);
  }
  ~RunningJob() {
    std::signal(SIGINT, SIG_DFL);
    runningJob = nullptr;
  }
};

const QCommandLineOption kDevice(QStringLiteral("device"), QCoreApplication::translate("Cli", "cpu, cuda or auto (default: auto)"), QStringLiteral("DEVICE"),
                                 QStringLiteral("auto"));
const QCommandLineOption kThreads(QStringLiteral("threads"), QCoreApplication::translate("Cli", "compute threads (default: one per core)"),
                                  QStringLiteral("N"), QStringLiteral("0"));
const QCommandLineOption kMaxPixels(QStringLiteral("max-image-pixels"),
                                    QCoreApplication::translate("Cli", "refuse images with more pixels than this (default: "
                                                                       "DEFECTSCOPE_MAX_IMAGE_PIXELS or 100000000)"),
                                    QStringLiteral("N"));
const QCommandLineOption kQuiet(QStringLiteral("quiet"), QCoreApplication::translate("Cli", "no progress output"));
const QCommandLineOption kSeed(QStringLiteral("seed"), QCoreApplication::translate("Cli", "random seed"), QStringLiteral("N"), QStringLiteral("0"));

// Parses args against the command's options; returns false after printing --help.
bool parse(QCommandLineParser& parser, const QStringList& args, const QString& description,
           const QList<QCommandLineOption>& options) {
  parser.setApplicationDescription(description);
  parser.addOptions(options);
  const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("Cli", "show this help"));
  parser.addOption(help);
  QStringList argv = args;
  argv[0] = QStringLiteral("defectscope-cli ") + args[0];
  if (!parser.parse(argv)) throw ds::Error(parser.errorText());
  if (parser.isSet(help)) {
    std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
    return false;
  }
  if (!parser.positionalArguments().isEmpty())
    throw ds::Error(QCoreApplication::translate("Cli", "unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
  return true;
}

QString required(const QCommandLineParser& parser, const QCommandLineOption& option) {
  const QString value = parser.value(option);
  if (value.isEmpty()) throw ds::Error(QCoreApplication::translate("Cli", "--%1 is required").arg(option.names().constLast()));
  return value;
}

double realValue(const QCommandLineParser& parser, const QCommandLineOption& option) {
  bool ok = false;
  const double v = parser.value(option).toDouble(&ok);
  if (!ok || !std::isfinite(v))
    throw ds::Error(QCoreApplication::translate("Cli", "--%1 needs a number, not \"%2\"").arg(option.names().constLast(), parser.value(option)));
  return v;
}

int intValue(const QCommandLineParser& parser, const QCommandLineOption& option) {
  bool ok = false;
  const int v = parser.value(option).toInt(&ok);
  if (!ok) throw ds::Error(QCoreApplication::translate("Cli", "--%1 needs an integer, not \"%2\"").arg(option.names().constLast(), parser.value(option)));
  return v;
}

// Device, threads and the image pixel limit are process-wide: set them before any image or tensor work.
QString setUpProcess(const QCommandLineParser& parser) {
  if (parser.isSet(kMaxPixels)) {
    bool ok = false;
    const qint64 pixels = parser.value(kMaxPixels).toLongLong(&ok);
    if (!ok || pixels < 1)
      throw ds::Error(QCoreApplication::translate("Cli", "--max-image-pixels needs a positive whole number, not \"%1\"").arg(parser.value(kMaxPixels)));
    ds::setMaxImagePixels(pixels);
  }
  const int threads = intValue(parser, kThreads);
  if (threads < 0 || threads > ds::compute::maxThreads())
    throw ds::Error(QCoreApplication::translate("Cli", "--threads must be between 0 (one per core) and %1 (four per core), not %2")
                        .arg(ds::compute::maxThreads())
                        .arg(threads));
  ds::compute::setThreads(threads);
  return ds::compute::resolveDevice(parser.value(kDevice));
}

void printProblems(const ds::LoadReport& report, bool quiet) {
  if (report.empty()) return;
  std::fprintf(stderr, "%s\n", QCoreApplication::translate("Cli", "%n file(s) skipped or incomplete:", nullptr, report.size()).toLocal8Bit().constData());
  const auto problems = report.problems();
  const int shown = quiet ? std::min<int>(5, static_cast<int>(problems.size())) : static_cast<int>(problems.size());
  for (int i = 0; i < shown; ++i)
    std::fprintf(stderr, "  %s: %s\n", problems[i].path.toLocal8Bit().constData(),
                 problems[i].problem.toLocal8Bit().constData());
  if (shown < static_cast<int>(problems.size()))
    std::fprintf(stderr, "  %s\n", QCoreApplication::translate("Cli", "… and %1 more").arg(problems.size() - shown).toLocal8Bit().constData());
}

// Runs a core job with a progress bar (Ctrl+C cancels it between batches), then prints the files it
// skipped: the set-up every command that runs a job shares.
template <typename Job>
auto runJob(const QCommandLineParser& parser, const QString& device, ds::LoadReport& report, Job&& job) {
  ProgressBar bar(parser.isSet(kQuiet));
  ds::JobContext ctx(&bar, device);
  RunningJob running(ctx);
  auto result = job(ctx);
  bar.finish();
  printProblems(report, parser.isSet(kQuiet));
  return result;
}

// Prints a training or update estimate (train --estimate, update --estimate): its time, or noTime
// when it has none; what it holds at its peak against this machine; the refusal a run would meet.
void printEstimate(const ds::TrainingEstimate& e, const QString& noTime) {
  out(e.available() ? ds::describeTime(e) : noTime);
  const ds::ResourceCheck c = ds::checkResources(e.footprint);
  out(ds::describeResources(c));
  if (!c.fits()) out(QCoreApplication::translate("Cli", "the run would be refused: %1").arg(c.refusal));
}

QString formatMetric(double v) { return std::isfinite(v) ? QString::number(v, 'f', 4) : QCoreApplication::translate("Cli", "n/a"); }

void writeJson(const QString& path, const QJsonObject& json) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) throw ds::Error(QCoreApplication::translate("Cli", "%1: cannot write (%2)").arg(path, file.errorString()));
  file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
  if (!file.commit()) throw ds::Error(QCoreApplication::translate("Cli", "%1: cannot write (%2)").arg(path, file.errorString()));
}

}  // namespace

int demoData(const QStringList& args) {
  QCommandLineParser p;
  const QCommandLineOption outDir(QStringLiteral("out"), QCoreApplication::translate("Cli", "output folder"), QStringLiteral("DIR"));
  const QCommandLineOption size(QStringLiteral("size"), QCoreApplication::translate("Cli", "image size in pixels"), QStringLiteral("N"), QStringLiteral("256"));
  const QCommandLineOption train(QStringLiteral("train"), QCoreApplication::translate("Cli", "training images"), QStringLiteral("N"), QStringLiteral("60"));
  const QCommandLineOption testGood(QStringLiteral("test-good"), QCoreApplication::translate("Cli", "defect-free test images"), QStringLiteral("N"),
                                    QStringLiteral("20"));
  const QCommandLineOption testDefect(QStringLiteral("test-defect"), QCoreApplication::translate("Cli", "defective test images"), QStringLiteral("N"),
                                      QStringLiteral("30"));
  const QCommandLineOption seed(QStringLiteral("seed"), QCoreApplication::translate("Cli", "random seed"), QStringLiteral("N"), QStringLiteral("7"));
  const QCommandLineOption defectSize(QStringLiteral("defect-size"),
                                      QCoreApplication::translate("Cli", "make every defect a spot at most N pixels across, whatever the image size "
                                                                         "(default 0: scratches, stains, cracks and missing pattern sized with the image)"),
                                      QStringLiteral("N"), QStringLiteral("0"));
  if (!parse(p, args, QCoreApplication::translate("Cli", "Writes the synthetic demo dataset (woven fabric with scratches, stains, cracks and missing pattern)."),
             {outDir, size, train, testGood, testDefect, seed, defectSize, kQuiet}))
    return 0;
  ds::DemoDataOptions o;
  o.seed = static_cast<quint32>(intValue(p, seed));
  o.size = intValue(p, size);
  o.train = intValue(p, train);
  o.testGood = intValue(p, testGood);
  o.testDefect = intValue(p, testDefect);
  o.defectPixels = intValue(p, defectSize);
  ProgressBar bar(p.isSet(kQuiet));
  const QString dir = required(p, outDir);
  ds::DemoDataGenerator(o).write(dir, [&](int done, int total) { bar.onProgress(done, total, QCoreApplication::translate("Cli", "Writing")); });
  bar.finish();
  out(QCoreApplication::translate("Cli", "demo dataset written to %1 (%2 train, %3 good and %4 defective test images)")
          .arg(dir)
          .arg(o.train)
          .arg(o.testGood)
          .arg(o.testDefect));
  return 0;
}

int train(const QStringList& args) {
  QCommandLineParser p;
  const QCommandLineOption method(QStringLiteral("method"), QCoreApplication::translate("Cli", "method id (see: defectscope-cli methods)"), QStringLiteral("ID"));
  const QCommandLineOption data(QStringLiteral("data"), QCoreApplication::translate("Cli", "dataset folder or manifest CSV"), QStringLiteral("DIR"));
  const QCommandLineOption output(QStringLiteral("out"), QCoreApplication::translate("Cli", "model file to write (.dsm)"), QStringLiteral("MODEL"));
  const QCommandLineOption backbone(QStringLiteral("backbone"), QCoreApplication::translate("Cli", "backbone name or torchscript:PATH"), QStringLiteral("NAME"));
  const QCommandLineOption weights(QStringLiteral("weights"), QCoreApplication::translate("Cli", "backbone weight file"), QStringLiteral("PATH"));
  const QCommandLineOption imageSize(QStringLiteral("image-size"), QCoreApplication::translate("Cli", "shorter side S, or WxH"), QStringLiteral("S"));
  const QCommandLineOption crop(QStringLiteral("crop"), QCoreApplication::translate("Cli", "centre crop S or WxH taken after resizing"), QStringLiteral("S"));
  const QCommandLineOption set(QStringLiteral("set"), QCoreApplication::translate("Cli", "method setting key=value (repeatable)"), QStringLiteral("KEY=VALUE"));
  const QCommandLineOption tile(QStringLiteral("tile"),
                                QCoreApplication::translate("Cli", "cut images into tiles of WxH (or S×S) at their own resolution instead of resizing them; "
                                                                   "maps are stitched back at each image's size"),
                                QStringLiteral("WxH"));
  const QCommandLineOption tileOverlap(QStringLiteral("tile-overlap"),
                                       QCoreApplication::translate("Cli", "fraction of a tile that neighbouring tiles share at least (0–0.9, default 0.25)"),
                                       QStringLiteral("F"), QStringLiteral("0.25"));
  const QCommandLineOption tileScale(QStringLiteral("tile-scale"),
                                     QCoreApplication::translate("Cli", "scale images by S (0.01–1) before tiling (default 1: native resolution)"),
                                     QStringLiteral("S"), QStringLiteral("1"));
  const QCommandLineOption holdout(QStringLiteral("holdout"),
                                   QCoreApplication::translate("Cli", "fraction of the good images held out as unseen test images when the dataset has no "
                                                                      "test good images of its own (default 0.2; 0 = none)"),
                                   QStringLiteral("F"), QStringLiteral("0.2"));
  const QCommandLineOption roi(QStringLiteral("roi"),
                               QCoreApplication::translate("Cli", "inspection region: a mask image, white = inspected, black = ignored; resized to the "
                                                                  "model's input like a ground-truth mask"),
                               QStringLiteral("MASK.png"));
  const QCommandLineOption resume(QStringLiteral("resume"),
                                  QCoreApplication::translate("Cli", "continue an interrupted training run from its checkpoint (MODEL.ckpt)"));
  const QCommandLineOption estimate(QStringLiteral("estimate"),
                                    QCoreApplication::translate("Cli", "time a few training steps, print the estimated training time and peak memory and exit"));
  if (!parse(p, args, QCoreApplication::translate("Cli", "Fits a model on the dataset's defect-free training images."),
             {method, data, output, backbone, weights, imageSize, crop, tile, tileOverlap, tileScale, set, roi, holdout, resume, estimate, kDevice,
              kThreads, kMaxPixels, kSeed, kQuiet}))
    return 0;
  ds::TrainRequest request;
  if (!p.isSet(tile) && (p.isSet(tileOverlap) || p.isSet(tileScale)))
    throw ds::Error(QCoreApplication::translate("Cli", "--tile-overlap and --tile-scale need --tile"));
  request.tile = p.value(tile);
  request.tileOverlap = realValue(p, tileOverlap);
  request.tileScale = realValue(p, tileScale);
  request.method = required(p, method);
  request.data = required(p, data);
  request.output = required(p, output);
  request.settings = p.values(set);
  request.imageSize = p.value(imageSize);
  request.crop = p.value(crop);
  request.holdout = realValue(p, holdout);
  request.region = p.value(roi);
  request.environment.backbone = p.value(backbone);
  request.environment.weights = p.value(weights);
  request.environment.seed = static_cast<quint64>(intValue(p, kSeed));
  request.environment.device = setUpProcess(p);
  request.environment.resume = p.isSet(resume);
  ds::LoadReport report;
  if (p.isSet(estimate)) {
    const ds::TrainingEstimate e = ds::estimateTrain(request, report);
    printProblems(report, p.isSet(kQuiet));
    printEstimate(e, QCoreApplication::translate("Cli", "%1 fits in one pass over the training images; no time estimate").arg(request.method));
    return 0;
  }
  const ds::TrainResult result =
      runJob(p, request.environment.device, report, [&](ds::JobContext& ctx) { return ds::runTrain(request, ctx, report); });
  const ds::ModelHeader::Training& training = *result.header.training;  // a model just trained records it
  out(QCoreApplication::translate("Cli", "trained %1 on %2 images in %3 s; model %4 MB written to %5")
          .arg(request.method)
          .arg(training.images)
          .arg(training.fitSeconds, 0, 'f', 1)
          .arg(result.modelBytes / 1048576.0, 0, 'f', 2)
          .arg(request.output));
  if (result.heldOut > 0)
    out(QCoreApplication::translate("Cli", "held out %1 good images (never trained on); default image threshold %2 from their scores")
            .arg(result.heldOut)
            .arg(result.heldOutThreshold, 0, 'g', 6));
  else if (request.holdout == 0)
    out(QCoreApplication::translate("Cli", "no images held out (--holdout 0): unless the dataset has test good images of its own, "
                                           "metrics have no unseen good images and score has no default threshold"));
  else
    out(QCoreApplication::translate("Cli", "no images held out: %1").arg(result.notHeldOutReason));
  for (auto it = result.header.summary.begin(); it != result.header.summary.end(); ++it)
    out(QStringLiteral("  %1: %2").arg(it.key(), it.value().toVariant().toString()));
  return 0;
}

int update(const QStringList& args) {
  QCommandLineParser p;
  const QCommandLineOption model(QStringLiteral("model"), QCoreApplication::translate("Cli", "model file to update (.dsm); left as it is"), QStringLiteral("MODEL"));
  const QCommandLineOption add(QStringLiteral("add"), QCoreApplication::translate("Cli", "folder or manifest of good images to add"), QStringLiteral("DIR"));
  const QCommandLineOption roi(QStringLiteral("roi"), QCoreApplication::translate("Cli", "new inspection region: a mask image, white = inspected"),
                               QStringLiteral("MASK.png"));
  const QCommandLineOption output(QStringLiteral("out"),
                                  QCoreApplication::translate("Cli", "model file to write (default: MODEL-v2.dsm beside it, or the next free version)"),
                                  QStringLiteral("MODEL2"));
  const QCommandLineOption data(QStringLiteral("data"),
                                QCoreApplication::translate("Cli", "the dataset the model was trained on: its held-out images are scored again, so "
                                                                   "that the default threshold follows the update"),
                                QStringLiteral("DIR"));
  const QCommandLineOption epochs(QStringLiteral("epochs"),
                                  QCoreApplication::translate("Cli", "methods trained over epochs: epochs to continue for (default: the model's epochs setting)"),
                                  QStringLiteral("N"), QStringLiteral("0"));
  const QCommandLineOption resume(QStringLiteral("resume"),
                                  QCoreApplication::translate("Cli", "continue an interrupted update from its checkpoint (MODEL2.ckpt)"));
  const QCommandLineOption estimate(QStringLiteral("estimate"),
                                    QCoreApplication::translate("Cli", "print the update's peak memory and, for methods trained over epochs, "
                                                                       "its time from a few training steps, and exit"));
  if (!parse(p, args, QCoreApplication::translate("Cli", "Writes a new version of a model with further good images added (without training from "
                                                         "scratch) and/or a new inspection region."),
             {model, add, roi, output, data, epochs, resume, estimate, kDevice, kThreads, kMaxPixels, kQuiet}))
    return 0;
  ds::UpdateRequest request;
  request.model = required(p, model);
  request.add = p.value(add);
  request.region = p.value(roi);
  request.output = p.value(output);
  request.data = p.value(data);
  request.epochs = intValue(p, epochs);
  if (request.epochs < 0) throw ds::Error(QCoreApplication::translate("Cli", "--epochs must be 0 or more, not %1").arg(request.epochs));
  request.resume = p.isSet(resume);
  request.device = setUpProcess(p);
  ds::LoadReport report;
  if (p.isSet(estimate)) {
    const ds::TrainingEstimate e = ds::estimateUpdate(request, report);
    printProblems(report, p.isSet(kQuiet));
    printEstimate(e, QCoreApplication::translate("Cli", "%1: this model is updated in one pass over the added images; no time estimate").arg(request.model));
    return 0;
  }
  const ds::UpdateResult result = runJob(p, request.device, report, [&](ds::JobContext& ctx) { return ds::runUpdate(request, ctx, report); });
  const ds::ModelHeader& h = result.header;
  if (result.added > 0)
    out(QCoreApplication::translate("Cli", "added %1 images (%2 update) in %3 s; the model has trained on %4 images")
            .arg(result.added)
            .arg(h.lineage.back().how)
            .arg(h.lineage.back().seconds, 0, 'f', 1)
            .arg(h.trainImages()));
  if (result.alreadyTrained > 0) out(QCoreApplication::translate("Cli", "skipped %1 images the model had trained on already").arg(result.alreadyTrained));
  if (!request.region.isEmpty() && h.region)
    out(QCoreApplication::translate("Cli", "inspection region from %1: %2 % of the image inspected").arg(h.region->source).arg(100 * h.region->inspectedFraction, 0, 'f', 1));
  if (result.leftHeldOut > 0)
    out(QCoreApplication::translate("Cli", "%1 held-out images were added, so they are no longer unseen test images").arg(result.leftHeldOut));
  if (result.heldOutRescored > 0)
    out(QCoreApplication::translate("Cli", "scored the %1 remaining held-out images again").arg(result.heldOutRescored));
  if (result.heldOutDropped)
    out(QCoreApplication::translate("Cli", "the held-out images' scores described the previous model and were dropped: pass --data with the training "
                                           "dataset to score them again"));
  for (auto it = h.summary.begin(); it != h.summary.end(); ++it) out(QStringLiteral("  %1: %2").arg(it.key(), it.value().toVariant().toString()));
  out(QCoreApplication::translate("Cli", "model written to %1 (the previous version is unchanged)").arg(result.output));
  return 0;
}

int score(const QStringList& args) {
  QCommandLineParser p;
  const QCommandLineOption model(QStringLiteral("model"), QCoreApplication::translate("Cli", "model file (.dsm)"), QStringLiteral("MODEL"));
  const QCommandLineOption input(QStringLiteral("input"), QCoreApplication::translate("Cli", "image or folder to score"), QStringLiteral("PATH"));
  const QCommandLineOption output(QStringLiteral("out"), QCoreApplication::translate("Cli", "output folder"), QStringLiteral("DIR"));
  const QCommandLineOption threshold(QStringLiteral("threshold"), QCoreApplication::translate("Cli", "image score threshold for the verdict"),
                                     QStringLiteral("T"));
  if (!parse(p, args, QCoreApplication::translate("Cli", "Scores images: writes scores.csv, 16-bit heatmaps, colour overlays and predicted masks."),
             QList<QCommandLineOption>{model, input, output, threshold, kDevice, kThreads, kMaxPixels, kQuiet} + reportOptions()))
    return 0;
  ds::ScoreRequest request;
  request.model = required(p, model);
  request.input = required(p, input);
  request.outputDir = required(p, output);
  if (p.isSet(threshold)) {
    bool ok = false;
    request.threshold = p.value(threshold).toDouble(&ok);
    if (!ok) throw ds::Error(QCoreApplication::translate("Cli", "--threshold needs a number, not \"%1\"").arg(p.value(threshold)));
  }
  request.device = setUpProcess(p);
  ds::LoadReport report;
  const ds::ScoreResult result = runJob(p, request.device, report, [&](ds::JobContext& ctx) { return ds::runScore(request, ctx, report); });
  const double t = result.thresholds.image.nok;
  if (std::isnan(t))
    out(QCoreApplication::translate("Cli", "scored %1 images into %2; no threshold chosen yet, so verdicts are \"unknown\" "
           "(pass --threshold, run evaluate --store-threshold, or train with held-out images)")
            .arg(result.scored.samples.size())
            .arg(request.outputDir));
  else
    out(QCoreApplication::translate("Cli", "scored %1 images into %2: %3 NOK at threshold %4, chosen %5")
            .arg(result.scored.samples.size())
            .arg(request.outputDir)
            .arg(result.flagged)
            .arg(t, 0, 'g', 6)
            .arg(result.thresholds.chosenBy));
  // Labels a scored folder happens to carry (an MVTec test split) are reported, but no metrics: that is evaluate's job.
  if (reportRequested(p)) writeReport(p, result.scored, result.thresholds, nullptr, p.isSet(kQuiet));
  return 0;
}

int evaluate(const QStringList& args) {
  QCommandLineParser p;
  const QCommandLineOption model(QStringLiteral("model"), QCoreApplication::translate("Cli", "model file (.dsm)"), QStringLiteral("MODEL"));
  const QCommandLineOption data(QStringLiteral("data"), QCoreApplication::translate("Cli", "labelled dataset"), QStringLiteral("DIR"));
  const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Cli", "metrics file to write"), QStringLiteral("METRICS.json"));
  const QCommandLineOption evalSize(QStringLiteral("eval-size"), QCoreApplication::translate("Cli", "model (default) or original resolution for pixel metrics"),
                                    QStringLiteral("SIZE"), QStringLiteral("model"));
  const QCommandLineOption storeThreshold(QStringLiteral("store-threshold"),
                                          QCoreApplication::translate("Cli", "save the F1-max image threshold in the model for score's verdicts"));
  const QCommandLineOption exportDir(QStringLiteral("export"), QCoreApplication::translate("Cli", "write scores.csv, heatmaps, overlays and masks into DIR"),
                                     QStringLiteral("DIR"));
  if (!parse(p, args, QCoreApplication::translate("Cli", "Evaluates a model on a labelled test set: AUROC, AUPRO, F1-max, per-defect AUROC."),
             QList<QCommandLineOption>{model, data, json, evalSize, storeThreshold, exportDir, kDevice, kThreads, kMaxPixels, kQuiet} + reportOptions()))
    return 0;
  ds::EvaluateRequest request;
  request.model = required(p, model);
  request.data = required(p, data);
  const QString size = p.value(evalSize);
  if (size != QLatin1String("model") && size != QLatin1String("original"))
    throw ds::Error(QCoreApplication::translate("Cli", "--eval-size must be model or original, not \"%1\"").arg(size));
  request.originalResolution = size == QLatin1String("original");
  request.keepMaps = p.isSet(exportDir) || reportRequested(p);
  request.device = setUpProcess(p);
  ds::LoadReport report;
  const ds::EvaluationReport result = runJob(p, request.device, report, [&](ds::JobContext& ctx) { return ds::runEvaluate(request, ctx, report); });
  const QJsonObject metrics = ds::metricsJson(result);
  if (p.isSet(json)) writeJson(p.value(json), metrics);
  const ds::Evaluation& e = result.metrics;
  if (p.isSet(storeThreshold)) {
    if (!std::isfinite(e.threshold))
      throw ds::Error(QCoreApplication::translate("Cli", "%1: no F1-best threshold to store: the test set has no defective images").arg(request.data));
    ds::InspectionModel m = ds::InspectionModel::load(request.model, request.device);
    m.setThreshold(e.threshold, e.pixel.f1Threshold, QStringLiteral("f1_max"));
    m.save(request.model);
  }
  if (result.excludedTrainingImages > 0)
    out(QCoreApplication::translate("Cli", "left out %1 test images identical to images the model was trained on").arg(result.excludedTrainingImages));
  else if (result.excludedTrainingImages < 0)
    out(QCoreApplication::translate("Cli", "the model does not record its training images: test images identical to them cannot be left out"));
  const int good = metrics.value(QStringLiteral("n_test_good")).toInt(), defective = metrics.value(QStringLiteral("n_test_defect")).toInt();
  out(QCoreApplication::translate("Cli", "%1 test images (%2 good, %3 defective, %4 of them held out of training): image AUROC %5, pixel AUROC %6, AUPRO %7, F1-max %8 at threshold %9")
          .arg(e.nTest)
          .arg(good)
          .arg(defective)
          .arg(result.heldOut)
          .arg(formatMetric(e.imageAuroc), formatMetric(e.pixelAuroc), formatMetric(e.aupro), formatMetric(e.f1Max))
          .arg(std::isfinite(e.threshold) ? QString::number(e.threshold, 'g', 6) : formatMetric(e.threshold)));
  if (!metrics.value(QStringLiteral("reliable")).toBool())
    out(QCoreApplication::translate("Cli", "not reliable: fewer than %1 unseen good or defective images").arg(ds::kReliableMinimum));
  for (const auto& [type, auroc] : e.perDefectAuroc) out(QStringLiteral("  %1: %2").arg(type, formatMetric(auroc)));
  out(QCoreApplication::translate("Cli", "predict %1 ms/image, peak memory %2 MB").arg(result.predictMsPerImage, 0, 'f', 1).arg(result.peakRssMb, 0, 'f', 0));
  const ds::SetThresholds thresholds = ds::evaluationThresholds(result);
  if (p.isSet(exportDir)) {
    ds::LoadReport exportReport;
    runJob(p, request.device, exportReport, [&](ds::JobContext& ctx) {
      ds::exportScoredSet(result.scored, thresholds, p.value(exportDir), ctx);
      return true;
    });
    writeJson(QDir(p.value(exportDir)).filePath(QStringLiteral("metrics.json")), metrics);
    out(QCoreApplication::translate("Cli", "exports written to %1").arg(QDir::toNativeSeparators(p.value(exportDir))));
  }
  if (reportRequested(p)) writeReport(p, result.scored, thresholds, &result.metrics, p.isSet(kQuiet));
  return 0;
}

int methods(const QStringList& args) {
  QCommandLineParser p;
  if (!parse(p, args, QCoreApplication::translate("Cli", "Lists the methods and their settings (for --set key=value)."), {})) return 0;
  for (const ds::MethodInfo& m : ds::availableMethods()) {
    out(QStringLiteral("%1  —  %2").arg(m.id, m.title));
    out(QStringLiteral("    %1").arg(m.description));
    for (const ds::SettingSpec& s : m.settings) {
      QString line = QStringLiteral("    %1=%2").arg(s.key, s.defaultValue.toString());
      line = line.leftJustified(26) + QStringLiteral("  ") + s.description;  // long defaults keep a gap
      if (!s.choices.isEmpty()) line += QStringLiteral(" [%1]").arg(s.choices.join(QLatin1Char('|')));
      out(line);
    }
  }
  return 0;
}

}  // namespace cli
