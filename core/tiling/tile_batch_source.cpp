#include "core/tiling/tile_batch_source.h"

#include "core/data/image_io.h"
#include "core/data/image_tensor.h"
#include "core/error.h"

namespace ds {

TileBatchSource::TileBatchSource(ImageLoader& loader, const Tiling& tiling, int tileCount, Normalization normalization,
                                 torch::Device device, LoadReport& report, int tilesPerBatch)
    : loader_(loader),
      tiling_(tiling),
      tileCount_(tileCount),
      normalization_(normalization),
      device_(device),
      report_(report),
      tilesPerBatch_(std::max(1, tilesPerBatch)) {}

bool TileBatchSource::nextImage() {
  std::size_t candidate = started_ ? image_ + 1 : 0;
  started_ = true;
  for (;;) {
    while (candidate >= images_.size()) {  // a batch may be empty when none of its files loaded
      images_.clear();
      if (!loader_.next(images_)) {
        grid_.clear();
        tile_ = 0;
        return false;
      }
      candidate = 0;
    }
    image_ = candidate;
    const LoadedImage& image = images_[image_];
    try {
      grid_ = tileGrid(image.image.size(), tiling_);
      tile_ = 0;
      return true;
    } catch (const Error& e) {
      report_.add(loader_.samples()[static_cast<std::size_t>(image.index)].imagePath, e.message());
      ++candidate;
    }
  }
}

bool TileBatchSource::next(torch::Tensor& batch) {
  std::vector<LoadedImage> tiles;
  while (static_cast<int>(tiles.size()) < tilesPerBatch_) {
    if ((!started_ || tile_ >= grid_.size()) && !nextImage()) break;
    LoadedImage tile;
    tile.image = images_[image_].image(grid_[tile_++]);  // a view: imagesToTensor copies it
    tiles.push_back(std::move(tile));
  }
  if (tiles.empty()) return false;
  batch = imagesToTensor(tiles, normalization_, device_);
  return true;
}

void TileBatchSource::reset() {
  if (!started_) return;  // the loader is already at the start and prefetching
  loader_.reset();
  images_.clear();
  grid_.clear();
  image_ = tile_ = 0;
  started_ = false;
}

TileCount countTiles(const std::vector<Sample>& samples, const Tiling& tiling) {
  TileCount count;
  LoadOptions frame;
  frame.scale = tiling.scale;
  for (const Sample& s : samples) {
    const cv::Size size = imageFileSize(s.imagePath);
    if (size.empty()) continue;
    count.tiles += std::max(tileCount(size, tiling), tileCount({size.height, size.width}, tiling));
    count.largestFramePixels = std::max(count.largestFramePixels, static_cast<double>(resizedSize(size, frame).area()));
  }
  return count;
}

}  // namespace ds
