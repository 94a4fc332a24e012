#pragma once

namespace ds {

// Peak resident set size of this process so far, in MiB.
double peakRssMb();

}  // namespace ds

namespace ds {

// From now on, for the whole process: freed heap memory stays with the process, as RetainFreedMemory
// does for a while (which then leaves it so). For a process that runs one job and exits (the
// command-line tool, the benchmarks): every pass that frees and reallocates a large buffer — a batch's
// features, a coreset block, a map — otherwise pays its page faults again; on a virtual machine that
// made PatchCore's coreset 3.9× and its map smoothing 12× slower (bench/README.md, "PatchCore").
void retainFreedMemoryForProcess();

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
