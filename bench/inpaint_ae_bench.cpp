// Inpainting autoencoder benchmark (bench/README.md).
//   inpaint_ae_bench [size=256] [width=0.5] [kernel=3] [batch=4] [steps=4]
// (DS_BENCH_RELEASE_MEMORY=1: glibc's default of handing freed memory back, for comparison)
// Times training steps (forward, backward, Adam) on size×size crops and eval-mode prediction, and
// prints the achieved GFLOP/s of the convolutions against the machine's sgemm peak.
#include <QCoreApplication>
#include <cstdio>
#include <torch/torch.h>

#include "bench/bench_support.h"
#include "core/methods/inpaint_ae/inpaint_network.h"
#include "core/runtime/compute.h"
#include "core/runtime/memory.h"

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  using dsbench::seconds;
  const int64_t size = argc > 1 ? std::atoll(argv[1]) : 256;
  const double width = argc > 2 ? std::atof(argv[2]) : 0.5;
  const int kernel = argc > 3 ? std::atoi(argv[3]) : 3;
  const int64_t batch = argc > 4 ? std::atoll(argv[4]) : 4;
  const int steps = argc > 5 ? std::atoi(argv[5]) : 4;
  ds::compute::setThreads(0);
  torch::manual_seed(0);
  std::printf("sgemm peak: %.0f GFLOP/s\n", dsbench::sgemmPeak());
  const ds::inpaint::NetworkShape shape{width, kernel};
  ds::inpaint::InpaintNetwork net(shape);
  torch::optim::Adam adam(net->parameters(), torch::optim::AdamOptions(1e-4));
  const torch::Tensor x = torch::rand({batch, 3, size, size});
  const double flops = ds::inpaint::forwardFlops(shape, size, size);
  std::printf("network %lldx%lld, width %.2f, f=%d: %.1f GFLOP forward per image, %lld parameters\n",
              static_cast<long long>(size), static_cast<long long>(size), width, kernel, flops / 1e9,
              static_cast<long long>([&] { int64_t n = 0; for (const auto& p : net->parameters()) n += p.numel(); return n; }()));

  net->train();
  // As the trainer does; without it the same steps ran 12–15 % slower (page faults of freed buffers).
  const auto retain = std::getenv("DS_BENCH_RELEASE_MEMORY") ? nullptr : std::make_unique<ds::RetainFreedMemory>();
  const auto step = [&] {
    adam.zero_grad();
    const torch::Tensor loss = (net->forward(x) - x).abs().mean();
    loss.backward();
    adam.step();
  };
  step();  // warm-up: allocations, algorithm choice
  QElapsedTimer t;
  t.start();
  for (int i = 0; i < steps; ++i) step();
  const double trainS = seconds(t) / steps;
  std::printf("train: %.2f s per batch of %lld = %.2f images/s, %.0f GFLOP/s (forward + backward ≈ 3× forward)\n", trainS,
              static_cast<long long>(batch), batch / trainS, 3 * flops * batch / trainS / 1e9);

  net->eval();
  torch::NoGradGuard noGrad;
  net->forward(x);
  t.restart();
  for (int i = 0; i < steps; ++i) net->forward(x);
  const double predS = seconds(t) / steps / batch;
  std::printf("predict: %.1f ms/image, %.0f GFLOP/s; peak RSS %.2f GB\n", predS * 1e3, flops / predS / 1e9,
              ds::peakRssMb() / 1024);
  return 0;
}
