#pragma once

#include <QWidget>
#include <vector>

class QTableWidget;

namespace ds::ui {

struct ProjectModel;

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

 private:
  QTableWidget* table_;
};

}  // namespace ds::ui
