#include "core/report/report_data.h"

#include <QCoreApplication>

#include "core/error.h"

namespace ds {

bool isFinding(FindingsScope scope, Verdict verdict, bool labelled, bool defective) {
  switch (scope) {
    case FindingsScope::All: return true;
    case FindingsScope::Flagged: return verdict == Verdict::NOK || verdict == Verdict::Review;
    case FindingsScope::Errors: return labelled && verdict != Verdict::Unknown && defective == (verdict == Verdict::OK);
  }
  return false;
}

FindingsScope findingsScopeFromName(const QString& name) {
  if (name == QLatin1String("all")) return FindingsScope::All;
  if (name == QLatin1String("flagged")) return FindingsScope::Flagged;
  if (name == QLatin1String("errors")) return FindingsScope::Errors;
  throw Error(QCoreApplication::translate("Report", "unknown findings choice \"%1\" (all, flagged or errors)").arg(name));
}

}  // namespace ds
