#!/usr/bin/env bash
# Builds each libFuzzer target (swiftc -sanitize=fuzzer over the library sources it needs) and runs it for
# SECONDS seconds (default 60) from fuzz/corpus/<target>. Exits non-zero when a target crashes, hangs or blows its memory.
# Usage: bash fuzz/run.sh [SECONDS] [target...]     targets: plan csv ics icsread xlsx
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(plan csv ics icsread xlsx)
build=fuzz/.build
mkdir -p "$build"
flags=(-sanitize=fuzzer -parse-as-library -O -g -I "$build" -L "$build" -swift-version 6)

module() {  # module NAME deps... : a static library and its .swiftmodule, rebuilt when a source is newer
  local name=$1; shift
  local lib="$build/lib$name.a"
  if [ -f "$lib" ] && [ -z "$(find "Sources/$name" -name '*.swift' -newer "$lib")" ]; then return 0; fi
  echo "fuzz: building $name"
  local sources=()
  mapfile -t sources < <(find "Sources/$name" -name '*.swift' | sort)  # sub-folders too (PlanFile/Records)
  swiftc "${flags[@]}" -emit-library -static -emit-module -module-name "$name" \
    -emit-module-path "$build/$name.swiftmodule" -o "$lib" "${sources[@]}" || return 1
}

zip=.build/checkouts/ZIPFoundation/Sources
zipfoundation() {  # the .xlsx reader's ZIP package, from SwiftPM's checkout (Swift 5 code), rebuilt when missing
  [ -d "$zip/ZIPFoundation" ] || swift package resolve >/dev/null || return 1
  [ -f "$build/libZIPFoundation.a" ] && return 0
  echo "fuzz: building ZIPFoundation"
  local sources=()
  mapfile -t sources < <(find "$zip/ZIPFoundation" -name '*.swift' | sort)
  swiftc -sanitize=fuzzer -parse-as-library -O -g -swift-version 5 -I "$zip/CZLib" -Xcc -D_GNU_SOURCE=1 \
    -emit-library -static -emit-module -module-name ZIPFoundation -emit-module-path "$build/ZIPFoundation.swiftmodule" \
    -o "$build/libZIPFoundation.a" "${sources[@]}" || return 1
}
flags+=(-I "$zip/CZLib")

declare -A needs=([plan]="Phrasebook PlannerCore PlanFile" [csv]="Phrasebook PlannerCore TextCells Printing" [ics]="Phrasebook PlannerCore TextCells Printing" [icsread]="Phrasebook PlannerCore TextCells Printing" [xlsx]="Phrasebook PlannerCore TextCells Printing ZIPFoundation RosterSheets")
declare -A links=([plan]="-lPlanFile -lPlannerCore -lPhrasebook" [csv]="-lPrinting -lTextCells -lPlannerCore -lPhrasebook" [ics]="-lPrinting -lTextCells -lPlannerCore -lPhrasebook" [icsread]="-lPrinting -lTextCells -lPlannerCore -lPhrasebook" [xlsx]="-lRosterSheets -lZIPFoundation -lz -lFoundationXML -lPrinting -lTextCells -lPlannerCore -lPhrasebook")

status=0
for target in "${targets[@]}"; do
  for m in ${needs[$target]}; do
    if [ "$m" = ZIPFoundation ]; then zipfoundation || { echo "fuzz: cannot build ZIPFoundation" >&2; exit 2; }; continue; fi
    module "$m" || { echo "fuzz: cannot build $m" >&2; exit 2; }
  done
  exe="$build/fuzz-$target"
  echo "fuzz: building $target"
  # shellcheck disable=SC2086
  swiftc "${flags[@]}" fuzz/targets/$target.swift ${links[$target]} -o "$exe" || { echo "fuzz: cannot build $target" >&2; exit 2; }
  work="$build/work-$target"; mkdir -p "$work" "$build/artifacts"
  mkdir -p "fuzz/corpus/$target"
  echo "fuzz: running $target for ${seconds}s (seed corpus fuzz/corpus/$target: $(ls "fuzz/corpus/$target" | wc -l) files)"
  "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$target-" "$work" "fuzz/corpus/$target" > "$build/$target.log" 2>&1
  rc=$?
  grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$build/$target.log" | tail -2
  runs=$(grep -E '^stat::number_of_executed_units' "$build/$target.log" | awk '{print $2}')
  cov=$(grep -E '^#[0-9]+' "$build/$target.log" | tail -1 | sed -E 's/.*cov: ([0-9]+).*ft: ([0-9]+).*corp: ([0-9]+).*/cov \1, features \2, corpus \3/')
  if [ $rc -ne 0 ]; then
    echo "fuzz: $target FAILED (exit $rc); the input is in $build/artifacts/" >&2
    grep -E 'ERROR|Fatal error|fatal error|==[0-9]+==|SUMMARY' "$build/$target.log" | head -20 >&2
    status=1
  else
    echo "fuzz: $target ok — ${runs:-?} runs in ${seconds}s, $cov, no crash"
  fi
done
exit $status
