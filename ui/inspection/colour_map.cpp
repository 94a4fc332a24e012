#include "ui/inspection/colour_map.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>
#include <array>
#include <limits>
#include <opencv2/imgproc.hpp>

namespace ds::ui {
namespace {

using ColourTable = std::array<QRgb, 256>;

// OpenCV's own tables, so heatmaps in the GUI match the images the CLI writes (core/io/heatmap_image.cpp).
ColourTable openCvTable(cv::ColormapTypes type) {
  cv::Mat ramp(1, 256, CV_8UC1);
  for (int i = 0; i < 256; ++i) ramp.at<std::uint8_t>(0, i) = static_cast<std::uint8_t>(i);
  cv::Mat bgr;
  cv::applyColorMap(ramp, bgr, type);
  ColourTable table;
  for (int i = 0; i < 256; ++i) {
    const cv::Vec3b c = bgr.at<cv::Vec3b>(0, i);
    table[i] = qRgb(c[2], c[1], c[0]);
  }
  return table;
}

ColourTable greyTable() {
  ColourTable table;
  for (int i = 0; i < 256; ++i) table[i] = qRgb(i, i, i);
  return table;
}

const ColourTable& colourTable(ColourMap map) {
  static const ColourTable jet = openCvTable(cv::COLORMAP_JET);
  static const ColourTable inferno = openCvTable(cv::COLORMAP_INFERNO);
  static const ColourTable grey = greyTable();
  switch (map) {
    case ColourMap::Jet: return jet;
    case ColourMap::Inferno: return inferno;
    case ColourMap::Grey: break;
  }
  return grey;
}

}  // namespace

QString colourMapName(ColourMap map) {
  switch (map) {
    case ColourMap::Jet: return QCoreApplication::translate("ColourMap", "Jet");
    case ColourMap::Inferno: return QCoreApplication::translate("ColourMap", "Inferno");
    case ColourMap::Grey: break;
  }
  return QCoreApplication::translate("ColourMap", "Grey");
}

QImage toQImage(const cv::Mat& rgb) {
  if (rgb.empty()) return {};
  CV_Assert(rgb.type() == CV_8UC3 || rgb.type() == CV_32FC3);
  cv::Mat bytes = rgb;
  if (rgb.type() == CV_32FC3) rgb.convertTo(bytes, CV_8UC3, 255.0);
  return QImage(bytes.data, bytes.cols, bytes.rows, static_cast<qsizetype>(bytes.step), QImage::Format_RGB888).copy();
}

QImage colourise(const cv::Mat& map, float low, float high, ColourMap colourMap) {
  if (map.empty()) return {};
  CV_Assert(map.type() == CV_32FC1);
  const ColourTable& table = colourTable(colourMap);
  // A collapsed or inverted range becomes a step at low instead of a division by zero.
  const float scale = 255.0f / std::max(high - low, std::numeric_limits<float>::min());
  QImage image(map.cols, map.rows, QImage::Format_RGB32);
  for (int r = 0; r < map.rows; ++r) {
    const float* value = map.ptr<float>(r);
    auto* out = reinterpret_cast<QRgb*>(image.scanLine(r));
    for (int c = 0; c < map.cols; ++c) {
      const float t = (value[c] - low) * scale;
      out[c] = table[t > 0.0f ? (t < 255.0f ? static_cast<int>(t + 0.5f) : 255) : 0];  // NaN fails t > 0
    }
  }
  return image;
}

QImage overlay(const QImage& image, const QImage& colouredMap, double opacity) {
  QImage blended = image.convertToFormat(QImage::Format_RGB32);
  if (blended.isNull() || colouredMap.isNull()) return blended;
  QPainter painter(&blended);
  painter.setRenderHint(QPainter::SmoothPixmapTransform);
  painter.setOpacity(std::clamp(opacity, 0.0, 1.0));
  painter.drawImage(blended.rect(), colouredMap);
  return blended;
}

}  // namespace ds::ui
