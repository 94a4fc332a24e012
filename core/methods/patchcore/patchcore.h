#pragma once

#include <limits>
#include <memory>

#include "core/backbones/feature_extractor.h"
#include "core/methods/anomaly_method.h"
#include "core/methods/method_registry.h"
#include "core/methods/patchcore/nearest_neighbors.h"
#include "core/methods/patchcore/patch_features.h"

namespace ds {
namespace patchcore {
class RowSpill;
}

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
  // The added images' patches join the bank by continuing the greedy coreset from it: ratio × their
  // patches are chosen, farthest from the bank first (ModelUpdate::Coreset).
  void update(BatchSource& added, JobContext& ctx, int epochs) override;
  ScoreMaps predict(const torch::Tensor& images) override;
  void save(ModelArchive& out) const override;
  void load(const ModelArchive& in) override;
  QJsonObject summary() const override;
  TrainingEstimate estimateTraining(int height, int width, int trainImages) override;
  TrainingFootprint trainingFootprint(int height, int width, int trainImages) const override;

  // Exposed for tests: patch features [N,h,w,D] of normalised images, and the eq. (7) score.
  torch::Tensor patchFeatures(const torch::Tensor& images) const;
  // The coreset's distances: patch features through the projection (unchanged without one).
  torch::Tensor projected(const torch::Tensor& rows) const;
  static double reweightedScore(const torch::Tensor& testPatch, const torch::Tensor& nearest,
                                const torch::Tensor& neighbourhood, double patchScore);

 private:
  // Every patch of the images to disk in full (spill) and, projected, to memory: the coreset needs
  // only the projections, the bank only the selected rows. The projections go straight into one
  // block sized for all the images, so the largest array of a fit is never held twice.
  torch::Tensor extractPatches(BatchSource& images, patchcore::RowSpill& spill, JobContext& ctx);
  // Greedy selection of ratio × points' rows (continuing from start distances when given); the
  // coverage radius it reaches goes to coverageRadius_.
  std::vector<int64_t> selectCoreset(const torch::Tensor& points, const torch::Tensor& startSquaredDistances, JobContext& ctx);

  // [N, h·w] true for the patches of an h×w grid over height×width images whose centres lie outside
  // each image's score window (setScoreWindows).
  torch::Tensor outsideWindows(int64_t height, int64_t width, int64_t h, int64_t w) const;
  int64_t featureDimension() const;
  int64_t projectedDimension() const;  // the coreset's: projection_dim, or the feature dimension

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
  // The largest distance (in the projection) of any training patch to the bank, as the greedy
  // selection reports it: an upper bound, NaN in models saved before it was recorded.
  double coverageRadius_ = std::numeric_limits<double>::quiet_NaN();
};

}  // namespace ds
