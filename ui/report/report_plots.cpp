#include "ui/report/report_plots.h"

#include "core/report/report_data.h"
#include "ui/plots/pr_plot.h"
#include "ui/plots/pro_plot.h"
#include "ui/plots/roc_plot.h"
#include "ui/plots/score_histogram.h"

namespace ds::ui {
namespace {

QPicture record(QCustomPlot& plot, const QSize& size) {
  QPicture picture;
  plot.resize(size);
  plot.replot(QCustomPlot::rpImmediateRefresh);
  QCPPainter painter(&picture);
  plot.toPainter(&painter, size.width(), size.height());
  painter.end();
  return picture;
}

}  // namespace

ReportPlots renderReportPlots(const ReportData& data) {
  ReportPlots plots;
  plots.size = QSize(440, 300);  // small enough that the plots' fonts stay legible at half a page's width
  ScoreHistogram histogram;
  histogram.setScores(data.goodScores, data.defectiveScores, data.unlabelledScores);
  histogram.setThresholds(data.thresholds.ok, data.thresholds.nok, data.thresholds.twoLevel);
  plots.histogram = record(histogram, plots.size);
  if (!data.labelled) return plots;
  const Evaluation& e = data.evaluation;
  RocPlot roc;
  roc.setImageCurve(e.imageRoc, e.imageAuroc);
  roc.setPixelCurve(e.pixel.roc, e.pixelAuroc);
  roc.setOperatingPoints(data.thresholds.reviewFrom(), data.pixelThreshold);
  plots.roc = record(roc, plots.size);
  PrPlot pr;
  pr.setCurve(e.imagePr, F1Max{e.f1Max, e.threshold});
  pr.setOperatingPoint(data.thresholds.reviewFrom());
  plots.pr = record(pr, plots.size);
  ProPlot pro;
  pro.setCurve(e.pixel.pro, e.aupro);
  plots.pro = record(pro, plots.size);
  return plots;
}

}  // namespace ds::ui
