#!/bin/bash
# The held-out rule on KolektorSDD (docs/metrics.md, "Thresholds"): KolektorSDD's 278 good training
# photographs are given as a plain folder, so `train` holds 20 % of them out and derives the default
# threshold from their scores. The model then scores the 69 good and 52 cracked test photographs it never
# saw, and this prints, per method and seed, the false-alarm rate on the unseen good ones and the recall
# on the cracked ones — for the rule DefectScope uses and, for comparison, for others computed from the
# same held-out scores: the highest of them, their 95th percentile, mean + 3 standard deviations.
#
#   bench/holdout_threshold.sh [BUILD_DIR=build] [WORK_DIR=/tmp/holdout-threshold] [SEEDS="0 1 2"]
# Needs ../shared (KolektorSDD, the Tiny Darknet backbone). About 6 minutes on 2 cores.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
work=${2:-/tmp/holdout-threshold}
seeds=${3:-0 1 2}
cli="$build/app/defectscope-cli"
data="$here/../shared/datasets/kolektorsdd"
backbone="$here/../shared/backbones/tiny-darknet/tiny_darknet_features.pt"
for needed in "$data/train/good" "$backbone"; do
  [[ -e "$needed" ]] || { echo "needs $needed (../shared); not found" >&2; exit 1; }
done
rm -rf "$work" && mkdir -p "$work/line/good" "$work/unseen-good" "$work/cracked"
ln -s "$data"/train/good/* "$work/line/good/"
ln -s "$data"/test/good/* "$work/unseen-good/"
ln -s "$data"/test/crack/* "$work/cracked/"

# Rates at each rule from the model's held-out scores (header "holdout.scores") and two scores.csv files.
rates() {
  /usr/bin/python3 - "$1" "$2" "$3" <<'PY'  # Debian's, with numpy
import csv, json, struct, sys
import numpy as np
with open(sys.argv[1], 'rb') as f:
    f.read(8); struct.unpack('<I', f.read(4)); n = struct.unpack('<Q', f.read(8))[0]
    holdout = json.loads(f.read(n))['holdout']
held = np.array(holdout['scores'])
def scores(path):
    with open(path) as f: return np.array([float(r['score']) for r in csv.DictReader(f)])
good, cracked = scores(sys.argv[2]), scores(sys.argv[3])
s = np.sort(held)
k = min(len(s), int(np.ceil(0.95 * (len(s) + 1))))  # the conformal rank for at most 5 % false alarms
rules = {'conformal 5 % (DefectScope)': np.nextafter(s[k - 1], np.inf), 'max': np.nextafter(s[-1], np.inf),
         'q95': np.quantile(held, 0.95), 'mean+3sd': held.mean() + 3 * held.std()}
print(f"    {len(held)} held out; threshold {holdout['image_threshold']:.6g}")
for name, t in rules.items():
    print(f"    {name:28s} t={t:.5g}  false alarms {np.mean(good >= t):6.1%} of {len(good)} unseen good,"
          f"  recall {np.mean(cracked >= t):6.1%} of {len(cracked)} cracked")
PY
}

run() {  # method seed [train options…]
  local method=$1 seed=$2
  shift 2
  local model="$work/$method-$seed.dsm"
  "$cli" train --method "$method" --data "$work/line" --out "$model" --image-size 256x640 --holdout 0.2 --seed "$seed" --quiet "$@" > /dev/null
  for set in unseen-good cracked; do
    "$cli" score --model "$model" --input "$work/$set" --out "$work/$method-$seed-$set" --quiet > /dev/null
  done
  echo "  $method, seed $seed"
  rates "$model" "$work/$method-$seed-unseen-good/scores.csv" "$work/$method-$seed-cracked/scores.csv"
}

for seed in $seeds; do
  run mean-diff "$seed"
  run patchcore "$seed" --backbone "torchscript:$backbone" --set coreset_ratio=0.01
done
