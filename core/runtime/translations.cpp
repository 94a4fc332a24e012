#include "core/runtime/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>
#include <cstring>

namespace ds {
namespace {

// lupdate names a class's messages after the class without its namespace ("MainWindow"), while tr()
// in ds::ui::MainWindow asks for "ds::ui::MainWindow": look up the bare name too.
class ContextTranslator : public QTranslator {
 public:
  using QTranslator::QTranslator;
  QString translate(const char* context, const char* source, const char* disambiguation, int n) const override {
    QString text = QTranslator::translate(context, source, disambiguation, n);
    if (text.isEmpty() && context) {
      if (const char* bare = std::strrchr(context, ':')) text = QTranslator::translate(bare + 1, source, disambiguation, n);
    }
    return text;
  }
};

}  // namespace

QStringList availableLanguages() { return {QStringLiteral("ja"), QStringLiteral("de")}; }

QString installTranslations(const QString& language) {
  // Replaces what an earlier call installed, so the language can be switched (tests do).
  static QPointer<QTranslator> own, qt;
  for (QPointer<QTranslator>* t : {&own, &qt})
    if (*t) {
      QCoreApplication::removeTranslator(*t);
      delete t->data();
    }
  const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
  QLocale::setDefault(locale);
  const QString code = locale.name().section(QLatin1Char('_'), 0, 0);
  if (!availableLanguages().contains(code)) return QStringLiteral("en");
  own = new ContextTranslator(QCoreApplication::instance());
  if (own->load(QStringLiteral(":/i18n/defectscope_%1.qm").arg(code))) QCoreApplication::installTranslator(own);
  qt = new QTranslator(QCoreApplication::instance());
  if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(qt);
  return code;
}

}  // namespace ds
