#include <QJsonArray>
#include <QtTest>
#include <cmath>
#include <random>

#include "core/error.h"
#include "core/metrics/confusion.h"
#include "core/metrics/roc.h"
#include "tests/support/test_support.h"

namespace {

struct Case {
  std::vector<double> scores;
  std::vector<int> labels;
};

// Random cases with both classes: continuous scores, heavy ties, all-equal scores, tiny sets.
std::vector<Case> conformanceCases() {
  std::mt19937 rng(20221);
  std::vector<Case> cases;
  for (int k = 0; k < 40; ++k) {
    const int n = k < 4 ? 2 + k : 10 + static_cast<int>(rng() % 600);
    const int levels = k % 3 == 0 ? 0 : (k % 3 == 1 ? 3 : 12);  // 0 = continuous
    Case c;
    for (int i = 0; i < n; ++i) {
      const int label = static_cast<int>(rng() % 3 == 0);
      double s = (rng() % 1000000) / 1e6 + 0.3 * label;
      if (levels > 0) s = std::floor(s * levels) / levels;
      if (k == 5) s = 0.5;
      c.scores.push_back(s);
      c.labels.push_back(label);
    }
    c.labels[0] = 0;
    c.labels[1] = 1;
    cases.push_back(c);
  }
  return cases;
}

std::vector<double> numbers(const QJsonValue& v) {
  std::vector<double> out;
  for (const auto& x : v.toArray()) out.push_back(x.toDouble());
  return out;
}

void compare(const std::vector<double>& actual, const std::vector<double>& expected, const char* what, int caseNo) {
  QVERIFY2(actual.size() == expected.size(),
           qPrintable(QStringLiteral("%1 case %2: %3 points, scikit-learn %4").arg(what).arg(caseNo).arg(actual.size()).arg(expected.size())));
  for (std::size_t i = 0; i < actual.size(); ++i)
    QVERIFY2(std::abs(actual[i] - expected[i]) <= 1e-6,
             qPrintable(QStringLiteral("%1 case %2 point %3: %4 vs %5").arg(what).arg(caseNo).arg(i).arg(actual[i]).arg(expected[i])));
}

}  // namespace

class TestRoc : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void handComputedCurve() {
    const std::vector<double> s = {0.1, 0.4, 0.35, 0.8};
    const std::vector<int> l = {0, 0, 1, 1};
    const ds::RocCurve roc = ds::rocCurve(s, l);
    QCOMPARE(roc.fpr, (std::vector<double>{0, 0, 0.5, 0.5, 1}));
    QCOMPARE(roc.tpr, (std::vector<double>{0, 0.5, 0.5, 1, 1}));
    QVERIFY(std::isinf(roc.thresholds[0]));
    QCOMPARE(std::vector<double>(roc.thresholds.begin() + 1, roc.thresholds.end()), (std::vector<double>{0.8, 0.4, 0.35, 0.1}));
    QCOMPARE(ds::rocAuc(s, l), 0.75);
    const ds::PrCurve pr = ds::precisionRecallCurve(s, l);
    QCOMPARE(pr.recall, (std::vector<double>{1, 1, 0.5, 0.5, 0}));
    QCOMPARE(pr.thresholds, (std::vector<double>{0.1, 0.35, 0.4, 0.8}));
    QCOMPARE(pr.precision, (std::vector<double>{0.5, 2.0 / 3.0, 0.5, 1, 1}));
    const ds::F1Max best = ds::f1Max(pr);
    QCOMPARE(best.f1, 0.8);
    QCOMPARE(best.threshold, 0.35);
  }

  void tiesCountHalf() {
    // One positive tied with one negative: the tied pair contributes half a correct ranking.
    QCOMPARE(ds::rocAuc({0.5, 0.5, 0.9}, {0, 1, 1}), 0.75);
    QVERIFY(std::isnan(ds::rocAuc({0.1, 0.2}, {0, 0})));
  }

  void rejectsBadInput() {
    QVERIFY_THROWS_EXCEPTION(ds::Error, ds::rocCurve({0.1, 0.2}, {0}));
    QVERIFY_THROWS_EXCEPTION(ds::Error, ds::rocCurve({0.1, std::nan("")}, {0, 1}));
  }

  void confusionCounts() {
    const ds::ConfusionCounts c = ds::confusionAt({0.1, 0.4, 0.35, 0.8, 0.35}, {0, 0, 1, 1, 0}, 0.35);
    QCOMPARE(c.tp, 2);
    QCOMPARE(c.fp, 2);
    QCOMPARE(c.fn, 0);
    QCOMPARE(c.tn, 1);
    QCOMPARE(c.precision(), 0.5);
    QCOMPARE(c.recall(), 1.0);
    QCOMPARE(c.falseAlarmRate(), 2.0 / 3.0);
    QCOMPARE(c.missRate(), 0.0);
  }

  void matchesScikitLearn() {
    const std::vector<Case> cases = conformanceCases();
    QJsonArray input;
    for (const Case& c : cases) {
      QJsonArray s, l;
      for (double v : c.scores) s.append(v);
      for (int v : c.labels) l.append(v);
      input.append(QJsonObject{{QStringLiteral("scores"), s}, {QStringLiteral("labels"), l}});
    }
    QString whyNot;
    const auto ref = dstest::runPythonReference(QStringLiteral("sklearn_reference.py"),
                                                QJsonObject{{QStringLiteral("cases"), input}}, &whyNot);
    if (!ref) QSKIP(qPrintable(whyNot));
    const QJsonArray expected = ref->value(QStringLiteral("cases")).toArray();
    QCOMPARE(expected.size(), static_cast<qsizetype>(cases.size()));
    for (int k = 0; k < static_cast<int>(cases.size()); ++k) {
      const QJsonObject e = expected[k].toObject();
      const ds::RocCurve roc = ds::rocCurve(cases[k].scores, cases[k].labels);
      compare(roc.fpr, numbers(e[QStringLiteral("roc_fpr")]), "roc fpr", k);
      compare(roc.tpr, numbers(e[QStringLiteral("roc_tpr")]), "roc tpr", k);
      // scikit-learn 1.2 puts max+1 first, newer versions +inf; both mean "nothing positive".
      const std::vector<double> refThresholds = numbers(e[QStringLiteral("roc_thresholds")]);
      compare(std::vector<double>(roc.thresholds.begin() + 1, roc.thresholds.end()),
              std::vector<double>(refThresholds.begin() + 1, refThresholds.end()), "roc thresholds", k);
      QVERIFY(std::abs(ds::rocAuc(cases[k].scores, cases[k].labels) - e[QStringLiteral("auroc")].toDouble()) <= 1e-6);
      const ds::PrCurve pr = ds::precisionRecallCurve(cases[k].scores, cases[k].labels);
      compare(pr.precision, numbers(e[QStringLiteral("pr_precision")]), "precision", k);
      compare(pr.recall, numbers(e[QStringLiteral("pr_recall")]), "recall", k);
      compare(pr.thresholds, numbers(e[QStringLiteral("pr_thresholds")]), "pr thresholds", k);
      const ds::F1Max best = ds::f1Max(pr);
      QVERIFY(std::abs(best.f1 - e[QStringLiteral("f1_max")].toDouble()) <= 1e-6);
      QVERIFY(std::abs(best.threshold - e[QStringLiteral("f1_threshold")].toDouble()) <= 1e-6);
    }
  }
};

QTEST_GUILESS_MAIN(TestRoc)
#include "tst_roc.moc"
