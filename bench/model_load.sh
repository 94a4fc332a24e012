#!/bin/bash
# How long a large model takes to open (bench/README.md, "Model loading"): a semi-orthogonal model
# trained on KolektorSDD at 256×640 with Tiny Darknet (k = 100, with the sums an update needs), opened
# as the workbench and the CLI open it, against the previous loader's work on the same file.
#
#   bench/model_load.sh [BUILD_DIR=build] [WORK_DIR=/tmp/model-load]
# Needs ../shared (KolektorSDD, the Tiny Darknet backbone).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
work=${2:-/tmp/model-load}
data="$here/../shared/datasets/kolektorsdd"
backbone="$here/../shared/backbones/tiny-darknet/tiny_darknet_features.pt"
for needed in "$data/train/good" "$backbone"; do
  [[ -e "$needed" ]] || { echo "needs $needed (../shared); not found" >&2; exit 1; }
done
mkdir -p "$work"
model="$work/soe-kolektorsdd-256x640.dsm"
if [[ ! -f "$model" ]]; then
  "$build/app/defectscope-cli" train --method semi_orthogonal --data "$data" --out "$model" --backbone "torchscript:$backbone" \
    --image-size 256x640 --holdout 0 --quiet
fi
"$build/bench/model_load_bench" "$model" 3
