#pragma once

#include <QPageSize>
#include <QString>

#include "core/metrics/thresholds.h"
#include "core/report/report_data.h"
#include "core/report/scored_set.h"
#include "ui/report/report_plots.h"
#include "ui/report/report_writer.h"

class QPagedPaintDevice;

namespace ds {
struct Evaluation;
}

namespace ds::ui {

// What a report is made of, asked for by the CLI, the export dialog and the session alike.
struct ReportRequest {
  ScoredSet set;            // the images scored: the report's title and its dataset section
  SetThresholds thresholds;
  std::optional<Evaluation> evaluation;  // when the set is labelled and was evaluated
  FindingsScope scope = FindingsScope::Flagged;
  QString operatorName;
  QString project;          // the project file's name, when there is one
};

// The one place a report is assembled: its data, its plots (drawn by the workbench's own widgets,
// hence constructed on the GUI thread) and its findings. write() and preview() may run on any thread.
class ReportBuilder {
 public:
  explicit ReportBuilder(ReportRequest request);

  const ReportData& data() const { return data_; }
  int findingCount() const { return findings_.count(); }
  // The PDF, written atomically; the model's checksum is computed here (it reads the whole file).
  // Returns the page count. Throws ds::Error naming the file.
  int write(const QString& path, QPageSize::PageSizeId pageSize, const ReportWriter::Progress& progress = {});
  // The pages with the first `findings` findings only, for a print preview.
  void preview(QPagedPaintDevice& device, int findings) const;

  // The operator's name last entered in the workbench, the CLI's default too.
  static QString rememberedOperator();
  static void rememberOperator(const QString& name);

 private:
  ReportRequest request_;
  ReportData data_;
  ReportPlots plots_;
  ScoredSetFindings findings_;
};

}  // namespace ds::ui
