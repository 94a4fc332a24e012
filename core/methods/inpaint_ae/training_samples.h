#pragma once

#include <opencv2/core.hpp>
#include <random>

#include "core/methods/inpaint_ae/corruption.h"
#include "core/methods/inpaint_ae/inpaint_config.h"

namespace ds::inpaint {

struct TrainingSample {
  cv::Mat target;         // X: CV_32FC3 in [0,1], resolution × resolution
  Corruption corruption;  // X̂ and M at the same size
};

// One input/target pair as the network sees it while training: a square crop of side
// cropFraction·resolution at a random place of image (CV_8UC3) — the progressive scheme of §3.2 —
// resized to resolution × resolution, rotated by a multiple of 90° and flipped as enabled (§4.1), then
// corrupted. other (CV_8UC3, may be empty) feeds occlusions.
TrainingSample makeTrainingSample(const cv::Mat& image, const cv::Mat& other, const SampleOptions& options,
                                  double cropFraction, std::mt19937_64& rng);

}  // namespace ds::inpaint
