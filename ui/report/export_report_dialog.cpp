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
#include <QSettings>
#include <QVBoxLayout>

#include "ui/report/report_writer.h"
#include "ui/session/inspection_session.h"
#include "ui/settings/remembered_folders.h"

namespace ds::ui {
namespace {

// The first findings only: a preview shows the layout without decoding every image.
class FirstFindings : public FindingSource {
 public:
  FirstFindings(const FindingSource& all, int limit) : all_(all), limit_(limit) {}
  int count() const override { return std::min(limit_, all_.count()); }
  ReportFinding at(int index) const override { return all_.at(index); }

 private:
  const FindingSource& all_;
  int limit_;
};

const QString kOperator = QStringLiteral("report/operator");

}  // namespace

ExportReportDialog::ExportReportDialog(InspectionSession* session, QWidget* parent)
    : QDialog(parent), session_(session), scope_(new QComboBox), pageSize_(new QComboBox), operator_(new QLineEdit) {
  setWindowTitle(tr("Export report"));
  scope_->addItem(tr("Flagged images (NOK and REVIEW)"), static_cast<int>(FindingsScope::Flagged));
  scope_->addItem(tr("Wrong decisions only"), static_cast<int>(FindingsScope::Errors));
  scope_->addItem(tr("All scored images"), static_cast<int>(FindingsScope::All));
  pageSize_->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
  pageSize_->addItem(tr("US Letter"), static_cast<int>(QPageSize::Letter));
  if (QLocale().territory() == QLocale::UnitedStates || QLocale().territory() == QLocale::Canada) pageSize_->setCurrentIndex(1);
  operator_->setText(QSettings().value(kOperator).toString());
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
  QSettings().setValue(kOperator, operator_->text());
  const auto scope = static_cast<FindingsScope>(scope_->currentData().toInt());
  const ReportData data = session_->reportData(scope, operator_->text());
  const ReportPlots plots = renderReportPlots(data);
  const ScoredSet set = session_->scoredSet();
  const ScoredSetFindings findings(set, session_->thresholds(), scope);
  const FirstFindings first(findings, kPreviewFindings);
  QPrinter printer(QPrinter::HighResolution);
  printer.setPageSize(QPageSize(static_cast<QPageSize::PageSizeId>(pageSize_->currentData().toInt())));
  printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
  QPrintPreviewDialog dialog(&printer, this);
  dialog.setWindowTitle(tr("Report preview (first %1 of %2 findings)").arg(first.count()).arg(findings.count()));
  connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
          [&](QPrinter* target) { ReportWriter(data, plots, first).render(*target); });
  dialog.exec();
}

void ExportReportDialog::save() {
  QSettings().setValue(kOperator, operator_->text());
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
