#pragma once

#include <QDialog>
#include <opencv2/core.hpp>

class QButtonGroup;
class QLabel;
class QSpinBox;

namespace ds::ui {

class PaintCanvas;

// Paints a 0/1 mask over an image: a ground-truth mask (the defect's pixels, at the image's own
// resolution) or an inspection region (the inspected pixels of the model's input frame). Rectangles,
// polygons (click the corners, double-click or Enter to close) and a brush, each adding or removing;
// undo, all and none.
class MaskEditorDialog : public QDialog {
  Q_OBJECT

 public:
  enum class Purpose { GroundTruth, InspectionRegion };
  MaskEditorDialog(Purpose purpose, const QImage& image, const cv::Mat& mask, QWidget* parent = nullptr);
  cv::Mat mask() const;
  PaintCanvas* canvas() const { return canvas_; }
  // Chooses a tool and whether it removes, as the buttons do.
  void choose(int tool, bool removing);

 private:
  Purpose purpose_;
  PaintCanvas* canvas_;
  QButtonGroup* tools_;
  QButtonGroup* modes_;
  QSpinBox* brush_;
  QLabel* coverage_;
};

}  // namespace ds::ui
