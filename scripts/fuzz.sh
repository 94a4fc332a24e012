#!/usr/bin/env bash
# The sanitizer and fuzzing check: builds the loaders (core/loaders.cmake) alone with clang, ASan and
# UBSan into build-fuzz/, runs the loaders' Qt Tests sanitized, then each libFuzzer target for SECONDS
# (default 60) from its seed corpus in tests/fuzz/corpus/. Fails on any sanitizer report or finding;
# a finding's input is kept in build-fuzz/findings/. Runs grow build-fuzz/corpus/, never the seeds.
#   scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. scripts/fuzz.sh 3600 fuzz_image
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_image fuzz_dataset fuzz_model_archive fuzz_weight_file)

if [ ! -f build-fuzz/build.ninja ]; then
  cmake -S . -B build-fuzz -G Ninja -DDS_FUZZ=ON -DDS_BUILD_GUI=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
fi
cmake --build build-fuzz --parallel "$(nproc)"

(cd build-fuzz && ctest --output-on-failure)

export LSAN_OPTIONS=suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

mkdir -p build-fuzz/findings
for target in "${targets[@]}"; do
  seeds=tests/fuzz/corpus/${target#fuzz_}
  corpus=build-fuzz/corpus/${target#fuzz_}
  mkdir -p "$corpus"
  echo "fuzz: $target for ${seconds}s"
  # -timeout: an input slower than 10 s is a hang; -rss_limit_mb: more than 2 GB is a finding.
  log=build-fuzz/$target.log
  status=0
  "build-fuzz/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="build-fuzz/findings/$target-" "$corpus" "$seeds" >"$log" 2>&1 || status=$?
  grep -E "DONE|stat::(number_of_executed_units|peak_rss_mb)" "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 80 "$log" >&2
    echo "fuzz: $target failed (exit $status); its input is in build-fuzz/findings/" >&2
    exit 1
  fi
done
