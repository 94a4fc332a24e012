#pragma once

#include "core/methods/anomaly_method.h"
#include "core/methods/method_registry.h"

namespace ds {

// The sanity baseline: per-pixel mean and standard deviation of the training images; the anomaly
// map is the channel-averaged z-score |x − μ| / (σ + ε), Gaussian-smoothed; the image score its maximum.
// Any real method must beat it; it also proves the data → model → metrics pipeline end to end.
class MeanDiffMethod : public AnomalyMethod {
 public:
  MeanDiffMethod(const MethodSettings& settings, const MethodEnvironment& environment);
  static MethodInfo info();

  QString id() const override { return QStringLiteral("mean-diff"); }
  InputSpec inputSpec() const override { return {Normalization::Unit, 1, 256}; }
  void fit(BatchSource& train, JobContext& ctx) override;
  void update(BatchSource& added, JobContext& ctx, int epochs) override;
  ScoreMaps predict(const torch::Tensor& images) override;
  void save(ModelArchive& out) const override;
  void load(const ModelArchive& in) override;

 private:
  double blurSigma_;
  double epsilon_;
  torch::Device device_;
  // Adds the images' sums; finish turns all sums into mean_ and std_.
  void accumulate(BatchSource& images, JobContext& ctx);
  void finish();

  torch::Tensor mean_, std_;  // [3,H,W]
  // Σx and Σx² in double over count_ images: kept in the model, so that an update equals a fit on
  // all the images (ModelUpdate::Exact). Undefined in models saved before they were kept.
  torch::Tensor sum_, sumSq_;
  int64_t count_ = 0;
};

}  // namespace ds
