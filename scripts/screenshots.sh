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
# The workbench in Japanese and German, on the roomy screen and on a 1366×768 laptop's.
for locale in ja_JP de_DE; do
  lang=${locale%_*}
  mkdir -p "$work/$lang"
  LANG=$locale.UTF-8 LC_ALL=$locale.UTF-8 XDG_CONFIG_HOME="$work/config-$lang" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/defectscope" --screenshots "$work/$lang" "${model[@]}" "$work/demo"
  cp "$work/$lang/workbench.png" "docs/images/workbench-$lang.png"
  cp "$work/$lang/workbench-1366x768.png" "docs/images/workbench-$lang-1366x768.png"
done

# A tiled model on 2048-pixel images with 6–10-pixel spots: the image at its own size, its tiles outlined,
# and the training dialog's Tiles row.
"$build/app/defectscope-cli" demo-data --out "$work/large" --size 2048 --train 4 --test-good 2 --test-defect 4 --defect-size 10 --quiet
for locale in en_GB de_DE ja_JP; do
  lang=${locale%_*}
  mkdir -p "$work/tiles-$lang"
  LANG=$locale.UTF-8 LC_ALL=$locale.UTF-8 XDG_CONFIG_HOME="$work/config-tiles-$lang" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/defectscope" --screenshots "$work/tiles-$lang" "${model[@]}" --tile 256 "$work/large"
  suffix=$([ "$lang" = en ] && echo "" || echo "-$lang")
  [ "$lang" = en ] && cp "$work/tiles-$lang/workbench.png" docs/images/workbench-tiles.png
  cp "$work/tiles-$lang/train-dialog-autoencoder.png" "docs/images/train-dialog-tiles$suffix.png"
done

# The sample report: the same method trained with the CLI, evaluated with --report, pages to PNG.
cli_model=("${model[@]}")
[ "${cli_model[2]:-}" = --backbone ] && cli_model=(--method patchcore --backbone "${model[3]}")
# Relative paths, so the sample shows "demo" rather than a temporary folder.
(cd "$work" && "$build/app/defectscope-cli" train "${cli_model[@]}" --data demo --out demo-patchcore.dsm --quiet >/dev/null &&
  "$build/app/defectscope-cli" evaluate --model demo-patchcore.dsm --data demo --report report.pdf --store-threshold \
    --operator "Demo operator" --quiet >/dev/null)
rm -f docs/images/report-page-*.png docs/images/production-report-page-*.png
pdftoppm -r 60 -png -f 1 -l 4 "$work/report.pdf" docs/images/report-page
# A production folder's report: the demo's test images in one unlabelled folder, scored with the model.
mkdir -p "$work/line-2"
for f in "$work"/demo/test/*/*.png; do cp "$f" "$work/line-2/$(basename "$(dirname "$f")")-$(basename "$f")"; done
(cd "$work" && "$build/app/defectscope-cli" score --model demo-patchcore.dsm --input line-2 --out line-2-scores \
  --report production-report.pdf --operator "Demo operator" --quiet >/dev/null)
pdftoppm -r 60 -png -f 1 -l 3 "$work/production-report.pdf" docs/images/production-report-page
ls -1 docs/images/*.png
