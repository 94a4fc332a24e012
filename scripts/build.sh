#!/usr/bin/env bash
# Configures and builds DefectScope (Release, warnings on) into build/ and prints nothing else on success.
# Extra CMake arguments are passed through, e.g. -DCMAKE_PREFIX_PATH=/path/to/libtorch for a CUDA LibTorch.
set -euo pipefail
cd "$(dirname "$0")/.."
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=Release "$@"
elif [ ! -f build/build.ninja ] && [ ! -f build/Makefile ]; then
  # An earlier configure failed (say, before the dependencies were installed): configure again.
  cmake -S . -B build "$@"
elif [ $# -gt 0 ]; then
  cmake -S . -B build "$@"
fi
cmake --build build --parallel "$(nproc)"
