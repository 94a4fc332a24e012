// Runs DefectScope's device-agnostic tensor code on the CPU and on CUDA and compares (tests/device/run.sh):
// MS-SSIM (scalar and per pixel, forward and gradient) and IGD's losses must agree; then times IGD's
// M-step (decoder, critic, losses; the encoder stands in as a linear layer) at the fast and paper
// presets' sizes. Prints one line per check; exits 1 when a comparison fails.
#include <cstdio>
#include <torch/torch.h>

#include "core/maps/ms_ssim.h"
#include "core/methods/igd/decoder_critic.h"
#include "core/methods/igd/igd_losses.h"
#include "core/training/step_timing.h"

namespace {

using ds::igd::Critic;
using ds::igd::Decoder;

bool report(const char* what, double difference, double tolerance) {
  const bool ok = difference <= tolerance;
  std::printf("%-48s max |cpu − cuda| = %.3g %s\n", what, difference, ok ? "ok" : "FAILED");
  return ok;
}

double maxDiff(const torch::Tensor& a, const torch::Tensor& b) { return (a.cpu() - b.cpu()).abs().max().item<double>(); }

// MS-SSIM and the IGD terms on one device; float64 so that the devices must agree to rounding.
std::vector<torch::Tensor> terms(const torch::Device& device) {
  torch::manual_seed(7);
  const auto f64 = torch::TensorOptions().dtype(torch::kFloat64);
  torch::Tensor x = torch::rand({2, 3, 64, 48}, f64) * 4.7579;
  const torch::Tensor y = (x + 0.3 * torch::randn_like(x)).to(device);
  x = x.to(device).requires_grad_(true);
  ds::maps::MsSsimOptions o;
  o.window = 3;
  o.scales = 4;
  o.dataRange = 4.7579;
  const torch::Tensor scalar = ds::maps::msSsim(x, y, o);
  const torch::Tensor map = ds::maps::msSsimMap(x, y, o);
  const torch::Tensor loss = ds::igd::reconstructionLoss(x, y, 0.15, o).sum();
  const torch::Tensor grad = torch::autograd::grad({loss}, {x})[0];
  const torch::Tensor z = torch::randn({5, 8}, f64).to(device);
  const torch::Tensor lh = ds::igd::gaussianLoss(z, ds::igd::estimateGaussian(z).mu, ds::igd::estimateGaussian(z).sigma2);
  return {scalar.detach(), map.detach(), grad, lh};
}

double mStepSeconds(const torch::Device& device, int64_t height, int64_t width, double modelWidth, int64_t batch, int steps) {
  torch::manual_seed(1);
  torch::nn::Linear encoder(512, 128);
  Decoder decoder(128, modelWidth, height, width);
  Critic critic(modelWidth);
  encoder->to(device);
  decoder->to(device);
  critic->to(device);
  std::vector<torch::Tensor> autoencoderParameters = encoder->parameters();
  for (const auto& p : decoder->parameters()) autoencoderParameters.push_back(p);
  torch::optim::Adam a(autoencoderParameters, torch::optim::AdamOptions(1e-4)), c(critic->parameters(), torch::optim::AdamOptions(1e-4));
  const torch::Tensor features = torch::randn({batch, 512}, device), x = torch::randn({batch, 3, height, width}, device);
  const torch::Tensor alpha = torch::rand({batch}, device) * 0.5, zeta = torch::rand({batch}, device);
  ds::maps::MsSsimOptions o;
  o.window = height >= 161 ? 11 : (height >= 97 ? 7 : 3);  // the presets' global and local windows
  o.scales = height >= 97 ? 5 : 4;
  o.dataRange = 4.7579;
  const auto step = [&] {
    const torch::Tensor z = encoder->forward(features);
    const torch::Tensor xHat = decoder->forward(z);
    const torch::Tensor xAlpha = decoder->forward(ds::igd::interpolateLatents(z, alpha));
    const auto g = ds::igd::estimateGaussian(z.detach());
    const torch::Tensor loss = ds::igd::gaussianLoss(z, g.mu, g.sigma2).mean() + ds::igd::reconstructionLoss(x, xHat, 0.15, o).mean() +
                               0.1 * critic->forward(xAlpha).pow(2).mean();
    a.zero_grad();
    loss.backward();
    a.step();
    const torch::Tensor d = ds::igd::criticLoss(critic->forward(xAlpha.detach()), alpha,
                                                critic->forward(ds::igd::mixWithReconstruction(x, xHat.detach(), zeta)));
    c.zero_grad();
    d.backward();
    c.step();
  };
  return ds::training::secondsPerStep(step, steps, device);
}

}  // namespace

int main() {
  std::printf("LibTorch %s, CUDA available: %s\n", TORCH_VERSION, torch::cuda::is_available() ? "yes" : "no");
  bool ok = true;
  if (torch::cuda::is_available()) {
    const auto cpu = terms(torch::kCPU), cuda = terms(torch::kCUDA);
    ok &= report("MS-SSIM (4 scales, 3x3)", maxDiff(cpu[0], cuda[0]), 1e-9);
    ok &= report("MS-SSIM per-pixel map", maxDiff(cpu[1], cuda[1]), 1e-9);
    ok &= report("gradient of l_r (eq. 12)", maxDiff(cpu[2], cuda[2]), 1e-9);
    ok &= report("l_h (eq. 8) after an E-step", maxDiff(cpu[3], cuda[3]), 1e-9);
  }
  struct Case {
    const char* name;
    int64_t height, width;
    double modelWidth;
    int64_t batch;
  };
  for (const Case& k : {Case{"fast global 128x128, width 0.5, batch 16", 128, 128, 0.5, 16}, Case{"fast local 32x32, width 0.5, batch 64", 32, 32, 0.5, 64},
                        Case{"paper global 256x256, width 1, batch 64", 256, 256, 1.0, 64}, Case{"paper local 32x32, width 1, batch 64", 32, 32, 1.0, 64}}) {
    const double cpu = k.height <= 128 ? mStepSeconds(torch::kCPU, k.height, k.width, k.modelWidth, k.batch, 2) : 0.0;
    const double cuda = torch::cuda::is_available() ? mStepSeconds(torch::kCUDA, k.height, k.width, k.modelWidth, k.batch, 10) : 0.0;
    std::printf("IGD M-step, %-42s cpu %8.1f ms  cuda %8.2f ms\n", k.name, cpu * 1e3, cuda * 1e3);
  }
  return ok ? 0 : 1;
}
