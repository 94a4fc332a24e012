#pragma once

#include <array>
#include <limits>
#include <vector>

#include "ui/plots/qcustomplot.h"

namespace ds::ui {

// Histogram of test-image scores, good against defective (and unlabelled, if any), with the
// decision thresholds as vertical lines the user can drag.
class ScoreHistogram : public QCustomPlot {
  Q_OBJECT

 public:
  explicit ScoreHistogram(QWidget* parent = nullptr);

  // One set of bins for all groups, chosen from the pooled scores (Freedman–Diaconis, 10..60).
  void setScores(const std::vector<double>& good, const std::vector<double>& defective,
                 const std::vector<double>& unlabelled);
  // Stacked bars, or overlaid semi-transparent ones.
  void setStacked(bool stacked);
  bool isStacked() const { return stacked_; }
  // NOK from t2; with twoLevel, REVIEW from t1 to t2. NaN t2: no lines.
  void setThresholds(double t1, double t2, bool twoLevel);
  double reviewThreshold() const { return t1_; }
  double nokThreshold() const { return t2_; }
  int binCount() const { return static_cast<int>(binCounts_[0].size()); }
  double binWidth() const { return binWidth_; }
  // Whether the REVIEW and NOK labels cover each other (they should not, at any width).
  bool thresholdLabelsOverlap() const;

 Q_SIGNALS:
  // While a line is dragged, on every move; t1 <= t2, and t1 == t2 with a single level.
  void thresholdsDragged(double t1, double t2);

 protected:
  void changeEvent(QEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;

 private:
  enum class Handle { None, Review, Nok };
  enum Group { Good, Defective, Unlabelled, GroupCount };

  void retranslate();
  Handle handleAt(const QPointF& pixelPos) const;
  void dragTo(double pixelX);
  void updateBarNames();  // the groups with their image counts, as the legend lists them
  void updateBarStyle();
  void updateValueRange();
  void includeThresholdsInKeyRange();
  void updateThresholdItems();
  void alignThresholdLabels();

  std::array<QCPBars*, GroupCount> bars_{};
  std::array<std::vector<double>, GroupCount> binCounts_;
  std::array<int, GroupCount> totals_{};  // scored images per group
  QCPRange scoreRange_;  // the bins with one bin to spare on either side
  double binWidth_ = 0;
  QCPItemRect* reviewBand_ = nullptr;
  QCPItemStraightLine* reviewLine_ = nullptr;
  QCPItemStraightLine* nokLine_ = nullptr;
  QCPItemText* reviewLabel_ = nullptr;
  QCPItemText* nokLabel_ = nullptr;
  double t1_ = std::numeric_limits<double>::quiet_NaN();
  double t2_ = std::numeric_limits<double>::quiet_NaN();
  bool twoLevel_ = false;
  bool stacked_ = false;
  Handle dragged_ = Handle::None;
};

}  // namespace ds::ui
