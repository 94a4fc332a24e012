#pragma once

#include <QJsonObject>
#include <QStringList>

#include "core/data/load_report.h"
#include "core/methods/method_environment.h"

namespace ds {

class JobContext;

struct TrainRequest {
  QString method;
  QString data;          // dataset folder or manifest
  QString output;        // model file (.dsm)
  QStringList settings;  // "key=value"
  QString imageSize;     // "" = the method's default
  QString crop;          // "" = none; "S" or "WxH": centre crop after resizing
  MethodEnvironment environment;
};

struct TrainResult {
  int trainImages = 0;
  double fitSeconds = 0;
  qint64 modelBytes = 0;
  QJsonObject summary;
  QJsonObject header;  // the saved model's header (docs/model-file.md)
};

// Opens the dataset, fits the method on its training images and saves the model atomically.
TrainResult runTrain(const TrainRequest& request, JobContext& ctx, LoadReport& report);

}  // namespace ds
