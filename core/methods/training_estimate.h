#pragma once

namespace ds {

// What training will cost, measured before it starts (methods whose MethodInfo::measuresEstimate).
struct TrainingEstimate {
  double secondsPerEpoch = 0;  // methods trained over epochs
  int epochs = 0;              // per network
  int networks = 1;
  bool mayStopEarly = false;  // early stopping may end training sooner
  double onePassSeconds = 0;  // methods fitted in one pass (PatchCore: features and coreset)
  double totalSeconds() const { return onePassSeconds + secondsPerEpoch * epochs * networks; }
  bool available() const { return totalSeconds() > 0; }
};

}  // namespace ds
