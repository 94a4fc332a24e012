#pragma once

namespace ds {

// What a training run holds at its peak beyond what the process holds before it starts, computed
// from the shapes before the run (every method: AnomalyMethod::trainingFootprint).
struct TrainingFootprint {
  double memoryBytes = 0;  // live data (tensors, arrays); the resident peak is residentPeakBytes of it
  double diskBytes = 0;    // temporary files in the temporary folder (PatchCore's spilled features)
};

// What training will cost, measured before it starts (methods whose MethodInfo::measuresEstimate).
struct TrainingEstimate {
  double secondsPerEpoch = 0;  // methods trained over epochs
  int epochs = 0;              // per network
  int networks = 1;
  bool mayStopEarly = false;  // early stopping may end training sooner
  double onePassSeconds = 0;  // methods fitted in one pass (PatchCore: features and coreset)
  TrainingFootprint footprint{};
  double totalSeconds() const { return onePassSeconds + secondsPerEpoch * epochs * networks; }
  bool available() const { return totalSeconds() > 0; }
};

}  // namespace ds
