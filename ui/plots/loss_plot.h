#pragma once

#include <QString>
#include <QTimer>
#include <map>
#include <vector>

#include "ui/plots/qcustomplot.h"

namespace ds::ui {

// Live training curves, one per named stream ("train loss", "val loss", ...). Points may arrive
// thousands at a time: they are stored at once, but the plot redraws at most ten times a second.
class LossPlot : public QCustomPlot {
  Q_OBJECT

 public:
  explicit LossPlot(QWidget* parent = nullptr);

  // A new stream gets the palette's next colour and a legend entry.
  void addPoint(const QString& stream, double step, double value);
  void clear();
  // A line in the top-left corner of the plot (which run the curves belong to); kept by clear().
  void setCaption(const QString& text);
  QString caption() const;
  // Logarithmic value axis; values <= 0 are not drawn while it is on.
  void setLogScale(bool on);
  bool isLogScale() const { return logScale_; }
  // Points received for the stream (0 for an unknown one) and, of these, points drawn.
  int pointCount(const QString& stream) const;
  int plottedPointCount(const QString& stream) const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  struct Stream {
    QCPGraph* graph = nullptr;
    std::vector<QCPGraphData> points;
  };

  void retranslate();
  bool drawable(double value) const;
  void scheduleRefresh();
  void refresh();

  std::map<QString, Stream> streams_;
  QCPItemText* caption_ = nullptr;
  QTimer refreshTimer_;
  bool logScale_ = false;
};

}  // namespace ds::ui
