#pragma once

#include <QString>
#include <opencv2/core.hpp>
#include <vector>

namespace ds {

// How a tiled model sees an image (docs/tiling.md): the image scaled by `scale` (1 = native
// resolution), then cut into tile-sized windows that overlap their neighbours by at least `overlap`
// of a tile. The method trains and predicts on the tiles; their maps are stitched back.
constexpr double kMaxTileOverlap = 0.9;
constexpr double kMinTileScale = 0.01;

struct Tiling {
  cv::Size tile;
  double overlap = 0.25;  // [0, kMaxTileOverlap]
  double scale = 1;       // [kMinTileScale, 1]: images are only ever shrunk, never invented upwards

  // "WxH" or "S" (S×S). Throws ds::Error with the accepted forms.
  static cv::Size parseTile(const QString& text);
  // Throws ds::Error naming the option when overlap or scale is out of range.
  void check() const;
  // "256×256 tiles, overlap 0.25, scale 1" (C locale; the GUI formats its own).
  QString describe() const;
};

bool operator==(const Tiling& a, const Tiling& b);

// Throws ds::Error: an inspection region is a mask over one frame, and a tiled model's images keep
// their own sizes. The one wording for training and for a model given a region later.
[[noreturn]] void refuseRegionWithTiles();

// The origins of windows of `tile` pixels covering [0, length): the fewest windows that overlap by
// at least `overlap` of a tile, spread evenly, so the first starts at 0 and the last ends at length
// (edge windows lie inside the image; nothing is padded). Throws ds::Error when length < tile.
std::vector<int> tileOrigins(int length, int tile, double overlap);

// The tiles covering an image of `frame` pixels, row by row. Throws ds::Error (without a file name:
// the caller adds it) when the frame is smaller than a tile.
std::vector<cv::Rect> tileGrid(cv::Size frame, const Tiling& tiling);

// For each tile of tileGrid (same order), the part of it that it owns, in the tile's coordinates:
// the pixels where its blending weight is the largest of all the tiles covering them (the middle of
// each overlap splits two neighbours; image borders belong to the tile on them). The windows
// partition the frame, so a method that scores an image by one patch (PatchCore eq. (7)) counts every
// image patch once, from the tile that sees most of its surroundings, never from a tile's border
// where another tile sees it better.
std::vector<cv::Rect> tileWindows(cv::Size frame, const Tiling& tiling);

// How many tiles an image of `original` pixels gives; 0 when it is smaller than a tile.
int tileCount(cv::Size original, const Tiling& tiling);

// The blending weight of each pixel of a tile (CV_32FC1): a pyramid, largest at the centre and
// positive to the edge, so that the tile whose centre is nearer — whose features saw more of the
// pixel's surroundings and less of the network's zero padding — counts more. Never zero: a pixel
// seen by one tile alone (an image border) takes that tile's value.
cv::Mat tileBlendWeights(cv::Size tile);

// Accumulates per-tile maps into one map of the frame: Σ w·m / Σ w, so the weights of every pixel
// sum to one and a map that is constant over every tile stitches to that constant.
class MapStitcher {
 public:
  MapStitcher(cv::Size frame, cv::Size tile);
  // map: CV_32FC1 of the tile's size.
  void add(const cv::Rect& tile, const cv::Mat& map);
  // The stitched map (CV_32FC1); every pixel must have been covered by a tile.
  cv::Mat result() const;

 private:
  cv::Mat weights_;  // of one tile
  cv::Mat sum_, weightSum_;
};

}  // namespace ds
