#pragma once

#include <QImage>
#include <QPainterPath>
#include <opencv2/core.hpp>

// How an inspected image is drawn, shared by the inspection view and the PDF report so both show
// the same colours and outlines.
namespace ds::ui {

constexpr QRgb kTruePositive = qRgb(0, 220, 0);
constexpr QRgb kFalsePositive = qRgb(0, 110, 255);
constexpr QRgb kFalseNegative = qRgb(235, 0, 0);
constexpr QRgb kPredicted = qRgb(255, 215, 0);
constexpr QRgb kGroundTruth = qRgb(0, 230, 255);
// Fixed rather than the heatmap opacity: the class colours must stay readable whatever opacity the user picks.
constexpr double kEvaluationOpacity = 0.7;

// Outlines of a binary mask's regions in image coordinates, through the boundary pixels' centres.
QPainterPath outlinePath(const cv::Mat& binary);
// The per-pixel evaluation (Bauer et al., Fig. 10) of a PixelClass map (core/metrics/confusion.h):
// TP green, FP blue, FN red at kEvaluationOpacity over the greyscale image; TN shows the image.
QImage evaluationImage(const QImage& grey, const cv::Mat& classes);

}  // namespace ds::ui
