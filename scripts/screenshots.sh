#!/usr/bin/env bash
# Writes PNGs of the workbench's main views into docs/images/ (shown in the README and docs/gui.md):
# the demo dataset, with PatchCore trained in the workbench on the tiny-darknet backbone from ../shared
# (a real pretrained network), or with the mean-difference baseline when ../shared is absent.
# Runs under Xvfb; a fresh settings folder so no saved window layout interferes.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=xcb XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"

"$build/app/defectscope-cli" demo-data --out "$work/demo" --quiet
backbone=../shared/backbones/tiny-darknet/tiny_darknet_features.pt
model=(--method mean-diff)
if [ -f "$backbone" ]; then
  model=(--method patchcore --backbone "torchscript:$(realpath "$backbone")")
else
  echo "screenshots: $backbone not found, using the mean-difference baseline" >&2
fi
mkdir -p docs/images
xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/defectscope" --screenshots docs/images "${model[@]}" "$work/demo"
ls -1 docs/images/*.png
