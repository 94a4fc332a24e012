#pragma once

#include <QJsonObject>
#include <QString>
#include <memory>
#include <torch/types.h>

#include "core/methods/method_environment.h"
#include "core/methods/method_settings.h"
#include "core/methods/normalization.h"
#include "core/methods/training_estimate.h"

namespace ds {

class JobContext;
class ModelArchive;

struct ScoreMaps {
  torch::Tensor imageScores;  // [N]
  torch::Tensor maps;         // [N,H,W] at the input size
  // Set by methods whose image score is that of one patch (PatchCore eq. (7)): an image scored in
  // tiles (core/tiling) takes the score of its tile of largest rank, each tile ranked by the patches
  // of its window (AnomalyMethod::setScoreWindows). Undefined: the image's score is
  // AnomalyMethod::scoreStitched of its stitched map.
  torch::Tensor tileRank{};  // [N]
};

// What a method needs of its input images.
struct InputSpec {
  Normalization normalization = Normalization::Unit;
  int stride = 1;            // sizes are rounded to a multiple of this
  int defaultShortSide = 256;
};

// Training images, batch by batch, as normalised tensors on the method's device.
class BatchSource {
 public:
  virtual ~BatchSource() = default;
  // false at the end; batch is N×3×H×W float.
  virtual bool next(torch::Tensor& batch) = 0;
  virtual void reset() = 0;
  virtual int imageCount() const = 0;
};

// The seam every anomaly-detection method implements (docs/architecture: nobody reaches inside).
class AnomalyMethod {
 public:
  virtual ~AnomalyMethod() = default;
  virtual QString id() const = 0;
  virtual InputSpec inputSpec() const = 0;
  virtual void fit(BatchSource& train, JobContext& ctx) = 0;
  // Adds further good images to the fitted model as MethodInfo::update says. Exact and Coreset: images
  // are the added ones. Continued: all the images, old and added, trained on for `epochs` more epochs
  // from the stored weights (0: the method's epochs setting), checkpointed where setCheckpoint says.
  // Methods without an update throw ds::Error.
  virtual void update(BatchSource& images, JobContext& ctx, int epochs);
  // Where a continued training checkpoints, and whether it resumes from there (as training does).
  virtual void setCheckpoint(const QString& path, bool resume) { (void)path, (void)resume; }
  // images: N×3×H×W on the method's device, normalised per inputSpec(). Maps come back at H×W.
  virtual ScoreMaps predict(const torch::Tensor& images) = 0;
  virtual void save(ModelArchive& out) const = 0;
  virtual void load(const ModelArchive& in) = 0;
  // Times a few training steps at an input of height×width; for methods trained over epochs.
  virtual TrainingEstimate estimateTraining(int height, int width, int trainImages) {
    (void)height, (void)width, (void)trainImages;
    return {};
  }
  // What fitting trainImages images of height×width holds at its peak beyond the process's memory
  // before it, from the shapes alone (nothing runs): a run that cannot fit is refused before it starts
  // (core/training/training_resources.h). The default: one loaded batch.
  virtual TrainingFootprint trainingFootprint(int height, int width, int trainImages) const;
  // The image score of a map stitched from tiles ([H,W], core/tiling) for methods that leave
  // ScoreMaps::tileRank undefined: their rule for a whole image's map. The default: its maximum.
  virtual double scoreStitched(const torch::Tensor& map) const;
  // Figures worth showing (memory-bank size, parameters…); saved in the model header.
  virtual QJsonObject summary() const { return {}; }

  // The inspection region predict applies: [H,W] float 0/1 at the input size on the method's
  // device; undefined = everything. Each method's maps are zero outside it and its image score
  // ignores what lies there (core/maps/region_masking.h).
  void setRegion(torch::Tensor region) { region_ = std::move(region); }
  // For the next predict of tiles: each tile's window (core/tiling/tile_grid.h, tileWindows) as [N,4]
  // int64 (x0, y0, x1, y1) in its pixels; methods that set ScoreMaps::tileRank rank and score a tile
  // by the patches whose centres lie inside it. Undefined: whole images.
  void setScoreWindows(torch::Tensor windows) { scoreWindows_ = std::move(windows); }

 protected:
  torch::Tensor region_;
  torch::Tensor scoreWindows_;
};

// Builds a method from the registry (throws ds::Error for an unknown id).
std::unique_ptr<AnomalyMethod> createMethod(const QString& id, const MethodSettings& settings,
                                            const MethodEnvironment& environment);

}  // namespace ds
