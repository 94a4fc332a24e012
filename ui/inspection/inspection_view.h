#pragma once

#include "core/metrics/confusion.h"
#include "ui/inspection/colour_map.h"
#include "ui/inspection/inspection_frame.h"

#include <QPainterPath>
#include <QWidget>
#include <array>
#include <optional>

class QEvent;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace ds::ui {

class ColourBar;
class ImagePane;
class ViewTransform;

// One test image three ways under a shared zoom and pan: the image with the heatmap blended over it and the
// predicted (yellow) and ground-truth (cyan) region outlines; the heatmap alone with its colour scale; and the
// per-pixel evaluation at the pixel threshold (Bauer et al., Fig. 10: TP green, FP blue, FN red over the greyscale
// image). Without a mask every predicted pixel counts as a false positive (an empty mask means defect-free).
// Defaults: threshold 0.5, colour scale 0..1, Jet, opacity 0.5, panes side by side.
class InspectionView : public QWidget {
  Q_OBJECT

 public:
  enum class Pane { Overlay, Heatmap, Evaluation };
  Q_ENUM(Pane)

  explicit InspectionView(QWidget* parent = nullptr);

  // map and mask, when present, have the image's size. Keeps the zoom when the image size is unchanged.
  void setFrame(InspectionFrame frame);
  // Replaces the panes by the message, centred.
  void clear(const QString& message);

  void setPixelThreshold(double threshold);
  void setColourScale(double low, double high);
  void setColourMap(ColourMap map);
  void setOpacity(double opacity);

  void setSideBySide(bool on);
  void setSinglePane(Pane pane);  // the pane shown while not side by side

  void zoomToFit();
  void zoomToActualSize();  // one image pixel per device pixel
  // Outlines a tiled model's tiles over the overlay (the frame's tiles; the button is hidden without).
  void setTileGridShown(bool shown);
  bool tileGridShown() const;

  ds::ConfusionCounts pixelCounts() const { return counts_; }  // all zero without a map
  bool hasGroundTruth() const { return !frame_.mask.empty() || frame_.defectFree; }
  const QString& caption() const { return frame_.caption; }

  // The image a pane draws, without the outlines and badges painted over it; null when the pane shows a placeholder.
  QImage paneImage(Pane pane) const;
  ImagePane* pane(Pane pane) const;
  ViewTransform* viewTransform() const { return transform_; }

 Q_SIGNALS:
  // On every new frame, clear and threshold change. Qt 6 registers ds::ConfusionCounts' metatype through moc, so
  // queued connections and QSignalSpy work without Q_DECLARE_METATYPE.
  void pixelCountsChanged(const ds::ConfusionCounts& counts);
  // The image pixel under the cursor and the map value there (NaN without a map); (-1, -1, NaN) once the cursor
  // leaves the image. Also sent again for a new frame while the cursor rests on the image.
  void hovered(int x, int y, double score);
  void nextRequested();      // Right, Down, Space, Page Down
  void previousRequested();  // Left, Up, Page Up

 protected:
  void changeEvent(QEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

 private:
  void retranslate();
  QWidget* buildToolbar();
  static QString noMapPlaceholder();
  QString evaluationPlaceholder() const;
  void updateColouredMap();
  void updateOverlay();
  void updateThreshold();
  void updateMetrics();
  void updateZoomLabel();
  void updateTileGridButton();
  // The overlay's outlines: predicted (at the pixel threshold), ground truth, and the tiles when asked.
  void updateOutlines();
  void updatePaneVisibility();
  void refitIfFitted();
  QSizeF fitViewport() const;
  void showHover(const ImagePane* source, std::optional<QPoint> pixel);
  void emitHover();

  InspectionFrame frame_;
  QImage base_;         // the frame's image in Format_RGB32
  QImage grey_;         // its greyscale, under the evaluation colours
  QImage colouredMap_;  // the map through the colour map at the colour scale
  QPainterPath truthOutline_;
  QPainterPath predictedOutline_;  // at the pixel threshold, from updateThreshold
  QPainterPath tileOutline_;  // the frame's tiles
  ds::ConfusionCounts counts_;
  double threshold_ = 0.5;
  double low_ = 0.0;
  double high_ = 1.0;
  ColourMap colourMap_ = ColourMap::Jet;
  double opacity_ = 0.5;
  bool sideBySide_ = true;
  Pane singlePane_ = Pane::Overlay;
  std::optional<QPoint> hover_;

  ViewTransform* transform_;
  std::array<ImagePane*, 3> panes_;
  ColourBar* colourBar_;
  QStackedWidget* stack_;
  QLabel* message_;
  QWidget* panesPage_;
  QLabel* zoom_;
  QLabel* caption_;
  QLabel* metrics_;
  QToolButton* fit_;
  QToolButton* actualSize_;
  QToolButton* tileGrid_;
  QLabel* legend_;
};

}  // namespace ds::ui
