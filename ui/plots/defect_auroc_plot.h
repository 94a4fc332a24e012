#pragma once

#include <QString>
#include <map>
#include <vector>

#include "ui/plots/qcustomplot.h"

namespace ds::ui {

// Image AUROC per defect type as labelled horizontal bars (names stay readable however long they
// are), against a dashed chance line at 0.5.
class DefectAurocPlot : public QCustomPlot {
  Q_OBJECT

 public:
  explicit DefectAurocPlot(QWidget* parent = nullptr);

  // Types with a NaN AUROC get no bar; a note under the plot names them.
  void setAurocs(const std::map<QString, double>& aurocs);
  int barCount() const { return bars_->dataCount(); }
  // Empty when every type has a bar.
  QString note() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void showAurocs();  // bars, value labels and note of aurocs_
  void setNote(const QString& text);

  std::map<QString, double> aurocs_;
  QCPBars* bars_ = nullptr;
  QSharedPointer<QCPAxisTickerText> ticker_;
  std::vector<QCPItemText*> valueLabels_;
  QCPTextElement* note_ = nullptr;
};

}  // namespace ds::ui
