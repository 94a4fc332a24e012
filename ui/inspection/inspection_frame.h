#pragma once

#include <QImage>
#include <QString>
#include <opencv2/core.hpp>

namespace ds::ui {

// One test image as the inspection view shows it; map and mask share the image's size.
struct InspectionFrame {
  QImage image;      // RGB at the model input size
  cv::Mat map;       // CV_32FC1 anomaly map, empty before scoring
  cv::Mat mask;      // CV_8UC1 ground truth (non-zero = defect), empty without ground truth
  QString caption;   // e.g. the image's path and score, shown above the panes
};

}  // namespace ds::ui
