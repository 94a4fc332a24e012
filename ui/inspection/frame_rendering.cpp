#include "ui/inspection/frame_rendering.h"

#include <opencv2/imgproc.hpp>

#include "core/metrics/confusion.h"
#include "ui/inspection/colour_map.h"

namespace ds::ui {

// Contour points are boundary pixel indices; +0.5 puts them on the pixel centres in image coordinates.
QPainterPath outlinePath(const cv::Mat& binary) {
  std::vector<std::vector<cv::Point>> contours;
  cv::findContours(binary, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
  QPainterPath path;
  for (const std::vector<cv::Point>& contour : contours) {
    if (contour.size() == 1) {  // a lone pixel has no line through centres: outline its square instead
      path.addRect(contour.front().x, contour.front().y, 1, 1);
      continue;
    }
    path.moveTo(contour.front().x + 0.5, contour.front().y + 0.5);
    for (std::size_t i = 1; i < contour.size(); ++i) path.lineTo(contour[i].x + 0.5, contour[i].y + 0.5);
    path.closeSubpath();
  }
  return path;
}

QImage evaluationImage(const QImage& grey, const cv::Mat& classes) {
  // Wraps the class map without copying (overlay copies); true negatives are transparent.
  QImage colours(classes.data, classes.cols, classes.rows, static_cast<qsizetype>(classes.step), QImage::Format_Indexed8);
  QList<QRgb> table(4, 0);
  table[PixelTP] = kTruePositive;
  table[PixelFP] = kFalsePositive;
  table[PixelFN] = kFalseNegative;
  colours.setColorTable(table);
  return overlay(grey, colours, kEvaluationOpacity);
}

}  // namespace ds::ui
