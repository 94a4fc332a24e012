#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QToolTip>
#include <QtTest>
#include <cmath>
#include <limits>
#include <vector>

#include "core/metrics/roc.h"
#include "ui/plots/defect_auroc_plot.h"
#include "ui/plots/loss_plot.h"
#include "ui/plots/pr_plot.h"
#include "ui/plots/pro_plot.h"
#include "ui/plots/roc_plot.h"
#include "ui/plots/score_histogram.h"

namespace {

// Ten test images, overlapping classes so that the curves have several corners.
const std::vector<double> kScores{0.10, 0.20, 0.30, 0.40, 0.55, 0.35, 0.50, 0.60, 0.70, 0.80};
const std::vector<int> kLabels{0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
const double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Counts {
  double tp = 0, fp = 0, positives = 0, negatives = 0;
};

// What predicting "defective when score >= t" gives, counted directly.
Counts countAt(double t) {
  Counts c;
  for (std::size_t i = 0; i < kScores.size(); ++i) {
    const bool flagged = kScores[i] >= t;
    if (kLabels[i]) {
      ++c.positives;
      c.tp += flagged;
    } else {
      ++c.negatives;
      c.fp += flagged;
    }
  }
  return c;
}

void showAt(QWidget& widget, QSize size) {
  widget.setFixedSize(size);
  widget.show();
  QVERIFY(QTest::qWaitForWindowExposed(&widget));
}

QPoint pixelOf(const QCustomPlot& plot, double x, double y) {
  return QPointF(plot.xAxis->coordToPixel(x), plot.yAxis->coordToPixel(y)).toPoint();
}

// Press, one move with the button held (QTest::mouseMove carries no buttons in Qt 6), release.
void drag(QWidget& widget, QPoint from, QPoint to) {
  QTest::mousePress(&widget, Qt::LeftButton, Qt::NoModifier, from);
  QMouseEvent move(QEvent::MouseMove, QPointF(to), widget.mapToGlobal(QPointF(to)), Qt::LeftButton, Qt::LeftButton,
                   Qt::NoModifier);
  QApplication::sendEvent(&widget, &move);
  QTest::mouseRelease(&widget, Qt::LeftButton, Qt::NoModifier, to);
}

QStringList legendTexts(const QCustomPlot& plot) {
  QStringList texts;
  for (int i = 0; i < plot.legend->itemCount(); ++i)
    if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot.legend->item(i))) texts << item->plottable()->name();
  return texts;
}

}  // namespace

class TestPlots : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void rocClickOnPointPicksItsThreshold() {
    const ds::RocCurve roc = ds::rocCurve(kScores, kLabels);
    QVERIFY(roc.thresholds.size() >= 4);
    ds::ui::RocPlot plot;
    plot.setImageCurve(roc, ds::rocAuc(kScores, kLabels));
    showAt(plot, {420, 380});
    plot.replot();
    QSignalSpy image(&plot, &ds::ui::RocPlot::imageThresholdPicked);
    QSignalSpy pixel(&plot, &ds::ui::RocPlot::pixelThresholdPicked);

    const std::size_t k = 2;
    QTest::mouseClick(&plot, Qt::LeftButton, Qt::NoModifier, pixelOf(plot, roc.fpr[k], roc.tpr[k]));
    QCOMPARE(image.count(), 1);
    QCOMPARE(image.first().first().toDouble(), roc.thresholds[k]);

    // The (0,0) point flags nothing (+inf): it stands for the highest threshold there is.
    QTest::mouseClick(&plot, Qt::LeftButton, Qt::NoModifier, pixelOf(plot, 0, 0));
    QCOMPARE(image.count(), 2);
    QCOMPARE(image.last().first().toDouble(), roc.thresholds[1]);

