#pragma once

#include <QPointF>
#include <limits>
#include <optional>

#include "core/metrics/roc.h"
#include "ui/plots/plot_style.h"
#include "ui/plots/qcustomplot.h"

namespace ds::ui {

// Image and pixel ROC curves over a chance diagonal, with the current operating point of each.
// Hovering a curve point shows its threshold; clicking one picks that threshold.
class RocPlot : public QCustomPlot {
  Q_OBJECT

 public:
  enum class Curve { Image, Pixel };
  struct Pick {
    Curve curve;
    double threshold;
  };

  explicit RocPlot(QWidget* parent = nullptr);

  // An empty curve removes it (and its legend entry); NaN auroc shows as "n/a".
  void setImageCurve(const RocCurve& curve, double auroc);
  void setPixelCurve(const RocCurve& curve, double auroc);
  // Marks the point each threshold gives (score >= threshold is defective); NaN: no mark.
  void setOperatingPoints(double imageThreshold, double pixelThreshold);
  // (FPR, TPR) of the marks; NaN when not shown.
  QPointF imageOperatingPoint() const;
  QPointF pixelOperatingPoint() const;
  // Why the plot is empty; empty while a curve is drawn.
  QString note() const;
  // The threshold of the curve point within reach of pixelPos (widget pixels). The first point
  // (+inf, nothing flagged) gives the next point's threshold, the highest one that can be set.
  std::optional<Pick> thresholdAt(const QPointF& pixelPos) const;

 Q_SIGNALS:
  void imageThresholdPicked(double threshold);
  void pixelThresholdPicked(double threshold);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  struct Series {
    QCPGraph* graph = nullptr;
    QCPGraph* marker = nullptr;
    plotstyle::ThresholdCurve points;
    double auroc = std::numeric_limits<double>::quiet_NaN();  // in the legend
    double operatingThreshold = std::numeric_limits<double>::quiet_NaN();
  };

  void retranslate();
  void setCurve(Series& series, const RocCurve& curve, double auroc);
  void updateLegend();  // the curves' names and entries, or the note saying why there are none
  const Series& seriesOf(const QCPGraph* graph) const;

  Series image_, pixel_;
  QCPItemText* note_ = nullptr;
};

}  // namespace ds::ui
