#pragma once

namespace ds {

// Peak resident set size of this process so far, in MiB.
double peakRssMb();

}  // namespace ds

namespace ds {

// While alive, freed heap memory stays with the process instead of going back to the kernel (glibc's
// mmap and trim thresholds raised), so a training loop that frees and reallocates the same activation
// buffers every step stops paying page faults for them; on destruction the defaults return and the
// surplus is released. Not thread-safe against another instance: one training job at a time.
class RetainFreedMemory {
 public:
  RetainFreedMemory();
  ~RetainFreedMemory();
  RetainFreedMemory(const RetainFreedMemory&) = delete;
  RetainFreedMemory& operator=(const RetainFreedMemory&) = delete;
};

}  // namespace ds
