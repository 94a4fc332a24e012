#pragma once

#include <QImage>
#include <QRect>
#include <QString>
#include <QVector>
#include <opencv2/core.hpp>

namespace ds::ui {

// One test image as the inspection view shows it; map and mask share the image's size.
struct InspectionFrame {
  QImage image;      // RGB as the model saw it: its input size, or a tiled model's frame of the image
  cv::Mat map;       // CV_32FC1 anomaly map, empty before scoring
  cv::Mat mask;      // CV_8UC1 ground truth (non-zero = defect), empty without a mask
  // A good image has no defect pixel though it has no mask. Without a mask or this, nothing is known
  // of the pixels (an unlabelled image, a defective one without a mask) and nothing is evaluated.
  bool defectFree = false;
  QString caption;   // e.g. the image's path and score, shown above the panes
  // A tiled model's tiles in image pixels (core/tiling), shown on request; empty for a whole-image model.
  QVector<QRect> tiles;
};

}  // namespace ds::ui
