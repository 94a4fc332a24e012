#pragma once

#include <torch/types.h>
#include <vector>

#include "core/data/image_loader.h"
#include "core/data/load_report.h"
#include "core/methods/anomaly_method.h"
#include "core/tiling/tile_grid.h"

namespace ds {

// A tiled model's training images (core/tiling): each image the loader delivers is cut into its tile
// grid, and the tiles go to the method tilesPerBatch at a time, normalised, on its device, so that no
// more than two loaded images (the loader's prefetch) and one batch of tiles are held at once. An
// image smaller than a tile is added to the report and left out.
class TileBatchSource : public BatchSource {
 public:
  // tileCount: what imageCount() reports (an upper bound is enough: methods size buffers by it).
  TileBatchSource(ImageLoader& loader, const Tiling& tiling, int tileCount, Normalization normalization, torch::Device device,
                  LoadReport& report, int tilesPerBatch = 16);
  bool next(torch::Tensor& batch) override;
  void reset() override;
  int imageCount() const override { return tileCount_; }

 private:
  // Moves to the next image that gives tiles; false at the end.
  bool nextImage();

  ImageLoader& loader_;
  Tiling tiling_;
  int tileCount_;
  Normalization normalization_;
  torch::Device device_;
  LoadReport& report_;
  int tilesPerBatch_;
  std::vector<LoadedImage> images_;  // the loader's current batch
  std::size_t image_ = 0;            // into images_
  std::vector<cv::Rect> grid_;       // of images_[image_]
  std::size_t tile_ = 0;             // into grid_
  bool started_ = false;
};

// The tiles of every sample, from their files' headers (an upper bound: a turned image counts the
// larger of its two orientations; one whose header cannot be read, none), and the largest frame.
struct TileCount {
  int tiles = 0;
  double largestFramePixels = 0;
};
TileCount countTiles(const std::vector<Sample>& samples, const Tiling& tiling);

}  // namespace ds
