#pragma once

#include <QString>

namespace ds {

// Everything a method is built with besides its own settings.
struct MethodEnvironment {
  QString device = QStringLiteral("cpu");
  quint64 seed = 0;
  QString backbone;   // "" = the method's default; "resnet18", "wide_resnet50_2", "torchscript:PATH"
  QString weights;    // a weight file for the backbone, "" = the known file for it
};

}  // namespace ds
