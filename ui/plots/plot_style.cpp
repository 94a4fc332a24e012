#include "ui/plots/plot_style.h"

#include <QLocale>
#include <QCoreApplication>
#include <QToolTip>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace ds::ui::plotstyle {
namespace {

const QColor kAxisColor(0x55, 0x5a, 0x64);
const QColor kTextColor(0x2d, 0x31, 0x38);
const QColor kGridColor(0xe3, 0xe5, 0xe8);
const QColor kMarkerRimColor(0x20, 0x20, 0x20);
constexpr double kCurveWidth = 2.0;
constexpr double kMarkerSize = 11.0;

// Tableau 10: distinguishable, also in print, and mostly for colour-blind viewers.
constexpr std::array<QRgb, 10> kPalette{0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                        0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};

QFont scaledFont(const QFont& font, double factor) {
  QFont scaled = font;
  if (font.pointSizeF() > 0)
    scaled.setPointSizeF(font.pointSizeF() * factor);
  else
    scaled.setPixelSize(std::max(1, static_cast<int>(std::lround(font.pixelSize() * factor))));
  return scaled;
}

}  // namespace

QColor imageColor() { return QColor::fromRgb(kPalette[0]); }
QColor pixelColor() { return QColor::fromRgb(kPalette[1]); }
// Bluish green and orange-red stay apart for red-green colour-blind viewers.
QColor goodColor() { return QColor(0x1b, 0x9e, 0x77); }
QColor defectColor() { return QColor(0xd7, 0x30, 0x1f); }
QColor unlabelledColor() { return QColor(0x9a, 0x9e, 0xa6); }
QColor reviewColor() { return QColor(0xe0, 0x9b, 0x00); }
QColor nokColor() { return QColor(0xb0, 0x1e, 0x2f); }
QColor guideColor() { return QColor(0xa0, 0xa4, 0xab); }
QColor seriesColor(int index) {
  return QColor::fromRgb(kPalette[static_cast<std::size_t>(index) % kPalette.size()]);
}

void applyBaseStyle(QCustomPlot& plot, Qt::Alignment legendCorner) {
  plot.setAntialiasedElements(QCP::aePlottables | QCP::aeItems | QCP::aeScatters | QCP::aeFills |
                              QCP::aeLegendItems);
  plot.setAutoAddPlottableToLegend(false);  // setLegendEntries decides what the legend lists
  applyLocale(plot);
  const QFont labelFont = plot.font();
  const QFont tickFont = scaledFont(labelFont, 0.9);
  for (QCPAxis* axis : plot.axisRect()->axes()) {
    axis->setBasePen(QPen(kAxisColor, 1));
    axis->setTickPen(QPen(kAxisColor, 1));
    axis->setSubTickPen(QPen(kAxisColor, 1));
    axis->setLabelFont(labelFont);
    axis->setLabelColor(kTextColor);
    axis->setTickLabelFont(tickFont);
    axis->setTickLabelColor(kTextColor);
    axis->grid()->setPen(QPen(kGridColor, 1));
    axis->grid()->setSubGridVisible(false);
    axis->grid()->setZeroLinePen(Qt::NoPen);
  }
  // The top and right axes only close the frame.
  for (QCPAxis* axis : {plot.xAxis2, plot.yAxis2}) {
    axis->setVisible(true);
    axis->setTicks(false);
    axis->setTickLabels(false);
  }
  plot.legend->setFont(labelFont);
  plot.legend->setTextColor(kTextColor);
  plot.legend->setBrush(QColor(255, 255, 255, 225));
  plot.legend->setBorderPen(QPen(kGridColor.darker(115), 1));
  plot.legend->setIconSize(24, 12);
  plot.legend->setVisible(false);
  plot.axisRect()->insetLayout()->setInsetAlignment(0, legendCorner);
  // The buffer's pixel ratio is fixed at construction; follow the screen the plot is on now.
  QObject::connect(&plot, &QCustomPlot::beforeReplot, &plot, [&plot] {
    if (!qFuzzyCompare(plot.bufferDevicePixelRatio(), plot.devicePixelRatioF()))
      plot.setBufferDevicePixelRatio(plot.devicePixelRatioF());
  });
}

void applyLocale(QCustomPlot& plot) {
  // Explicitly: QCustomPlot's tick labels would otherwise be in the C locale.
  QLocale locale;
  locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
  plot.setLocale(locale);
}

