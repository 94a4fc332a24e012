#include "core/jobs/score_job.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>
#include <cmath>
#include <opencv2/imgcodecs.hpp>

#include "core/data/dataset.h"
#include "core/data/image_loader.h"
#include "core/error.h"
#include "core/io/heatmap_image.h"
#include "core/jobs/job_context.h"
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

QString csvField(const QString& text) {
  if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))) return text;
  return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
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

  ImageLoader loader(samples, model.loadOptions(), report);
  std::vector<LoadedImage> batch;
  while (loader.next(batch)) {
    ctx.checkCancelled();
    const std::vector<ImagePrediction> predictions = model.predict(batch);
    for (std::size_t i = 0; i < batch.size(); ++i) {
      const QString path = samples[batch[i].index].imagePath;
      const double score = predictions[i].score;
      result.images.push_back({path, score, !haveThreshold ? QStringLiteral("unknown")
                                            : score >= result.threshold ? QStringLiteral("NOK")
                                                                        : QStringLiteral("OK")});
      // With a threshold, colours are comparable across images: the threshold sits mid-scale.
      double low = 0, high = 2 * result.threshold;
      if (!haveThreshold) cv::minMaxLoc(predictions[i].map, &low, &high);
      QString name = QDir(inputRoot).relativeFilePath(path);
      name = QFileInfo(name).path() == QLatin1String(".") ? QFileInfo(name).completeBaseName()
                                                          : QFileInfo(name).path().replace(QLatin1Char('/'), QStringLiteral("__")) +
                                                                QStringLiteral("__") + QFileInfo(name).completeBaseName();
      const QString heatmapPath = out.filePath(QStringLiteral("heatmaps/%1.png").arg(name));
      if (!cv::imwrite(heatmapPath.toStdString(), heatmapOverlay(batch[i].image, predictions[i].map,
                                                                  static_cast<float>(low), static_cast<float>(high))))
        throw Error(tr("%1: cannot write the heatmap").arg(heatmapPath));
    }
    ctx.progress(static_cast<int>(result.images.size()), static_cast<int>(samples.size()), tr("Scoring"));
  }

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
