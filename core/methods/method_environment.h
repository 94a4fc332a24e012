#pragma once

#include <QString>

namespace ds {

// Everything a method is built with besides its own settings.
struct MethodEnvironment {
  QString device = QStringLiteral("cpu");
  quint64 seed = 0;
  QString backbone;   // "" = the method's default; "resnet18", "wide_resnet50_2", "torchscript:PATH"
  QString weights;    // a weight file for the backbone, "" = the known file for it
  // Methods that train iteratively checkpoint here (nothing when empty) and, with resume, continue
  // from the checkpoint found there instead of starting over.
  QString checkpoint;
  bool resume = false;
};

}  // namespace ds
