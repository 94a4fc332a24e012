#include <QJsonArray>
#include <QtTest>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <random>

#include "core/metrics/confusion.h"
#include "core/metrics/pixel_metrics.h"
#include "tests/support/test_support.h"

namespace {

cv::Mat row(std::initializer_list<float> v) { return cv::Mat(std::vector<float>(v), true).reshape(1, 1); }
cv::Mat maskRow(std::initializer_list<uchar> v) { return cv::Mat(std::vector<uchar>(v), true).reshape(1, 1); }

struct MapCase {
  cv::Mat map, mask;
};

// Maps with blob-shaped defects, defect-free images and (every third image) coarsely quantised scores.
std::vector<MapCase> randomMaps() {
  std::mt19937 rng(77);
  cv::RNG cvRng(77);
  std::vector<MapCase> maps;
  for (int k = 0; k < 9; ++k) {
    const int h = 20 + k * 3, w = 28 + k * 2;
    cv::Mat mask = cv::Mat::zeros(h, w, CV_8U);
    if (k % 4 != 0) {
      for (int r = 0; r < 1 + k % 3; ++r)
        cv::ellipse(mask, {static_cast<int>(rng() % w), static_cast<int>(rng() % h)},
                    {2 + static_cast<int>(rng() % 5), 1 + static_cast<int>(rng() % 4)}, rng() % 180, 0, 360, 1, -1);
    }
    cv::Mat noise(h, w, CV_32F);
    cvRng.fill(noise, cv::RNG::UNIFORM, 0.0, 1.0);
    cv::Mat bump;
    mask.convertTo(bump, CV_32F, 0.8);
    cv::GaussianBlur(bump, bump, {5, 5}, 1.5);
    cv::Mat map = noise + bump;
    if (k % 3 == 0) {
      map *= 8;
      for (int r = 0; r < h; ++r)
        for (int c = 0; c < w; ++c) map.at<float>(r, c) = std::floor(map.at<float>(r, c));
    }
    maps.push_back({map, mask});
  }
  return maps;
}

}  // namespace

