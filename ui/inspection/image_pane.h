#pragma once

#include <QColor>
#include <QImage>
#include <QPainterPath>
#include <QVector>
#include <QWidget>
#include <optional>

namespace ds::ui {

class ViewTransform;

// A region boundary drawn over the image, in image coordinates (pixel (x, y) covers [x, x+1) × [y, y+1)).
struct Outline {
  QPainterPath path;
  QColor colour;
};

// The translucent panel behind text drawn over images (pane titles, colour bars), so it stays legible on any image.
void paintBadge(QPainter& painter, const QRectF& rect);

// One image under a ViewTransform that it may share with other panes: the wheel zooms about the cursor, a left drag
// pans, a double-click asks for a fit. Outlines are drawn with a constant on-screen width; a marker shows the pixel
// hovered in a sibling pane.
class ImagePane : public QWidget {
  Q_OBJECT

 public:
  explicit ImagePane(ViewTransform* transform, QWidget* parent = nullptr);

  void setTitle(const QString& title);  // drawn in the top-left corner; also the accessible name
  void setImage(const QImage& image);
  const QImage& image() const { return image_; }
  void setPlaceholder(const QString& text);  // shown centred while the image is null
  void setOutlines(QVector<Outline> outlines);
  const QVector<Outline>& outlines() const { return outlines_; }
  void setMarker(std::optional<QPoint> pixel);
  // Kept in the bottom-right corner over the image (e.g. a colour bar); the pane takes ownership.
  void setCornerWidget(QWidget* widget);
  ViewTransform* transform() const { return transform_; }

  QSize sizeHint() const override { return {400, 400}; }
  QSize minimumSizeHint() const override { return {120, 120}; }

 Q_SIGNALS:
  void hovered(const QPoint& pixel);  // the image pixel under the cursor, once per pixel entered
  void hoverLeft();                   // the cursor left the image
  void resized();
  void fitRequested();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  void paintImage(QPainter& painter) const;
  void paintMarker(QPainter& painter, const QPointF& at) const;
  void trackHover(const QPointF& widgetPos);
  void setHover(std::optional<QPoint> pixel);

  QString title_;
  ViewTransform* transform_;
  QImage image_;
  QString placeholder_;
  QVector<Outline> outlines_;
  std::optional<QPoint> marker_;
  std::optional<QPoint> hover_;
  std::optional<QPointF> dragFrom_;
};

}  // namespace ds::ui
