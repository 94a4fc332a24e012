#!/bin/bash
# Tiling at native resolution against whole images (bench/README.md, "Tiling"), with Tiny Darknet:
#   kolektor  KolektorSDD (500 × 1 235–1 285 pixels) at 256×640 whole-image against 256×256 tiles at native
#             resolution (overlap 0.25), for each method: fit time, peak RSS, then `evaluate`: image / pixel
#             AUROC, AUPRO, predict time per image, peak RSS.
#   estimate  `train --estimate` of each method on KolektorSDD, whole-image and tiled: the time and
#             peak memory predicted before a run (for the trained methods, whose tiled runs take hours here).
#   large     one 6000×4000 image scored by a tiled PatchCore model: time and peak RSS (`score`).
#
#   bench/tiling.sh [BUILD_DIR=build] [WORK_DIR=/tmp/tiling] [CASES="kolektor estimate large"] [METHODS="patchcore semi_orthogonal inpaint_ae igd mean-diff"] [SETTINGS]
# SETTINGS: further `--set` options for every method trained, e.g. "--set epochs=2" (the trained methods'
# reduced runs in bench/README.md).
# Needs ../shared (KolektorSDD and the Tiny Darknet backbone).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
work=${2:-/tmp/tiling}
cases=${3:-kolektor estimate large}
methods=${4:-patchcore semi_orthogonal inpaint_ae igd mean-diff}
read -ra extra <<< "${5:-}"
backbone="$here/../shared/backbones/tiny-darknet/tiny_darknet_features.pt"
kolektor="$here/../shared/datasets/kolektorsdd"
[[ -e "$backbone" && -d "$kolektor" ]] || { echo "needs $backbone and $kolektor (../shared); not found" >&2; exit 1; }
cli="$build/app/defectscope-cli"
mkdir -p "$work"
timed() { /usr/bin/time -f "wall %e s, peak RSS %M KiB" "$@"; }
# PatchCore at 1 %: its coreset grows with the square of the patches, and native resolution has ~8× them.
method_settings() { [[ $1 == patchcore ]] && echo "--set coreset_ratio=0.01" || true; }
suffix=$(printf '%s' "${extra[@]}" | tr -cd 'a-z0-9')  # the models of a reduced run are named apart
suffix=${suffix:+-$suffix}

for c in $cases; do
  if [[ $c == kolektor ]]; then
    for method in $methods; do
      read -ra settings <<< "$(method_settings "$method")"
      for input in "--image-size 256x640" "--tile 256"; do
        name="$method-${input##* }$suffix"
        echo "== KolektorSDD, $method, $input"
        # shellcheck disable=SC2086  # $input is two words on purpose
        timed "$cli" train --method "$method" --data "$kolektor" --out "$work/$name.dsm" --backbone "torchscript:$backbone" \
          $input "${settings[@]}" "${extra[@]}" --quiet 2>&1 | grep -v '^  '
        timed "$cli" evaluate --model "$work/$name.dsm" --data "$kolektor" --json "$work/$name.json" --quiet 2>&1 | grep -v '^  '
        python3 -c "import json,sys; m=json.load(open(sys.argv[1])); print('image AUROC %.3f, pixel AUROC %.3f, AUPRO %.3f, predict %.1f ms/image' % (m['image_auroc'], m['pixel_auroc'], m['aupro'], m['timings']['predict_ms_per_image']))" "$work/$name.json"
      done
    done
  elif [[ $c == estimate ]]; then
    for method in $methods; do
      for input in "--image-size 256x640" "--tile 256"; do
        echo "== KolektorSDD, $method, $input: train --estimate"
        # shellcheck disable=SC2086
        "$cli" train --method "$method" --data "$kolektor" --out "$work/estimate.dsm" --backbone "torchscript:$backbone" $input $(method_settings "$method") "${extra[@]}" --estimate 2>&1 | grep -v '^  '
      done
    done
  elif [[ $c == large ]]; then
    # A 6000×4000 photograph-sized image: the demo fabric at 4000 pixels, repeated to 6000 wide.
    if [[ ! -f "$work/large/big.png" ]]; then
      "$cli" demo-data --out "$work/demo-4000" --size 4000 --train 1 --test-good 0 --test-defect 1 --defect-size 10 --quiet
      mkdir -p "$work/large"
      spot="$work/demo-4000/test/spot/000.png"
      convert "$spot" \( "$spot" -crop 2000x4000+0+0 \) +append "$work/large/big.png"  # ImageMagick
    fi
    echo "== one 6000×4000 image, PatchCore with 256×256 tiles (trained on one 4000×4000 image)"
    timed "$cli" train --method patchcore --data "$work/demo-4000" --out "$work/large.dsm" --backbone "torchscript:$backbone" \
      --tile 256 --set coreset_ratio=0.01 --holdout 0 --quiet 2>&1 | grep -v '^  '
    timed "$cli" score --model "$work/large.dsm" --input "$work/large" --out "$work/large-scores" --quiet 2>&1 | grep -v '^  '
  fi
done
