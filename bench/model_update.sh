#!/bin/bash
# Teaching a PatchCore model its false alarms (docs/model-updates.md), on KolektorSDD with Tiny Darknet:
# a model trained on half of the 278 good training photographs (v1) evaluates a labelled set made of 35 of
# the 69 good test photographs and the 52 cracked ones; the good ones it flags at its F1-best threshold are
# the false alarms a review would confirm good. `update` adds them and the other half of the training
# photographs (v2), and a full retrain on the same images is the comparison. The remaining 34 good test
# photographs are used in no step: the false-alarm rate on them, the recall on the cracked ones (both at
# v1's threshold) and the image AUROC of unseen good against cracked are printed for v1, v2 and the
# retrain, with the update's time against the retrain's.
#
#   bench/model_update.sh [BUILD_DIR=build] [WORK_DIR=/tmp/model-update] [RATIO=0.1]
# Needs ../shared (KolektorSDD, the Tiny Darknet backbone).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
work=${2:-/tmp/model-update}
ratio=${3:-0.1}
cli="$build/app/defectscope-cli"
data="$here/../shared/datasets/kolektorsdd"
backbone="$here/../shared/backbones/tiny-darknet/tiny_darknet_features.pt"
for needed in "$data/train/good" "$backbone"; do
  [[ -e "$needed" ]] || { echo "needs $needed (../shared); not found" >&2; exit 1; }
done
rm -rf "$work" && mkdir -p "$work"/{half1/good,half2/good,all/good,add/good,review/test/good,review/test/crack,review/ground_truth/crack,unseen-good,cracked}
train=("$data"/train/good/*)
for i in "${!train[@]}"; do
  if (( i % 2 == 0 )); then ln -s "${train[$i]}" "$work/half1/good/"; else ln -s "${train[$i]}" "$work/half2/good/"; fi
  ln -s "${train[$i]}" "$work/all/good/"
done
good=("$data"/test/good/*)
for i in "${!good[@]}"; do
  if (( i < 35 )); then ln -s "${good[$i]}" "$work/review/test/good/"; else ln -s "${good[$i]}" "$work/unseen-good/"; fi
done
ln -s "$data"/test/crack/* "$work/review/test/crack/"
ln -s "$data"/ground_truth/crack/* "$work/review/ground_truth/crack/"
ln -s "$data"/test/crack/* "$work/cracked/"
common=(--backbone "torchscript:$backbone" --image-size 256x640 --set "coreset_ratio=$ratio" --holdout 0 --quiet)
seconds() { /usr/bin/python3 -c "import time; print(time.time())"; }

t0=$(seconds)
"$cli" train --method patchcore --data "$work/half1" --out "$work/v1.dsm" "${common[@]}" > /dev/null
t1=$(seconds)
"$cli" evaluate --model "$work/v1.dsm" --data "$work/review" --json "$work/v1-review.json" --export "$work/v1-review" --quiet > /dev/null
threshold=$(/usr/bin/python3 -c "import json; print(json.load(open('$work/v1-review.json'))['threshold'])")
# The good review images v1 flags: false alarms, confirmed good.
flagged=0
while IFS=, read -r path score verdict rest; do
  [[ "$path" == path ]] && continue
  case "$path" in */test/good/*) ;; *) continue ;; esac
  if /usr/bin/python3 -c "import sys; sys.exit(0 if float('$score') >= float('$threshold') else 1)"; then
    ln -s "$(readlink -f "$work/review/test/good/$(basename "$path")")" "$work/add/good/" && flagged=$((flagged + 1))
  fi
done < "$work/v1-review/scores.csv"
ln -s "$work"/half2/good/* "$work/add/good/"
for f in "$work"/add/good/*; do [[ -e "$work/all/good/$(basename "$f")" ]] || ln -s "$(readlink -f "$f")" "$work/all/good/"; done

t2=$(seconds)
"$cli" update --model "$work/v1.dsm" --add "$work/add" --out "$work/v2.dsm" --quiet > "$work/update.txt"
t3=$(seconds)
"$cli" train --method patchcore --data "$work/all" --out "$work/retrain.dsm" "${common[@]}" > /dev/null
t4=$(seconds)

for model in v1 v2 retrain; do
  for set in unseen-good cracked; do
    "$cli" score --model "$work/$model.dsm" --input "$work/$set" --out "$work/$model-$set" --threshold "$threshold" --quiet > /dev/null
  done
done
/usr/bin/python3 - "$work" "$threshold" "$flagged" "$t0" "$t1" "$t2" "$t3" "$t4" <<'PY'
import csv, sys
import numpy as np
work, t = sys.argv[1], float(sys.argv[2])
flagged = int(sys.argv[3])
t0, t1, t2, t3, t4 = map(float, sys.argv[4:9])
def scores(model, s):
    with open(f"{work}/{model}-{s}/scores.csv") as f: return np.array([float(r['score']) for r in csv.DictReader(f)])
def auroc(neg, pos):
    return float(np.mean([(p > n) + 0.5 * (p == n) for p in pos for n in neg]))
print(f"v1 trained on 139 good images in {t1 - t0:.0f} s; F1-best threshold {t:.5g} on 35 good + 52 cracked review images;"
      f" {flagged} good review images flagged (false alarms) and added with the other 139 training images")
print(f"update {t3 - t2:.1f} s against a full retrain on the same {139 + 139 + flagged} images in {t4 - t3:.1f} s")
print(f"{'model':8s} {'false alarms (34 unseen good)':>30s} {'recall (52 cracked)':>20s} {'image AUROC':>12s}")
for model in ('v1', 'v2', 'retrain'):
    g, c = scores(model, 'unseen-good'), scores(model, 'cracked')
    print(f"{model:8s} {np.mean(g >= t):29.1%} {np.mean(c >= t):19.1%} {auroc(g, c):12.3f}")
PY
cat "$work/update.txt"
