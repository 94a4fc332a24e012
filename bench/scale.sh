#!/bin/bash
# Training at scale (bench/README.md, "Scale"): PatchCore (1 % coreset) and the semi-orthogonal
# embedding (k = 100) trained at 256×640 with Tiny Darknet on 300, 1 000 and 3 000 synthetic images
# (demo-data at 640 px, resized to 256×640). For each run: the estimate printed before it (time, peak
# memory, temporary files), then the run itself: wall time, peak RSS (/usr/bin/time), and the largest
# size its temporary file reached (PatchCore's spilled features), sampled every 2 s with the resident
# memory into WORK_DIR/METHOD-N.timeline.
#
#   bench/scale.sh [BUILD_DIR=build] [WORK_DIR=/tmp/scale] [COUNTS="300 1000 3000"] [METHODS="semi_orthogonal patchcore"]
# Needs ../shared (the Tiny Darknet backbone) and, at 3 000 images, about 35 GB free in WORK_DIR.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
work=${2:-/tmp/scale}
counts=${3:-300 1000 3000}
methods=${4:-semi_orthogonal patchcore}
backbone="$here/../shared/backbones/tiny-darknet/tiny_darknet_features.pt"
[[ -e "$backbone" ]] || { echo "needs $backbone (../shared); not found" >&2; exit 1; }
cli="$build/app/defectscope-cli"
largest=0
for n in $counts; do (( n > largest )) && largest=$n; done
mkdir -p "$work"
all="$work/demo-$largest"
if [[ ! -d "$all/train/good" ]]; then
  "$cli" demo-data --out "$all" --size 640 --train "$largest" --test-good 10 --test-defect 10 --quiet
fi
for n in $counts; do
  data="$work/demo-$n"
  if [[ ! -d "$data/train/good" ]]; then  # the first n training images, as hard links, and the same test images
    mkdir -p "$data/train/good"
    cp -al "$all/test" "$all/ground_truth" "$data/"
    ls "$all/train/good" | sort | head -n "$n" | while read -r f; do ln "$all/train/good/$f" "$data/train/good/$f"; done
  fi
  for method in $methods; do
    settings=()
    [[ $method == patchcore ]] && settings=(--set coreset_ratio=0.01)
    tmp="$work/tmp"
    rm -rf "$tmp" && mkdir -p "$tmp"
    args=(train --method "$method" --data "$data" --out "$work/$method-$n.dsm" --backbone "torchscript:$backbone"
          --image-size 256x640 "${settings[@]}")
    echo "== $method, $n images"
    TMPDIR="$tmp" "$cli" "${args[@]}" --estimate
    # The spill file is unnamed (O_TMPFILE): its size is read through the process's descriptors.
    TMPDIR="$tmp" /usr/bin/time -f "wall %e s, peak RSS %M KiB" "$cli" "${args[@]}" --quiet > "$work/run.log" 2>&1 &
    # Every 2 s: the spill file's size and the resident memory, into a timeline (seconds, RSS MiB,
    # temporary file MiB), which splits the peak into the extraction (the file still growing) and
    # what follows it (coreset, bank, search).
    timeline="$work/$method-$n.timeline"
    : > "$timeline"
    peak=0 start=$SECONDS
    while kill -0 $! 2>/dev/null; do
      rss=0 size=0
      for pid in $(pgrep -f "defectscope-cli ${args[*]:0:3}"); do
        # /usr/bin/time's command line matches too: the larger resident set is the tool's.
        r=$(awk '/^VmRSS/ {print int($2 / 1024)}' /proc/"$pid"/status 2>/dev/null || echo 0)
        (( r > rss )) && rss=$r
        for fd in /proc/"$pid"/fd/*; do
          [[ $(readlink "$fd" 2>/dev/null) == "$tmp/#"* ]] || continue
          size=$(stat -L -c %s "$fd" 2>/dev/null || echo 0)
          (( size > peak )) && peak=$size
        done
      done
      echo "$(( SECONDS - start )) $rss $(( size / 1048576 ))" >> "$timeline"
      sleep 2
    done
    wait $! || echo "the run failed:"
    grep -v '^  ' "$work/run.log"
    echo "temporary file at most $(( peak / 1048576 )) MiB"
    awk -v last=$(( peak / 1048576 )) '
      { if (!done) { if ($2 > a) a = $2 } else if ($2 > b) b = $2; if (last > 0 && $3 >= last) done = 1 }
      END { if (last > 0) printf "sampled RSS at most %d MiB while extracting, %d MiB after\n", a, b }' "$timeline"
    rm -f "$work/$method-$n.dsm"
  done
done
