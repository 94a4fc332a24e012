#pragma once

#include <QElapsedTimer>
#include <cstdint>
#include <functional>
#include <torch/types.h>

namespace ds {
class JobContext;
}

namespace ds::training {

// Measures a training loop's first steps and tells the user what an epoch and the rest will take.
class TrainingRate {
 public:
  explicit TrainingRate(int64_t firstStep) : firstStep_(firstStep) {}
  // Before each step: the first one (which pays for allocations) is left out of the measurement.
  void starting(int64_t step);
  // After each step: after the second measured one, the rate goes out as a job message.
  void finished(int64_t step, int64_t perEpoch, int64_t total, JobContext& ctx) const;

 private:
  int64_t firstStep_;
  QElapsedTimer clock_;
};

// Seconds per call of step over `iterations` calls after an unmeasured first one (which pays for
// allocations), the device's queued work finished before each reading of the clock: the training
// estimates' measurement.
double secondsPerStep(const std::function<void()>& step, int iterations, const torch::Device& device);

}  // namespace ds::training
