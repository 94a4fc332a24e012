#!/usr/bin/env bash
# Writes PNGs of the workbench's main views and of a sample PDF report's pages into docs/images/
# (shown in the README, docs/gui.md and docs/reports.md):
# the demo dataset, with PatchCore trained in the workbench on the tiny-darknet backbone from ../shared
# (a real pretrained network), or with the mean-difference baseline when ../shared is absent.
# Runs under Xvfb; a fresh settings folder so no saved window layout interferes.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${BUILD_DIR:-build}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"

"$build/app/defectscope-cli" demo-data --out "$work/demo" --quiet
backbone=../shared/backbones/tiny-darknet/tiny_darknet_features.pt
model=(--method mean-diff)
if [ -f "$backbone" ]; then
  model=(--method patchcore --backbone "torchscript:$(realpath "$backbone")")
else
  echo "screenshots: $backbone not found, using the mean-difference baseline" >&2
fi
mkdir -p docs/images
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/defectscope" --screenshots docs/images "${model[@]}" "$work/demo"

# The workbench in Japanese (the system locale picks the language).
mkdir -p "$work/ja"
LANG=ja_JP.UTF-8 LC_ALL=ja_JP.UTF-8 XDG_CONFIG_HOME="$work/config-ja" QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$build/app/defectscope" --screenshots "$work/ja" "${model[@]}" "$work/demo"
cp "$work/ja/workbench.png" docs/images/workbench-ja.png

# The sample report: the same method trained with the CLI, evaluated with --report, pages to PNG.
cli_model=("${model[@]}")
[ "${cli_model[2]:-}" = --backbone ] && cli_model=(--method patchcore --backbone "${model[3]}")
# Relative paths, so the sample shows "demo" rather than a temporary folder.
(cd "$work" && "$build/app/defectscope-cli" train "${cli_model[@]}" --data demo --out demo-patchcore.dsm --quiet >/dev/null &&
  "$build/app/defectscope-cli" evaluate --model demo-patchcore.dsm --data demo --report report.pdf \
    --operator "Demo operator" --quiet >/dev/null)
rm -f docs/images/report-page-*.png
pdftoppm -r 60 -png -f 1 -l 4 "$work/report.pdf" docs/images/report-page
ls -1 docs/images/*.png
