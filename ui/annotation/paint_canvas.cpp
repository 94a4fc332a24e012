#include "ui/annotation/paint_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <opencv2/imgproc.hpp>

#include "core/data/inspection_region.h"

namespace ds::ui {
namespace {

constexpr std::size_t kUndoSteps = 30;

cv::Point2f toCv(const QPointF& p) { return {static_cast<float>(p.x()), static_cast<float>(p.y())}; }

}  // namespace

PaintCanvas::PaintCanvas(QWidget* parent) : QWidget(parent) {
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);
  setCursor(Qt::CrossCursor);
}

void PaintCanvas::setImage(const QImage& image, const cv::Mat& mask) {
  image_ = image;
  mask_ = mask.empty() ? cv::Mat::zeros(image.height(), image.width(), CV_8UC1) : mask.clone();
  history_.clear();
  polygon_.clear();
  refreshOverlay();
}

void PaintCanvas::setTool(Tool tool) {
  tool_ = tool;
  polygon_.clear();
  update();
}

void PaintCanvas::fill(bool on) {
  remember();
  mask_.setTo(on ? 1 : 0);
  refreshOverlay();
}

void PaintCanvas::undo() {
  if (history_.empty()) return;
  mask_ = history_.back();
  history_.pop_back();
  refreshOverlay();
}

void PaintCanvas::remember() {
  history_.push_back(mask_.clone());
  if (history_.size() > kUndoSteps) history_.erase(history_.begin());
}

QRectF PaintCanvas::imageRect() const {
  if (image_.isNull()) return {};
  const QSizeF fitted = QSizeF(image_.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
  return {QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted};
}

QPointF PaintCanvas::toImage(const QPointF& widget) const {
  const QRectF r = imageRect();
  if (r.isEmpty()) return {};
  return {(widget.x() - r.left()) * image_.width() / r.width(), (widget.y() - r.top()) * image_.height() / r.height()};
}

QPointF PaintCanvas::toWidget(const QPointF& image) const {
  const QRectF r = imageRect();
  return {r.left() + image.x() * r.width() / image_.width(), r.top() + image.y() * r.height() / image_.height()};
}

void PaintCanvas::refreshOverlay() {
  // The mask as a translucent colour over the image: green where inspected or defective.
  overlay_ = QImage(mask_.cols, mask_.rows, QImage::Format_ARGB32_Premultiplied);
  overlay_.fill(Qt::transparent);
  const QRgb on = qPremultiply(qRgba(40, 220, 90, 110));
  for (int y = 0; y < mask_.rows; ++y) {
    const uchar* row = mask_.ptr<uchar>(y);
    auto* out = reinterpret_cast<QRgb*>(overlay_.scanLine(y));
    for (int x = 0; x < mask_.cols; ++x)
      if (row[x]) out[x] = on;
  }
  update();
  Q_EMIT maskChanged();
}

void PaintCanvas::paintBrush(const QPointF& from, const QPointF& to) {
  const int value = removing_ ? 0 : 1;
  cv::line(mask_, cv::Point(cvRound(from.x()), cvRound(from.y())), cv::Point(cvRound(to.x()), cvRound(to.y())), cv::Scalar(value),
           2 * brushRadius_ + 1, cv::LINE_8);
  cv::circle(mask_, cv::Point(cvRound(to.x()), cvRound(to.y())), brushRadius_, cv::Scalar(value), cv::FILLED, cv::LINE_8);
}

void PaintCanvas::closePolygon() {
  if (polygon_.size() >= 3) {
    remember();
    std::vector<cv::Point2f> vertices;
    for (const QPointF& p : polygon_) vertices.push_back(toCv(p));
    // The shape alone, then added to the mask or removed from it.
    const cv::Mat drawn = rasterizeRegion({RegionShape{RegionShape::Kind::Polygon, false, vertices}}, mask_.size());
    mask_.setTo(removing_ ? 0 : 1, drawn);
  }
  polygon_.clear();
  refreshOverlay();
}

void PaintCanvas::mousePressEvent(QMouseEvent* event) {
  if (image_.isNull() || event->button() != Qt::LeftButton) return;
  const QPointF at = toImage(event->position());
  switch (tool_) {
    case Tool::Rectangle:
      dragging_ = true;
      dragStart_ = dragNow_ = at;
      break;
    case Tool::Brush:
      remember();
      dragging_ = true;
      dragNow_ = at;
      paintBrush(at, at);
      refreshOverlay();
      break;
    case Tool::Polygon:
      polygon_.push_back(at);
      update();
      break;
  }
}

void PaintCanvas::mouseMoveEvent(QMouseEvent* event) {
  const QPointF at = toImage(event->position());
  if (dragging_ && tool_ == Tool::Brush) {
    paintBrush(dragNow_, at);
    refreshOverlay();
  }
  dragNow_ = at;
  if (dragging_ || !polygon_.empty()) update();
}

void PaintCanvas::mouseReleaseEvent(QMouseEvent* event) {
  if (!dragging_ || event->button() != Qt::LeftButton) return;
  dragging_ = false;
  if (tool_ != Tool::Rectangle) return;
  remember();
  const QPointF end = toImage(event->position());
  const cv::Mat drawn = rasterizeRegion({RegionShape{RegionShape::Kind::Rectangle, false, {toCv(dragStart_), toCv(end)}}}, mask_.size());
  mask_.setTo(removing_ ? 0 : 1, drawn);
  refreshOverlay();
}

void PaintCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
  if (tool_ == Tool::Polygon && event->button() == Qt::LeftButton) closePolygon();
}

void PaintCanvas::keyPressEvent(QKeyEvent* event) {
  if (tool_ == Tool::Polygon && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
    closePolygon();
    return;
  }
  if (event->key() == Qt::Key_Escape && !polygon_.empty()) {
    polygon_.clear();
    update();
    return;
  }
  QWidget::keyPressEvent(event);
}

void PaintCanvas::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().window());
  if (image_.isNull()) return;
  const QRectF r = imageRect();
  painter.drawImage(r, image_);
  painter.drawImage(r, overlay_);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(removing_ ? QColor(230, 60, 60) : QColor(40, 220, 90), 2, Qt::DashLine));
  if (dragging_ && tool_ == Tool::Rectangle) painter.drawRect(QRectF(toWidget(dragStart_), toWidget(dragNow_)).normalized());
  if (!polygon_.empty()) {
    QPainterPath path(toWidget(polygon_.front()));
    for (std::size_t i = 1; i < polygon_.size(); ++i) path.lineTo(toWidget(polygon_[i]));
    path.lineTo(toWidget(dragNow_));
    painter.drawPath(path);
  }
}

}  // namespace ds::ui
