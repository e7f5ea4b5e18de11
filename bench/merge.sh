#!/usr/bin/env bash
# `convene merge` of two concurrently edited 10k-person copies (issue 15's budget: under 0.5 s), by hand, not CI.
#   [RUNS=7] [PEOPLE=10000] [OTHER=/path/to/an/older/convene] bash bench/merge.sh
# Builds release, runs `convene-bench merge` (the merge's parts in process, then the whole process of this build's
# convene, alternated with OTHER's when given), then counts the process's instructions with callgrind when valgrind
# is installed (a `strip -g` copy of each binary: valgrind cannot read the release binary's debug info).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}; PEOPLE=${PEOPLE:-10000}
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=Asia/Shanghai

swift build -c release --product convene >/dev/null
swift build -c release --product convene-bench >/dev/null
BIN=$(swift build -c release --show-bin-path)
BINARIES="$BIN/convene${OTHER:+,$OTHER}"
"$BIN/convene-bench" merge --people "$PEOPLE" --runs "$RUNS" --convene "$BINARIES"

command -v valgrind >/dev/null || { echo "valgrind not installed: no instruction counts"; exit 0; }
WORK=$(mktemp -d /tmp/convene-merge-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
"$BIN/convene-bench" merge --people "$PEOPLE" --keep "$WORK" >/dev/null
IFS=, read -ra list <<<"$BINARIES"
for binary in "${list[@]}"; do
  cp "$binary" "$WORK/convene-stripped" && strip -g "$WORK/convene-stripped"
  valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" "$WORK/convene-stripped" merge \
    "$WORK/base.json" "$WORK/ours.json" "$WORK/theirs.json" -o "$WORK/out.json" >/dev/null 2>"$WORK/valgrind.txt" || true
  echo "$binary merge: $(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$WORK/valgrind.txt") instructions (callgrind)"
done
