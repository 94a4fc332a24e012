#pragma once

#include <QJsonObject>
#include <memory>

#include "core/maps/ms_ssim.h"
#include "core/methods/anomaly_method.h"
#include "core/methods/igd/igd_config.h"
#include "core/methods/igd/igd_network.h"
#include "core/methods/igd/igd_trainer.h"
#include "core/methods/method_registry.h"

namespace ds {

class FeatureExtractor;

// Chen, Tian, Pang & Carneiro, "Deep One-Class Classification via Interpolated Gaussian Descriptor"
// (AAAI 2022): a global model on whole images and a local model on patches, each an autoencoder whose
// latent codes a Gaussian one-class classifier keeps close to their mean, trained by EM with an
// adversarial interpolation critic; scores and maps from both models' reconstruction and Gaussian
// terms (docs/methods/igd.md).
class IgdMethod : public AnomalyMethod {
 public:
  IgdMethod(const MethodSettings& settings, const MethodEnvironment& environment);
  ~IgdMethod() override;
  static MethodInfo info();

  QString id() const override { return QStringLiteral("igd"); }
  InputSpec inputSpec() const override;
  void fit(BatchSource& train, JobContext& ctx) override;
  // Training continued from the stored autoencoders on all the images (ModelUpdate::Continued); the
  // critic, which the model does not keep, starts afresh.
  void update(BatchSource& images, JobContext& ctx, int epochs) override;
  void setCheckpoint(const QString& path, bool resume) override;
  ScoreMaps predict(const torch::Tensor& images) override;
  void save(ModelArchive& out) const override;
  void load(const ModelArchive& in) override;
  QJsonObject summary() const override;
  TrainingEstimate estimateTraining(int height, int width, int trainImages) override;
  TrainingFootprint trainingFootprint(int height, int width, int trainImages) const override;

 private:
  // Trains on the images, from the stored autoencoders when continuing (an update), else from scratch.
  void train(BatchSource& source, JobContext& ctx, bool continuing);
  // The networks and training samples of the model called name ("global" or "local") for images
  // [N,3,H,W] at the model's input size, initialised for seed.
  igd::ModelSlot makeSlot(const QString& name, const torch::Tensor& images, quint64 seed) const;
  // Score [N] and map [N,H,W] of one model on images [N,3,H,W] (eqs. 14–17).
  ScoreMaps scoreGlobal(const torch::Tensor& images);
  ScoreMaps scoreLocal(const torch::Tensor& images);
  maps::MsSsimOptions msSsimOptions(const igd::MsSsimShape& shape) const;
  // Whether the local model's patches fit in images of height × width.
  bool patchesFit(int height, int width) const { return height >= config_.patchSize && width >= config_.patchSize; }

  MethodSettings settings_;
  MethodEnvironment environment_;
  igd::IgdConfig config_;
  torch::Device device_;
  std::shared_ptr<FeatureExtractor> trunk_;  // the frozen pretrained trunk; null for an encoder from scratch
  igd::Extent input_, global_;               // the model's input and the global model's, set by fit or load
  igd::Autoencoder globalModel_{nullptr}, localModel_{nullptr};
  QJsonObject training_;
};

}  // namespace ds
