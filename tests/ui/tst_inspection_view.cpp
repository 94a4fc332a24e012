#include <QSignalSpy>
#include <QWheelEvent>
#include <QtTest>
#include <cmath>

#include "ui/inspection/colour_map.h"
#include "ui/inspection/image_pane.h"
#include "ui/inspection/inspection_view.h"
#include "ui/inspection/view_transform.h"

using ds::ui::ColourMap;
using ds::ui::InspectionFrame;
using ds::ui::InspectionView;
using Pane = ds::ui::InspectionView::Pane;

namespace {

constexpr int kWidth = 40;
constexpr int kHeight = 30;
// A 10×8 blob scoring 0.6 with a 6×4 core at 0.9 (background 0.1); the 10×10 ground truth overlaps its right part.
const cv::Rect kBlob(10, 8, 10, 8);
const cv::Rect kCore(12, 10, 6, 4);
const cv::Rect kDefect(15, 10, 10, 10);
// At threshold 0.5: a TP, an FP, an FN and a TN pixel.
const QPoint kTp(17, 12), kFp(11, 9), kFn(23, 18), kTn(35, 25);

InspectionFrame syntheticFrame(bool withMap = true, bool withMask = true) {
  InspectionFrame frame;
  frame.image = QImage(kWidth, kHeight, QImage::Format_RGB888);
  for (int y = 0; y < kHeight; ++y)
    for (int x = 0; x < kWidth; ++x) frame.image.setPixel(x, y, qRgb(6 * x, 8 * y, 120));
  if (withMap) {
    frame.map = cv::Mat(kHeight, kWidth, CV_32FC1, cv::Scalar(0.1f));
    frame.map(kBlob).setTo(0.6f);
    frame.map(kCore).setTo(0.9f);
  }
  if (withMask) {
    frame.mask = cv::Mat::zeros(kHeight, kWidth, CV_8UC1);
    frame.mask(kDefect).setTo(1);
  }
  frame.caption = QStringLiteral("synthetic");
  return frame;
}

// Independent of ds::pixelClassMap: predicted when score >= threshold, defective where the mask is non-zero.
ds::ConfusionCounts countByLoop(const InspectionFrame& frame, double threshold) {
  ds::ConfusionCounts c;
  for (int y = 0; y < frame.map.rows; ++y) {
    for (int x = 0; x < frame.map.cols; ++x) {
      const bool predicted = frame.map.at<float>(y, x) >= static_cast<float>(threshold);
      const bool defect = !frame.mask.empty() && frame.mask.at<std::uint8_t>(y, x) != 0;
      if (defect) (predicted ? c.tp : c.fn)++;
      else (predicted ? c.fp : c.tn)++;
    }
  }
  return c;
}

void compareCounts(const ds::ConfusionCounts& actual, const ds::ConfusionCounts& expected) {
  QCOMPARE(actual.tp, expected.tp);
  QCOMPARE(actual.fp, expected.fp);
  QCOMPARE(actual.fn, expected.fn);
  QCOMPARE(actual.tn, expected.tn);
}

bool dominant(QRgb pixel, int channel) {
  const int values[3] = {qRed(pixel), qGreen(pixel), qBlue(pixel)};
  for (int other = 0; other < 3; ++other)
    if (other != channel && values[channel] < values[other] + 60) return false;
  return true;
}

void sendMouseMove(QWidget* widget, const QPointF& pos) {
  QMouseEvent move(QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
  QCoreApplication::sendEvent(widget, &move);
}

}  // namespace

class TestInspectionView : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void colouriseFollowsTheMapAndScale() {
    cv::Mat map = (cv::Mat_<float>(1, 5) << 0.0f, 0.5f, 1.0f, -3.0f, 7.0f);
    const QImage jet = ds::ui::colourise(map, 0.0f, 1.0f, ColourMap::Jet);
    QCOMPARE(jet.size(), QSize(5, 1));
    QVERIFY(dominant(jet.pixel(0, 0), 2));  // low: blue
    QVERIFY(dominant(jet.pixel(2, 0), 0));  // high: red
    QCOMPARE(jet.pixel(3, 0), jet.pixel(0, 0));  // clamped below
    QCOMPARE(jet.pixel(4, 0), jet.pixel(2, 0));  // clamped above

