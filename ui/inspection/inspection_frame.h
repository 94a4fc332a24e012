#pragma once

#include <QImage>
#include <QString>
#include <opencv2/core.hpp>

namespace ds::ui {

// One test image as the inspection view shows it; map and mask share the image's size.
struct InspectionFrame {
  QImage image;      // RGB at the model input size
  cv::Mat map;       // CV_32FC1 anomaly map, empty before scoring
  cv::Mat mask;      // CV_8UC1 ground truth (non-zero = defect), empty without a mask
  // A good image has no defect pixel though it has no mask. Without a mask or this, nothing is known
  // of the pixels (an unlabelled image, a defective one without a mask) and nothing is evaluated.
  bool defectFree = false;
  QString caption;   // e.g. the image's path and score, shown above the panes
};

}  // namespace ds::ui
