#!/bin/bash
# The GUI thread's latency through whole jobs (bench/README.md, "GUI latency"): the workbench, offscreen,
# opens bench/model_load.sh's 800 MB semi-orthogonal model, opens a 5 000-image demo dataset, trains
# mean-diff on it and scores every image, and exports the PDF report of the flagged images, while a
# 5 ms GUI-thread timer records how late it fires.
#
#   bench/gui_latency.sh [BUILD_DIR=build] [WORK_DIR=/tmp/gui-latency] [IMAGES=5000]
# Needs ../shared for the large model (bench/model_load.sh builds it first).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
work=${2:-/tmp/gui-latency}
images=${3:-5000}
mkdir -p "$work"
model=/tmp/model-load/soe-kolektorsdd-256x640.dsm
[[ -f "$model" ]] || "$here/bench/model_load.sh" "$build" /tmp/model-load
data="$work/demo-$images"
if [[ ! -d "$data" ]]; then
  good=$(( images / 10 )); defect=$(( images / 10 ))
  "$build/app/defectscope-cli" demo-data --out "$data" --size 128 --train $(( images - good - defect )) --test-good $good \
    --test-defect $defect --quiet
fi
QT_QPA_PLATFORM=offscreen "$build/bench/gui_latency_bench" "$data" "$model" "$work" 128