void setUnitRange(QCPAxis& axis, double upper) {
  const double pad = 0.02 * upper;
  axis.setRange(-pad, upper + pad);
}

QPen curvePen(const QColor& color) {
  QPen pen(color, kCurveWidth);
  pen.setJoinStyle(Qt::RoundJoin);
  pen.setCapStyle(Qt::RoundCap);
  return pen;
}

void setLegendEntries(QCustomPlot& plot, const std::vector<QCPAbstractPlottable*>& plottables) {
  plot.legend->clearItems();
  for (QCPAbstractPlottable* plottable : plottables) plottable->addToLegend(plot.legend);
  plot.legend->setVisible(plot.legend->itemCount() > 0);
}

QCPItemText* addNote(QCustomPlot& plot) {
  auto* note = new QCPItemText(&plot);
  note->setClipToAxisRect(true);
  note->position->setType(QCPItemPosition::ptAxisRectRatio);
  note->position->setCoords(0.5, 0.5);
  note->setPositionAlignment(Qt::AlignCenter);
  note->setTextAlignment(Qt::AlignCenter);
  note->setColor(plot.palette().color(QPalette::PlaceholderText));
  note->setBrush(plot.palette().base());
  note->setPadding(QMargins(8, 6, 8, 6));
  note->setVisible(false);
  return note;
}

void showNote(QCPItemText& note, const QString& text) {
  note.setText(text);
  note.setVisible(!text.isEmpty());
}

ThresholdCurve::ThresholdCurve(const std::vector<double>& xs, const std::vector<double>& ys,
                               const std::vector<double>& ts) {
  const std::size_t n = std::min({xs.size(), ys.size(), ts.size()});
  for (std::size_t i = 0; i < n; ++i) {
    if (!std::isfinite(xs[i]) || !std::isfinite(ys[i])) continue;
    x.append(xs[i]);
    y.append(ys[i]);
    thresholds.append(ts[i]);
  }
}

int ThresholdCurve::indexForThreshold(double t) const {
  if (std::isnan(t)) return -1;
  const auto firstBelow = std::partition_point(thresholds.begin(), thresholds.end(), [t](double v) { return v >= t; });
  return static_cast<int>(firstBelow - thresholds.begin()) - 1;
}

QCPGraph* addMarker(QCustomPlot& plot, const QColor& color, QCPScatterStyle::ScatterShape shape) {
  QCPGraph* marker = plot.addGraph();
  marker->setLineStyle(QCPGraph::lsNone);
  marker->setScatterStyle(QCPScatterStyle(shape, QPen(kMarkerRimColor, 1.5), QBrush(color), kMarkerSize));
  marker->setSelectable(QCP::stNone);
  return marker;
}

void placeMarker(QCPGraph& marker, const ThresholdCurve& curve, int index) {
  if (index < 0 || index >= curve.x.size()) {
    marker.data()->clear();
    return;
  }
  marker.setData({curve.x[index]}, {curve.y[index]}, true);
}

QPointF markerPosition(const QCPGraph& marker) {
  if (marker.dataCount() == 0) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    return {nan, nan};
  }
  const auto point = marker.data()->constBegin();
  return {point->key, point->value};
}

std::optional<NearestPoint> nearestPoint(const std::vector<QCPGraph*>& graphs, const QPointF& pixelPos) {
  std::optional<NearestPoint> nearest;
  double bestDistance = kPickRadiusPx * kPickRadiusPx;
  for (QCPGraph* graph : graphs) {
    if (!graph->visible()) continue;
    int index = 0;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it, ++index) {
      const QPointF d = graph->coordsToPixels(it->key, it->value) - pixelPos;
      const double distance = QPointF::dotProduct(d, d);
      if (distance <= bestDistance) {
        bestDistance = distance;
        nearest = NearestPoint{graph, index};
      }
    }
  }
  return nearest;
}

void installPointTooltips(QCustomPlot& plot, std::vector<QCPGraph*> graphs,
                          std::function<QString(const NearestPoint&)> describe) {
  plot.setMouseTracking(true);
  QObject::connect(&plot, &QCustomPlot::mouseMove, &plot,
                   [&plot, graphs = std::move(graphs), describe = std::move(describe)](QMouseEvent* event) {
                     if (const auto point = nearestPoint(graphs, event->position()))
                       QToolTip::showText(event->globalPosition().toPoint(), describe(*point), &plot);
                     else
                       QToolTip::hideText();
                   });
}

}  // namespace ds::ui::plotstyle
