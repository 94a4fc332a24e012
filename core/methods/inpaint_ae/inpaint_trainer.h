#pragma once

#include <QJsonArray>
#include <QString>
#include <opencv2/core.hpp>
#include <vector>

#include "core/methods/inpaint_ae/inpaint_config.h"
#include "core/methods/inpaint_ae/inpaint_network.h"

namespace ds {
class JobContext;
class ModelArchive;
}  // namespace ds
namespace torch::optim {
class Adam;
}

namespace ds::inpaint {

// Training images of one model input size, CV_8UC3, split into training and validation (§4.1: 5 %).
struct TrainingImages {
  std::vector<cv::Mat> train, validation;
};
// How many of that many images are held out: at least one whenever there are two and the fraction is positive.
int validationCount(int images, double validationFraction);
// Deterministic split for a seed, validationCount images held out.
TrainingImages splitTrainingImages(std::vector<cv::Mat> images, double validationFraction, quint64 seed);

// Trains the networks of one model (one per objective; two for the ensemble) with Adam on corrupted
// crops, validating every epoch with early stopping, and checkpointing so a cancelled or crashed run
// resumes where it stopped: the step, the optimizer's moments, the best weights so far and the loss
// curves, which are re-emitted on resume so the monitor's plots continue.
class InpaintTrainer {
 public:
  // fingerprint: what must match for a checkpoint to be resumed (settings, input size, images).
  InpaintTrainer(InpaintConfig config, quint64 seed, QString checkpointPath, bool resume, QJsonObject fingerprint);

  // Returns one trained network per config.objectives entry, each holding its best-validation weights.
  // start: networks whose weights training continues from (a model update), one per objective.
  std::vector<InpaintNetwork> train(const TrainingImages& images, JobContext& ctx, const std::vector<InpaintNetwork>* start = nullptr);

  // Seconds per training iteration of a batch, measured on random data at resolution × resolution.
  static double secondsPerIteration(const InpaintConfig& config, int resolution, const QString& device, int iterations = 2);
  // The tensor memory one training iteration of a batch holds at its peak on the CPU (network,
  // optimiser state, activations, gradients, and the networks kept beside it: its best epoch's weights,
  // an ensemble's finished ones): the most over the objectives' networks.
  static double iterationBytes(const InpaintConfig& config, int resolution, const QString& device);

 private:
  struct Progress;
  void trainNetwork(InpaintNetwork& net, const TrainingImages& images, const std::vector<InpaintNetwork>& finished,
                    const ModelArchive* resumeFrom, JobContext& ctx);
  void writeCheckpoint(const Progress& progress, const InpaintNetwork& net, const torch::optim::Adam& adam,
                       const std::vector<InpaintNetwork>& finished) const;

  InpaintConfig config_;
  quint64 seed_;
  QString checkpointPath_;
  bool resume_;
  QJsonObject fingerprint_;
  QJsonArray history_;  // [validation?, equation, step, value] of every network so far, saved in checkpoints
};

// A fresh network of the configured shape, initialised reproducibly for (seed, index).
InpaintNetwork makeNetwork(const InpaintConfig& config, quint64 seed, int index);

}  // namespace ds::inpaint
