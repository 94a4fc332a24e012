#include "ui/plots/pro_plot.h"

#include <QEvent>
#include <cmath>
#include <limits>

#include "ui/plots/plot_style.h"
#include "ui/text/numbers.h"

namespace ds::ui {

ProPlot::ProPlot(QWidget* parent) : QCustomPlot(parent) {
  plotstyle::applyBaseStyle(*this, Qt::AlignBottom | Qt::AlignRight);
  plotstyle::setUnitRange(*xAxis, kDefaultLimit);
  plotstyle::setUnitRange(*yAxis);

  graph_ = addGraph();
  graph_->setPen(plotstyle::curvePen(plotstyle::pixelColor()));
  QColor fill = plotstyle::pixelColor();
  fill.setAlpha(45);
  graph_->setBrush(fill);  // a graph's brush fills down to zero: the area AUPRO integrates
  note_ = plotstyle::addNote(*this);

  plotstyle::installPointTooltips(*this, {graph_}, [this](const plotstyle::NearestPoint& p) {
    const auto point = graph_->data()->at(p.index);
    return tr("FPR %1\nPRO %2").arg(numbers::metric(point->key), numbers::metric(point->value));
  });
  retranslate();
}

void ProPlot::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QCustomPlot::changeEvent(event);
}

void ProPlot::retranslate() {
  plotstyle::applyLocale(*this);
  xAxis->setLabel(tr("False positive rate (pixels)"));
  yAxis->setLabel(tr("Per-region overlap"));
  // Before the first curve the plot shows neither legend nor note, and stays so.
  if (legend->visible() || note_->visible()) updateTexts();
  replot(rpQueuedReplot);
}

void ProPlot::updateTexts() {
  graph_->setName(tr("AUPRO (FPR ≤ %1) %2").arg(numbers::shortest(limit_), numbers::metric(aupro_)));
  const bool empty = graph_->dataCount() == 0;
  plotstyle::showNote(*note_, empty ? tr("No per-region overlap: it needs scored defective test images\n"
                                         "with ground-truth masks, and good pixels beside them.")
                                    : QString());
}

void ProPlot::setCurve(const ProCurve& curve, double aupro, double limit) {
  QVector<double> fpr, pro;
  const std::size_t n = std::min(curve.fpr.size(), curve.pro.size());
  for (std::size_t i = 0; i < n && !std::isnan(aupro); ++i) {
    const double x = curve.fpr[i], y = curve.pro[i];
    if (!std::isfinite(x) || !std::isfinite(y)) continue;
    if (x > limit) {
      // Close the shaded area exactly at the limit, as the integration does.
      if (!fpr.isEmpty() && fpr.last() < limit) {
        const double x0 = fpr.last(), y0 = pro.last();
        fpr.append(limit);
        pro.append(y0 + (y - y0) * (limit - x0) / (x - x0));
      }
      break;
    }
    fpr.append(x);
    pro.append(y);
  }
  graph_->setData(fpr, pro, true);  // equal FPRs keep their order (vertical steps)
  aupro_ = aupro;
  limit_ = limit;
  plotstyle::setUnitRange(*xAxis, limit);
  std::vector<QCPAbstractPlottable*> entries;
  if (!fpr.isEmpty()) entries.push_back(graph_);
  plotstyle::setLegendEntries(*this, entries);
  updateTexts();
  replot(rpQueuedReplot);
}

QString ProPlot::note() const { return note_->visible() ? note_->text() : QString(); }

QPointF ProPlot::lastPoint() const {
  if (graph_->dataCount() == 0) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    return {nan, nan};
  }
  const auto last = graph_->data()->constEnd() - 1;
  return {last->key, last->value};
}

}  // namespace ds::ui
