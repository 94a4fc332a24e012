#pragma once

// QCustomPlot's header uses Qt's lower-case keywords (signals, slots, foreach), which this project
// turns off (QT_NO_KEYWORDS, because LibTorch uses "slots" as an identifier). Include QCustomPlot
// through this header only.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef foreach
