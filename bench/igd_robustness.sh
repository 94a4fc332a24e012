#!/bin/bash
# IGD's robustness claim (Chen et al. 2022, Fig. 1 and Table 5): trained on a set contaminated with
# defective images, IGD degrades less than other one-class methods. This trains IGD (fast preset) and
# PatchCore on the demo dataset with defective images making up 0 %, 5 % and 10 % of the training set
# (moved out of the test set, so they are never scored), and prints image AUROC (pixel AUROC and AUPRO
# beside it) for each.
#
#   bench/igd_robustness.sh [BUILD_DIR=build] [WORK_DIR=/tmp/igd-robustness] [extra --set for IGD ...]
# Both methods use the Tiny Darknet ImageNet backbone from ../shared/backbones (IGD's frozen encoder
# trunk, PatchCore's features). Takes about 20 minutes on 2 cores.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
work=${2:-/tmp/igd-robustness}
shift $(( $# > 2 ? 2 : $# ))
cli="$build/app/defectscope-cli"
backbone="$here/../shared/backbones/tiny-darknet/tiny_darknet_features.pt"
if [[ ! -f "$backbone" ]]; then
  echo "needs $backbone (the Tiny Darknet TorchScript backbone in ../shared); not found" >&2
  exit 1
fi
rm -rf "$work" && mkdir -p "$work"
"$cli" demo-data --out "$work/clean" --seed 7 --train 60 --test-good 20 --test-defect 30 --quiet > /dev/null

# A copy of the clean set with k defective test images (the defect types taken in turn) moved into
# train/good; their masks go with them.
contaminate() {
  local k=$1 out=$2
  cp -r "$work/clean" "$out"
  find "$out/test" -mindepth 2 -name '*.png' ! -path '*/test/good/*' | awk -F/ '{print $NF, $0}' | sort | cut -d' ' -f2- |
    awk -v k="$k" 'NR <= k' | while read -r f; do  # reads to the end: no SIGPIPE under pipefail
    local type name
    type=$(basename "$(dirname "$f")")
    name=$(basename "$f" .png)
    mv "$f" "$out/train/good/defect_${type}_${name}.png"
    rm -f "$out/ground_truth/$type/${name}_mask.png"
  done
}

metrics() {  # image AUROC, pixel AUROC, AUPRO from an evaluate --json file
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print('%.3f %.3f %.3f' % (d['image_auroc'], d['pixel_auroc'], d['aupro']))" "$1"
}

printf '%-8s %-10s %-12s %-12s %-8s %s\n' share defective method image_AUROC pixel_AUROC AUPRO
for share in 0 5 10; do
  # k defective among 60 + k training images is share % of them.
  k=$(python3 -c "print(round($share * 60 / (100 - $share)))")
  data="$work/contaminated_$share"
  contaminate "$k" "$data"
  for method in igd patchcore; do
    extra=()
    [[ $method == igd ]] && extra=("$@")
    "$cli" train --method "$method" --data "$data" --out "$work/${method}_$share.dsm" --backbone "torchscript:$backbone" \
      --seed 1 --quiet "${extra[@]/#/--set=}" > "$work/${method}_$share.train.log"
    "$cli" evaluate --model "$work/${method}_$share.dsm" --data "$data" --json "$work/${method}_$share.json" --quiet > "$work/${method}_$share.eval.log"
    read -r image pixel aupro < <(metrics "$work/${method}_$share.json")
    printf '%-8s %-10s %-12s %-12s %-12s %s\n' "$share %" "$k" "$method" "$image" "$pixel" "$aupro"
  done
done
