#include <QtTest>
#include <cmath>
#include <limits>
#include <algorithm>
#include <random>

#include "core/metrics/threshold_policy.h"
#include "core/metrics/thresholds.h"
#include "tests/support/test_support.h"
#include "tests/support/training_support.h"

namespace {

// Scores with many ties (quantised) so the rules' tie handling is exercised.
void randomSet(int seed, std::vector<double>& scores, std::vector<int>& labels) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> level(0, 20);
  scores.clear();
  labels.clear();
  for (int i = 0; i < 60; ++i) {
    const int label = i % 3 == 0 ? 1 : 0;
    labels.push_back(label);
    scores.push_back(0.1 * (level(rng) + 6 * label));
  }
}

// Every threshold that changes a decision on this set, and one past each score.
std::vector<double> candidateThresholds(const std::vector<double>& scores) {
  std::vector<double> t = scores;
  for (double s : scores) t.push_back(std::nextafter(s, std::numeric_limits<double>::infinity()));
  std::sort(t.begin(), t.end());
  return t;
}

}  // namespace

class TestThresholds : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void verdictsWithOneAndTwoThresholds() {
    const ds::ImageThresholds one{0, 2.0, false};
    QCOMPARE(ds::verdictFor(1.99, one), ds::Verdict::OK);
    QCOMPARE(ds::verdictFor(2.0, one), ds::Verdict::NOK);
    const ds::ImageThresholds two{1.0, 2.0, true};
    QCOMPARE(ds::verdictFor(0.99, two), ds::Verdict::OK);
    QCOMPARE(ds::verdictFor(1.0, two), ds::Verdict::Review);
    QCOMPARE(ds::verdictFor(1.99, two), ds::Verdict::Review);
    QCOMPARE(ds::verdictFor(2.0, two), ds::Verdict::NOK);
    QCOMPARE(ds::verdictFor(5.0, ds::ImageThresholds{0, std::nan(""), false}), ds::Verdict::Unknown);
  }

  void decisionCountsTreatReviewAsFlagged() {
    const std::vector<double> scores{0.5, 1.5, 2.5, 0.5, 1.5, 2.5};
    const std::vector<int> labels{0, 0, 0, 1, 1, 1};
    const ds::DecisionCounts c = ds::decisionCounts(scores, labels, {1.0, 2.0, true});
    QCOMPARE(c.review, 2);
    QCOMPARE(c.flagged.tp, 2);  // defects at 1.5 (REVIEW) and 2.5 (NOK)
    QCOMPARE(c.flagged.fn, 1);
    QCOMPARE(c.flagged.fp, 2);
    QCOMPARE(c.flagged.tn, 1);
    const ds::DecisionCounts single = ds::decisionCounts(scores, labels, {1.0, 2.0, false});
    QCOMPARE(single.review, 0);
    QCOMPARE(single.flagged.tp, 1);
    QCOMPARE(single.flagged.fp, 1);
  }

  void snapsMatchExhaustiveSearch() {
    for (int seed = 1; seed <= 20; ++seed) {
      std::vector<double> scores;
      std::vector<int> labels;
      randomSet(seed, scores, labels);
      const std::vector<double> candidates = candidateThresholds(scores);

      double bestF1 = -1;
      for (double t : candidates) bestF1 = std::max(bestF1, ds::confusionAt(scores, labels, t).f1());
      QCOMPARE(ds::confusionAt(scores, labels, ds::thresholdMaxF1(scores, labels)).f1(), bestF1);

      const double zero = ds::thresholdZeroMisses(scores, labels);
      QCOMPARE(ds::confusionAt(scores, labels, zero).fn, std::int64_t(0));
      QVERIFY(ds::confusionAt(scores, labels, std::nextafter(zero, 1e9)).fn > 0);

      for (double maxFpr : {0.0, 0.05, 0.1, 0.25, 0.5, 1.0}) {
        double lowest = std::numeric_limits<double>::infinity();
        for (double t : candidates)
          if (ds::confusionAt(scores, labels, t).falseAlarmRate() <= maxFpr + 1e-12) lowest = std::min(lowest, t);
        QCOMPARE(ds::thresholdAtFpr(scores, labels, maxFpr), lowest);
      }
    }
  }

  void snapsNeedTheRightLabels() {
    const std::vector<double> scores{0.1, 0.2};
    QVERIFY(std::isnan(ds::thresholdMaxF1(scores, {0, 0})));
    QVERIFY(std::isnan(ds::thresholdZeroMisses(scores, {0, 0})));
    QVERIFY(std::isnan(ds::thresholdAtFpr(scores, {1, 1}, 0.1)));
  }

  // One order of precedence: the user's choice > the model's stored thresholds > F1-best on labels >
  // the held-out rule > none. Each rule is removed in turn to reveal the next.
  void policyPrecedence() {
    std::vector<double> scores;
    std::vector<int> labels;
    randomSet(3, scores, labels);
    ds::ThresholdCandidates c;
    c.userImage = {0.4, 0.9, true};
    c.userImageHow = QStringLiteral("manual");
    c.userPixel = 0.25;
    c.modelImage = 1.5;
    c.modelPixel = 0.75;
    c.scores = scores;
    c.labels = labels;
    c.pixelF1 = 0.6;
    c.heldOutImage = 2.5;
    c.heldOutPixel = 1.25;
    c.heldOutCount = 8;

    ds::SetThresholds t = ds::chooseThresholds(c);
    QCOMPARE(t.imageRule, ds::ThresholdRule::User);
    QCOMPARE(t.image.ok, 0.4);
    QCOMPARE(t.image.nok, 0.9);
    QVERIFY(t.image.twoLevel);
    QVERIFY(t.chosenBy.contains(QLatin1String("manual")));
    QCOMPARE(t.pixelRule, ds::ThresholdRule::User);
    QCOMPARE(t.pixel, 0.25);

    c.userImage = {qQNaN(), qQNaN(), false};
    c.userPixel = qQNaN();
    t = ds::chooseThresholds(c);
    QCOMPARE(t.imageRule, ds::ThresholdRule::Model);
    QCOMPARE(t.image.nok, 1.5);
    QCOMPARE(t.pixelRule, ds::ThresholdRule::Model);
    QCOMPARE(t.pixel, 0.75);

    c.modelImage = c.modelPixel = qQNaN();
    t = ds::chooseThresholds(c);
    QCOMPARE(t.imageRule, ds::ThresholdRule::LabelledF1);
    QCOMPARE(t.image.nok, ds::thresholdMaxF1(scores, labels));
    QCOMPARE(t.pixelRule, ds::ThresholdRule::LabelledF1);
    QCOMPARE(t.pixel, 0.6);

    c.scores.clear();
    c.labels.clear();
    c.pixelF1 = qQNaN();
    t = ds::chooseThresholds(c);
    QCOMPARE(t.imageRule, ds::ThresholdRule::HeldOut);
    QCOMPARE(t.image.nok, 2.5);
    QVERIFY(t.chosenBy.contains(QLatin1String("8")));
    QCOMPARE(t.pixelRule, ds::ThresholdRule::HeldOut);
    QCOMPARE(t.pixel, 1.25);

    c.heldOutPixel = qQNaN();  // an image threshold but no pixel one: the pixel falls back to it
    t = ds::chooseThresholds(c);
    QCOMPARE(t.pixelRule, ds::ThresholdRule::ImageThreshold);
    QCOMPARE(t.pixel, 2.5);

    c.heldOutImage = qQNaN();
    t = ds::chooseThresholds(c);
    QCOMPARE(t.imageRule, ds::ThresholdRule::None);
    QCOMPARE(t.pixelRule, ds::ThresholdRule::None);
    QCOMPARE(ds::verdictFor(1.0, t.image), ds::Verdict::Unknown);

    // Labels with only good images give no F1: the held-out rule applies.
    c.scores = {0.1, 0.2};
    c.labels = {0, 0};
    c.heldOutImage = 0.3;
    QCOMPARE(ds::chooseThresholds(c).imageRule, ds::ThresholdRule::HeldOut);
  }

  void modelHeaderFeedsThePolicy() {
    ds::ModelHeader header = dstest::sampleModelHeader();
    header.threshold = ds::ModelHeader::Threshold{3.0, 2.0, QStringLiteral("f1_max")};
    header.holdout->imageThreshold = 4.0;
    header.holdout->pixelThreshold = 5.0;
    header.holdout->scores = {1.0, 2.0, 3.9};
    ds::ThresholdCandidates c;
    c.readModel(header);
    QCOMPARE(c.modelImage, 3.0);
    QCOMPARE(c.modelPixel, 2.0);
    QCOMPARE(c.modelHow, QStringLiteral("f1_max"));
    QCOMPARE(c.heldOutImage, 4.0);
    QCOMPARE(c.heldOutPixel, 5.0);
    QCOMPARE(c.heldOutCount, 3);
    header.threshold.reset();
    header.holdout.reset();
    ds::ThresholdCandidates none;
    none.readModel(header);
    QVERIFY(std::isnan(none.modelImage) && std::isnan(none.heldOutImage));
  }

  // The held-out rule: just above the k-th smallest of n held-out values, k = ⌈0.95·(n+1)⌉; below 19
  // values that is the largest, so every held-out image passes.
  void heldOutThresholdIsTheConformalRank() {
    const std::vector<double> few{0.3, 1.7, 1.2, 1.7};
    const double t = ds::heldOutThreshold(few);
    for (double s : few) QCOMPARE(ds::verdictFor(s, {t, t, false}), ds::Verdict::OK);
    QCOMPARE(t, std::nextafter(1.7, 2.0));
    QVERIFY(std::isnan(ds::heldOutThreshold({})));
    for (const auto& [n, k] : {std::pair{18, 18}, {19, 19}, {20, 20}, {39, 38}, {56, 55}, {100, 96}}) {
      std::vector<double> values(static_cast<std::size_t>(n));
      for (int i = 0; i < n; ++i) values[static_cast<std::size_t>(i)] = 0.5 * ((i * 37) % n);  // a permutation of 0, 0.5, …
      std::mt19937 rng(static_cast<unsigned>(n));
      std::shuffle(values.begin(), values.end(), rng);
      const double threshold = ds::heldOutThreshold(values);
      QCOMPARE(threshold, std::nextafter(0.5 * (k - 1), 1e300));  // the k-th smallest is 0.5·(k−1)
      // The expected false-alarm bound 1 − k/(n+1) is at most 5 % once n ≥ 19.
      if (n >= 19) QVERIFY(1.0 - static_cast<double>(k) / (n + 1) <= 0.05 + 1e-12);
      const auto passed = std::count_if(values.begin(), values.end(), [&](double v) { return v < threshold; });
      QCOMPARE(static_cast<int>(passed), k);
    }
  }

  // Pixel snaps against an exhaustive search over the pixel ROC points.
  void pixelSnaps() {
    ds::RocCurve roc;  // thresholds decreasing from +inf, fpr and tpr rising
    roc.thresholds = {std::numeric_limits<double>::infinity(), 0.9, 0.7, 0.5, 0.3, 0.1};
    roc.fpr = {0, 0.0, 0.01, 0.05, 0.2, 1.0};
    roc.tpr = {0, 0.4, 0.7, 0.9, 1.0, 1.0};
    QCOMPARE(ds::pixelThresholdAtFpr(roc, 0.05), 0.5);
    QCOMPARE(ds::pixelThresholdAtFpr(roc, 0.02), 0.7);
    QCOMPARE(ds::pixelThresholdAtFpr(roc, 0.0), 0.9);
    QCOMPARE(ds::pixelThresholdZeroMisses(roc), 0.3);
    roc.tpr = {0, 0.1, 0.2, 0.3, 0.4, 0.5};
    QVERIFY(std::isnan(ds::pixelThresholdZeroMisses(roc)));
  }
};

QTEST_GUILESS_MAIN(TestThresholds)
#include "tst_thresholds.moc"
