#pragma once

#include <QString>
#include <QStringList>
#include <opencv2/core.hpp>
#include <vector>

#include "core/data/image_size.h"

namespace ds {

// What the training samples a method draws depend on, as chosen in the training dialog.
struct TrainingPreviewRequest {
  QString dataset;
  QStringList settings;  // name=value, as for train --set
  ImageSizeSpec imageSize;
  QString device;
  int count = 8;
  double trainingProgress = 0;  // 0 = the first epoch, 1 = the last
  quint64 seed = 0;
};

// One training input as the network sees it.
struct TrainingPreviewSample {
  cv::Mat input;    // CV_32FC3 in [0,1]: the altered image
  cv::Mat changed;  // CV_32FC1 in [0,1]: where it was altered
};

}  // namespace ds
