#include "core/methods/mean_diff/mean_diff.h"

#include <QCoreApplication>

#include "core/error.h"
#include "core/io/model_archive.h"
#include "core/jobs/job_context.h"
#include "core/maps/map_filters.h"

namespace ds {

MethodInfo MeanDiffMethod::info() {
  return {QStringLiteral("mean-diff"), QCoreApplication::translate("MeanDiff", "Mean difference (baseline)"),
          QCoreApplication::translate("MeanDiff", "Per-pixel z-score against the mean training image; a sanity baseline."),
          {SettingSpec{QStringLiteral("blur_sigma"), 4.0,
                       QCoreApplication::translate("MeanDiff", "Gaussian smoothing of the anomaly map, in pixels (0 = none)"), {}}
               .within(0, 100),
           SettingSpec{QStringLiteral("epsilon"), 0.01,
                       QCoreApplication::translate("MeanDiff", "Added to the per-pixel standard deviation (intensity units 0–1)"), {}}
               .within(1e-6, 1)},
          QString()};
}

MeanDiffMethod::MeanDiffMethod(const MethodSettings& settings, const MethodEnvironment& environment)
    : blurSigma_(settings.real(QStringLiteral("blur_sigma"))),
      epsilon_(settings.real(QStringLiteral("epsilon"))),
      device_(environment.device.toStdString()) {}

void MeanDiffMethod::fit(BatchSource& train, JobContext& ctx) {
  // Sums in double so thousands of images do not lose precision.
  torch::Tensor sum, sumSq;
  int64_t count = 0;
  torch::Tensor batch;
  train.reset();
  while (train.next(batch)) {
    ctx.checkCancelled();
    const torch::Tensor x = batch.to(device_, torch::kFloat64);
    if (!sum.defined()) {
      sum = torch::zeros_like(x[0]);
      sumSq = torch::zeros_like(x[0]);
    }
    sum += x.sum(0);
    sumSq += (x * x).sum(0);
    count += x.size(0);
    ctx.progress(static_cast<int>(count), train.imageCount(), QCoreApplication::translate("MeanDiff", "Statistics"));
  }
  if (count == 0) throw Error(QCoreApplication::translate("MeanDiff", "no training image could be loaded"));
  const torch::Tensor mean = sum / static_cast<double>(count);
  const torch::Tensor var = (sumSq / static_cast<double>(count) - mean * mean).clamp_min(0);
  mean_ = mean.to(torch::kFloat32);
  std_ = var.sqrt().to(torch::kFloat32);
}

ScoreMaps MeanDiffMethod::predict(const torch::Tensor& images) {
  torch::NoGradGuard noGrad;
  if (images.size(2) != mean_.size(1) || images.size(3) != mean_.size(2))
    throw Error(QCoreApplication::translate("MeanDiff", "images are %1×%2 but the model was trained at %3×%4")
                    .arg(images.size(3))
                    .arg(images.size(2))
                    .arg(mean_.size(2))
                    .arg(mean_.size(1)));
  const torch::Tensor z = ((images - mean_).abs() / (std_ + epsilon_)).mean(1);
  const torch::Tensor maps = maps::gaussianBlur(z, blurSigma_);
  return {std::get<0>(maps.flatten(1).max(1)), maps};
}

void MeanDiffMethod::save(ModelArchive& out) const {
  out.putTensor(QStringLiteral("mean"), mean_);
  out.putTensor(QStringLiteral("std"), std_);
}

void MeanDiffMethod::load(const ModelArchive& in) {
  mean_ = in.tensor(QStringLiteral("mean")).to(device_);
  std_ = in.tensor(QStringLiteral("std")).to(device_);
  // predict takes them for 3×H×W images; a damaged file can hold any shape.
  if (mean_.dim() != 3 || mean_.size(0) != 3 || std_.sizes() != mean_.sizes())
    throw Error(QCoreApplication::translate("MeanDiff", "%1: the mean and deviation images are not 3×H×W of one size (damaged model)").arg(in.path()));
}

}  // namespace ds