    const QImage grey = ds::ui::colourise(map, 0.0f, 1.0f, ColourMap::Grey);
    QCOMPARE(grey.pixel(0, 0), qRgb(0, 0, 0));
    QCOMPARE(grey.pixel(1, 0), qRgb(128, 128, 128));
    QCOMPARE(grey.pixel(2, 0), qRgb(255, 255, 255));
    const QImage shifted = ds::ui::colourise(map, -1.0f, 1.0f, ColourMap::Grey);
    QCOMPARE(shifted.pixel(0, 0), qRgb(128, 128, 128));

    const QImage inferno = ds::ui::colourise(map, 0.0f, 1.0f, ColourMap::Inferno);
    QVERIFY(qRed(inferno.pixel(0, 0)) < 10 && qGreen(inferno.pixel(0, 0)) < 10);  // near black
    QVERIFY(qRed(inferno.pixel(2, 0)) > 230 && qGreen(inferno.pixel(2, 0)) > 230);  // pale yellow
    QVERIFY(ds::ui::colourise(cv::Mat(), 0.0f, 1.0f, ColourMap::Jet).isNull());
  }

  void toQImageAndOverlay() {
    const cv::Mat rgb(2, 3, CV_32FC3, cv::Scalar(1.0f, 0.5f, 0.0f));
    const QImage image = ds::ui::toQImage(rgb);
    QCOMPARE(image.format(), QImage::Format_RGB888);
    QCOMPARE(image.size(), QSize(3, 2));
    QCOMPARE(image.pixel(2, 1), qRgb(255, 128, 0));
    cv::Mat bytes(2, 3, CV_8UC3, cv::Scalar(10, 20, 30));
    QCOMPARE(ds::ui::toQImage(bytes).pixel(0, 0), qRgb(10, 20, 30));

    QImage black(3, 2, QImage::Format_RGB32);
    black.fill(Qt::black);
    QImage white(3, 2, QImage::Format_RGB32);
    white.fill(Qt::white);
    QCOMPARE(ds::ui::overlay(black, white, 0.0).pixel(1, 1), qRgb(0, 0, 0));
    QCOMPARE(ds::ui::overlay(black, white, 1.0).pixel(1, 1), qRgb(255, 255, 255));
    QVERIFY(std::abs(qRed(ds::ui::overlay(black, white, 0.5).pixel(1, 1)) - 128) <= 1);
  }

  void pixelCountsMatchAnIndependentCount() {
    InspectionView view;
    const InspectionFrame frame = syntheticFrame();
    view.setPixelThreshold(0.5);
    QSignalSpy spy(&view, &InspectionView::pixelCountsChanged);
    QVERIFY(spy.isValid());
    view.setFrame(frame);
    QVERIFY(view.hasGroundTruth());
    const ds::ConfusionCounts expected = countByLoop(frame, 0.5);
    QCOMPARE(expected.tp, 30);  // the 5×6 overlap of blob and defect
    compareCounts(view.pixelCounts(), expected);
    QCOMPARE(spy.count(), 1);
    compareCounts(spy.last().first().value<ds::ConfusionCounts>(), expected);
  }

  void thresholdChangesTheCounts() {
    InspectionView view;
    const InspectionFrame frame = syntheticFrame();
    view.setPixelThreshold(0.5);
    view.setFrame(frame);
    QSignalSpy spy(&view, &InspectionView::pixelCountsChanged);
    view.setPixelThreshold(0.8);  // only the core remains predicted
    QCOMPARE(spy.count(), 1);
    const ds::ConfusionCounts expected = countByLoop(frame, 0.8);
    QCOMPARE(expected.tp, 12);
    compareCounts(view.pixelCounts(), expected);
    compareCounts(spy.last().first().value<ds::ConfusionCounts>(), expected);
    QVERIFY(view.pixelCounts().tp != countByLoop(frame, 0.5).tp);
    view.setPixelThreshold(0.8);
    QCOMPARE(spy.count(), 1);  // unchanged threshold, nothing recomputed
  }

