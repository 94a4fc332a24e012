#pragma once

#include <QString>
#include <vector>

#include "core/methods/method_settings.h"

namespace ds {

struct MethodInfo {
  QString id;
  QString title;        // translated
  QString description;  // translated, one sentence
  std::vector<SettingSpec> settings;
  bool pretrainedBackbone = false;  // built on a pretrained backbone (--backbone, --weights apply)
};

std::vector<MethodInfo> availableMethods();
// Throws ds::Error listing the available ids when id is unknown.
MethodInfo methodInfo(const QString& id);
// The method's settings with their defaults.
MethodSettings defaultSettings(const QString& id);

}  // namespace ds
