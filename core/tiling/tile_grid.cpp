#include "core/tiling/tile_grid.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

#include "core/data/image_loader.h"
#include "core/data/image_size.h"
#include "core/error.h"

namespace ds {

cv::Size Tiling::parseTile(const QString& text) {
  try {
    return ImageSizeSpec::parseCrop(text);
  } catch (const Error&) {
    throw Error(QCoreApplication::translate("Tiling", "tile \"%1\" is not valid: give width×height (e.g. 256x256) or one side (e.g. 256), "
                                                      "each between %2 and %3 pixels")
                    .arg(text)
                    .arg(kMinImageSide)
                    .arg(kMaxImageSide));
  }
}

void Tiling::check() const {
  if (!(overlap >= 0 && overlap <= kMaxTileOverlap))
    throw Error(QCoreApplication::translate("Tiling", "tile overlap %1 is out of range: give a fraction of a tile from 0 to %2").arg(overlap).arg(kMaxTileOverlap));
  if (!(scale >= kMinTileScale && scale <= 1))
    throw Error(QCoreApplication::translate("Tiling", "tile scale %1 is out of range: give a factor from %2 to 1 (1: native resolution)").arg(scale).arg(kMinTileScale));
}

QString Tiling::describe() const {
  return QStringLiteral("%1x%2 tiles, overlap %3, scale %4").arg(tile.width).arg(tile.height).arg(overlap).arg(scale);
}

bool operator==(const Tiling& a, const Tiling& b) { return a.tile == b.tile && a.overlap == b.overlap && a.scale == b.scale; }

std::vector<int> tileOrigins(int length, int tile, double overlap) {
  if (tile <= 0 || length < tile)
    throw Error(QCoreApplication::translate("Tiling", "%1 pixels are fewer than a tile's %2").arg(length).arg(tile));
  if (length == tile) return {0};
  // The widest step that keeps the overlap; at least one pixel, so a 0.9 overlap of a tiny tile ends.
  const double step = std::max(1.0, std::floor(tile * (1.0 - overlap)));
  const int count = static_cast<int>(std::ceil((length - tile) / step)) + 1;
  std::vector<int> origins(count);
  for (int i = 0; i < count; ++i)
    origins[i] = static_cast<int>(std::floor(static_cast<double>(i) * (length - tile) / (count - 1)));
  origins.back() = length - tile;
  return origins;
}

std::vector<cv::Rect> tileGrid(cv::Size frame, const Tiling& tiling) {
  if (frame.width < tiling.tile.width || frame.height < tiling.tile.height)
    throw Error(QCoreApplication::translate("Tiling", "the image (%1×%2 pixels as tiled) is smaller than a %3×%4 tile")
                    .arg(frame.width)
                    .arg(frame.height)
                    .arg(tiling.tile.width)
                    .arg(tiling.tile.height));
  std::vector<cv::Rect> tiles;
  for (int y : tileOrigins(frame.height, tiling.tile.height, tiling.overlap))
    for (int x : tileOrigins(frame.width, tiling.tile.width, tiling.overlap)) tiles.emplace_back(x, y, tiling.tile.width, tiling.tile.height);
  return tiles;
}

void refuseRegionWithTiles() {
  throw Error(QCoreApplication::translate("Tiling", "a tiled model takes no inspection region: its images keep their own sizes"));
}

namespace {

// The owned interval [first, second) of each window along one axis, in the window's coordinates. Two
// neighbours' pyramids cross in the middle of their overlap.
std::vector<std::pair<int, int>> ownedIntervals(const std::vector<int>& origins, int tile, int length) {
  std::vector<std::pair<int, int>> owned(origins.size());
  for (std::size_t i = 0; i < origins.size(); ++i) {
    const int from = i == 0 ? 0 : (origins[i - 1] + tile + origins[i]) / 2;
    const int to = i + 1 == origins.size() ? length : (origins[i] + tile + origins[i + 1]) / 2;
    owned[i] = {from - origins[i], to - origins[i]};
  }
  return owned;
}

}  // namespace

std::vector<cv::Rect> tileWindows(cv::Size frame, const Tiling& tiling) {
  const std::vector<int> ys = tileOrigins(frame.height, tiling.tile.height, tiling.overlap);
  const std::vector<int> xs = tileOrigins(frame.width, tiling.tile.width, tiling.overlap);
  const auto rows = ownedIntervals(ys, tiling.tile.height, frame.height);
  const auto cols = ownedIntervals(xs, tiling.tile.width, frame.width);
  std::vector<cv::Rect> windows;
  for (const auto& [top, bottom] : rows)
    for (const auto& [left, right] : cols) windows.emplace_back(left, top, right - left, bottom - top);
  return windows;
}

int tileCount(cv::Size original, const Tiling& tiling) {
  LoadOptions frame;
  frame.scale = tiling.scale;
  const cv::Size f = resizedSize(original, frame);
  if (f.width < tiling.tile.width || f.height < tiling.tile.height) return 0;
  return static_cast<int>(tileOrigins(f.width, tiling.tile.width, tiling.overlap).size() *
                          tileOrigins(f.height, tiling.tile.height, tiling.overlap).size());
}

cv::Mat tileBlendWeights(cv::Size tile) {
  // 1-D pyramids min(i + ½, n − i − ½) / (n / 2): 1 at the centre, 1/n at the edges; their product.
  const auto ramp = [](int n) {
    cv::Mat r(1, n, CV_32FC1);
    for (int i = 0; i < n; ++i) r.at<float>(i) = static_cast<float>(std::min(i + 0.5, n - i - 0.5) / (n / 2.0));
    return r;
  };
  const cv::Mat rows = ramp(tile.height).t();
  const cv::Mat cols = ramp(tile.width);
  return rows * cols;
}

MapStitcher::MapStitcher(cv::Size frame, cv::Size tile)
    : weights_(tileBlendWeights(tile)), sum_(frame, CV_32FC1, cv::Scalar(0)), weightSum_(frame, CV_32FC1, cv::Scalar(0)) {}

void MapStitcher::add(const cv::Rect& tile, const cv::Mat& map) {
  CV_Assert(map.type() == CV_32FC1 && map.size() == weights_.size() && tile.size() == weights_.size());
  cv::Mat sum = sum_(tile), weightSum = weightSum_(tile);
  sum += map.mul(weights_);
  weightSum += weights_;
}

cv::Mat MapStitcher::result() const {
  cv::Mat out;
  cv::divide(sum_, weightSum_, out);
  return out;
}

}  // namespace ds
