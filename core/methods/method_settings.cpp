#include "core/methods/method_settings.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <cmath>

#include "core/error.h"

namespace ds {
MethodSettings::MethodSettings(std::vector<SettingSpec> specs) : specs_(std::move(specs)) {
  for (const auto& s : specs_) values_.insert(s.key, s.defaultValue);
}

const SettingSpec& MethodSettings::spec(const QString& key) const {
  for (const auto& s : specs_)
    if (s.key == key) return s;
  QStringList keys;
  for (const auto& s : specs_) keys << s.key;
  throw Error(QCoreApplication::translate("MethodSettings", "unknown setting \"%1\" (this method has: %2)").arg(key, keys.join(QStringLiteral(", "))));
}

void MethodSettings::set(const QString& key, const QString& value) {
  const SettingSpec& s = spec(key);
  bool ok = true;
  QVariant parsed;
  switch (s.defaultValue.typeId()) {
    case QMetaType::Bool: {
      const QString v = value.toLower();
      ok = v == QLatin1String("true") || v == QLatin1String("false") || v == QLatin1String("1") || v == QLatin1String("0");
      parsed = v == QLatin1String("true") || v == QLatin1String("1");
      break;
    }
    case QMetaType::Int: parsed = value.toInt(&ok); break;
    case QMetaType::Double: {
      const double v = value.toDouble(&ok);
      ok = ok && std::isfinite(v);  // "nan" and "inf" parse, but no setting means them
      parsed = v;
      break;
    }
    default:
      parsed = value;
      ok = s.choices.isEmpty() || s.choices.contains(value);
  }
  if (ok && (s.defaultValue.typeId() == QMetaType::Int || s.defaultValue.typeId() == QMetaType::Double)) {
    const double v = parsed.toDouble();
    if (!(v == 0 && !s.zeroMeans.isEmpty())) requireSettingRange(key, v, s.minimum, s.maximum);
  }
  if (!ok) {
    const QString expected = !s.choices.isEmpty() ? s.choices.join(QStringLiteral(", "))
                             : s.defaultValue.typeId() == QMetaType::Bool ? QStringLiteral("true, false")
                             : s.defaultValue.typeId() == QMetaType::Int  ? QCoreApplication::translate("MethodSettings", "an integer")
                                                                          : QCoreApplication::translate("MethodSettings", "a finite number");
    throw Error(QCoreApplication::translate("MethodSettings", "setting %1=%2 is not valid: expected %3").arg(key, value, expected));
  }
  values_.insert(key, parsed);
}

void MethodSettings::assign(const QStringList& assignments) {
  for (const QString& a : assignments) {
    const qsizetype eq = a.indexOf(QLatin1Char('='));
    if (eq <= 0) throw Error(QCoreApplication::translate("MethodSettings", "\"%1\" is not of the form key=value").arg(a));
    set(a.left(eq).trimmed(), a.mid(eq + 1).trimmed());
  }
}

bool MethodSettings::boolean(const QString& key) const { return values_.value(spec(key).key).toBool(); }
int MethodSettings::integer(const QString& key) const { return values_.value(spec(key).key).toInt(); }
double MethodSettings::real(const QString& key) const { return values_.value(spec(key).key).toDouble(); }
QString MethodSettings::text(const QString& key) const { return values_.value(spec(key).key).toString(); }

QJsonObject MethodSettings::toJson() const { return QJsonObject::fromVariantMap(values_); }

void MethodSettings::fromJson(const QJsonObject& json) {
  for (const auto& s : specs_)
    if (json.contains(s.key)) set(s.key, json.value(s.key).toVariant().toString());
}

SettingSpec settingSpec(const char* context, const char* key, QVariant value, const char* description, QStringList choices) {
  return SettingSpec{QString::fromLatin1(key), std::move(value), QCoreApplication::translate(context, description), std::move(choices), {}};
}

void requireSettingRange(const QString& key, double value, double lo, double hi) {
  if (value < lo || value > hi)
    throw Error(QCoreApplication::translate("MethodSettings", "setting %1 = %2 is outside %3…%4").arg(key).arg(value).arg(lo).arg(hi));
}

SettingSpec presetNumber(const char* context, const char* key, QVariant value, const char* description) {
  SettingSpec spec = settingSpec(context, key, std::move(value), description);
  spec.zeroMeans = QCoreApplication::translate("MethodSettings", "preset");
  return spec;
}

}  // namespace ds
