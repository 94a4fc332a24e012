#pragma once

#include <QObject>
#include <QPointF>
#include <QSize>
#include <QTransform>

namespace ds::ui {

// Zoom and pan shared by the panes of one view, so side-by-side panes show the same part of their images.
// It is kept relative to each pane's centre (the image point shown there and the scale), so panes whose sizes
// differ by a layout pixel still line up, and a resized pane keeps what it showed in the middle.
class ViewTransform : public QObject {
  Q_OBJECT

 public:
  explicit ViewTransform(QObject* parent = nullptr);

  double scale() const { return scale_; }      // logical widget pixels per image pixel
  QPointF centre() const { return centre_; }   // image point at the centre of every pane
  QSize imageSize() const { return imageSize_; }
  // True until the user zooms or pans after a fit, so a resize can fit again.
  bool isFitted() const { return fitted_; }

  QTransform imageToWidget(const QSizeF& viewport) const;
  QPointF toImage(const QPointF& widgetPos, const QSizeF& viewport) const;

  // A new size centres the image and marks the transform fitted (the caller fits it to its panes); the same size
  // keeps the zoom, so consecutive images can be compared at the same spot. Returns whether the size changed.
  bool setImageSize(const QSize& size);
  void fit(const QSizeF& viewport);
  // Keeps the centre; zoomed to one image pixel per device pixel with scale = 1 / devicePixelRatio.
  void setScale(double scale);
  // Keeps the image point under widgetPos where it is.
  void zoomAbout(const QPointF& widgetPos, const QSizeF& viewport, double factor);
  void panBy(const QPointF& widgetDelta);

 Q_SIGNALS:
  void changed();

 private:
  void setCentre(const QPointF& centre);

  double scale_ = 1.0;
  QPointF centre_;
  QSize imageSize_;
  bool fitted_ = true;
};

}  // namespace ds::ui
