#pragma once

#include <QColor>
#include <QString>

#include "core/metrics/thresholds.h"

namespace ds::ui {

// One colour and one label per verdict, shared by every view that shows verdicts.
QColor verdictColour(Verdict verdict);
QString verdictLabel(Verdict verdict);  // translated ("OK", "NOK", "REVIEW", "not scored")

}  // namespace ds::ui
