#!/bin/bash
# Builds and runs the device check on a machine with PyTorch (CUDA) and no Qt: LibTorch from the
# Python package. Usage: tests/device/run.sh [BUILD_DIR=/tmp/device-check]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-/tmp/device-check}
prefix=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$prefix" > "$build.cmake.log" 2>&1 || { cat "$build.cmake.log"; exit 1; }
cmake --build "$build" -j "$(nproc)"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader || true
"$build/device_check"
