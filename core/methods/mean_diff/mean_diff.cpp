#include "core/methods/mean_diff/mean_diff.h"

#include <QCoreApplication>

#include "core/error.h"
#include "core/io/model_archive.h"
#include "core/jobs/job_context.h"
#include "core/maps/region_masking.h"

namespace ds {

MethodInfo MeanDiffMethod::info() {
  MethodInfo info{QStringLiteral("mean-diff"), QCoreApplication::translate("MeanDiff", "Mean difference (baseline)"),
          QCoreApplication::translate("MeanDiff", "Per-pixel z-score against the mean training image; a sanity baseline."),
          {SettingSpec{QStringLiteral("blur_sigma"), 4.0,
                       QCoreApplication::translate("MeanDiff", "Gaussian smoothing of the anomaly map, in pixels (0 = none)"), {}}
               .within(0, 100),
           SettingSpec{QStringLiteral("epsilon"), 0.01,
                       QCoreApplication::translate("MeanDiff", "Added to the per-pixel standard deviation (intensity units 0–1)"), {}}
               .within(1e-6, 1)},
          QString()};
  info.update = ModelUpdate::Exact;
  return info;
}

MeanDiffMethod::MeanDiffMethod(const MethodSettings& settings, const MethodEnvironment& environment)
    : blurSigma_(settings.real(QStringLiteral("blur_sigma"))),
      epsilon_(settings.real(QStringLiteral("epsilon"))),
      device_(environment.device.toStdString()) {}

void MeanDiffMethod::fit(BatchSource& train, JobContext& ctx) {
  sum_ = sumSq_ = torch::Tensor();
  count_ = 0;
  accumulate(train, ctx);
  if (count_ == 0) throw Error(QCoreApplication::translate("MeanDiff", "no training image could be loaded"));
  finish();
}

void MeanDiffMethod::update(BatchSource& added, JobContext& ctx, int) {
  if (!sum_.defined())
    throw Error(QCoreApplication::translate("MeanDiff", "the model was saved before models kept what an update needs; train it again"));
  accumulate(added, ctx);
  finish();
}

void MeanDiffMethod::accumulate(BatchSource& images, JobContext& ctx) {
  // Sums in double so thousands of images do not lose precision.
  torch::Tensor batch;
  int done = 0;
  images.reset();
  while (images.next(batch)) {
    ctx.checkCancelled();
    const torch::Tensor x = batch.to(device_, torch::kFloat64);
    if (!sum_.defined()) {
      sum_ = torch::zeros_like(x[0]);
      sumSq_ = torch::zeros_like(x[0]);
    }
    if (x.sizes().slice(1) != sum_.sizes())
      throw Error(QCoreApplication::translate("MeanDiff", "images are %1×%2 but the model was trained at %3×%4")
                      .arg(x.size(3))
                      .arg(x.size(2))
                      .arg(sum_.size(2))
                      .arg(sum_.size(1)));
    sum_ += x.sum(0);
    sumSq_ += (x * x).sum(0);
    count_ += x.size(0);
    done += static_cast<int>(x.size(0));
    ctx.progress(done, images.imageCount(), QCoreApplication::translate("MeanDiff", "Statistics"));
  }
}

void MeanDiffMethod::finish() {
  const torch::Tensor mean = sum_ / static_cast<double>(count_);
  const torch::Tensor var = (sumSq_ / static_cast<double>(count_) - mean * mean).clamp_min(0);
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
  const torch::Tensor maps = maps::blurInRegion(z, blurSigma_, region_);
  return {maps::maxInRegion(maps, region_), maps};
}

void MeanDiffMethod::save(ModelArchive& out) const {
  out.putTensor(QStringLiteral("mean"), mean_);
  out.putTensor(QStringLiteral("std"), std_);
  if (sum_.defined()) {
    out.putTensor(QStringLiteral("sum"), sum_);
    out.putTensor(QStringLiteral("sum_sq"), sumSq_);
    out.putTensor(QStringLiteral("count"), torch::tensor({count_}, torch::kInt64));
  }
}

void MeanDiffMethod::load(const ModelArchive& in) {
  mean_ = in.tensor(QStringLiteral("mean")).to(device_);
  std_ = in.tensor(QStringLiteral("std")).to(device_);
  // predict takes them for 3×H×W images; a damaged file can hold any shape.
  if (mean_.dim() != 3 || mean_.size(0) != 3 || std_.sizes() != mean_.sizes())
    throw Error(QCoreApplication::translate("MeanDiff", "%1: the mean and deviation images are not 3×H×W of one size (damaged model)").arg(in.path()));
  if (!in.hasTensor(QStringLiteral("sum"))) return;  // saved before the sums were kept: no update
  sum_ = in.tensor(QStringLiteral("sum")).to(device_, torch::kFloat64);
  sumSq_ = in.tensor(QStringLiteral("sum_sq")).to(device_, torch::kFloat64);
  const torch::Tensor count = in.tensor(QStringLiteral("count"));
  if (sum_.sizes() != mean_.sizes() || sumSq_.sizes() != mean_.sizes() || count.numel() != 1 || count.scalar_type() != torch::kInt64 ||
      count.item<int64_t>() < 1)
    throw Error(QCoreApplication::translate("MeanDiff", "%1: the kept sums do not match the model (damaged model)").arg(in.path()));
  count_ = count.item<int64_t>();
}

}  // namespace ds
