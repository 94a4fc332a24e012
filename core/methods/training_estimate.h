#pragma once

namespace ds {

// What training will cost, measured before it starts (iteratively trained methods only).
struct TrainingEstimate {
  double secondsPerEpoch = 0;  // 0: the method trains in one pass and has no estimate
  int epochs = 0;              // per network
  int networks = 1;
  bool mayStopEarly = false;  // early stopping may end training sooner
  double totalSeconds() const { return secondsPerEpoch * epochs * networks; }
};

}  // namespace ds
