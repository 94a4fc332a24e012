#pragma once

#include <QJsonObject>
#include <vector>

#include "core/methods/anomaly_method.h"
#include "core/methods/inpaint_ae/inpaint_config.h"
#include "core/methods/inpaint_ae/inpaint_network.h"
#include "core/methods/method_registry.h"

namespace ds {

// Bauer, Nakajima & Müller, "Self-Supervised Training with Autoencoders for Visual Anomaly Detection":
// an autoencoder trained from scratch to restore elastically corrupted patches of defect-free images;
// anomalies are where an image differs from its restoration (docs/methods/inpaint_ae.md).
class InpaintAutoencoderMethod : public AnomalyMethod {
 public:
  InpaintAutoencoderMethod(const MethodSettings& settings, const MethodEnvironment& environment);
  static MethodInfo info();

  QString id() const override { return QStringLiteral("inpaint_ae"); }
  InputSpec inputSpec() const override { return {Normalization::Unit, 8, config_.shortSide}; }
  void fit(BatchSource& train, JobContext& ctx) override;
  // Training continued from the stored networks on all the images (ModelUpdate::Continued).
  void update(BatchSource& images, JobContext& ctx, int epochs) override;
  void setCheckpoint(const QString& path, bool resume) override;
  ScoreMaps predict(const torch::Tensor& images) override;
  double scoreStitched(const torch::Tensor& map) const override;
  void save(ModelArchive& out) const override;
  void load(const ModelArchive& in) override;
  QJsonObject summary() const override;
  TrainingEstimate estimateTraining(int height, int width, int trainImages) override;
  TrainingFootprint trainingFootprint(int height, int width, int trainImages) const override;

 private:
  // Trains the networks on the images, from start's weights when given (an update), else from scratch.
  void train(BatchSource& images, JobContext& ctx, const std::vector<inpaint::InpaintNetwork>* start);
  // anomap of eq. (3), damped by eq. (14) when t > 0: [N,H,W].
  torch::Tensor anomalyMap(std::size_t network, const torch::Tensor& images);
  // The configuration with its batch no larger than the training images left after validation.
  inpaint::InpaintConfig configFor(int trainImages) const;

  MethodSettings settings_;
  MethodEnvironment environment_;
  inpaint::InpaintConfig config_;
  torch::Device device_;
  std::vector<inpaint::InpaintNetwork> networks_;
  std::vector<torch::Tensor> avgmaps_;  // eq. (13) per network over the validation images; undefined without them
  QJsonObject training_;
};

}  // namespace ds
