#include "core/runtime/threading_environment.h"

#include <cstdlib>

#if defined(__linux__)
#include <unistd.h>
#endif

namespace ds::compute {

void adoptThreadingEnvironment(char** argv) {
#if defined(__linux__)
  // The marker makes the re-executed program (and any child) return at once.
  if (std::getenv("DEFECTSCOPE_THREADING_ADOPTED")) return;
  setenv("DEFECTSCOPE_THREADING_ADOPTED", "1", 1);
  const bool changed = !std::getenv("OMP_WAIT_POLICY") || !std::getenv("OPENBLAS_THREAD_TIMEOUT");
  if (!changed) return;
  setenv("OMP_WAIT_POLICY", "PASSIVE", 0);
  setenv("OPENBLAS_THREAD_TIMEOUT", "4", 0);
  execv("/proc/self/exe", argv);  // returns only on failure
#else
  (void)argv;
#endif
}

}  // namespace ds::compute
