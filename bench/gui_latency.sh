#!/bin/bash
# The GUI thread's latency through whole jobs (bench/README.md, "GUI latency"): the workbench, offscreen,
# opens bench/model_load.sh's 800 MB semi-orthogonal model, opens a labelled demo dataset, trains
# METHOD on it (with Tiny Darknet where the method has a backbone), opens a production folder of 5 000
# unlabelled images and scores them all, goes back to the labelled set and exports its PDF report (every
# image a finding), while a 5 ms GUI-thread timer records how late it fires.
#
#   bench/gui_latency.sh [BUILD_DIR=build] [WORK_DIR=/tmp/gui-latency] [IMAGES=5000] [METHOD=patchcore]
# Needs ../shared for the large model (bench/model_load.sh builds it first) and the backbone.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
work=${2:-/tmp/gui-latency}
images=${3:-5000}
method=${4:-patchcore}
backbone="torchscript:$here/../shared/backbones/tiny-darknet/tiny_darknet_features.pt"
[[ "$method" == mean-diff ]] && backbone=""
mkdir -p "$work"
model=/tmp/model-load/soe-kolektorsdd-256x640.dsm
[[ -f "$model" ]] || "$here/bench/model_load.sh" "$build" /tmp/model-load
data="$work/labelled"
[[ -d "$data" ]] || "$build/app/defectscope-cli" demo-data --out "$data" --size 128 --train 200 --test-good 50 --test-defect 50 --quiet
production="$work/production-$images"
if [[ ! -d "$production" ]]; then
  "$build/app/defectscope-cli" demo-data --out "$work/production-source" --size 128 --train 0 --test-good $(( images * 9 / 10 )) \
    --test-defect $(( images - images * 9 / 10 )) --seed 11 --quiet
  mkdir -p "$production"
  find "$work/production-source/test" -name '*.png' | sort | while read -r f; do
    mv "$f" "$production/$(basename "$(dirname "$f")")_$(basename "$f")"
  done
  rm -rf "$work/production-source"
fi
QT_QPA_PLATFORM=offscreen "$build/bench/gui_latency_bench" "$data" "$production" "$model" "$work" 128 "$method" "$backbone"
