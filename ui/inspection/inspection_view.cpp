#include "ui/inspection/inspection_view.h"

#include "ui/inspection/colour_bar.h"
#include "ui/inspection/frame_rendering.h"
#include "ui/inspection/image_pane.h"
#include "ui/inspection/view_transform.h"
#include "ui/text/numbers.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace ds::ui {
namespace {

using Pane = InspectionView::Pane;
constexpr std::array<Pane, 3> kPanes{Pane::Overlay, Pane::Heatmap, Pane::Evaluation};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::size_t indexOf(Pane pane) { return static_cast<std::size_t>(pane); }

QString swatch(QRgb colour) {
  return QStringLiteral("<span style=\"color:%1\">■</span>").arg(QColor(colour).name());
}

QToolButton* toolButton() {
  auto* button = new QToolButton;
  button->setAutoRaise(true);
  button->setFocusPolicy(Qt::NoFocus);  // arrow keys and Space stay with the view for browsing
  return button;
}

// Labels that give up width before the panes and the metrics do: the text is clipped, the tooltip keeps all of it.
QLabel* shrinkableLabel() {
  auto* label = new QLabel;
  label->setMinimumWidth(1);
  return label;
}

}  // namespace

InspectionView::InspectionView(QWidget* parent)
    : QWidget(parent),
      transform_(new ViewTransform(this)),
      colourBar_(new ColourBar),
      stack_(new QStackedWidget),
      message_(new QLabel),
      panesPage_(new QWidget),
      zoom_(new QLabel),
      caption_(shrinkableLabel()),
      metrics_(new QLabel),
      fit_(toolButton()),
      actualSize_(toolButton()),
      tileGrid_(toolButton()),
      legend_(shrinkableLabel()) {
  setFocusPolicy(Qt::StrongFocus);
  for (Pane pane : kPanes) {
    auto* imagePane = new ImagePane(transform_);
    connect(imagePane, &ImagePane::hovered, this,
            [this, imagePane](const QPoint& pixel) { showHover(imagePane, pixel); });
    connect(imagePane, &ImagePane::hoverLeft, this, [this] { showHover(nullptr, std::nullopt); });
    connect(imagePane, &ImagePane::resized, this, &InspectionView::refitIfFitted);
    connect(imagePane, &ImagePane::fitRequested, this, &InspectionView::zoomToFit);
    panes_[indexOf(pane)] = imagePane;
  }
  panes_[indexOf(Pane::Heatmap)]->setCornerWidget(colourBar_);
  connect(transform_, &ViewTransform::changed, this, &InspectionView::updateZoomLabel);

  auto* paneRow = new QHBoxLayout;
  paneRow->setSpacing(4);
  for (ImagePane* imagePane : panes_) paneRow->addWidget(imagePane, 1);
  auto* pageLayout = new QVBoxLayout(panesPage_);
  pageLayout->setContentsMargins(0, 0, 0, 0);
  pageLayout->setSpacing(2);
  pageLayout->addWidget(buildToolbar());
  pageLayout->addLayout(paneRow, 1);

  message_->setAlignment(Qt::AlignCenter);
  message_->setWordWrap(true);
  message_->setForegroundRole(QPalette::PlaceholderText);
  stack_->addWidget(message_);
  stack_->addWidget(panesPage_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(stack_);

  retranslate();
  clear(tr("Select a test image to inspect it."));
}

void InspectionView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void InspectionView::retranslate() {
  setAccessibleName(tr("Inspection view"));
  const std::array<QString, 3> titles{tr("Overlay"), tr("Heatmap"), tr("Evaluation")};
  for (Pane pane : kPanes) {
    panes_[indexOf(pane)]->setTitle(titles[indexOf(pane)]);
    panes_[indexOf(pane)]->setPlaceholder(pane == Pane::Evaluation ? evaluationPlaceholder() : noMapPlaceholder());
  }
  fit_->setText(tr("Fit"));
  fit_->setToolTip(tr("Zoom to fit the panes (or double-click an image)"));
  actualSize_->setText(tr("1:1"));
  actualSize_->setToolTip(tr("Show one image pixel per screen pixel (100 %)"));
  tileGrid_->setText(tr("Tiles"));
  tileGrid_->setToolTip(tr("Outline the tiles the model scored this image in (white)"));
  zoom_->setToolTip(tr("Zoom: image pixels per screen pixel, in percent"));
  legend_->setText(tr("%1 TP %2 FP %3 FN — yellow: predicted, cyan: ground truth")
                       .arg(swatch(kTruePositive), swatch(kFalsePositive), swatch(kFalseNegative)));
  legend_->setToolTip(tr("Evaluation at the pixel threshold: true-positive pixels green, false-positive blue, "
                         "false-negative red. Overlay: predicted regions outlined in yellow, ground truth in cyan."));
  updateZoomLabel();
  updateMetrics();
}

QWidget* InspectionView::buildToolbar() {
  connect(fit_, &QToolButton::clicked, this, &InspectionView::zoomToFit);
  connect(actualSize_, &QToolButton::clicked, this, &InspectionView::zoomToActualSize);
  tileGrid_->setObjectName(QStringLiteral("tileGrid"));
  tileGrid_->setCheckable(true);
  tileGrid_->setVisible(false);
  connect(tileGrid_, &QToolButton::toggled, this, &InspectionView::updateOutlines);  // the outlines only, not the threshold's maps
  legend_->setTextFormat(Qt::RichText);
  legend_->setWordWrap(true);  // a second line on a narrow window rather than a cut-off legend
  caption_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  caption_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

  // Two rows, so the caption (file, score, label) keeps the full width even on a narrow window.
  auto* toolbar = new QWidget;
  auto* rows = new QVBoxLayout(toolbar);
  rows->setContentsMargins(2, 0, 6, 0);
  rows->setSpacing(2);
  auto* top = new QHBoxLayout;
  top->setSpacing(6);
  top->addWidget(fit_);
  top->addWidget(actualSize_);
  top->addWidget(zoom_);
  top->addWidget(tileGrid_);
  top->addSpacing(6);
  top->addWidget(caption_, 1);
  auto* bottom = new QHBoxLayout;
  bottom->addWidget(legend_, 1);
  bottom->addSpacing(12);
  bottom->addWidget(metrics_);
  rows->addLayout(top);
  rows->addLayout(bottom);
  return toolbar;
}

void InspectionView::setFrame(InspectionFrame frame) {
  if (frame.image.isNull()) {
    clear(tr("The image could not be shown."));
    return;
  }
  const QSize size = frame.image.size();
  Q_ASSERT(frame.map.empty() || (frame.map.type() == CV_32FC1 && frame.map.cols == size.width() &&
                                 frame.map.rows == size.height()));
  Q_ASSERT(frame.mask.empty() || (frame.mask.type() == CV_8UC1 && frame.mask.cols == size.width() &&
                                  frame.mask.rows == size.height()));
  frame_ = std::move(frame);
  base_ = frame_.image.convertToFormat(QImage::Format_RGB32);
  grey_ = base_.convertToFormat(QImage::Format_Grayscale8).convertToFormat(QImage::Format_RGB32);
  truthOutline_ = frame_.mask.empty() ? QPainterPath() : outlinePath(frame_.mask);
  tileOutline_ = QPainterPath();
  for (const QRect& tile : frame_.tiles) tileOutline_.addRect(QRectF(tile));
  updateTileGridButton();
  caption_->setText(frame_.caption);
  caption_->setToolTip(frame_.caption);
  stack_->setCurrentWidget(panesPage_);
  transform_->setImageSize(size);
  refitIfFitted();
  updateColouredMap();
  updateThreshold();
  if (hover_) emitHover();
}

void InspectionView::clear(const QString& message) {
  frame_ = InspectionFrame();
  base_ = grey_ = colouredMap_ = QImage();
  truthOutline_ = predictedOutline_ = tileOutline_ = QPainterPath();
  updateTileGridButton();
  for (ImagePane* imagePane : panes_) {
    imagePane->setImage(QImage());
    imagePane->setOutlines({});
  }
  if (hover_) showHover(nullptr, std::nullopt);
  message_->setText(message);
  stack_->setCurrentWidget(message_);
  counts_ = ds::ConfusionCounts();
  Q_EMIT pixelCountsChanged(counts_);
}

void InspectionView::setPixelThreshold(double threshold) {
  if (threshold == threshold_) return;
  threshold_ = threshold;
  updateThreshold();
}

void InspectionView::setColourScale(double low, double high) {
  if (low == low_ && high == high_) return;
  low_ = low;
  high_ = high;
  updateColouredMap();
}

void InspectionView::setColourMap(ColourMap map) {
  if (map == colourMap_) return;
  colourMap_ = map;
  updateColouredMap();
}

void InspectionView::setOpacity(double opacity) {
  opacity = std::clamp(opacity, 0.0, 1.0);
  if (opacity == opacity_) return;
  opacity_ = opacity;
  updateOverlay();
}

void InspectionView::setSideBySide(bool on) {
  sideBySide_ = on;
  updatePaneVisibility();
}

void InspectionView::setSinglePane(Pane pane) {
  singlePane_ = pane;
  updatePaneVisibility();
}

void InspectionView::zoomToFit() { transform_->fit(fitViewport()); }

void InspectionView::updateTileGridButton() {
  // Shown for a tiled model's images only: a whole-image model has no tiles, and the caption keeps the width.
  tileGrid_->setVisible(!frame_.tiles.isEmpty());
}

void InspectionView::updateOutlines() {
  QVector<Outline> outlines{{predictedOutline_, QColor(kPredicted)}, {truthOutline_, QColor(kGroundTruth)}};
  if (tileGrid_->isChecked()) outlines.prepend({tileOutline_, QColor(Qt::white)});
  panes_[indexOf(Pane::Overlay)]->setOutlines(outlines);
}

void InspectionView::setTileGridShown(bool shown) { tileGrid_->setChecked(shown); }

bool InspectionView::tileGridShown() const { return tileGrid_->isChecked(); }

void InspectionView::zoomToActualSize() { transform_->setScale(1.0 / devicePixelRatioF()); }

QImage InspectionView::paneImage(Pane pane) const { return panes_[indexOf(pane)]->image(); }

ImagePane* InspectionView::pane(Pane pane) const { return panes_[indexOf(pane)]; }

void InspectionView::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown: Q_EMIT nextRequested(); break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp: Q_EMIT previousRequested(); break;
    default: QWidget::keyPressEvent(event); return;
  }
  event->accept();
}