  void evaluationPaneColoursEachClass() {
    InspectionView view;
    view.setPixelThreshold(0.5);
    view.setFrame(syntheticFrame());
    const QImage evaluation = view.paneImage(Pane::Evaluation);
    QCOMPARE(evaluation.size(), QSize(kWidth, kHeight));
    QVERIFY(dominant(evaluation.pixel(kTp), 1));
    QVERIFY(dominant(evaluation.pixel(kFp), 2));
    QVERIFY(dominant(evaluation.pixel(kFn), 0));
    // True negatives show the greyscale image (Qt's luminance may weigh channels a little differently from qGray).
    const QRgb tn = evaluation.pixel(kTn);
    QCOMPARE(qRed(tn), qGreen(tn));
    QCOMPARE(qGreen(tn), qBlue(tn));
    QVERIFY(std::abs(qRed(tn) - qGray(syntheticFrame().image.pixel(kTn))) <= 12);
  }

  void outlinesFollowPixelCentres() {
    InspectionView view;
    view.setPixelThreshold(0.5);
    view.setFrame(syntheticFrame());
    const QVector<ds::ui::Outline> outlines = view.pane(Pane::Overlay)->outlines();
    QCOMPARE(outlines.size(), 2);
    QCOMPARE(outlines[0].path.boundingRect(), QRectF(kBlob.x + 0.5, kBlob.y + 0.5, kBlob.width - 1, kBlob.height - 1));
    QCOMPARE(outlines[1].path.boundingRect(),
             QRectF(kDefect.x + 0.5, kDefect.y + 0.5, kDefect.width - 1, kDefect.height - 1));
    view.setPixelThreshold(0.8);
    QCOMPARE(view.pane(Pane::Overlay)->outlines()[0].path.boundingRect(),
             QRectF(kCore.x + 0.5, kCore.y + 0.5, kCore.width - 1, kCore.height - 1));
  }

  void settersRecomputeTheirPanes() {
    InspectionView view;
    view.setFrame(syntheticFrame());
    const QImage overlay = view.paneImage(Pane::Overlay);
    const QImage heatmap = view.paneImage(Pane::Heatmap);
    const QImage evaluation = view.paneImage(Pane::Evaluation);
    view.setOpacity(0.9);
    QVERIFY(view.paneImage(Pane::Overlay) != overlay);
    QCOMPARE(view.paneImage(Pane::Heatmap), heatmap);
    QCOMPARE(view.paneImage(Pane::Evaluation), evaluation);
    view.setColourMap(ColourMap::Grey);
    QCOMPARE(view.paneImage(Pane::Heatmap).pixel(kFp), qRgb(153, 153, 153));  // 0.6 of 0..1
    view.setColourScale(0.0, 0.6);
    QCOMPARE(view.paneImage(Pane::Heatmap).pixel(kFp), qRgb(255, 255, 255));
    QCOMPARE(view.paneImage(Pane::Evaluation), evaluation);
  }

  void framesWithoutMaskOrMap() {
    InspectionView view;
    view.setPixelThreshold(0.5);
    // Unlabelled, or defective without a mask: the prediction is outlined, nothing is evaluated.
    view.setFrame(syntheticFrame(true, false));
    QVERIFY(!view.hasGroundTruth());
    compareCounts(view.pixelCounts(), ds::ConfusionCounts());
    QVERIFY(view.paneImage(Pane::Evaluation).isNull());
    QVERIFY(!view.paneImage(Pane::Heatmap).isNull());
    QCOMPARE(view.pane(Pane::Overlay)->outlines()[0].path.boundingRect(),
             QRectF(kBlob.x + 0.5, kBlob.y + 0.5, kBlob.width - 1, kBlob.height - 1));
    QVERIFY(view.pane(Pane::Overlay)->outlines()[1].path.isEmpty());  // no ground-truth outline

    // A good image: every predicted pixel is a false positive.
    InspectionFrame good = syntheticFrame(true, false);
    good.defectFree = true;
    view.setFrame(good);
    QVERIFY(view.hasGroundTruth());
    compareCounts(view.pixelCounts(), countByLoop(good, 0.5));
    QCOMPARE(view.pixelCounts().fp, qint64(kBlob.area()));
    QVERIFY(dominant(view.paneImage(Pane::Evaluation).pixel(kFp), 2));

    view.setFrame(syntheticFrame(false, true));
    QVERIFY(view.hasGroundTruth());
    compareCounts(view.pixelCounts(), ds::ConfusionCounts());
    QVERIFY(view.paneImage(Pane::Heatmap).isNull());
    QVERIFY(view.paneImage(Pane::Evaluation).isNull());
    QCOMPARE(view.paneImage(Pane::Overlay), syntheticFrame().image.convertToFormat(QImage::Format_RGB32));

    QSignalSpy spy(&view, &InspectionView::pixelCountsChanged);
    view.clear(QStringLiteral("nothing"));
    QCOMPARE(spy.count(), 1);
    QVERIFY(!view.hasGroundTruth());
    QVERIFY(view.paneImage(Pane::Overlay).isNull());
  }

