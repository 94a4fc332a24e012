#include "core/runtime/memory.h"

#include <malloc.h>
#include <sys/resource.h>

namespace ds {

double peakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // Linux reports KiB
}

namespace {

bool retainedForProcess = false;

void retain() {
  mallopt(M_MMAP_THRESHOLD, 1 << 30);  // blocks below 1 GiB come from the heap …
  mallopt(M_TRIM_THRESHOLD, 1 << 30);  // … and are not handed back after each step
}

}  // namespace

void retainFreedMemoryForProcess() {
  retainedForProcess = true;
  retain();
}

RetainFreedMemory::RetainFreedMemory() { retain(); }

RetainFreedMemory::~RetainFreedMemory() {
  if (retainedForProcess) return;
  // glibc's own limits: the largest dynamic mmap threshold on 64-bit, the default trim threshold.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 128 << 10);
  malloc_trim(0);
}

}  // namespace ds
