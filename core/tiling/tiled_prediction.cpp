#include "core/tiling/tiled_prediction.h"

#include <limits>

#include "core/data/image_tensor.h"

namespace ds {

StitchedPrediction predictTiled(const cv::Mat& image, const Tiling& tiling, Normalization normalization, const torch::Device& device,
                                const TilePredictor& predict, const AnomalyMethod& method, int tilesPerBatch) {
  const std::vector<cv::Rect> grid = tileGrid(image.size(), tiling);
  const std::vector<cv::Rect> windows = tileWindows(image.size(), tiling);
  MapStitcher stitcher(image.size(), tiling.tile);
  double bestRank = -std::numeric_limits<double>::infinity();
  double bestScore = 0;
  bool ranked = false;
  for (std::size_t first = 0; first < grid.size(); first += static_cast<std::size_t>(tilesPerBatch)) {
    const std::size_t end = std::min(grid.size(), first + static_cast<std::size_t>(tilesPerBatch));
    std::vector<LoadedImage> tiles(end - first);
    std::vector<int64_t> corners;  // x0, y0, x1, y1 per tile
    for (std::size_t t = first; t < end; ++t) {
      tiles[t - first].image = image(grid[t]);
      const cv::Rect& w = windows[t];
      corners.insert(corners.end(), {w.x, w.y, w.x + w.width, w.y + w.height});
    }
    const torch::Tensor scoreWindows = torch::from_blob(corners.data(), {static_cast<int64_t>(end - first), 4}, torch::kInt64).clone();
    const ScoreMaps out = predict(imagesToTensor(tiles, normalization, device), scoreWindows);
    const torch::Tensor maps = out.maps.to(torch::kCPU, torch::kFloat32).contiguous();
    for (std::size_t t = first; t < end; ++t) {
      const torch::Tensor m = maps[static_cast<int64_t>(t - first)];
      stitcher.add(grid[t], cv::Mat(tiling.tile, CV_32FC1, m.data_ptr<float>()));
    }
    if (out.tileRank.defined()) {
      ranked = true;
      const torch::Tensor rank = out.tileRank.to(torch::kCPU, torch::kFloat64).contiguous();
      const torch::Tensor scores = out.imageScores.to(torch::kCPU, torch::kFloat64).contiguous();
      for (int64_t t = 0; t < rank.numel(); ++t) {
        if (rank[t].item<double>() > bestRank) {
          bestRank = rank[t].item<double>();
          bestScore = scores[t].item<double>();
        }
      }
    }
  }
  StitchedPrediction p;
  p.map = stitcher.result();
  p.score = ranked ? bestScore : method.scoreStitched(torch::from_blob(p.map.data, {p.map.rows, p.map.cols}, torch::kFloat32));
  return p;
}

}  // namespace ds
