#pragma once

#include <QImage>
#include <QString>
#include <opencv2/core.hpp>

namespace ds::ui {

enum class ColourMap { Jet, Inferno, Grey };

QString colourMapName(ColourMap map);

// CV_32FC3 RGB in [0, 1] (saturated outside) or CV_8UC3 RGB → a deep copy in Format_RGB888; empty → null image.
QImage toQImage(const cv::Mat& rgb);

// CV_32FC1 → Format_RGB32: low maps to the first colour of the map, high to the last, values outside (and NaN, as
// low) are clamped. Jet and Inferno are OpenCV's COLORMAP_JET and COLORMAP_INFERNO (matplotlib's inferno table).
// Empty map → null image. Safe to call from worker threads.
QImage colourise(const cv::Mat& map, float low, float high, ColourMap colourMap);

// The image (any format) with colouredMap drawn over it at opacity in [0, 1], as Format_RGB32. The map's own alpha
// is respected, so transparent pixels leave the image as it is; a map of another size is stretched to the image.
QImage overlay(const QImage& image, const QImage& colouredMap, double opacity);

}  // namespace ds::ui
