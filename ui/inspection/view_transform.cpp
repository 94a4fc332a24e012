#include "ui/inspection/view_transform.h"

#include <algorithm>

namespace ds::ui {
namespace {

// Far enough out to see a large image whole, far enough in to judge single pixels on a high-DPI screen.
constexpr double kMinScale = 1.0 / 32;
constexpr double kMaxScale = 64.0;
constexpr double kFitMargin = 4.0;  // logical pixels, so the image edge stays visible against the background

QPointF viewportCentre(const QSizeF& viewport) { return {viewport.width() / 2, viewport.height() / 2}; }

}  // namespace

ViewTransform::ViewTransform(QObject* parent) : QObject(parent) {}

QTransform ViewTransform::imageToWidget(const QSizeF& viewport) const {
  const QPointF c = viewportCentre(viewport);
  return QTransform(scale_, 0, 0, scale_, c.x() - scale_ * centre_.x(), c.y() - scale_ * centre_.y());
}

QPointF ViewTransform::toImage(const QPointF& widgetPos, const QSizeF& viewport) const {
  return centre_ + (widgetPos - viewportCentre(viewport)) / scale_;
}

bool ViewTransform::setImageSize(const QSize& size) {
  if (size == imageSize_) return false;
  imageSize_ = size;
  centre_ = QPointF(size.width() / 2.0, size.height() / 2.0);
  fitted_ = true;
  Q_EMIT changed();
  return true;
}

void ViewTransform::fit(const QSizeF& viewport) {
  if (imageSize_.isEmpty() || viewport.isEmpty()) return;
  const double sx = (viewport.width() - 2 * kFitMargin) / imageSize_.width();
  const double sy = (viewport.height() - 2 * kFitMargin) / imageSize_.height();
  scale_ = std::clamp(std::min(sx, sy), kMinScale, kMaxScale);
  centre_ = QPointF(imageSize_.width() / 2.0, imageSize_.height() / 2.0);
  fitted_ = true;
  Q_EMIT changed();
}

void ViewTransform::setScale(double scale) {
  scale_ = std::clamp(scale, kMinScale, kMaxScale);
  fitted_ = false;
  Q_EMIT changed();
}

void ViewTransform::zoomAbout(const QPointF& widgetPos, const QSizeF& viewport, double factor) {
  const QPointF anchor = toImage(widgetPos, viewport);
  scale_ = std::clamp(scale_ * factor, kMinScale, kMaxScale);
  setCentre(anchor - (widgetPos - viewportCentre(viewport)) / scale_);
}

void ViewTransform::panBy(const QPointF& widgetDelta) { setCentre(centre_ - widgetDelta / scale_); }

void ViewTransform::setCentre(const QPointF& centre) {
  // Keeping the centre on the image means some of it is always in view, however far the user drags.
  centre_ = QPointF(std::clamp(centre.x(), 0.0, double(imageSize_.width())),
                    std::clamp(centre.y(), 0.0, double(imageSize_.height())));
  fitted_ = false;
  Q_EMIT changed();
}

}  // namespace ds::ui
