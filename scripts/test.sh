#!/usr/bin/env bash
# Installs the dependencies, builds, and runs every test (ctest), then the loaders' tests under
# ASan/UBSan and each fuzz target for 30 s (scripts/fuzz.sh). The command the README and CI use.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh "$@"
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900)
./scripts/fuzz.sh 30
