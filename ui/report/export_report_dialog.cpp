#include "ui/report/export_report_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/report/report_builder.h"
#include "ui/session/inspection_session.h"
#include "ui/settings/remembered_folders.h"

namespace ds::ui {

ExportReportDialog::ExportReportDialog(InspectionSession* session, QWidget* parent)
    : QDialog(parent), session_(session), scope_(new QComboBox), pageSize_(new QComboBox), operator_(new QLineEdit) {
  setWindowTitle(tr("Export report"));
  scope_->addItem(tr("Flagged images (NOK and REVIEW)"), static_cast<int>(FindingsScope::Flagged));
  scope_->addItem(tr("Wrong decisions only"), static_cast<int>(FindingsScope::Errors));
  scope_->addItem(tr("All scored images"), static_cast<int>(FindingsScope::All));
  pageSize_->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
  pageSize_->addItem(tr("US Letter"), static_cast<int>(QPageSize::Letter));
  if (QLocale().territory() == QLocale::UnitedStates || QLocale().territory() == QLocale::Canada) pageSize_->setCurrentIndex(1);
  operator_->setText(ReportBuilder::rememberedOperator());
  operator_->setPlaceholderText(tr("name printed on the title page"));

  auto* form = new QFormLayout;
  form->addRow(tr("Findings"), scope_);
  form->addRow(tr("Page size"), pageSize_);
  form->addRow(tr("Operator"), operator_);
  auto* note = new QLabel(tr("The report states the thresholds in force and shows the plots as they are now."));
  note->setWordWrap(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
  QPushButton* previewButton = buttons->addButton(tr("Preview…"), QDialogButtonBox::ActionRole);
  QPushButton* saveButton = buttons->addButton(tr("Save PDF…"), QDialogButtonBox::AcceptRole);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(note);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(previewButton, &QPushButton::clicked, this, &ExportReportDialog::preview);
  connect(saveButton, &QPushButton::clicked, this, &ExportReportDialog::save);
}

void ExportReportDialog::preview() {
  ReportBuilder::rememberOperator(operator_->text());
  const auto scope = static_cast<FindingsScope>(scope_->currentData().toInt());
  const ReportBuilder report(session_->reportRequest(scope, operator_->text()));
  QPrinter printer(QPrinter::HighResolution);
  printer.setPageSize(QPageSize(static_cast<QPageSize::PageSizeId>(pageSize_->currentData().toInt())));
  printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
  QPrintPreviewDialog dialog(&printer, this);
  dialog.setWindowTitle(tr("Report preview (first %1 of %2 findings)").arg(std::min(kPreviewFindings, report.findingCount())).arg(report.findingCount()));
  connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) { report.preview(*target, kPreviewFindings); });
  dialog.exec();
}

void ExportReportDialog::save() {
  ReportBuilder::rememberOperator(operator_->text());
  const QString folder = lastFolder(QStringLiteral("report"), QDir::homePath());
  const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), QDir(folder).filePath(QStringLiteral("inspection-report.pdf")),
                                                    tr("PDF files (*.pdf)"));
  if (path.isEmpty()) return;
  rememberFolder(QStringLiteral("report"), path);
  if (!session_->exportReport(path, static_cast<FindingsScope>(scope_->currentData().toInt()),
                              static_cast<QPageSize::PageSizeId>(pageSize_->currentData().toInt()), operator_->text())) {
    QMessageBox::warning(this, tr("Busy"), tr("Another job is running; cancel it or wait for it to finish."));
    return;
  }
  accept();
}

}  // namespace ds::ui
