#include "ui/text/numbers.h"

#include <QLocale>
#include <cmath>

namespace ds::ui::numbers {

QString missing() { return QStringLiteral("–"); }

QString metric(double value) { return std::isfinite(value) ? QLocale().toString(value, 'f', 3) : missing(); }

QString score(double value) {
  if (std::isnan(value)) return missing();
  if (std::isinf(value)) return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
  QLocale locale;
  locale.setNumberOptions(locale.numberOptions() | QLocale::IncludeTrailingZeroesAfterDot);
  return locale.toString(value, 'g', 4);
}

QString percent(double fraction, int decimals) {
  return std::isfinite(fraction) ? QLocale().toString(100 * fraction, 'f', decimals) + QStringLiteral(" %") : missing();
}

QString fixed(double value, int decimals) { return std::isfinite(value) ? QLocale().toString(value, 'f', decimals) : missing(); }

QString shortest(double value) {
  return std::isfinite(value) ? QLocale().toString(value, 'g', QLocale::FloatingPointShortest) : missing();
}

QString count(qint64 value) { return QLocale().toString(value); }

}  // namespace ds::ui::numbers
