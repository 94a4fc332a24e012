#pragma once

#include <QPointF>
#include <limits>

#include "core/metrics/roc.h"
#include "ui/plots/plot_style.h"
#include "ui/plots/qcustomplot.h"

namespace ds::ui {

// Image precision–recall curve with its F1-max point (labelled) and the current operating point.
class PrPlot : public QCustomPlot {
  Q_OBJECT

 public:
  explicit PrPlot(QWidget* parent = nullptr);

  // An empty curve clears the plot.
  void setCurve(const PrCurve& curve, F1Max best);
  // Marks the point the threshold gives (score >= threshold is defective); NaN: no mark.
  void setOperatingPoint(double threshold);
  // (recall, precision) of the marks; NaN when not shown.
  QPointF operatingPoint() const;
  QPointF f1MaxPoint() const;
  // "F1 max 0.850 at 1.23"; empty when not shown.
  QString f1MaxLabel() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void updateF1Text();
  void placeF1Label();

  QCPGraph* graph_ = nullptr;
  QCPGraph* f1Marker_ = nullptr;
  QCPGraph* operatingMarker_ = nullptr;
  QCPItemText* f1Label_ = nullptr;
  plotstyle::ThresholdCurve points_;
  F1Max best_;  // what f1Label_ says
  double operatingThreshold_ = std::numeric_limits<double>::quiet_NaN();
};

}  // namespace ds::ui
