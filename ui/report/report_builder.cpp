#include "ui/report/report_builder.h"

#include <QCoreApplication>
#include <algorithm>

#include "core/backbones/weight_store.h"
#include "ui/settings/settings_store.h"

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

// The workbench's settings: the CLI runs under another application name, so the name is given
// (under the organisation both set; a program that sets none, such as a test, keeps its own).
QString workbench() { return QCoreApplication::organizationName().isEmpty() ? QString() : QStringLiteral("DefectScope"); }
const QString kOperatorKey = QStringLiteral("report/operator");

}  // namespace

ReportBuilder::ReportBuilder(ReportRequest request)
    : request_(std::move(request)),
      data_(describeScoredSet(request_.set, request_.thresholds, request_.evaluation ? &*request_.evaluation : nullptr, request_.scope)),
      findings_(request_.set, request_.thresholds, request_.scope) {
  data_.operatorName = request_.operatorName;
  data_.project = request_.project;
  plots_ = renderReportPlots(data_);
}

int ReportBuilder::write(const QString& path, QPageSize::PageSizeId pageSize, const ReportWriter::Progress& progress) {
  if (data_.modelChecksum.isEmpty() && !request_.set.modelPath.isEmpty()) data_.modelChecksum = WeightStore::sha256Hex(request_.set.modelPath);
  const ReportWriter writer(data_, plots_, findings_);
  writer.writePdf(path, pageSize, progress);
  return writer.pageCount();
}

void ReportBuilder::preview(QPagedPaintDevice& device, int findings) const {
  const FirstFindings first(findings_, findings);
  ReportWriter(data_, plots_, first).render(device);
}

QString ReportBuilder::rememberedOperator() { return setting(kOperatorKey, {}, workbench()).toString(); }

void ReportBuilder::rememberOperator(const QString& name) { storeSetting(kOperatorKey, name, workbench()); }

}  // namespace ds::ui
