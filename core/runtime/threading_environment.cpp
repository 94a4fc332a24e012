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
  // OpenBLAS releases up to 0.3.21 (Debian 12's) do not know AMD's AVX-512 processors (Zen 4, Zen 5)
  // and run their matrix products with the AVX2 kernels: the AVX-512 ones measured 28 % faster on one.
  const bool amdAvx512 = __builtin_cpu_is("amd") && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                         __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
  const bool changed = !std::getenv("OMP_WAIT_POLICY") || !std::getenv("OPENBLAS_THREAD_TIMEOUT") ||
                       (amdAvx512 && !std::getenv("OPENBLAS_CORETYPE"));
  if (!changed) return;
  setenv("OMP_WAIT_POLICY", "PASSIVE", 0);
  setenv("OPENBLAS_THREAD_TIMEOUT", "4", 0);
  if (amdAvx512) setenv("OPENBLAS_CORETYPE", "SKYLAKEX", 0);
  execv("/proc/self/exe", argv);  // returns only on failure
#else
  (void)argv;
#endif
}

}  // namespace ds::compute
