#!/bin/bash
# How long a large model takes to open (bench/README.md, "Model loading"): semi-orthogonal models
# trained on KolektorSDD at 256×640 and 192×448 with Tiny Darknet (k = 100, with the sums an update
# needs), opened as the workbench and the CLI open them, against the previous loader's work on the same
# file.
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
# 256×640: 801 MB (precision matrices and update sums); 192×448: 421 MB.
for size in 256x640 192x448; do
  model="$work/soe-kolektorsdd-$size.dsm"
  if [[ ! -f "$model" ]]; then
    "$build/app/defectscope-cli" train --method semi_orthogonal --data "$data" --out "$model" --backbone "torchscript:$backbone" \
      --image-size "$size" --holdout 0 --quiet
  fi
  "$build/bench/model_load_bench" "$model" 3
done
