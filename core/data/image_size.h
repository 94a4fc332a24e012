#pragma once

#include <QString>
#include <opencv2/core/types.hpp>
#include <optional>

#include "core/tiling/tile_grid.h"

namespace ds {

// The sides a model's input may have, in pixels: --image-size and --crop are checked against them,
// and so is every model file's header on load.
constexpr int kMinImageSide = 8;
constexpr int kMaxImageSide = 8192;

// The --image-size option: either the shorter side (aspect ratio kept) or an exact W×H.
struct ImageSizeSpec {
  int shortSide = 0;
  cv::Size exact;
  cv::Size crop;  // the --crop option: centre region taken after resizing; empty = the whole image
  // The --tile options: images keep their size (times tiling->scale) and are cut into tiles, which
  // are the method's input. Never with a size or a crop.
  std::optional<Tiling> tiling;

  // "256" or "256x640" (width × height). Throws ds::Error on anything else.
  static ImageSizeSpec parse(const QString& text);
  bool isSet() const { return shortSide > 0 || !exact.empty() || tiling; }
  QString toString() const;
  // The size a model runs at for an image of the given size: an exact size as given; otherwise the
  // shorter side scaled to shortSide and the other keeping the aspect ratio, both rounded to stride.
  // Throws ds::Error when the longer side would exceed kMaxImageSide (a very elongated image).
  // Tiled: the tile, rounded to stride.
  cv::Size resolve(cv::Size original, int stride) const;
  // Throws ds::Error when tiling is combined with a size or a crop, or is out of range.
  void checkTiling() const;
  // The centre crop for a resized size: crop rounded to stride. Throws ds::Error when it does not fit.
  cv::Size resolveCrop(cv::Size resized, int stride) const;
  // "--crop S" (S×S) or "WxH", with the same checks as parse().
  static cv::Size parseCrop(const QString& text);
};

}  // namespace ds
