#pragma once

#include <QElapsedTimer>
#include <cstdint>

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

}  // namespace ds::training
