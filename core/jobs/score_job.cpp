#include "core/jobs/score_job.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>
#include <cmath>
#include <opencv2/imgcodecs.hpp>

#include "core/data/dataset.h"
#include "core/error.h"
#include "core/io/csv.h"
#include "core/io/heatmap_image.h"
#include "core/jobs/job_context.h"
#include "core/jobs/scoring_loop.h"
#include "core/methods/inspection_model.h"

namespace ds {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("ScoreJob", text); }

std::vector<Sample> inputSamples(const QString& input, LoadReport& report) {
  if (QFileInfo(input).isFile() && QFileInfo(input).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0) {
    Sample s;
    s.imagePath = QFileInfo(input).absoluteFilePath();
    s.labelled = false;
    return {s};
  }
  return Dataset::open(input, report).samples();
}

// A unique file name for path: its folders below root joined with "__" before its base name.
QString flatName(const QString& root, const QString& path) {
  const QString relative = QDir(root).relativeFilePath(path);
  const QString folder = QFileInfo(relative).path();
  const QString base = QFileInfo(relative).completeBaseName();
  return folder == QLatin1String(".") ? base : QString(folder).replace(QLatin1Char('/'), QStringLiteral("__")) + QStringLiteral("__") + base;
}

}  // namespace

ScoreResult runScore(const ScoreRequest& request, JobContext& ctx, LoadReport& report) {
  InspectionModel model = InspectionModel::load(request.model, request.device);
  const std::vector<Sample> samples = inputSamples(request.input, report);
  const QDir out(request.outputDir);
  if (!out.mkpath(QStringLiteral("heatmaps")))
    throw Error(tr("%1: cannot create the output folder").arg(request.outputDir));
  const QString inputRoot = QFileInfo(request.input).isDir() ? QFileInfo(request.input).absoluteFilePath()
                                                             : QFileInfo(request.input).absolutePath();
  ScoreResult result;
  result.threshold = std::isnan(request.threshold) ? model.threshold() : request.threshold;
  const bool haveThreshold = !std::isnan(result.threshold);

  scoreSamples(model, samples, model.loadOptions(), report, ctx, tr("Scoring"),
               [&](const Sample& sample, const LoadedImage& image, const ImagePrediction& prediction) {
                 const QString& path = sample.imagePath;
                 const double score = prediction.score;
                 result.images.push_back({path, score, !haveThreshold ? QStringLiteral("unknown")
                                                       : score >= result.threshold ? QStringLiteral("NOK")
                                                                                   : QStringLiteral("OK")});
                 // With a threshold, colours are comparable across images: the threshold sits mid-scale.
                 double low = 0, high = 2 * result.threshold;
                 if (!haveThreshold) cv::minMaxLoc(prediction.map, &low, &high);
                 const QString heatmapPath = out.filePath(QStringLiteral("heatmaps/%1.png").arg(flatName(inputRoot, path)));
                 if (!cv::imwrite(heatmapPath.toStdString(), heatmapOverlay(image.image, prediction.map,
                                                                             static_cast<float>(low), static_cast<float>(high))))
                   throw Error(tr("%1: cannot write the heatmap").arg(heatmapPath));
               });

  QSaveFile csv(out.filePath(QStringLiteral("scores.csv")));
  if (!csv.open(QIODevice::WriteOnly | QIODevice::Text))
    throw Error(tr("%1: cannot write (%2)").arg(csv.fileName(), csv.errorString()));
  QTextStream stream(&csv);
  stream << "path,score,verdict\n";
  for (const auto& im : result.images)
    stream << csvField(im.path) << ',' << QString::number(im.score, 'g', 9) << ',' << im.verdict << '\n';
  stream.flush();
  if (!csv.commit()) throw Error(tr("%1: cannot write (%2)").arg(csv.fileName(), csv.errorString()));
  return result;
}

}  // namespace ds
