#pragma once

#include <QString>
#include <functional>
#include <opencv2/core.hpp>
#include <vector>

#include "core/data/image_loader.h"
#include "core/data/load_report.h"
#include "core/data/sample.h"
#include "core/jobs/test_selection.h"
#include "core/methods/model_header.h"
#include "core/metrics/pixel_metrics.h"

namespace ds {

class JobContext;

// What the workbench shows of one scored image: plain values, safe to hand to the GUI thread.
struct InspectedImage {
  int sample = -1;   // index into InspectRequest::samples
  double score = 0;
  cv::Mat map;       // CV_32FC1 at the model's input size
  cv::Mat mask;      // CV_8UC1 0/1 at the same size; empty without ground truth
};

struct InspectRequest {
  QString model;
  std::vector<Sample> samples;  // every image of the set, labelled and unlabelled alike
  QString root;                 // the set's folder: held-out images are found by their path below it
  QString device = QStringLiteral("cpu");
};

struct InspectResult {
  LoadOptions loadOptions;  // how the model decodes images: the GUI decodes them the same way for display
  ModelHeader modelHeader;
  cv::Mat region;             // the model's inspection region at loadOptions' frame; empty = all
  PixelMetrics pixel;         // over the labelled images with masks (NaN fields without)
  double predictMsPerImage = 0;
  TestSelection selection;    // which samples were scored, and which left out as training images
};

// Scores the samples selectTestImages picks (the test split, the model's held-out images, never a
// training image), handing each result to onImage as it is ready (on the job's thread), and computes
// the pixel metrics at the model's input size at the end.
InspectResult runInspect(const InspectRequest& request, JobContext& ctx, LoadReport& report,
                         const std::function<void(InspectedImage)>& onImage);

}  // namespace ds
