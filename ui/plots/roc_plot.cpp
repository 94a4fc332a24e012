#include "ui/plots/roc_plot.h"

#include <QEvent>
#include <cmath>

#include "ui/text/numbers.h"

namespace ds::ui {

RocPlot::RocPlot(QWidget* parent) : QCustomPlot(parent) {
  // The legend sits where ROC curves never go: below the diagonal.
  plotstyle::applyBaseStyle(*this, Qt::AlignBottom | Qt::AlignRight);
  plotstyle::setUnitRange(*xAxis);
  plotstyle::setUnitRange(*yAxis);

  auto* chance = new QCPItemLine(this);
  chance->start->setCoords(0, 0);
  chance->end->setCoords(1, 1);
  chance->setPen(QPen(plotstyle::guideColor(), 1, Qt::DashLine));

  image_.graph = addGraph();
  image_.graph->setPen(plotstyle::curvePen(plotstyle::imageColor()));
  pixel_.graph = addGraph();
  pixel_.graph->setPen(plotstyle::curvePen(plotstyle::pixelColor()));
  image_.marker = plotstyle::addMarker(*this, plotstyle::imageColor());
  pixel_.marker = plotstyle::addMarker(*this, plotstyle::pixelColor());
  note_ = plotstyle::addNote(*this);

  plotstyle::installPointTooltips(*this, {image_.graph, pixel_.graph}, [this](const plotstyle::NearestPoint& p) {
    const Series& series = seriesOf(p.graph);
    return tr("%1\nThreshold %2\nFPR %3\nTPR %4")
        .arg(p.graph == image_.graph ? tr("Image") : tr("Pixel"),
             numbers::score(series.points.thresholds[p.index]),
             numbers::metric(series.points.x[p.index]), numbers::metric(series.points.y[p.index]));
  });
  connect(this, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    const auto pick = thresholdAt(event->position());
    if (!pick) return;
    if (pick->curve == Curve::Image)
      Q_EMIT imageThresholdPicked(pick->threshold);
    else
      Q_EMIT pixelThresholdPicked(pick->threshold);
  });
  retranslate();
}

void RocPlot::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QCustomPlot::changeEvent(event);
}

void RocPlot::retranslate() {
  plotstyle::applyLocale(*this);
  xAxis->setLabel(tr("False positive rate"));
  yAxis->setLabel(tr("True positive rate"));
  // Before the first curve the plot shows neither legend nor note, and stays so.
  if (legend->visible() || note_->visible()) updateLegend();
  replot(rpQueuedReplot);
}

void RocPlot::setImageCurve(const RocCurve& curve, double auroc) { setCurve(image_, curve, auroc); }

void RocPlot::setPixelCurve(const RocCurve& curve, double auroc) { setCurve(pixel_, curve, auroc); }

void RocPlot::setCurve(Series& series, const RocCurve& curve, double auroc) {
  // Without both classes there is no curve, only a line along an axis: drawn, it would look like one,
  // and its operating point would mark a rate that was never measured.
  series.points = std::isnan(auroc) ? plotstyle::ThresholdCurve() : plotstyle::ThresholdCurve(curve.fpr, curve.tpr, curve.thresholds);
  // Ties give vertical runs (equal FPR); keep the curve's own order instead of sorting by FPR.
  series.graph->setData(series.points.x, series.points.y, true);
  series.auroc = auroc;
  plotstyle::placeMarker(*series.marker, series.points, series.points.indexForThreshold(series.operatingThreshold));
  updateLegend();
  replot(rpQueuedReplot);
}

void RocPlot::setOperatingPoints(double imageThreshold, double pixelThreshold) {
  for (auto [series, threshold] : {std::pair{&image_, imageThreshold}, std::pair{&pixel_, pixelThreshold}}) {
    series->operatingThreshold = threshold;
    plotstyle::placeMarker(*series->marker, series->points, series->points.indexForThreshold(threshold));
  }
  replot(rpQueuedReplot);
}

QPointF RocPlot::imageOperatingPoint() const { return plotstyle::markerPosition(*image_.marker); }

QPointF RocPlot::pixelOperatingPoint() const { return plotstyle::markerPosition(*pixel_.marker); }

QString RocPlot::note() const { return note_->visible() ? note_->text() : QString(); }

std::optional<RocPlot::Pick> RocPlot::thresholdAt(const QPointF& pixelPos) const {
  const auto point = plotstyle::nearestPoint({image_.graph, pixel_.graph}, pixelPos);
  if (!point) return std::nullopt;
  const QVector<double>& thresholds = seriesOf(point->graph).points.thresholds;
  int index = point->index;
  if (std::isinf(thresholds[index])) ++index;
  if (index >= thresholds.size()) return std::nullopt;
  return Pick{point->graph == image_.graph ? Curve::Image : Curve::Pixel, thresholds[index]};
}

void RocPlot::updateLegend() {
  image_.graph->setName(tr("Image AUROC %1").arg(numbers::metric(image_.auroc)));
  pixel_.graph->setName(tr("Pixel AUROC %1").arg(numbers::metric(pixel_.auroc)));
  std::vector<QCPAbstractPlottable*> entries;
  for (const Series* series : {&image_, &pixel_})
    if (!series->points.empty()) entries.push_back(series->graph);
  plotstyle::setLegendEntries(*this, entries);
  plotstyle::showNote(*note_, entries.empty() ? tr("No ROC curve: it needs scored good and defective test images.") : QString());
}

const RocPlot::Series& RocPlot::seriesOf(const QCPGraph* graph) const {
  return graph == image_.graph ? image_ : pixel_;
}

}  // namespace ds::ui
