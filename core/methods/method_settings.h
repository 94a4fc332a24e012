#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QVariant>
#include <vector>

namespace ds {

// One setting of a method: its type is the type of its default (bool, int, double or string).
struct SettingSpec {
  QString key;
  QVariant defaultValue;
  QString description;   // translated
  QStringList choices;   // allowed values for a string setting; empty = any
  QString zeroMeans = QString();  // translated; for a number whose 0 means "decided elsewhere" (e.g. by a preset)
};

// A setting of a method's table, its description translated in the method's context (marked there
// with QT_TRANSLATE_NOOP).
SettingSpec settingSpec(const char* context, const char* key, QVariant value, const char* description, QStringList choices = {});
// A number whose 0 leaves the value to the method's preset (shown as "preset").
SettingSpec presetNumber(const char* context, const char* key, QVariant value, const char* description);
// Throws ds::Error naming the setting when value lies outside lo…hi.
void requireSettingRange(const QString& key, double value, double lo, double hi);

// A method's settings with their values; only listed keys are accepted.
class MethodSettings {
 public:
  MethodSettings() = default;
  explicit MethodSettings(std::vector<SettingSpec> specs);

  // value is parsed as the setting's type; throws ds::Error naming the key and what is allowed.
  void set(const QString& key, const QString& value);
  // "key=value" strings, as given to --set.
  void assign(const QStringList& assignments);

  bool boolean(const QString& key) const;
  int integer(const QString& key) const;
  double real(const QString& key) const;
  QString text(const QString& key) const;
  const std::vector<SettingSpec>& specs() const { return specs_; }

  QJsonObject toJson() const;
  // Restores values saved by toJson; keys unknown to this version are ignored, missing ones keep defaults.
  void fromJson(const QJsonObject& json);

 private:
  const SettingSpec& spec(const QString& key) const;
  std::vector<SettingSpec> specs_;
  QVariantMap values_;
};

}  // namespace ds
