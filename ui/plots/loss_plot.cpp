#include "ui/plots/loss_plot.h"

#include <QEvent>
#include <algorithm>
#include <cmath>

#include "ui/plots/plot_style.h"

namespace ds::ui {
namespace {

constexpr int kRefreshIntervalMs = 100;

}  // namespace

LossPlot::LossPlot(QWidget* parent) : QCustomPlot(parent) {
  plotstyle::applyBaseStyle(*this, Qt::AlignTop | Qt::AlignRight);
  // The legend sits top right, so the caption goes top left, inside the axis rect: no extra row.
  caption_ = plotstyle::addNote(*this);
  caption_->position->setCoords(0.01, 0.02);
  caption_->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
  caption_->setTextAlignment(Qt::AlignLeft);
  caption_->setPadding(QMargins(4, 2, 4, 2));
  refreshTimer_.setSingleShot(true);
  refreshTimer_.setInterval(kRefreshIntervalMs);
  connect(&refreshTimer_, &QTimer::timeout, this, &LossPlot::refresh);
  retranslate();
}

void LossPlot::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QCustomPlot::changeEvent(event);
}

void LossPlot::retranslate() {
  plotstyle::applyLocale(*this);
  xAxis->setLabel(tr("Step"));
  yAxis->setLabel(tr("Value"));  // losses, and other live figures such as PatchCore's coverage radius
  replot(rpQueuedReplot);
}

void LossPlot::addPoint(const QString& stream, double step, double value) {
  auto [it, added] = streams_.try_emplace(stream);
  Stream& s = it->second;
  if (added) {
    s.graph = addGraph();
    s.graph->setName(stream);
    s.graph->setPen(plotstyle::curvePen(plotstyle::seriesColor(graphCount() - 1)));
    // In order of arrival, like the colours (the map orders by name).
    std::vector<QCPAbstractPlottable*> entries;
    for (int i = 0; i < graphCount(); ++i) entries.push_back(graph(i));
    plotstyle::setLegendEntries(*this, entries);
  }
  s.points.push_back({step, value});
  if (drawable(value)) s.graph->addData(step, value);
  scheduleRefresh();
}

void LossPlot::setCaption(const QString& text) {
  plotstyle::showNote(*caption_, text);
  replot(rpQueuedReplot);
}

QString LossPlot::caption() const { return caption_->visible() ? caption_->text() : QString(); }

void LossPlot::clear() {
  clearGraphs();
  streams_.clear();
  plotstyle::setLegendEntries(*this, {});
  scheduleRefresh();
}

void LossPlot::setLogScale(bool on) {
  logScale_ = on;
  yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
  yAxis->setTicker(on ? QSharedPointer<QCPAxisTicker>(QSharedPointer<QCPAxisTickerLog>::create())
                      : QSharedPointer<QCPAxisTicker>::create());
  for (auto& [name, s] : streams_) {
    QVector<QCPGraphData> shown;
    for (const QCPGraphData& point : s.points)
      if (drawable(point.value)) shown.append(point);
    s.graph->data()->set(shown, false);  // steps may come out of order after a resumed run
  }
  scheduleRefresh();
}

int LossPlot::pointCount(const QString& stream) const {
  const auto it = streams_.find(stream);
  return it == streams_.end() ? 0 : static_cast<int>(it->second.points.size());
}

int LossPlot::plottedPointCount(const QString& stream) const {
  const auto it = streams_.find(stream);
  return it == streams_.end() ? 0 : it->second.graph->dataCount();
}

bool LossPlot::drawable(double value) const { return std::isfinite(value) && (!logScale_ || value > 0); }

// The first point after a quiet spell shows within kRefreshIntervalMs; later ones ride along.
void LossPlot::scheduleRefresh() {
  if (!refreshTimer_.isActive()) refreshTimer_.start();
}

void LossPlot::refresh() {
  // Without points the rescale keeps the old range, which the margin would then widen every time.
  const bool anyPoints = std::any_of(streams_.begin(), streams_.end(),
                                     [](const auto& stream) { return stream.second.graph->dataCount() > 0; });
  if (anyPoints) {
    rescaleAxes();
    yAxis->scaleRange(1.1);  // keeps the extremes off the frame
  }
  replot(rpQueuedReplot);
}

}  // namespace ds::ui
