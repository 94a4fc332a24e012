#pragma once

namespace ds::compute {

// Two thread pools share the cores: OpenMP's (LibTorch's operators and the project's loops) and
// OpenBLAS's own threads (matrix products). By default each busy-waits after its work — OpenMP for a
// while, OpenBLAS with sched_yield for up to ~0.1 s — taking the cores from the other pool's next job.
// On two cores that cost 30 % of PatchCore's prediction time (bench/README.md). Both pools read their
// waiting policy from the environment once, when their library loads, so this function, called first in
// main(), re-executes the program once with OMP_WAIT_POLICY=PASSIVE and OPENBLAS_THREAD_TIMEOUT=4
// (sleep at once) where the user has not set them — and, on AMD processors with AVX-512, which
// OpenBLAS 0.3.21 takes for AVX2-only ones, OPENBLAS_CORETYPE=SKYLAKEX. It returns when nothing
// needs changing or the re-execution is impossible (the program then runs with the libraries'
// defaults).
void adoptThreadingEnvironment(char** argv);

}  // namespace ds::compute
