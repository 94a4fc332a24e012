#include "core/jobs/train_job.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "core/data/dataset.h"
#include "core/error.h"
#include "core/jobs/job_context.h"
#include "core/methods/inspection_model.h"
#include "core/methods/method_registry.h"

namespace ds {

namespace {

// Mistyped options fail before a long dataset scan.
ImageSizeSpec checkedSize(const TrainRequest& request) {
  ImageSizeSpec size = request.imageSize.isEmpty() ? ImageSizeSpec{} : ImageSizeSpec::parse(request.imageSize);
  if (!request.crop.isEmpty()) size.crop = ImageSizeSpec::parseCrop(request.crop);
  defaultSettings(request.method).assign(request.settings);
  return size;
}

std::vector<Sample> trainingSamples(const TrainRequest& request, LoadReport& report) {
  const Dataset dataset = Dataset::open(request.data, report);
  std::vector<Sample> train = dataset.trainingSamples();
  if (train.empty())
    throw Error(QCoreApplication::translate("TrainJob", "%1: no defect-free training images").arg(request.data));
  return train;
}

}  // namespace

QString checkpointPath(const TrainRequest& request) {
  return request.environment.checkpoint.isEmpty() ? request.output + QStringLiteral(".ckpt") : request.environment.checkpoint;
}

TrainingEstimate estimateTrain(const TrainRequest& request, LoadReport& report) {
  const ImageSizeSpec size = checkedSize(request);
  return InspectionModel::estimateTraining(request.method, request.settings, size, request.environment,
                                           trainingSamples(request, report), report);
}

TrainResult runTrain(const TrainRequest& request, JobContext& ctx, LoadReport& report) {
  const ImageSizeSpec size = checkedSize(request);
  const std::vector<Sample> train = trainingSamples(request, report);
  MethodEnvironment environment = request.environment;
  environment.checkpoint = checkpointPath(request);
  InspectionModel model = InspectionModel::train(request.method, request.settings, size, environment, train, report, ctx);
  ctx.checkCancelled();
  model.save(request.output);
  QFile::remove(environment.checkpoint);
  TrainResult result;
  const QJsonObject training = model.header().value(QStringLiteral("training")).toObject();
  result.trainImages = training.value(QStringLiteral("n_train")).toInt();
  result.fitSeconds = training.value(QStringLiteral("fit_s")).toDouble();
  result.modelBytes = QFileInfo(request.output).size();
  result.summary = model.header().value(QStringLiteral("summary")).toObject();
  result.header = model.header();
  return result;
}

}  // namespace ds
