#include "ui/dataset/verdict_style.h"

#include <QCoreApplication>

namespace ds::ui {

QColor verdictColour(Verdict verdict) {
  switch (verdict) {
    case Verdict::OK: return QColor(0x2e, 0x9d, 0x4b);
    case Verdict::NOK: return QColor(0xd6, 0x2c, 0x2c);
    case Verdict::Review: return QColor(0xf0, 0xa2, 0x02);
    case Verdict::Unknown: break;
  }
  return QColor(0x9e, 0x9e, 0x9e);
}

QString verdictLabel(Verdict verdict) {
  switch (verdict) {
    case Verdict::OK: return QCoreApplication::translate("Verdict", "OK");
    case Verdict::NOK: return QCoreApplication::translate("Verdict", "NOK");
    case Verdict::Review: return QCoreApplication::translate("Verdict", "REVIEW");
    case Verdict::Unknown: break;
  }
  return QCoreApplication::translate("Verdict", "not scored");
}

}  // namespace ds::ui
