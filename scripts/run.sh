#!/usr/bin/env bash
# README command 1: install what is missing, build in Release, and run the main job on the
# bundled sample study: the GUI when a display is available, otherwise gridcba-cli.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build/release
sample=build/release/resources/sample-study.gridcba
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/release/app/gridcba "$sample"
fi
out=build/release/sample-results
build/release/app/gridcba-cli evaluate "$sample" -o "$out.txt"
build/release/app/gridcba-cli evaluate "$sample" --json --cash-flows -o "$out.json"
cat "$out.txt"
echo
echo "No display: evaluated the sample study with gridcba-cli."
echo "Results written to $out.txt and $out.json"
