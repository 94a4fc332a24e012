#include "ui/text/numbers.h"

#include <QLocale>
#include <QtTest>
#include <cmath>
#include <limits>

namespace numbers = ds::ui::numbers;

// Numbers on screen follow the UI language's locale (QLocale's default, set with the language) and
// show "–" where a value is not available.
class TestNumbers : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void cleanup() { QLocale::setDefault(QLocale::c()); }

  void english() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(numbers::metric(0.91234), QStringLiteral("0.912"));
    QCOMPARE(numbers::score(5.0), QStringLiteral("5.000"));  // one precision beside 5.594
    QCOMPARE(numbers::score(5.5941), QStringLiteral("5.594"));
    QCOMPARE(numbers::score(0.123), QStringLiteral("0.1230"));
    QCOMPARE(numbers::score(std::numeric_limits<double>::infinity()), QStringLiteral("∞"));
    QCOMPARE(numbers::percent(0.125), QStringLiteral("12.5 %"));
    QCOMPARE(numbers::fixed(12.345, 1), QStringLiteral("12.3"));
    QCOMPARE(numbers::shortest(0.3), QStringLiteral("0.3"));
    QCOMPARE(numbers::count(12345), QStringLiteral("12,345"));
  }

  void german() {
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(numbers::metric(0.91234), QStringLiteral("0,912"));
    QCOMPARE(numbers::score(5.5941), QStringLiteral("5,594"));
    QCOMPARE(numbers::score(5.0), QStringLiteral("5,000"));
    QCOMPARE(numbers::percent(0.125), QStringLiteral("12,5 %"));
    QCOMPARE(numbers::shortest(0.3), QStringLiteral("0,3"));
    QCOMPARE(numbers::count(12345), QStringLiteral("12.345"));
  }

  void missingIsADash() {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const QString& text : {numbers::metric(nan), numbers::score(nan), numbers::percent(nan), numbers::fixed(nan, 1),
                                numbers::shortest(nan), numbers::metric(std::numeric_limits<double>::infinity())})
      QCOMPARE(text, QStringLiteral("–"));
  }
};

QTEST_GUILESS_MAIN(TestNumbers)
#include "tst_numbers.moc"
