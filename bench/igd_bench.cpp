// IGD benchmark (bench/README.md).
//   igd_bench [height=128] [width=128] [model-width=0.5] [batch=16] [encoder=scratch|torchscript:PATH|resnet18] [steps=3]
// Times one M-step iteration (both halves) of a model whose samples are height×width, its parts (encoder,
// decoder and critic forward passes), and prediction, with the decoder's and critic's achieved GFLOP/s
// against the machine's sgemm peak.
#include <QCoreApplication>
#include <cstdio>
#include <torch/torch.h>

#include "bench/bench_support.h"
#include "core/backbones/feature_extractor.h"
#include "core/methods/igd/igd_config.h"
#include "core/methods/igd/igd_network.h"
#include "core/methods/igd/igd_trainer.h"
#include "core/runtime/compute.h"
#include "core/runtime/memory.h"

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  using dsbench::seconds;
  const int64_t height = argc > 1 ? std::atoll(argv[1]) : 128;
  const int64_t width = argc > 2 ? std::atoll(argv[2]) : 128;
  const double modelWidth = argc > 3 ? std::atof(argv[3]) : 0.5;
  const int64_t batch = argc > 4 ? std::atoll(argv[4]) : 16;
  const QString encoder = argc > 5 ? QString::fromLocal8Bit(argv[5]) : QStringLiteral("scratch");
  const int steps = argc > 6 ? std::atoi(argv[6]) : 3;
  ds::compute::setThreads(0);
  std::printf("sgemm peak: %.0f GFLOP/s\n", dsbench::sgemmPeak());

  ds::igd::IgdConfig config;
  config.model.width = modelWidth;
  config.model.pretrainedEncoder = encoder != QLatin1String("scratch");
  const torch::Device cpu(torch::kCPU);
  std::shared_ptr<ds::FeatureExtractor> trunk;
  if (config.model.pretrainedEncoder)
    trunk = ds::createFeatureExtractor(encoder, encoder.startsWith(QLatin1String("torchscript:")) ? QString() : QStringLiteral("random"), cpu, 0);
  ds::maps::MsSsimOptions ms;
  ms.window = height >= 161 ? 11 : (height >= 97 ? 7 : 3);
  ms.scales = height >= 97 ? 5 : 4;
  ds::igd::ModelSlot slot{QStringLiteral("bench"), ds::igd::makeAutoencoder(config.model, height, width, trunk, 0, 0), ds::igd::makeCritic(config.model, 0, 0),
                          ds::igd::SampleSet(torch::zeros({1, 3, height, width}), height, width, 1, 1), static_cast<int>(batch), ms};
  const double decoderFlops = ds::igd::decoderFlops(config.model.latentDim, modelWidth, height, width);
  const double criticFlops = ds::igd::criticFlops(modelWidth, height, width);
  std::printf("model %lldx%lld, width %.2f, encoder %s, batch %lld: decoder %.2f GFLOP, critic %.2f GFLOP forward per image\n",
              static_cast<long long>(height), static_cast<long long>(width), modelWidth, qPrintable(encoder), static_cast<long long>(batch),
              decoderFlops / 1e9, criticFlops / 1e9);

  const ds::RetainFreedMemory retain;
  const double step = ds::igd::IgdTrainer::secondsPerIteration(slot, config, batch, QStringLiteral("cpu"), steps);
  // An iteration runs the decoder twice forward and backward (≈ 3× forward each) and the critic on
  // x̂_α with the gradient to its input, then twice in its own step: ≈ 6 + 9 critic forwards' worth
  // of work, with the encoder's forward (and backward when trained from scratch) on top.
  std::printf("train: %.2f s per iteration = %.1f samples/s; decoder+critic %.0f GFLOP/s\n", step, batch / step,
              (6 * decoderFlops + 9 * criticFlops) * batch / step / 1e9);

  torch::NoGradGuard noGrad;
  slot.autoencoder->eval();
  const torch::Tensor x = torch::randn({batch, 3, height, width});
  const auto timed = [&](const char* what, auto&& f, double flops) {
    f();
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < steps; ++i) f();
    const double s = seconds(t) / steps;
    std::printf("  %-18s %.1f ms per batch%s", what, s * 1e3, flops > 0 ? "" : "\n");
    if (flops > 0) std::printf(", %.0f GFLOP/s\n", flops * batch / s / 1e9);
    return s;
  };
  const torch::Tensor z = slot.autoencoder->encode(x);
  timed("encoder forward", [&] { return slot.autoencoder->encode(x); }, 0);
  timed("decoder forward", [&] { return slot.autoencoder->decode(z); }, decoderFlops);
  timed("critic forward", [&] { return slot.critic->forward(x); }, criticFlops);
  std::printf("peak RSS %.2f GB\n", ds::peakRssMb() / 1024);
  return 0;
}
