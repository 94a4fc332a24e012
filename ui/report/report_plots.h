#pragma once

#include <QPicture>

namespace ds {
struct ReportData;
}

namespace ds::ui {

// The report's plots, drawn by the workbench's own QCustomPlot widgets into QPictures: vector drawing
// commands that the report replays onto its pages. Needs a QApplication and runs on the GUI thread;
// the pictures can then be replayed on any thread.
struct ReportPlots {
  QPicture roc, pr, pro, histogram;
  QSize size;  // the size the pictures were drawn at, in pixels
};

ReportPlots renderReportPlots(const ReportData& data);

}  // namespace ds::ui
