#include <QtTest>
#include <cmath>
#include <limits>
#include <random>

#include "core/metrics/thresholds.h"

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
};

QTEST_GUILESS_MAIN(TestThresholds)
#include "tst_thresholds.moc"
