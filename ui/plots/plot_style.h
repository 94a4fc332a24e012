#pragma once

#include <QColor>
#include <QPointF>
#include <QString>
#include <QVector>
#include <functional>
#include <optional>
#include <vector>

#include "ui/plots/qcustomplot.h"

// Look and feel shared by all DefectScope plots, so that colours, fonts, markers and hover
// behaviour agree between them.
namespace ds::ui::plotstyle {

// Image curves blue, pixel curves orange everywhere; good green and defective red as on the
// inspection views.
QColor imageColor();
QColor pixelColor();
QColor goodColor();
QColor defectColor();
QColor unlabelledColor();
QColor reviewColor();
QColor nokColor();
// Chance diagonals and other guides that must not compete with the data.
QColor guideColor();
// Distinct colours for any number of series; repeats after the palette's end.
QColor seriesColor(int index);

// Pixel distance within which a point counts as hovered or clicked.
constexpr double kPickRadiusPx = 10.0;

// Fonts from the widget's own (point sizes, hence DPI-aware), antialiasing, a light grid, a frame
// on all four sides and the legend inside the axis rect at legendCorner.
void applyBaseStyle(QCustomPlot& plot, Qt::Alignment legendCorner);
// Tick labels in the UI language's locale (QLocale()), as every other number; again after a language change.
void applyLocale(QCustomPlot& plot);
// Fixed range 0..upper with a sliver of padding, so curves running along an edge stay visible.
void setUnitRange(QCPAxis& axis, double upper = 1.0);
QPen curvePen(const QColor& color);
// Replaces the legend's entries by these plottables in this order; hides an empty legend.
void setLegendEntries(QCustomPlot& plot, const std::vector<QCPAbstractPlottable*>& plottables);

// A note centred over the axis rect saying why the plot is empty; hidden until showNote.
QCPItemText* addNote(QCustomPlot& plot);
// Shows text on the note, or hides it for an empty text.
void showNote(QCPItemText& note, const QString& text);


// The drawable points of a threshold curve in order of decreasing threshold: the first point's
// threshold is +inf (nothing flagged). Points with a non-finite coordinate are dropped.
struct ThresholdCurve {
  QVector<double> x, y, thresholds;

  ThresholdCurve() = default;
  ThresholdCurve(const std::vector<double>& xs, const std::vector<double>& ys, const std::vector<double>& ts);
  bool empty() const { return x.isEmpty(); }
  // The point that predicting "defective when score >= t" gives: the smallest threshold >= t.
  // -1 for NaN or an empty curve.
  int indexForThreshold(double t) const;
};

// A single-point graph drawn as a filled circle (or shape) with a dark rim, kept out of the legend.
QCPGraph* addMarker(QCustomPlot& plot, const QColor& color,
                    QCPScatterStyle::ScatterShape shape = QCPScatterStyle::ssCircle);
// Moves marker to the curve's point index; index -1 hides it.
void placeMarker(QCPGraph& marker, const ThresholdCurve& curve, int index);
// The marker's position in plot coordinates, NaN when hidden.
QPointF markerPosition(const QCPGraph& marker);

struct NearestPoint {
  QCPGraph* graph = nullptr;
  int index = -1;
};
// The data point of a visible graph nearest to pixelPos (widget pixels), if within kPickRadiusPx.
std::optional<NearestPoint> nearestPoint(const std::vector<QCPGraph*>& graphs, const QPointF& pixelPos);
// Hovering shows describe(point) as a tooltip for the nearest point of graphs.
void installPointTooltips(QCustomPlot& plot, std::vector<QCPGraph*> graphs,
                          std::function<QString(const NearestPoint&)> describe);

}  // namespace ds::ui::plotstyle
