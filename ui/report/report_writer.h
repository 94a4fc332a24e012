#pragma once

#include <QCoreApplication>
#include <QPageSize>
#include <functional>

#include "core/report/report_data.h"
#include "ui/report/report_plots.h"

class QPagedPaintDevice;
class QPainter;
class QPicture;
class QRectF;

namespace ds::ui {

// Lays out an inspection report (docs/reports.md): a title page (dataset, model, thresholds,
// provenance), a summary (verdicts, confusion matrix, rates, AUROCs, AUPRO, per-defect table; the
// label-dependent parts only for labelled data; the score histogram for unlabelled data), a page of
// plots (labelled data) and the findings, a few rows a page,
// each fetched from the FindingSource as its page is drawn. Every page has a header and "page n of N".
class ReportWriter {
  Q_DECLARE_TR_FUNCTIONS(ReportWriter)

 public:
  using Progress = std::function<void(int done, int total)>;  // pages; return by throwing to cancel

  ReportWriter(const ReportData& data, const ReportPlots& plots, const FindingSource& findings);
  int pageCount() const;
  // Draws every page on device (a QPdfWriter, or a QPrinter for the print preview).
  void render(QPagedPaintDevice& device, const Progress& progress = {}) const;
  // A PDF file, written atomically: complete or untouched. Throws ds::Error naming the file.
  void writePdf(const QString& path, QPageSize::PageSizeId pageSize, const Progress& progress = {}) const;

  static constexpr int kRowsPerPage = 5;

 private:
  struct Page;
  void drawFrame(Page& page, int number) const;
  void drawTitlePage(Page& page) const;
  void drawSummaryPage(Page& page) const;
  void drawPlotsPage(Page& page) const;
  // Draws a recorded plot scaled to box's width (keeping its aspect ratio).
  void placePicture(Page& page, const QPicture& picture, const QRectF& box) const;
  double plotAspect() const;  // height / width of the recorded plots
  void drawFindingsPage(Page& page, int first) const;
  int findingsPages() const;
  int firstFindingsPage() const;

  const ReportData& data_;
  const ReportPlots& plots_;
  const FindingSource& findings_;
};

}  // namespace ds::ui
