#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace ds::ui {

class InspectionSession;

// File ▸ Export report: which images get a findings row, page size and operator name; a print
// preview of the report (with its first findings) and saving the full PDF as a job.
class ExportReportDialog : public QDialog {
  Q_OBJECT

 public:
  explicit ExportReportDialog(InspectionSession* session, QWidget* parent = nullptr);
  static constexpr int kPreviewFindings = 10;

 private:
  void preview();
  void save();

  InspectionSession* session_;
  QComboBox* scope_;
  QComboBox* pageSize_;
  QLineEdit* operator_;
};

}  // namespace ds::ui