    // Far from the curve (bottom right corner): nothing picked.
    QTest::mouseClick(&plot, Qt::LeftButton, Qt::NoModifier, pixelOf(plot, 0.95, 0.05));
    QCOMPARE(image.count(), 2);
    QCOMPARE(pixel.count(), 0);
  }

  void rocPickTellsTheCurves() {
    const ds::RocCurve roc = ds::rocCurve(kScores, kLabels);
    ds::ui::RocPlot plot;
    plot.setPixelCurve(roc, 0.5);
    showAt(plot, {420, 380});
    plot.replot();
    const auto pick = plot.thresholdAt(QPointF(plot.xAxis->coordToPixel(roc.fpr[3]), plot.yAxis->coordToPixel(roc.tpr[3])));
    QVERIFY(pick);
    QCOMPARE(pick->curve, ds::ui::RocPlot::Curve::Pixel);
    QCOMPARE(pick->threshold, roc.thresholds[3]);
  }

  void rocHoverDescribesTheNearestPoint() {
    const ds::RocCurve roc = ds::rocCurve(kScores, kLabels);
    ds::ui::RocPlot plot;
    plot.setImageCurve(roc, 0.9);
    showAt(plot, {420, 380});
    plot.replot();
    const std::size_t k = 2;
    QTest::mouseMove(&plot, pixelOf(plot, roc.fpr[k], roc.tpr[k]) + QPoint(3, -2));
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Threshold %1").arg(roc.thresholds[k], 0, 'g', 4)),
             qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("TPR %1").arg(roc.tpr[k], 0, 'f', 3)));
  }

  void rocOperatingPointIsWhatTheThresholdFlags() {
    const ds::RocCurve roc = ds::rocCurve(kScores, kLabels, false);  // every threshold a point
    ds::ui::RocPlot plot;
    plot.setImageCurve(roc, ds::rocAuc(kScores, kLabels));
    for (double t : {0.05, 0.33, 0.5, 0.52, 0.65, 0.8, 0.95}) {
      plot.setOperatingPoints(t, kNaN);
      const Counts c = countAt(t);
      QCOMPARE(plot.imageOperatingPoint(), QPointF(c.fp / c.negatives, c.tp / c.positives));
      QVERIFY(std::isnan(plot.pixelOperatingPoint().x()));
    }
    plot.setOperatingPoints(kNaN, kNaN);
    QVERIFY(std::isnan(plot.imageOperatingPoint().x()));

    // A curve set after the threshold gets its mark too.
    plot.setOperatingPoints(0.5, 0.5);
    plot.setPixelCurve(roc, 0.5);
    QCOMPARE(plot.pixelOperatingPoint(), QPointF(0.2, 0.8));
  }

  void rocLegendShowsAurocOrNa() {
    const ds::RocCurve roc = ds::rocCurve(kScores, kLabels);
    ds::ui::RocPlot plot;
    plot.setImageCurve(roc, 0.9123);
    plot.setPixelCurve({}, kNaN);
    QCOMPARE(legendTexts(plot), QStringList{QStringLiteral("Image AUROC 0.912")});
    QVERIFY(plot.note().isEmpty());
  }

  // Without pixel ground truth the pixel "curve" (every threshold at TPR 0 or NaN) is not drawn, and
  // no operating point marks a rate that was never measured; an empty plot says why.
  void rocWithoutGroundTruthDrawsNoPixelCurve() {
    const ds::RocCurve roc = ds::rocCurve(kScores, kLabels);
    ds::ui::RocPlot plot;
    plot.setOperatingPoints(0.5, 0.5);
    plot.setImageCurve(roc, 0.9123);
    plot.setPixelCurve(roc, kNaN);
    QCOMPARE(legendTexts(plot), QStringList{QStringLiteral("Image AUROC 0.912")});
    QVERIFY(std::isnan(plot.pixelOperatingPoint().x()));
    QVERIFY(!std::isnan(plot.imageOperatingPoint().x()));
    QVERIFY(plot.note().isEmpty());
    plot.setImageCurve(roc, kNaN);
    QVERIFY(std::isnan(plot.imageOperatingPoint().x()));
    QVERIFY(!plot.legend->visible());
    QVERIFY(plot.note().contains(QStringLiteral("good and defective")));
  }

  void prMarksF1MaxAndOperatingPoint() {
    const ds::PrCurve pr = ds::precisionRecallCurve(kScores, kLabels);
    const ds::F1Max best = ds::f1Max(pr);
    ds::ui::PrPlot plot;
    plot.setCurve(pr, best);
    const Counts atBest = countAt(best.threshold);
    QCOMPARE(plot.f1MaxPoint(), QPointF(atBest.tp / atBest.positives, atBest.tp / (atBest.tp + atBest.fp)));
    QCOMPARE(plot.f1MaxLabel(), QStringLiteral("F1 max %1 at %2").arg(best.f1, 0, 'f', 3).arg(QString::asprintf("%#.4g", best.threshold)));

    for (double t : {0.05, 0.45, 0.6, 0.75}) {
      plot.setOperatingPoint(t);
      const Counts c = countAt(t);
      QCOMPARE(plot.operatingPoint(), QPointF(c.tp / c.positives, c.tp / (c.tp + c.fp)));
    }
    plot.setOperatingPoint(0.95);  // nothing flagged: the curve's (recall 0, precision 1) end
    QCOMPARE(plot.operatingPoint(), QPointF(0, 1));
    plot.setCurve({}, {});
    QVERIFY(std::isnan(plot.operatingPoint().x()));
    QVERIFY(plot.f1MaxLabel().isEmpty());
  }

  void proStopsAtTheLimit() {
    ds::ProCurve pro;
    pro.fpr = {0.0, 0.1, 0.2, 0.4, 1.0};
    pro.pro = {0.0, 0.5, 0.7, 0.9, 1.0};
    ds::ui::ProPlot plot;
    plot.setCurve(pro, 0.634, 0.3);
    QCOMPARE(plot.pointCount(), 4);
    QCOMPARE(plot.lastPoint(), QPointF(0.3, 0.8));
    QCOMPARE(plot.xAxis->range().upper > 0.3 && plot.xAxis->range().upper < 0.31, true);
    QCOMPARE(legendTexts(plot), QStringList{QStringLiteral("AUPRO (FPR ≤ 0.3) 0.634")});
    QVERIFY(plot.note().isEmpty());
    plot.setCurve({}, kNaN);
    QCOMPARE(plot.pointCount(), 0);
    QVERIFY(!plot.legend->visible());
    QVERIFY(plot.note().contains(QStringLiteral("masks")));
    plot.setCurve(pro, kNaN);  // points without an area: not drawn either
    QCOMPARE(plot.pointCount(), 0);
  }

  // Thresholds close together at the right edge: the NOK label turns left, towards the REVIEW label,
  // which then drops a row instead of running into it ("REVIEW ≥ 4.453NOK ≥ 5.594").
  void histogramLabelsNeverRunTogether() {
    ds::ui::ScoreHistogram plot;
    plot.resize(500, 250);
    std::vector<double> good, defective;
    for (int i = 0; i < 40; ++i) good.push_back(1 + 3.0 * i / 39);
    for (int i = 0; i < 10; ++i) defective.push_back(4 + 1.6 * i / 9);
    plot.setScores(good, defective, {});
    for (const auto& [t1, t2] : {std::pair{4.453, 5.594}, std::pair{5.5, 5.6}, std::pair{1.0, 1.1}, std::pair{3.0, 4.0}}) {
      plot.setThresholds(t1, t2, true);
      plot.replot();
      QVERIFY2(!plot.thresholdLabelsOverlap(), qPrintable(QStringLiteral("%1 %2").arg(t1).arg(t2)));
    }
  }

  void histogramLineFollowsTheDrag() {
    ds::ui::ScoreHistogram plot;
    std::vector<double> good, defective;
    for (int i = 0; i < 40; ++i) good.push_back(0.1 + 0.3 * i / 39.0);
    for (int i = 0; i < 20; ++i) defective.push_back(0.55 + 0.35 * i / 19.0);
    plot.setScores(good, defective, {});
    QVERIFY(plot.binCount() >= 10 && plot.binCount() <= 60);
    QCOMPARE(legendTexts(plot), (QStringList{QStringLiteral("Good (40)"), QStringLiteral("Defective (20)")}));
    plot.setThresholds(0.5, 0.5, false);
    showAt(plot, {640, 400});
    plot.replot();
    QSignalSpy dragged(&plot, &ds::ui::ScoreHistogram::thresholdsDragged);
    const int y = static_cast<int>(plot.yAxis->coordToPixel(plot.yAxis->range().center()));
    const auto at = [&](double score) { return QPoint(static_cast<int>(plot.xAxis->coordToPixel(score)), y); };

    drag(plot, at(0.5) + QPoint(3, 0), at(0.7));
    QCOMPARE(dragged.count(), 1);
    const double t1 = dragged.last().at(0).toDouble(), t2 = dragged.last().at(1).toDouble();
    QVERIFY2(std::abs(t2 - 0.7) <= plot.binWidth(), qPrintable(QString::number(t2)));
    QCOMPARE(t1, t2);
    QCOMPARE(plot.nokThreshold(), t2);

    // Pressing away from the line drags nothing.
    drag(plot, at(0.2), at(0.3));
    QCOMPARE(dragged.count(), 1);
    QCOMPARE(plot.nokThreshold(), t2);
  }

  void histogramKeepsReviewBelowNok() {
    ds::ui::ScoreHistogram plot;
    plot.setScores({0.1, 0.2, 0.3, 0.35}, {0.6, 0.7, 0.9}, {0.5});
    QCOMPARE(plot.legend->itemCount(), 3);
    plot.setThresholds(0.4, 0.6, true);
    showAt(plot, {640, 400});
    plot.replot();
    QSignalSpy dragged(&plot, &ds::ui::ScoreHistogram::thresholdsDragged);
    const int y = static_cast<int>(plot.yAxis->coordToPixel(plot.yAxis->range().center()));
    const auto at = [&](double score) { return QPoint(static_cast<int>(plot.xAxis->coordToPixel(score)), y); };

    drag(plot, at(0.4), at(0.8));  // REVIEW line pushed past NOK stops at NOK
    QCOMPARE(dragged.count(), 1);
    QCOMPARE(dragged.last().at(0).toDouble(), 0.6);
    QCOMPARE(dragged.last().at(1).toDouble(), 0.6);

    // On coinciding lines, the side pressed on picks the line: right of it moves NOK up.
    drag(plot, at(0.6) + QPoint(2, 0), at(0.75));
    QCOMPARE(dragged.count(), 2);
    QCOMPARE(dragged.last().at(0).toDouble(), 0.6);
    QVERIFY(std::abs(dragged.last().at(1).toDouble() - 0.75) <= plot.binWidth());
  }

  void histogramStackingAddsUp() {
    ds::ui::ScoreHistogram plot;
    // Both groups pile up in the same (lowest) bin.
    plot.setScores({0, 0, 0, 0, 1}, {0, 0, 0, 1}, {});
    const double overlaidTop = plot.yAxis->range().upper;
    plot.setStacked(true);
    QVERIFY(plot.isStacked());
    QCOMPARE(plot.yAxis->range().upper / overlaidTop, 7.0 / 4.0);
  }

  void defectAurocsSkipMissingValues() {
    ds::ui::DefectAurocPlot plot;
    plot.setAurocs({{QStringLiteral("crack"), 0.91}, {QStringLiteral("scratch"), kNaN}, {QStringLiteral("stain"), 0.6}});
    QCOMPARE(plot.barCount(), 2);
    QVERIFY(plot.note().contains(QLatin1String("scratch")));
    QVERIFY(!plot.note().contains(QLatin1String("crack")));
    plot.setAurocs({{QStringLiteral("crack"), 0.91}});
    QCOMPARE(plot.barCount(), 1);
    QVERIFY(plot.note().isEmpty());
  }

  void lossPlotKeepsStreamsApart() {
    ds::ui::LossPlot plot;
    const std::vector<double> train{1.0, 0.5, 0.0, -0.1, 0.25};
    for (std::size_t i = 0; i < train.size(); ++i) plot.addPoint(QStringLiteral("train"), double(i), train[i]);
    plot.addPoint(QStringLiteral("val"), 0, 0.9);
    plot.addPoint(QStringLiteral("val"), 4, 0.4);
    QCOMPARE(plot.pointCount(QStringLiteral("train")), 5);
    QCOMPARE(plot.pointCount(QStringLiteral("val")), 2);
    QCOMPARE(plot.pointCount(QStringLiteral("test")), 0);
    QCOMPARE(plot.plottedPointCount(QStringLiteral("train")), 5);
    QCOMPARE(legendTexts(plot), (QStringList{QStringLiteral("train"), QStringLiteral("val")}));
    QVERIFY(plot.graph(0)->pen().color() != plot.graph(1)->pen().color());

    plot.setLogScale(true);
    QCOMPARE(plot.plottedPointCount(QStringLiteral("train")), 3);  // 0 and -0.1 skipped
    plot.addPoint(QStringLiteral("train"), 5, -1.0);
    plot.addPoint(QStringLiteral("train"), 6, 0.125);
    QCOMPARE(plot.pointCount(QStringLiteral("train")), 7);
    QCOMPARE(plot.plottedPointCount(QStringLiteral("train")), 4);
    QTRY_VERIFY(plot.yAxis->range().lower > 0 && plot.yAxis->range().lower <= 0.125);

    plot.setLogScale(false);
    QCOMPARE(plot.plottedPointCount(QStringLiteral("train")), 7);
    plot.clear();
    QCOMPARE(plot.pointCount(QStringLiteral("train")), 0);
    QCOMPARE(plot.graphCount(), 0);
  }

  void lossPlotCoalescesReplots() {
    ds::ui::LossPlot plot;
    showAt(plot, {500, 300});
    QSignalSpy replots(&plot, &QCustomPlot::afterReplot);
    for (int i = 0; i < 5000; ++i) plot.addPoint(QStringLiteral("train"), i, 1.0 / (1 + i));
    QTest::qWait(300);
    QVERIFY2(replots.count() >= 1 && replots.count() <= 4, qPrintable(QString::number(replots.count())));
    QVERIFY(plot.xAxis->range().lower <= 0 && plot.xAxis->range().upper >= 4999);
  }
};

QTEST_MAIN(TestPlots)
#include "tst_plots.moc"
