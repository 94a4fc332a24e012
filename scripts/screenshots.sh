#!/usr/bin/env bash
# Writes PNGs of the workbench's main views into docs/images/ (shown in the README and docs/gui.md):
# the demo dataset scored by PatchCore on the tiny-darknet backbone from ../shared (a real pretrained
# network), or by the mean-difference baseline when ../shared is absent. Runs under Xvfb at 1600×1000.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=xcb XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"

"$build/app/defectscope-cli" demo-data --out "$work/demo" --quiet
backbone=../shared/backbones/tiny-darknet/tiny_darknet_features.pt
if [ -f "$backbone" ]; then
  "$build/app/defectscope-cli" train --method patchcore --backbone "torchscript:$backbone" --data "$work/demo" \
    --output "$work/demo-patchcore.dsm" --quiet
  model="$work/demo-patchcore.dsm"
else
  echo "screenshots: $backbone not found, using the mean-difference baseline" >&2
  "$build/app/defectscope-cli" train --method mean-diff --data "$work/demo" --output "$work/demo-mean-diff.dsm" --quiet
  model="$work/demo-mean-diff.dsm"
fi
mkdir -p docs/images
xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$build/app/defectscope" --screenshots docs/images --model "$model" "$work/demo"
ls -1 docs/images/*.png
