#include "ui/inspection/image_pane.h"

#include "ui/inspection/view_transform.h"

#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <cmath>

namespace ds::ui {
namespace {

constexpr int kInset = 6;  // logical pixels between the pane edge and the badges drawn over it
const QColor kHalo(0, 0, 0, 150);

// Qt draws cosmetic pens in device pixels: scaling by the pixel ratio keeps lines as thick on high-DPI screens.
QPen cosmeticPen(const QColor& colour, double logicalWidth, double devicePixelRatio) {
  QPen pen(colour, logicalWidth * devicePixelRatio);
  pen.setCosmetic(true);
  pen.setJoinStyle(Qt::RoundJoin);
  return pen;
}

}  // namespace

void paintBadge(QPainter& painter, const QRectF& rect) {
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(Qt::NoPen);
  painter.setBrush(kHalo);
  painter.drawRoundedRect(rect, 4, 4);
  painter.restore();
}

ImagePane::ImagePane(ViewTransform* transform, QWidget* parent) : QWidget(parent), transform_(transform) {
  setMouseTracking(true);
  setCursor(Qt::CrossCursor);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  connect(transform_, &ViewTransform::changed, this, [this] { update(); });
}

void ImagePane::setTitle(const QString& title) {
  title_ = title;
  setAccessibleName(title);
  update();
}

void ImagePane::setImage(const QImage& image) {
  image_ = image;
  update();
}

void ImagePane::setPlaceholder(const QString& text) {
  placeholder_ = text;
  update();
}

void ImagePane::setOutlines(QVector<Outline> outlines) {
  outlines_ = std::move(outlines);
  update();
}

void ImagePane::setMarker(std::optional<QPoint> pixel) {
  if (marker_ == pixel) return;
  marker_ = pixel;
  update();
}

void ImagePane::setCornerWidget(QWidget* widget) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(kInset, kInset, kInset, kInset);
  layout->addWidget(widget, 0, Qt::AlignRight | Qt::AlignBottom);
}

void ImagePane::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().color(QPalette::Dark));
  if (image_.isNull()) {
    painter.setPen(palette().color(QPalette::BrightText));
    painter.drawText(rect().adjusted(2 * kInset, 2 * kInset, -2 * kInset, -2 * kInset),
                     Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
  } else {
    paintImage(painter);
  }
  const QFontMetrics metrics = fontMetrics();
  const QRectF titleRect(kInset, kInset, metrics.horizontalAdvance(title_) + 2 * kInset, metrics.height() + kInset);
  paintBadge(painter, titleRect);
  painter.setPen(Qt::white);
  painter.drawText(titleRect, Qt::AlignCenter, title_);
}

void ImagePane::paintImage(QPainter& painter) const {
  const QTransform toWidget = transform_->imageToWidget(size());
  painter.save();
  painter.setTransform(toWidget);
  // Zoomed out, smoothing avoids aliasing; zoomed in, nearest-neighbour keeps each image pixel a crisp square.
  painter.setRenderHint(QPainter::SmoothPixmapTransform, transform_->scale() * devicePixelRatioF() < 1.0);
  painter.drawImage(QPointF(0, 0), image_);
  painter.setRenderHint(QPainter::Antialiasing);
  for (const Outline& outline : outlines_) {
    // A dark halo under the colour keeps thin outlines visible over bright and dark image regions alike.
    painter.strokePath(outline.path, cosmeticPen(kHalo, 3.5, devicePixelRatioF()));
    painter.strokePath(outline.path, cosmeticPen(outline.colour, 1.5, devicePixelRatioF()));
  }
  painter.restore();
  if (marker_) paintMarker(painter, toWidget.map(QPointF(*marker_) + QPointF(0.5, 0.5)));
}

void ImagePane::paintMarker(QPainter& painter, const QPointF& at) const {
  // A crosshair with an open centre, so the marked pixel itself stays visible.
  constexpr double gap = 4, arm = 10;
  QPainterPath cross;
  for (const QPointF& direction : {QPointF(1, 0), QPointF(-1, 0), QPointF(0, 1), QPointF(0, -1)}) {
    cross.moveTo(at + direction * gap);
    cross.lineTo(at + direction * (gap + arm));
  }
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  painter.strokePath(cross, cosmeticPen(kHalo, 3.5, devicePixelRatioF()));
  painter.strokePath(cross, cosmeticPen(Qt::white, 1.5, devicePixelRatioF()));
  painter.restore();
}

void ImagePane::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  Q_EMIT resized();
}

void ImagePane::wheelEvent(QWheelEvent* event) {
  const int steps = event->angleDelta().y();
  if (steps == 0) {
    event->ignore();
    return;
  }
  // One notch (120) zooms by 2^(1/3): three notches double the size.
  transform_->zoomAbout(event->position(), size(), std::pow(2.0, steps / 360.0));
  event->accept();
}

void ImagePane::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) {
    QWidget::mousePressEvent(event);
    return;
  }
  dragFrom_ = event->position();
  setCursor(Qt::ClosedHandCursor);
}

void ImagePane::mouseMoveEvent(QMouseEvent* event) {
  if (dragFrom_) {
    transform_->panBy(event->position() - *dragFrom_);
    dragFrom_ = event->position();
  }
  trackHover(event->position());
}

void ImagePane::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !dragFrom_) {
    QWidget::mouseReleaseEvent(event);
    return;
  }
  dragFrom_.reset();
  setCursor(Qt::CrossCursor);
}

void ImagePane::mouseDoubleClickEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) Q_EMIT fitRequested();
}

void ImagePane::leaveEvent(QEvent* event) {
  QWidget::leaveEvent(event);
  setHover(std::nullopt);
}

void ImagePane::trackHover(const QPointF& widgetPos) {
  const QPointF p = transform_->toImage(widgetPos, size());
  const QPoint pixel(static_cast<int>(std::floor(p.x())), static_cast<int>(std::floor(p.y())));
  const QSize image = transform_->imageSize();
  const bool inside = pixel.x() >= 0 && pixel.y() >= 0 && pixel.x() < image.width() && pixel.y() < image.height();
  setHover(inside ? std::optional<QPoint>(pixel) : std::nullopt);
}

void ImagePane::setHover(std::optional<QPoint> pixel) {
  if (hover_ == pixel) return;
  hover_ = pixel;
  if (hover_) Q_EMIT hovered(*hover_);
  else Q_EMIT hoverLeft();
}

}  // namespace ds::ui
