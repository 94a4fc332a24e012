#pragma once

#include <QImage>
#include <QPointF>
#include <QWidget>
#include <opencv2/core.hpp>
#include <vector>

namespace ds::ui {

// An image with a 0/1 mask painted over it: rectangles, polygons and a round brush, each adding to
// the mask or removing from it. Used for ground-truth masks and inspection regions alike
// (MaskEditorDialog). The image is fitted to the widget; the mask has the image's size.
class PaintCanvas : public QWidget {
  Q_OBJECT

 public:
  enum class Tool { Rectangle, Polygon, Brush };

  explicit PaintCanvas(QWidget* parent = nullptr);
  void setImage(const QImage& image, const cv::Mat& mask);  // mask: CV_8UC1 0/1 of the image's size, or empty
  const cv::Mat& mask() const { return mask_; }
  void setTool(Tool tool);
  void setRemoving(bool removing) { removing_ = removing; }
  void setBrushRadius(int pixels) { brushRadius_ = pixels; }
  // Fills the mask (everything inspected / all defect) or clears it; undoable.
  void fill(bool on);
  void undo();
  bool canUndo() const { return !history_.empty(); }
  // Image coordinates of a widget position, and back (for tests and the pointer).
  QPointF toImage(const QPointF& widget) const;
  QPointF toWidget(const QPointF& image) const;

  QSize sizeHint() const override { return {720, 520}; }

 Q_SIGNALS:
  void maskChanged();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

 private:
  void remember();  // the mask before an edit, for undo
  void paintBrush(const QPointF& from, const QPointF& to);
  void closePolygon();
  QRectF imageRect() const;
  void refreshOverlay();

  QImage image_, overlay_;
  cv::Mat mask_;
  std::vector<cv::Mat> history_;
  Tool tool_ = Tool::Rectangle;
  bool removing_ = false;
  int brushRadius_ = 6;
  bool dragging_ = false;
  QPointF dragStart_, dragNow_;
  std::vector<QPointF> polygon_;  // the vertices placed so far, in image coordinates
};

}  // namespace ds::ui
