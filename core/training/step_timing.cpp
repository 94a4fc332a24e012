#include "core/training/step_timing.h"

#include <chrono>
#include <torch/cuda.h>

namespace ds::training {

double secondsPerStep(const std::function<void()>& step, int iterations, const torch::Device& device) {
  const auto finish = [&device] {
    if (device.is_cuda()) torch::cuda::synchronize();
  };
  step();
  finish();
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < iterations; ++i) step();
  finish();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / iterations;
}

}  // namespace ds::training
