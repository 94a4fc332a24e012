#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <opencv2/core.hpp>

#include "core/metrics/thresholds.h"

class QSaveFile;

namespace ds {

// What is known of one scored image for the exports.
struct ExportRow {
  QString path;
  double score = 0;
  Verdict verdict = Verdict::Unknown;
  bool labelled = false, defective = false;
  QString defectType;
};

// Writes a scored set's files into a folder, one image at a time (docs/exports.md):
//   scores.csv            path,score,verdict,label,defect_type,pixel_precision,pixel_recall,pixel_iou
//   heatmaps/NAME.png     the anomaly map as 16-bit grey, raw scores scaled; NAME.json gives the scale
//   overlays/NAME.png     the image blended with a JET colour map of the anomaly map
//   masks/NAME.png        the predicted defect mask at the pixel threshold (255 = defect)
// NAME is the image's path below root with folders joined by "__", made unique with "~2", "~3", … when
// two images would share it (a manifest's good/000.png and crack/000.png). scores.csv is written
// atomically by finish(). exportScoredSet writes the whole folder through a StagedFolder.
class ResultExporter {
 public:
  // mapLow/mapHigh: the overlays' colour scale (shared, so colours compare across images); NaN = each
  // map's own range. pixelThreshold NaN: no masks and no pixel metrics.
  ResultExporter(const QString& dir, const QString& root, double pixelThreshold, double mapLow, double mapHigh);
  ~ResultExporter();

  // rgb: CV_32FC3 in [0,1]; map CV_32FC1 of the same size; mask CV_8UC1 0/1 or empty.
  void add(const ExportRow& row, const cv::Mat& rgb, const cv::Mat& map, const cv::Mat& mask);
  void finish();
  const QString& dir() const { return dir_; }

  // The file name for path: its folders below root joined with "__" before its base name.
  static QString flatName(const QString& root, const QString& path);
  // What an export folder holds (metrics.json is written beside by evaluate and the workbench).
  static QStringList ownEntries();

 private:
  QString dir_, root_;
  double pixelThreshold_, mapLow_, mapHigh_;
  std::unique_ptr<QSaveFile> csv_;
  QTextStream stream_;
  QSet<QString> usedNames_;
};

}  // namespace ds
