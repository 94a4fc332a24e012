#!/usr/bin/env bash
# Installs the dependencies, builds, and starts DefectScope on the built-in demo dataset.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
exec ./build/app/defectscope --demo "$@"