  void wheelZoomIsSharedByAllPanes() {
    InspectionView view;
    view.resize(900, 360);
    view.setFrame(syntheticFrame());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ds::ui::ImagePane* overlay = view.pane(Pane::Overlay);
    ds::ui::ImagePane* heatmap = view.pane(Pane::Heatmap);
    ds::ui::ViewTransform* transform = view.viewTransform();
    QCOMPARE(overlay->transform(), transform);
    QCOMPARE(heatmap->transform(), transform);
    QVERIFY(transform->isFitted());
    const double fitted = transform->scale();
    QVERIFY(fitted * kWidth <= overlay->width() && fitted * kHeight <= overlay->height());

    const QPointF cursor(overlay->width() / 2.0 + 30, overlay->height() / 2.0 - 20);
    const QPointF anchor = transform->toImage(cursor, overlay->size());
    QWheelEvent wheel(cursor, overlay->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(overlay, &wheel);
    QVERIFY(wheel.isAccepted());
    QVERIFY(!transform->isFitted());
    QVERIFY(qFuzzyCompare(transform->scale(), fitted * std::pow(2.0, 1.0 / 3)));
    const QPointF anchorNow = transform->toImage(cursor, overlay->size());
    QVERIFY(std::abs(anchorNow.x() - anchor.x()) < 1e-9 && std::abs(anchorNow.y() - anchor.y()) < 1e-9);
    // The heatmap pane shows the anchor at the same place relative to its centre.
    const QPointF inHeatmap = transform->imageToWidget(heatmap->size()).map(anchor);
    const QPointF fromCentre = cursor - QPointF(overlay->width() / 2.0, overlay->height() / 2.0);
    QVERIFY(std::abs(inHeatmap.x() - heatmap->width() / 2.0 - fromCentre.x()) < 1e-9);
    QVERIFY(std::abs(inHeatmap.y() - heatmap->height() / 2.0 - fromCentre.y()) < 1e-9);

    view.zoomToActualSize();
    QCOMPARE(transform->scale(), 1.0 / view.devicePixelRatioF());
    view.zoomToFit();
    QCOMPARE(transform->scale(), fitted);
    QCOMPARE(transform->centre(), QPointF(kWidth / 2.0, kHeight / 2.0));
  }

  void hoverReportsTheMapValue() {
    InspectionView view;
    view.resize(900, 360);
    view.setFrame(syntheticFrame());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ds::ui::ImagePane* evaluation = view.pane(Pane::Evaluation);
    QSignalSpy spy(&view, &InspectionView::hovered);
    const QPointF at =
        view.viewTransform()->imageToWidget(evaluation->size()).map(QPointF(kTp) + QPointF(0.5, 0.5));
    sendMouseMove(evaluation, at);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toInt(), kTp.x());
    QCOMPARE(spy.last().at(1).toInt(), kTp.y());
    QCOMPARE(spy.last().at(2).toDouble(), double(0.9f));

    sendMouseMove(evaluation, QPointF(1, 1));  // outside the image
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().at(0).toInt(), -1);
    QVERIFY(std::isnan(spy.last().at(2).toDouble()));
  }

  void sideBySideOrSinglePane() {
    InspectionView view;
    view.setFrame(syntheticFrame());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (Pane pane : {Pane::Overlay, Pane::Heatmap, Pane::Evaluation}) QVERIFY(view.pane(pane)->isVisible());
    view.setSinglePane(Pane::Heatmap);
    view.setSideBySide(false);
    QVERIFY(!view.pane(Pane::Overlay)->isVisible());
    QVERIFY(view.pane(Pane::Heatmap)->isVisible());
    QVERIFY(!view.pane(Pane::Evaluation)->isVisible());
  }

  void keysRequestNeighbours() {
    InspectionView view;
    QSignalSpy next(&view, &InspectionView::nextRequested);
    QSignalSpy previous(&view, &InspectionView::previousRequested);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Space);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(next.count(), 2);
    QCOMPARE(previous.count(), 1);
  }
};

QTEST_MAIN(TestInspectionView)
#include "tst_inspection_view.moc"
