#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer + UndefinedBehaviorSanitizer) in
# build/fuzz and runs each for SECONDS (default 600), one after the other.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     TARGET: json, csv, studyfile, profilecsv (default: all)
#
# Work corpora grow in build/fuzz/corpus/<target>/ (seeded from fuzz/corpus/<target>/, which
# stays as committed); crashes, timeouts and OOMs go to build/fuzz/crashes/<target>/. Each
# run's log is build/fuzz/logs/<target>.log. Needs the Debian packages clang and
# libclang-rt-14-dev (installed with `scripts/install-deps.sh --fuzz`), which the normal
# build does not. See docs/fuzzing.md.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json csv studyfile profilecsv)
build="$root/build/fuzz"

"$root/scripts/install-deps.sh" --fuzz

sanitizers="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja "${launcher[@]}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF -DGRIDCBA_FUZZ=ON \
  -DCMAKE_CXX_FLAGS="$sanitizers -fno-omit-frame-pointer" >/dev/null
cmake --build "$build" --target "${targets[@]/#/fuzz_}"

# Qt is not instrumented; its one-time allocations are not leaks of ours.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen

summary=()
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  crashes="$build/crashes/$t"
  mkdir -p "$corpus" "$crashes" "$build/logs"
  log="$build/logs/$t.log"
  dict=()
  [ "$t" = json ] && dict=(-dict="$root/fuzz/json.dict")
  # Inputs may grow to twice the largest seed (a study file with 8,760-value profiles is
  # over 64 KB); libFuzzer would cut longer seeds.
  largest=$(find "$root/fuzz/corpus/$t" -type f -printf '%s\n' | sort -n | tail -1)
  maxlen=$(( largest * 2 > 65536 ? largest * 2 : 65536 ))
  echo "== fuzz_$t for ${seconds}s (log: $log)"
  start=$(date +%s)
  touch "$build/logs/$t.start"
  set +e
  "$build/fuzz/fuzz_$t" "$corpus" "$root/fuzz/corpus/$t" "${dict[@]}" \
    -max_total_time="$seconds" -print_final_stats=1 -timeout=25 -rss_limit_mb=4096 \
    -max_len="$maxlen" -artifact_prefix="$crashes/" >"$log" 2>&1
  rc=$?
  set -e
  elapsed=$(( $(date +%s) - start ))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  rss=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  units=$(find "$corpus" -type f | wc -l)
  found=$(find "$crashes" -type f -newer "$build/logs/$t.start" | wc -l)
  line="fuzz_$t: exit $rc, ${execs} executions in ${elapsed} s, ${rate} exec/s, peak RSS ${rss} MB, corpus ${units} files, ${found} new artifacts in $crashes"
  echo "$line"
  summary+=("$line")
done
echo
echo "== summary"
printf '%s\n' "${summary[@]}"
