#pragma once

#include <QWidget>
#include <vector>

#include "ui/project/project.h"

class QEvent;
class QPushButton;
class QTableWidget;

namespace ds::ui {

// The project's models side by side (method, backbone, input, AUROCs, AUPRO, F1, fit time, ms/image,
// model size); the active one is marked and double-clicking a row switches to it.
class ModelTable : public QWidget {
  Q_OBJECT

 public:
  explicit ModelTable(QWidget* parent = nullptr);
  void setModels(const std::vector<ProjectModel>& models, int active);
  int rowCount() const;
  QString cellText(int row, int column) const;

 Q_SIGNALS:
  void activateRequested(int model);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  // The model's version from its lineage: "trained", or "v3: 20 images added", and the chain in full.
  static QString versionText(const ModelHeader& h);
  static QString lineageTip(const ModelHeader& h);

  QTableWidget* table_;
  QPushButton* use_;
  // What setModels was last given, for the cells' numbers and tooltips in a new language.
  std::vector<ProjectModel> models_;
  int active_ = -1;
};

}  // namespace ds::ui
