#pragma once

#include <QString>
#include <QtNumeric>
#include <map>
#include <vector>

#include "core/metrics/pixel_metrics.h"
#include "core/metrics/roc.h"
#include "core/data/sample.h"

namespace ds {

struct ImageOutcome {
  QString path;
  QString defectType;  // "good" for defect-free
  bool defective = false;
  double score = 0;
};

// Everything DefectScope reports about a labelled test set. NaN marks a metric the data cannot
// give (no defective images, no masks).
struct Evaluation {
  double imageAuroc = qQNaN();
  double pixelAuroc = qQNaN();
  double aupro = qQNaN();
  double f1Max = qQNaN();
  double threshold = qQNaN();  // the image threshold that reaches f1Max
  std::map<QString, double> perDefectAuroc;  // each type's images against all good ones
  RocCurve imageRoc;
  PrCurve imagePr;
  PixelMetrics pixel;
  int nTest = 0;
};

// Adds the image's pixels when they belong in the pixel metrics: labelled, and either defect-free or with
// a mask (a defective image without one would count its defect as good pixels). inspected: the
// model's inspection region at the map's size, or empty.
void addPixels(PixelScoreCollector& pixels, const Sample& sample, const cv::Mat& map, const cv::Mat& mask, const cv::Mat& inspected = {});

// pixels may be empty (no masks): pixel metrics are NaN then. Consumes the collector.
Evaluation evaluate(const std::vector<ImageOutcome>& images, PixelScoreCollector& pixels);

}  // namespace ds
