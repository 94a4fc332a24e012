#pragma once

#include <memory>
#include <optional>

#include "core/backbones/feature_extractor.h"
#include "core/io/model_archive.h"
#include "core/methods/anomaly_method.h"
#include "core/methods/method_registry.h"
#include "core/methods/semi_orthogonal/embedding.h"
#include "core/methods/semi_orthogonal/location_gaussians.h"

namespace ds {

// Semi-orthogonal embedding (Kim, Kim, Yi & Lee, "Semi-orthogonal Embedding for Efficient
// Unsupervised Anomaly Segmentation"): multi-scale backbone features projected by a random
// semi-orthogonal W, one Gaussian per feature-map location, Mahalanobis distance as the anomaly score.
// docs/methods/semi_orthogonal.md maps the paper to this code.
class SemiOrthogonalMethod : public AnomalyMethod {
 public:
  SemiOrthogonalMethod(const MethodSettings& settings, const MethodEnvironment& environment);
  ~SemiOrthogonalMethod() override;
  static MethodInfo info();

  QString id() const override { return QStringLiteral("semi_orthogonal"); }
  InputSpec inputSpec() const override;
  void fit(BatchSource& train, JobContext& ctx) override;
  void update(BatchSource& added, JobContext& ctx, int epochs) override;
  ScoreMaps predict(const torch::Tensor& images) override;
  void save(ModelArchive& out) const override;
  void load(const ModelArchive& in) override;
  QJsonObject summary() const override;
  TrainingEstimate estimateTraining(int height, int width, int trainImages) override;
  TrainingFootprint trainingFootprint(int height, int width, int trainImages) const override;

 private:
  torch::Tensor embedded(const torch::Tensor& images);  // Wᵀx, [N,H·W,k]
  void addImages(BatchSource& images, JobContext& ctx);

  MethodSettings settings_;
  MethodEnvironment environment_;
  torch::Device device_;
  std::unique_ptr<FeatureExtractor> backbone_;
  std::vector<int> stages_;
  torch::Tensor w_;  // [F,k] float32 on the device
  semi_orthogonal::LocationGaussians gaussians_;
  int64_t gridH_ = 0, gridW_ = 0;
  // The loaded file, whose update sums (as large as the precision matrices, needed by update() and
  // carried into a new save only) stay on disk until asked for: a model opens without reading them.
  std::optional<ModelArchive> storedSums_;
  void restoreStoredSums();
};

}  // namespace ds
