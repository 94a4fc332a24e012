#pragma once

#include <functional>
#include <torch/types.h>

// LibTorch only, so the device check (tests/device/) times steps the same way.
namespace ds::training {

// Seconds per call of step over `iterations` calls after an unmeasured first one (which pays for
// allocations), the device's queued work finished before each reading of the clock: the training
// estimates' measurement.
double secondsPerStep(const std::function<void()>& step, int iterations, const torch::Device& device);

}  // namespace ds::training