void InspectionView::updateColouredMap() {
  colouredMap_ = colourise(frame_.map, static_cast<float>(low_), static_cast<float>(high_), colourMap_);
  panes_[indexOf(Pane::Heatmap)]->setImage(colouredMap_);
  colourBar_->setScale(low_, high_, colourMap_);
  colourBar_->setVisible(!colouredMap_.isNull());
  updateOverlay();
}

void InspectionView::updateOverlay() {
  panes_[indexOf(Pane::Overlay)]->setImage(overlay(base_, colouredMap_, opacity_));
}

void InspectionView::updateThreshold() {
  counts_ = ds::ConfusionCounts();
  QImage evaluation;
  predictedOutline_ = QPainterPath();
  if (!frame_.map.empty()) {
    const float threshold = static_cast<float>(threshold_);
    predictedOutline_ = outlinePath(frame_.map >= threshold);
    // Without ground truth a predicted pixel is neither right nor wrong: no colours, no counts.
    if (hasGroundTruth()) {
      const cv::Mat classes = ds::pixelClassMap(frame_.map, frame_.mask, threshold);
      counts_ = ds::countPixelClasses(classes);
      evaluation = evaluationImage(grey_, classes);
    }
  }
  ImagePane* evaluationPane = panes_[indexOf(Pane::Evaluation)];
  evaluationPane->setPlaceholder(evaluationPlaceholder());
  evaluationPane->setImage(evaluation);
  updateOutlines();
  updateMetrics();
  Q_EMIT pixelCountsChanged(counts_);
}

