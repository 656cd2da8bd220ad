#!/bin/sh
# Makes resources/sample/system/results.json anew: the market results of every work unit of
# the bundled sample study (3 scenarios x 2 study years x 3 climate years x 2 projects),
# computed by `gridcba-cli simulate --unit-out` from the sample system as it is now. The build
# stores them in the sample study after checking each unit's input fingerprint; if one was
# computed from other inputs (or by an earlier revision of the market model), it stores none
# and gridcba-sample warns. Run this after changing the sample system's tables, its
# synthesis, the sample study's projects or the market model. About 22 minutes on 2 cores.
#
# Usage: scripts/sample-results.sh [BUILD_DIR]   (default build/test, already built)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/test}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The study without results.json, so that a stale file does not stop the build of the input.
mkdir "$work/system"
cp "$root"/resources/sample/system/*.csv "$work/system/"
"$build/resources/gridcba-sample" build "$root/resources/sample/sample-study.json" "$work/system" "$work/sample.gridcba"
for scenario in NT DE GA; do
  for year in 2030 2040; do
    for climate in 1995 2008 2009; do
      echo "== $scenario $year $climate ($(date +%T))"
      "$build/app/gridcba-cli" simulate "$work/sample.gridcba" --scenario "$scenario" --year "$year" \
        --climate-year "$climate" --unit-out "$work/units-$scenario-$year-$climate.json" >/dev/null
    done
  done
done
"$build/resources/gridcba-sample" results "$root/resources/sample/system/results.json" "$work"/units-*.json
