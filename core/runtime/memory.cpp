#include "core/runtime/memory.h"

#include <sys/resource.h>

namespace ds {

double peakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // Linux reports KiB
}

}  // namespace ds