class TestPixelMetrics : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void handComputedAupro() {
    // Scores 4 3 2 1 over mask 1 0 1 0: two one-pixel regions; PRO reaches 0.5 before any false positive.
    ds::PixelScoreCollector c;
    c.add(row({4, 3, 2, 1}), maskRow({1, 0, 1, 0}));
    const ds::PixelMetrics m = c.finish(0.3);
    QCOMPARE(m.regions, 2);
    QCOMPARE(m.defectPixels, 2);
    QVERIFY(std::abs(m.aupro - 0.5) < 1e-12);
    QVERIFY(std::abs(m.auroc - 0.75) < 1e-12);
  }

  void perfectAndConstantMaps() {
    cv::Mat mask = cv::Mat::zeros(10, 10, CV_8U);
    mask(cv::Rect(2, 2, 3, 3)) = 1;
    cv::Mat perfect;
    mask.convertTo(perfect, CV_32F);
    ds::PixelScoreCollector a;
    a.add(perfect, mask);
    const ds::PixelMetrics pm = a.finish();
    QCOMPARE(pm.aupro, 1.0);
    QCOMPARE(pm.auroc, 1.0);
    // All scores tied: the PRO curve is the diagonal, whose area up to 0.3 is 0.045, i.e. 0.15 normalised.
    ds::PixelScoreCollector b;
    b.add(cv::Mat(10, 10, CV_32F, cv::Scalar(0.5)), mask);
    const ds::PixelMetrics cm = b.finish();
    QVERIFY(std::abs(cm.aupro - 0.15) < 1e-12);
    QVERIFY(std::abs(cm.auroc - 0.5) < 1e-12);
  }

  void regionsAreEightConnected() {
    cv::Mat mask = cv::Mat::zeros(4, 4, CV_8U);
    mask.at<uchar>(1, 1) = 1;
    mask.at<uchar>(2, 2) = 1;  // diagonal neighbour: same region
    mask.at<uchar>(0, 3) = 1;  // separate region
    ds::PixelScoreCollector c;
    c.add(cv::Mat(4, 4, CV_32F, cv::Scalar(1)), mask);
    QCOMPARE(c.finish().regions, 2);
  }

  // Pixels outside an inspection region take no part: the metrics equal those of the inspected
  // pixels alone, and a defect region is counted by its inspected part.
  void inspectionRegionLeavesPixelsOut() {
    cv::Mat map(8, 8, CV_32F), mask = cv::Mat::zeros(8, 8, CV_8U), inspected = cv::Mat::zeros(8, 8, CV_8U);
    cv::randu(map, 0, 1);
    mask(cv::Rect(1, 1, 3, 3)).setTo(1);  // inside the region
    mask(cv::Rect(5, 5, 2, 2)).setTo(1);  // a defect left wholly out
    map(cv::Rect(5, 0, 3, 8)).setTo(100);  // what lies outside scores highest: ignored
    inspected(cv::Rect(0, 0, 5, 8)).setTo(1);
    ds::PixelScoreCollector withRegion;
    withRegion.add(map, mask, inspected);
    const ds::PixelMetrics got = withRegion.finish();
    ds::PixelScoreCollector subset;
    subset.add(map(cv::Rect(0, 0, 5, 8)).clone(), mask(cv::Rect(0, 0, 5, 8)).clone());
    const ds::PixelMetrics expected = subset.finish();
    QCOMPARE(got.pixels, std::int64_t{40});
    QCOMPARE(got.regions, 1);
    QCOMPARE(got.defectPixels, std::int64_t{9});
    QCOMPARE(got.auroc, expected.auroc);
    QCOMPARE(got.aupro, expected.aupro);
  }

  void noDefectsGivesNaN() {
    ds::PixelScoreCollector c;
    c.add(row({1, 2, 3}), cv::Mat());
    const ds::PixelMetrics m = c.finish();
    QVERIFY(std::isnan(m.aupro));
    QVERIFY(std::isnan(m.auroc));
  }

  void classMaps() {
    const cv::Mat classes = ds::pixelClassMap(row({0.9f, 0.9f, 0.1f, 0.1f, 0.5f}), maskRow({1, 0, 1, 0, 1}), 0.5f);
    QCOMPARE(classes.at<uchar>(0, 0), uchar(ds::PixelTP));
    QCOMPARE(classes.at<uchar>(0, 1), uchar(ds::PixelFP));
    QCOMPARE(classes.at<uchar>(0, 2), uchar(ds::PixelFN));
    QCOMPARE(classes.at<uchar>(0, 3), uchar(ds::PixelTN));
    QCOMPARE(classes.at<uchar>(0, 4), uchar(ds::PixelTP));  // score == threshold counts as defective
    const ds::ConfusionCounts c = ds::countPixelClasses(classes);
    QCOMPARE(c.tp, 2);
    QCOMPARE(c.fp, 1);
    QCOMPARE(c.fn, 1);
    QCOMPARE(c.tn, 1);
    QCOMPARE(c.iou(), 0.5);
  }

  // Pixel F1-max against every distinct score tried as a threshold, pixels counted one by one.
  void pixelF1MaxByExhaustiveSearch() {
    const std::vector<MapCase> maps = randomMaps();
    ds::PixelScoreCollector collector;
    std::vector<std::pair<float, bool>> pixels;
    for (const MapCase& m : maps) {
      collector.add(m.map, m.mask);
      for (int r = 0; r < m.map.rows; ++r)
        for (int c = 0; c < m.map.cols; ++c) pixels.push_back({m.map.at<float>(r, c), m.mask.at<uchar>(r, c) != 0});
    }
    std::vector<float> candidates;
    for (const auto& p : pixels) candidates.push_back(p.first);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    double bestF1 = -1, bestThreshold = 0;
    for (std::size_t i = 0; i < candidates.size(); i += 7) {  // every 7th keeps the test fast; the best is checked below
      double tp = 0, fp = 0, fn = 0;
      for (const auto& p : pixels) {
        const bool flagged = p.first >= candidates[i];
        tp += flagged && p.second;
        fp += flagged && !p.second;
        fn += !flagged && p.second;
      }
      const double f1 = 2 * tp / (2 * tp + fp + fn);
      if (f1 > bestF1) bestF1 = f1, bestThreshold = candidates[i];
    }
    const ds::PixelMetrics m = collector.finish();
    QVERIFY2(m.f1Max >= bestF1 - 1e-12, qPrintable(QStringLiteral("F1 %1 below sampled best %2 at %3").arg(m.f1Max).arg(bestF1).arg(bestThreshold)));
    double tp = 0, fp = 0, fn = 0;
    for (const auto& p : pixels) {
      const bool flagged = p.first >= static_cast<float>(m.f1Threshold);
      tp += flagged && p.second;
      fp += flagged && !p.second;
      fn += !flagged && p.second;
    }
    QCOMPARE(m.f1Max, 2 * tp / (2 * tp + fp + fn));
  }

  void matchesIndependentReference() {
    const std::vector<MapCase> maps = randomMaps();
    for (double limit : {0.3, 0.05, 1.0}) {
      QJsonArray input;
      ds::PixelScoreCollector collector;
      for (const MapCase& m : maps) {
        QJsonArray scores, mask;
        for (int r = 0; r < m.map.rows; ++r)
          for (int c = 0; c < m.map.cols; ++c) {
            scores.append(static_cast<double>(m.map.at<float>(r, c)));
            mask.append(m.mask.at<uchar>(r, c));
          }
        input.append(QJsonObject{{QStringLiteral("height"), m.map.rows}, {QStringLiteral("width"), m.map.cols},
                                 {QStringLiteral("scores"), scores}, {QStringLiteral("mask"), mask}});
        collector.add(m.map, m.mask);
      }
      QString whyNot;
      const auto ref = dstest::runPythonReference(
          QStringLiteral("aupro_reference.py"),
          QJsonObject{{QStringLiteral("integration_limit"), limit}, {QStringLiteral("maps"), input}}, &whyNot);
      if (!ref) QSKIP(qPrintable(whyNot));
      const ds::PixelMetrics m = collector.finish(limit);
      const double refAupro = ref->value(QStringLiteral("aupro")).toDouble();
      const double refAuroc = ref->value(QStringLiteral("pixel_auroc")).toDouble();
      QVERIFY2(std::abs(m.aupro - refAupro) < 1e-6, qPrintable(QStringLiteral("limit %1: AUPRO %2 vs reference %3").arg(limit).arg(m.aupro).arg(refAupro)));
      QVERIFY2(std::abs(m.auroc - refAuroc) < 1e-6, qPrintable(QStringLiteral("pixel AUROC %1 vs scikit-learn %2").arg(m.auroc).arg(refAuroc)));
    }
  }
};

QTEST_GUILESS_MAIN(TestPixelMetrics)
#include "tst_pixel_metrics.moc"
