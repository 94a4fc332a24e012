#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QVariant>
#include <limits>
#include <vector>

namespace ds {

// One setting of a method: its type is the type of its default (bool, int, double or string).
struct SettingSpec {
  QString key;
  QVariant defaultValue;
  QString description;   // translated
  QStringList choices;   // allowed values for a string setting; empty = any
  QString zeroMeans = QString();  // translated; for a number whose 0 means "decided elsewhere" (e.g. by a preset)
  // The range a number must lie in (0 is also allowed when zeroMeans says what it means). Declared
  // once here and enforced by MethodSettings::set for --set, the Train dialog and model files alike.
  double minimum = -std::numeric_limits<double>::max();
  double maximum = std::numeric_limits<double>::max();

  SettingSpec within(double lo, double hi) const {
    SettingSpec s = *this;
    s.minimum = lo;
    s.maximum = hi;
    return s;
  }
};

// A setting of a method's table, its description translated in the method's context (marked there
// with QT_TRANSLATE_NOOP).
SettingSpec settingSpec(const char* context, const char* key, QVariant value, const char* description, QStringList choices = {});
// A number whose 0 leaves the value to the method's preset (shown as "preset").
SettingSpec presetNumber(const char* context, const char* key, QVariant value, const char* description);
// Throws ds::Error naming the setting when value lies outside lo…hi (for bounds that depend on another
// setting; fixed bounds are declared in the SettingSpec).
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
