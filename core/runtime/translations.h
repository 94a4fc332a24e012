#pragma once

#include <QString>
#include <QStringList>

namespace ds {

// The languages DefectScope is translated into, besides English ("ja", "de").
QStringList availableLanguages();
// Installs DefectScope's translation for language ("" = the system locale's) and Qt's own, and makes
// it the default locale for numbers and dates. Returns the language in use ("en" when none applies).
// Call once, after the QCoreApplication exists.
QString installTranslations(const QString& language = QString());

}  // namespace ds
