#pragma once

#include <limits>

#include "core/metrics/pixel_metrics.h"
#include "ui/plots/qcustomplot.h"

namespace ds::ui {

// Per-region overlap against pixel FPR up to the integration limit of AUPRO, with the integrated
// area shaded.
class ProPlot : public QCustomPlot {
  Q_OBJECT

 public:
  // MVTec AD's integration limit.
  static constexpr double kDefaultLimit = 0.3;

  explicit ProPlot(QWidget* parent = nullptr);

  // An empty curve or NaN aupro clears the plot and says why.
  void setCurve(const ProCurve& curve, double aupro, double limit = kDefaultLimit);
  // The plotted points: those up to the limit, the last one interpolated at the limit.
  int pointCount() const { return graph_->dataCount(); }
  QPointF lastPoint() const;
  // Why the plot is empty; empty while a curve is drawn.
  QString note() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void updateTexts();  // the legend name, or the note while there is no curve

  QCPGraph* graph_ = nullptr;
  QCPItemText* note_ = nullptr;
  double aupro_ = std::numeric_limits<double>::quiet_NaN();
  double limit_ = kDefaultLimit;
};

}  // namespace ds::ui
