#!/usr/bin/env bash
# README command 2: install what is missing, build (with tests) and run every test.
# Tests labelled 'realdata' need ../shared/data and run only where it exists.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON >/dev/null
cmake --build build/test
exclude=()
[ -d ../shared/data ] || exclude=(-LE realdata)
cd build/test
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)" "${exclude[@]}"
