#include "core/metrics/evaluation.h"

#include <limits>
#include <set>

namespace ds {

void addPixels(PixelScoreCollector& pixels, const Sample& sample, const cv::Mat& map, const cv::Mat& mask, const cv::Mat& inspected) {
  if (!sample.labelled || (sample.defective && sample.maskPath.isEmpty())) return;
  pixels.add(map, mask, inspected);
}

Evaluation evaluate(const std::vector<ImageOutcome>& images, PixelScoreCollector& pixels) {
  Evaluation e;
  e.nTest = static_cast<int>(images.size());
  std::vector<double> scores;
  std::vector<int> labels;
  std::set<QString> types;
  for (const auto& im : images) {
    scores.push_back(im.score);
    labels.push_back(im.defective ? 1 : 0);
    if (im.defective) types.insert(im.defectType);
  }
  e.imageRoc = rocCurve(scores, labels);
  e.imageAuroc = rocAuc(scores, labels);
  e.imagePr = precisionRecallCurve(scores, labels);
  if (!types.empty()) {  // F1 needs defective images; without them it stays NaN, never 0
    const F1Max best = f1Max(e.imagePr);
    e.f1Max = best.f1;
    e.threshold = best.threshold;
  }
  for (const QString& type : types) {
    std::vector<double> s;
    std::vector<int> l;
    for (const auto& im : images) {
      if (im.defective && im.defectType != type) continue;
      s.push_back(im.score);
      l.push_back(im.defective ? 1 : 0);
    }
    e.perDefectAuroc[type] = rocAuc(s, l);
  }
  const double nan = std::numeric_limits<double>::quiet_NaN();
  if (pixels.empty()) {
    e.pixelAuroc = e.aupro = nan;
  } else {
    e.pixel = pixels.finish();
    e.pixelAuroc = e.pixel.auroc;
    e.aupro = e.pixel.aupro;
  }
  return e;
}

}  // namespace ds
