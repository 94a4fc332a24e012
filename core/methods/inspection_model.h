#pragma once

#include <QStringList>
#include <memory>
#include <opencv2/core.hpp>
#include <vector>

#include "core/data/image_loader.h"
#include "core/data/image_size.h"
#include "core/data/load_report.h"
#include "core/data/sample.h"
#include "core/methods/method_environment.h"
#include "core/methods/model_header.h"
#include "core/methods/training_estimate.h"

namespace ds {

class JobContext;

struct ImagePrediction {
  double score = 0;
  cv::Mat map;  // CV_32FC1 at the model's input size
};

// A trained anomaly-detection model as the rest of the program sees it: the method, the input size
// and normalisation it was trained at, and its provenance. Free of LibTorch in its interface.
class InspectionModel {
 public:
  InspectionModel();
  ~InspectionModel();
  InspectionModel(InspectionModel&&) noexcept;
  InspectionModel& operator=(InspectionModel&&) noexcept;

  // Fits a new model. The input size comes from imageSize (or the method's default) applied to the
  // first loadable training image; every image is resized to it, then centre-cropped to imageSize.crop
  // when set. settings are "key=value" strings.
  static InspectionModel train(const QString& methodId, const QStringList& settings, const ImageSizeSpec& imageSize,
                               const MethodEnvironment& environment, const std::vector<Sample>& samples,
                               LoadReport& report, JobContext& ctx);
  // Times a few training steps at the input size train() would use (secondsPerEpoch is 0 for methods
  // that fit in one pass; nothing is timed for methods that do not measure their estimate) and
  // computes the run's footprint. train() and update() refuse a run whose footprint does not fit
  // (core/training/training_resources.h) before loading any image.
  static TrainingEstimate estimateTraining(const QString& methodId, const QStringList& settings, const ImageSizeSpec& imageSize,
                                           const MethodEnvironment& environment, const std::vector<Sample>& samples,
                                           LoadReport& report);
  static InspectionModel load(const QString& path, const QString& device);
  // Adds good images to a loaded model without training it from scratch, as its method's
  // MethodInfo::update says. The header records the update in its lineage (the parent file's
  // checksum, the images added) and counts the images (recordVersion). Throws ds::Error for a method without an update or when no image loads.
  // Returns the images added.
  // Methods whose update continues training (ModelUpdate::Continued) train on trained + added for
  // `epochs` more epochs (0: their epochs setting), checkpointing to `checkpoint` ("" = none) and
  // resuming from it when asked; the others take the added images alone.
  struct UpdateTraining {
    std::vector<Sample> trained;  // the images the model was trained on
    int epochs = 0;
    QString checkpoint;
    bool resume = false;
  };
  int update(const std::vector<Sample>& added, const UpdateTraining& training, LoadReport& report, JobContext& ctx);
  // Times a few steps of the continued training update(added, training) would run for training.epochs
  // epochs (0: the method's setting) at the model's input size (no time for methods updated in one
  // pass), with its footprint (AnomalyMethod::trainingFootprint; a tiled model counts tiles).
  TrainingEstimate estimateUpdate(const std::vector<Sample>& added, const UpdateTraining& training) const;
  // Appends a version to the lineage: made from the file this model was loaded from (how: as
  // ModelHeader::Update says; update() records its own). The stored threshold, chosen on the
  // parent's scores, is dropped.
  void recordVersion(const QString& how, int imagesAdded, double seconds);
  // Atomic: the file is complete or untouched.
  void save(const QString& path);

  // Scores images decoded with loadOptions() (resized, centre-cropped when the model crops; a tiled
  // model scores each image tile by tile and returns its stitched map at the image's tiled frame).
  std::vector<ImagePrediction> predict(const std::vector<LoadedImage>& images);

  QString methodId() const;
  // The size of the images the method sees (and of its maps): the crop when the model crops; the
  // tile when it is tiled (its maps are then those of each image's own frame).
  cv::Size inputSize() const;
  bool crops() const;
  // Tiled (ModelHeader::Input::tiling): images keep their own size and are scored tile by tile.
  bool tiled() const;
  LoadOptions loadOptions(bool masks = false, bool originalMasks = false) const;
  // Provenance and settings as saved in the model file (see docs/model-file.md).
  const ModelHeader& header() const;
  QString checksum() const;
  // Stores image and pixel thresholds (NaN pixel: none) and the rule that chose them.
  void setThreshold(double image, double pixel, const QString& how);

  // The content hashes (fileContentHash) of the images the model was trained on, saved with it, so
  // that no copy of a training image is ever counted as a test image.
  void setTrainingImages(std::vector<QByteArray> hashes);
  void addTrainingImages(const std::vector<QByteArray>& hashes);
  bool knowsTrainingImages() const;
  bool trainedOn(const QByteArray& hash) const;
  // The good images held out of training (header "holdout", docs/model-file.md), and their paths
  // relative to the training dataset's folder.
  void setHeldOut(ModelHeader::Holdout holdout);
  QStringList heldOutPaths() const;

  // The inspection region (core/data/inspection_region.h): a 0/1 CV_8UC1 mask of inputSize(), or
  // empty for the whole frame; source says where it came from (a mask file's name, "drawn"). Applied
  // by predict from then on and saved with the model. Throws ds::Error for a mask of another size or
  // an empty one, and for a tiled model (whose images have no one frame).
  void setInspectionRegion(const cv::Mat& region, const QString& source);
  cv::Mat inspectionRegion() const;

 private:
  // The images an update trains on: the added ones, after the trained ones for a continued training
  // (which refuses to continue without them).
  std::vector<Sample> updateImages(const std::vector<Sample>& added, const UpdateTraining& training) const;

  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ds
