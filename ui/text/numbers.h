#pragma once

#include <QString>
#include <QtGlobal>

// Every number the workbench and its reports show goes through here, in the locale of the UI
// language (QLocale(), set when the language is chosen), so that spin boxes, badges, plots, captions
// and reports agree on the decimal separator. A value that cannot be computed shows as "–", never 0.
// Files meant for other programs (CSV, JSON) stay in the C locale and do not use these.
namespace ds::ui::numbers {

// The dash shown for a value that is not available.
QString missing();
// A rate or area in [0, 1] with three decimals: "0.912".
QString metric(double value);
// A score or threshold on a model's own scale: four significant digits with trailing zeros kept, so
// that scores side by side have one precision ("5.000", "5.594", "0.1230"); "∞" flags nothing.
QString score(double value);
// A fraction as a percentage: "12.5 %".
QString percent(double fraction, int decimals = 1);
// A measurement with a fixed number of decimals (seconds, megabytes).
QString fixed(double value, int decimals);
// A parameter as written, in the fewest digits: "0.3", "0.05".
QString shortest(double value);
// A whole count with the locale's digit grouping: "12,345".
QString count(qint64 value);

}  // namespace ds::ui::numbers
