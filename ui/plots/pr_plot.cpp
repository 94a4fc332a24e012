#include "ui/plots/pr_plot.h"

#include <QEvent>
#include <cmath>

#include "ui/text/numbers.h"

namespace ds::ui {

PrPlot::PrPlot(QWidget* parent) : QCustomPlot(parent) {
  plotstyle::applyBaseStyle(*this, Qt::AlignBottom | Qt::AlignLeft);
  plotstyle::setUnitRange(*xAxis);
  plotstyle::setUnitRange(*yAxis);

  graph_ = addGraph();
  graph_->setPen(plotstyle::curvePen(plotstyle::imageColor()));
  // Precision holds until recall reaches the next point (scikit-learn's display, and what average
  // precision integrates); straight segments would overstate it.
  graph_->setLineStyle(QCPGraph::lsStepRight);
  f1Marker_ = plotstyle::addMarker(*this, Qt::white, QCPScatterStyle::ssDiamond);
  operatingMarker_ = plotstyle::addMarker(*this, plotstyle::imageColor());

  f1Label_ = new QCPItemText(this);
  f1Label_->setFont(font());
  f1Label_->setPadding(QMargins(10, 8, 10, 8));  // clear of the marker and of the curve through it
  f1Label_->setVisible(false);

  plotstyle::installPointTooltips(*this, {graph_}, [this](const plotstyle::NearestPoint& p) {
    const double recall = points_.x[p.index], precision = points_.y[p.index];
    const double f1 = recall + precision > 0 ? 2 * recall * precision / (recall + precision) : 0.0;
    return tr("Threshold %1\nRecall %2\nPrecision %3\nF1 %4")
        .arg(numbers::score(points_.thresholds[p.index]), numbers::metric(recall),
             numbers::metric(precision), numbers::metric(f1));
  });
  retranslate();
}

void PrPlot::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QCustomPlot::changeEvent(event);
}

void PrPlot::retranslate() {
  plotstyle::applyLocale(*this);
  xAxis->setLabel(tr("Recall"));
  yAxis->setLabel(tr("Precision"));
  updateF1Text();
  replot(rpQueuedReplot);
}

void PrPlot::updateF1Text() {
  f1Label_->setText(tr("F1 max %1 at %2").arg(numbers::metric(best_.f1), numbers::score(best_.threshold)));
}

void PrPlot::setCurve(const PrCurve& curve, F1Max best) {
  // Reversed, the curve runs from the "nothing flagged" end (recall 0, threshold +inf) to ever lower
  // thresholds, like a ROC curve, so both share ThresholdCurve's operating-point rule.
  const std::vector<double> recall(curve.recall.rbegin(), curve.recall.rend());
  const std::vector<double> precision(curve.precision.rbegin(), curve.precision.rend());
  std::vector<double> thresholds{std::numeric_limits<double>::infinity()};
  thresholds.insert(thresholds.end(), curve.thresholds.rbegin(), curve.thresholds.rend());
  points_ = plotstyle::ThresholdCurve(recall, precision, thresholds);
  graph_->setData(points_.x, points_.y, true);

  const int bestIndex = points_.indexForThreshold(best.threshold);
  plotstyle::placeMarker(*f1Marker_, points_, bestIndex);
  best_ = best;
  updateF1Text();
  f1Label_->setVisible(bestIndex >= 0);
  placeF1Label();
  setOperatingPoint(operatingThreshold_);
}

void PrPlot::setOperatingPoint(double threshold) {
  operatingThreshold_ = threshold;
  plotstyle::placeMarker(*operatingMarker_, points_, points_.indexForThreshold(threshold));
  replot(rpQueuedReplot);
}

QPointF PrPlot::operatingPoint() const { return plotstyle::markerPosition(*operatingMarker_); }

QPointF PrPlot::f1MaxPoint() const { return plotstyle::markerPosition(*f1Marker_); }

QString PrPlot::f1MaxLabel() const { return f1Label_->visible() ? f1Label_->text() : QString(); }

void PrPlot::placeF1Label() {
  const QPointF point = f1MaxPoint();
  if (std::isnan(point.x())) return;
  f1Label_->position->setCoords(point);
  // The label goes into the quadrant with room: left of points at high recall, below points at
  // high precision (where the curve usually sits).
  const Qt::Alignment horizontal = point.x() > 0.6 ? Qt::AlignRight : Qt::AlignLeft;
  const Qt::Alignment vertical = point.y() > 0.8 ? Qt::AlignTop : Qt::AlignBottom;
  f1Label_->setPositionAlignment(horizontal | vertical);
}

}  // namespace ds::ui
