#pragma once

#include <memory>

#include "core/backbones/feature_extractor.h"
#include "core/methods/anomaly_method.h"
#include "core/methods/method_registry.h"
#include "core/methods/patchcore/nearest_neighbors.h"
#include "core/methods/patchcore/patch_features.h"

namespace ds {

// PatchCore (Roth et al., "Towards Total Recall in Industrial Anomaly Detection", CVPR 2022):
// locally aware patch features of a pretrained backbone, a greedy-coreset memory bank of the training
// patches, nearest-neighbour patch scores and the re-weighted image score of eq. (7).
// docs/methods/patchcore.md maps the paper to this code.
class PatchCoreMethod : public AnomalyMethod {
 public:
  PatchCoreMethod(const MethodSettings& settings, const MethodEnvironment& environment);
  ~PatchCoreMethod() override;
  static MethodInfo info();

  QString id() const override { return QStringLiteral("patchcore"); }
  InputSpec inputSpec() const override;
  void fit(BatchSource& train, JobContext& ctx) override;
  ScoreMaps predict(const torch::Tensor& images) override;
  void save(ModelArchive& out) const override;
  void load(const ModelArchive& in) override;
  QJsonObject summary() const override;
  TrainingEstimate estimateTraining(int height, int width, int trainImages) override;

  // Exposed for tests: patch features [N,h,w,D] of normalised images, and the eq. (7) score.
  torch::Tensor patchFeatures(const torch::Tensor& images);
  static double reweightedScore(const torch::Tensor& testPatch, const torch::Tensor& nearest,
                                const torch::Tensor& neighbourhood, double patchScore);

 private:
  MethodSettings settings_;
  MethodEnvironment environment_;
  torch::Device device_;
  std::unique_ptr<FeatureExtractor> backbone_;
  std::vector<int> stages_;
  patchcore::PatchFeatureOptions features_;
  torch::Tensor projection_;  // [D,k] Johnson–Lindenstrauss projection used by the coreset selection
  torch::Tensor bank_;        // [M,D] memory bank on the device
  std::unique_ptr<patchcore::NearestNeighborSearch> search_;
  int64_t trainPatches_ = 0;
};

}  // namespace ds
