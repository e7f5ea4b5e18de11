#!/usr/bin/env bash
# Convene vs calcurse on the same N agenda entries, whole processes, in one run (by hand, not CI).
#   [ROUNDS=11] bash bench/compare-calcurse.sh [PEOPLE] [EVENTS] [ITEMS_PER_EVENT]   (default 10000 200 10 → 2,000 entries;
#   ROUNDS alternating first-frame rounds of both programs)
# Installs calcurse, hyperfine and tmux with apt-get when missing; builds release into .build-bench.
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${1:-10000}; EVENTS=${2:-200}; ITEMS=${3:-10}
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=Asia/Shanghai

missing=()
for tool in calcurse hyperfine tmux; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Convene as it ships: a release build with the Swift runtime linked in (starts ~6 ms sooner than one that
# loads libswiftCore and Foundation at run time; see README, Install).
swift build -c release --static-swift-stdlib --scratch-path .build-bench --product convene >/dev/null
swift build -c release --static-swift-stdlib --scratch-path .build-bench --product convene-bench >/dev/null
BIN=$(swift build -c release --static-swift-stdlib --scratch-path .build-bench --show-bin-path)
CONVENE="$BIN/convene"

WORK=$(mktemp -d /tmp/convene-vs-calcurse.XXXXXX)
trap 'tmux kill-session -t "cvb-$$" 2>/dev/null || true; rm -rf "$WORK"' EXIT
BOOK="$WORK/plan.json"; CAL="$WORK/calcurse"; mkdir -p "$CAL"
"$BIN/convene-bench" generate --out "$BOOK" --people "$PEOPLE" --events "$EVENTS" --items-per-event "$ITEMS" --seed 1

# The same entries for calcurse: Convene's own ics export of every event, imported into a fresh data folder.
"$CONVENE" agenda --file "$BOOK" --all-events --format ics > "$WORK/all.ics"
calcurse -D "$CAL" -q -i "$WORK/all.ics" >/dev/null 2>&1 || true
ENTRIES=$(grep -c '^BEGIN:VEVENT' "$WORK/all.ics")
IMPORTED=$(grep -c '^' "$CAL/apts" 2>/dev/null || echo 0)
echo "entries: $ENTRIES in Convene's ics export, $IMPORTED appointments in calcurse's data folder"
FROM=$(sed -n 's/^DTSTART;[^:]*:\([0-9]\{8\}\).*/\1/p' "$WORK/all.ics" | sort | sed -n 1p)
TO=$(sed -n 's/^DTSTART;[^:]*:\([0-9]\{8\}\).*/\1/p' "$WORK/all.ics" | sort | tail -1)
# calcurse reads dates as mm/dd/yyyy by default.
FROM_ISO="${FROM:4:2}/${FROM:6:2}/${FROM:0:4}"; TO_ISO="${TO:4:2}/${TO:6:2}/${TO:0:4}"
echo "range: $FROM_ISO .. $TO_ISO"

# 1. Printing every entry: hyperfine alternates nothing by itself, so run the pair in rounds.
hyperfine -N --warmup 2 --runs 15 --export-json "$WORK/print.json" \
  -n convene "$CONVENE agenda --file $BOOK --all-events" \
  -n calcurse "calcurse -D $CAL -Q --from $FROM_ISO --to $TO_ISO --format-apt ' - %S -> %E %m\n'"
read -r C_MEAN K_MEAN < <(python3 -c "import json,sys; r=json.load(open('$WORK/print.json'))['results']; print(r[0]['median']*1000, r[1]['median']*1000)")

# 2. Start-up to first frame in tmux: start the program, poll the pane until a known string shows.
first_frame() { # name command marker
  # A fresh session name every time: reusing one races with the kill of the previous ("duplicate session").
  local start end session="cvb-$$-$1-$RANDOM$RANDOM"
  rm -f "$CAL/.calcurse.pid" "$WORK/empty/.calcurse.pid"   # a lock left by an earlier, killed run
  start=$(date +%s%N)
  tmux new-session -d -s "$session" -x 100 -y 30 "$2"
  # Compare in the shell: `capture-pane | grep -q` under pipefail fails when grep quits early (SIGPIPE).
  until [[ "$(tmux capture-pane -p -t "$session" 2>/dev/null)" == *"$3"* ]]; do
    (( ($(date +%s%N) - start) > 10000000000 )) && { echo "timeout" >&2; break; }
  done
  end=$(date +%s%N)
  # Quit the program the way a user does: calcurse left to a killed terminal spins, and a killed calcurse
  # leaves its pid lock behind, so the next start would refuse to run.
  tmux send-keys -t "$session" q 2>/dev/null || true
  sleep 0.2
  tmux send-keys -t "$session" y 2>/dev/null || true   # calcurse asks "Do you really want to quit?"; Convene has quit already
  for _ in $(seq 50); do tmux has-session -t "$session" 2>/dev/null || break; sleep 0.1; done
  tmux kill-session -t "$session" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
C_TUI=(); K_TUI=(); K_EMPTY=()
mkdir -p "$WORK/empty"
for round in $(seq "${ROUNDS:-11}"); do   # alternating, so drift in machine load hits both
  C_TUI+=("$(first_frame convene "TERM=xterm-256color $CONVENE --file $BOOK" 'Checks')")
  K_TUI+=("$(first_frame calcurse "TERM=xterm-256color calcurse -D $CAL" 'Appointments')")
  K_EMPTY+=("$(first_frame calcurse-empty "TERM=xterm-256color calcurse -D $WORK/empty" 'Appointments')")
done
C_FF=$(printf '%s\n' "${C_TUI[@]}" | median); K_FF=$(printf '%s\n' "${K_TUI[@]}" | median)
K_EF=$(printf '%s\n' "${K_EMPTY[@]}" | median)

printf '\n%-44s %10s %10s %8s\n' "median, $ENTRIES entries" convene calcurse ratio
printf '%-44s %8.1fms %8.1fms %8.2f\n' "print every entry (whole process)" "$C_MEAN" "$K_MEAN" "$(python3 -c "print($C_MEAN/$K_MEAN)")"
printf '%-44s %8dms %8dms %8.2f\n' "start to first frame (tmux, incl. polling)" "$C_FF" "$K_FF" "$(python3 -c "print($C_FF/max($K_FF,1))")"
printf '%-44s %10s %8dms\n' "calcurse, empty calendar, first frame" "" "$K_EF"
echo "(ratio = Convene / calcurse; budget: at most 1.0 for both)"
