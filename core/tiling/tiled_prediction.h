#pragma once

#include <functional>
#include <opencv2/core.hpp>
#include <torch/types.h>

#include "core/methods/anomaly_method.h"
#include "core/tiling/tile_grid.h"

namespace ds {

struct StitchedPrediction {
  double score = 0;
  cv::Mat map;  // CV_32FC1 of the image's tiled frame
};

// The method's predict on a batch of tiles [T,3,h,w] with their score windows [T,4]
// (AnomalyMethod::setScoreWindows); the caller checks its shapes.
using TilePredictor = std::function<ScoreMaps(const torch::Tensor& tiles, const torch::Tensor& windows)>;

// Scores one image (RGB float in [0,1] at its tiled frame) tile by tile: tilesPerBatch tiles at a
// time go to predict, their maps are blended into one (MapStitcher), and the image's score is that of
// its tile of largest ScoreMaps::tileRank or, for methods that set none, method.scoreStitched of the
// stitched map. Holds the image, the stitched map and one batch of tiles. Throws ds::Error when the
// image is smaller than a tile.
StitchedPrediction predictTiled(const cv::Mat& image, const Tiling& tiling, Normalization normalization, const torch::Device& device,
                                const TilePredictor& predict, const AnomalyMethod& method, int tilesPerBatch = 16);

}  // namespace ds