QString InspectionView::noMapPlaceholder() { return tr("No anomaly map yet: score the image to see it here."); }

QString InspectionView::evaluationPlaceholder() const {
  return frame_.map.empty() || hasGroundTruth()
             ? noMapPlaceholder()
             : tr("No pixel ground truth for this image (unlabelled, or defective without a mask): "
                  "its predicted pixels cannot be called right or wrong.");
}

void InspectionView::updateMetrics() {
  if (frame_.map.empty()) {
    metrics_->clear();
    metrics_->setToolTip(QString());
    return;
  }
  metrics_->setText(hasGroundTruth() ? tr("Pixel precision %1 · recall %2 · IoU %3")
                                           .arg(numbers::metric(counts_.precision()), numbers::metric(counts_.recall()),
                                                numbers::metric(counts_.iou()))
                                     : tr("Pixel precision, recall, IoU: – (no pixel ground truth)"));
  metrics_->setToolTip(tr("At pixel threshold %1: TP %2 · FP %3 · FN %4 · TN %5 pixels")
                           .arg(numbers::score(threshold_), numbers::count(counts_.tp), numbers::count(counts_.fp),
                                numbers::count(counts_.fn), numbers::count(counts_.tn)));
}

void InspectionView::updateZoomLabel() {
  zoom_->setText(tr("%1 %").arg(qRound(transform_->scale() * devicePixelRatioF() * 100)));
}

void InspectionView::updatePaneVisibility() {
  for (Pane pane : kPanes) panes_[indexOf(pane)]->setVisible(sideBySide_ || pane == singlePane_);
}

void InspectionView::refitIfFitted() {
  if (transform_->isFitted()) zoomToFit();
}

QSizeF InspectionView::fitViewport() const {
  // Side by side, panes may differ by a layout pixel: fit the smallest so the image is whole in each.
  QSizeF viewport;
  for (const ImagePane* imagePane : panes_) {
    if (!imagePane->isVisibleTo(this)) continue;
    viewport = viewport.isEmpty() ? QSizeF(imagePane->size()) : viewport.boundedTo(imagePane->size());
  }
  return viewport;
}

void InspectionView::showHover(const ImagePane* source, std::optional<QPoint> pixel) {
  hover_ = pixel;
  // The other panes mark the pixel, so one spot can be compared across them; the source has the cursor.
  for (ImagePane* imagePane : panes_) imagePane->setMarker(imagePane == source ? std::nullopt : pixel);
  emitHover();
}

void InspectionView::emitHover() {
  const QSize size = base_.size();
  if (!hover_ || hover_->x() >= size.width() || hover_->y() >= size.height()) {
    Q_EMIT hovered(-1, -1, kNaN);
    return;
  }
  const double score = frame_.map.empty() ? kNaN : double(frame_.map.at<float>(hover_->y(), hover_->x()));
  Q_EMIT hovered(hover_->x(), hover_->y(), score);
}

}  // namespace ds::ui
