#include "core/io/result_exports.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cmath>

#include "core/error.h"
#include "core/io/csv.h"
#include "core/io/heatmap_image.h"
#include "core/io/png_file.h"
#include "core/metrics/confusion.h"

namespace ds {
namespace {

QString number(double v) { return std::isnan(v) ? QString() : QString::number(v, 'g', 6); }

}  // namespace

QString ResultExporter::flatName(const QString& root, const QString& path) {
  const QString relative = QDir(root).relativeFilePath(path);
  const QString folder = QFileInfo(relative).path();
  const QString base = QFileInfo(relative).completeBaseName();
  if (folder == QLatin1String(".") || relative.startsWith(QLatin1String(".."))) return base;
  return QString(folder).replace(QLatin1Char('/'), QStringLiteral("__")) + QStringLiteral("__") + base;
}

QStringList ResultExporter::ownEntries() {
  return {QStringLiteral("scores.csv"), QStringLiteral("metrics.json"), QStringLiteral("heatmaps"), QStringLiteral("overlays"),
          QStringLiteral("masks")};
}

ResultExporter::ResultExporter(const QString& dir, const QString& root, double pixelThreshold, double mapLow, double mapHigh)
    : dir_(dir), root_(root), pixelThreshold_(pixelThreshold), mapLow_(mapLow), mapHigh_(mapHigh) {
  const QDir out(dir_);
  for (const char* sub : {"heatmaps", "overlays", "masks"})
    if (!out.mkpath(QLatin1String(sub))) throw Error(QCoreApplication::translate("ResultExporter", "%1: cannot create the export folder").arg(QDir::toNativeSeparators(dir_)));
  csv_ = std::make_unique<QSaveFile>(out.filePath(QStringLiteral("scores.csv")));
  if (!csv_->open(QIODevice::WriteOnly | QIODevice::Text))
    throw Error(QCoreApplication::translate("ResultExporter", "%1: cannot write (%2)").arg(QDir::toNativeSeparators(csv_->fileName()), csv_->errorString()));
  stream_.setDevice(csv_.get());
  stream_ << "path,score,verdict,label,defect_type,pixel_precision,pixel_recall,pixel_iou\n";
}

ResultExporter::~ResultExporter() = default;

void ResultExporter::add(const ExportRow& row, const cv::Mat& rgb, const cv::Mat& map, const cv::Mat& mask) {
  const QDir out(dir_);
  QString name = flatName(root_, row.path);
  for (int n = 2; usedNames_.contains(name); ++n) name = flatName(root_, row.path) + QStringLiteral("~%1").arg(n);
  usedNames_.insert(name);
  double low = 0, high = 0;
  cv::minMaxLoc(map, &low, &high);
  // 16-bit grey keeps 1/65535 of the map's range: the raw scores are recovered with the sidecar's scale.
  cv::Mat grey;
  map.convertTo(grey, CV_16U, high > low ? 65535.0 / (high - low) : 0.0, high > low ? -low * 65535.0 / (high - low) : 0.0);
  writePng(out.filePath(QStringLiteral("heatmaps/%1.png").arg(name)), grey);
  const QJsonObject scale{{QStringLiteral("image"), row.path},
                          {QStringLiteral("low"), low},
                          {QStringLiteral("high"), high},
                          {QStringLiteral("score"), QStringLiteral("low + value / 65535 * (high - low)")}};
  QSaveFile sidecar(out.filePath(QStringLiteral("heatmaps/%1.json").arg(name)));
  if (!sidecar.open(QIODevice::WriteOnly) || sidecar.write(QJsonDocument(scale).toJson()) < 0 || !sidecar.commit())
    throw Error(QCoreApplication::translate("ResultExporter", "%1: cannot write (%2)").arg(QDir::toNativeSeparators(sidecar.fileName()), sidecar.errorString()));

  const bool shared = !std::isnan(mapLow_) && !std::isnan(mapHigh_);
  writePng(out.filePath(QStringLiteral("overlays/%1.png").arg(name)),
             heatmapOverlay(rgb, map, static_cast<float>(shared ? mapLow_ : low), static_cast<float>(shared ? mapHigh_ : high)));

  QString pixelColumns = QStringLiteral(",,");
  if (!std::isnan(pixelThreshold_)) {
    const cv::Mat predicted = map >= static_cast<float>(pixelThreshold_);  // 255 where flagged
    writePng(out.filePath(QStringLiteral("masks/%1.png").arg(name)), predicted);
    if (!mask.empty()) {
      const ConfusionCounts c = countPixelClasses(pixelClassMap(map, mask, static_cast<float>(pixelThreshold_)));
      pixelColumns = number(c.precision()) + QLatin1Char(',') + number(c.recall()) + QLatin1Char(',') + number(c.iou());
    }
  }
  const QString label = !row.labelled ? QStringLiteral("unlabelled") : row.defective ? QStringLiteral("defective") : QStringLiteral("good");
  stream_ << csvField(row.path) << ',' << QString::number(row.score, 'g', 9) << ',' << verdictName(row.verdict) << ',' << label
          << ',' << csvField(row.defectType) << ',' << pixelColumns << '\n';
}

void ResultExporter::finish() {
  stream_.flush();
  if (!csv_->commit()) throw Error(QCoreApplication::translate("ResultExporter", "%1: cannot write (%2)").arg(QDir::toNativeSeparators(csv_->fileName()), csv_->errorString()));
}

}  // namespace ds
