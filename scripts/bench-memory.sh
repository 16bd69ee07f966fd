#!/usr/bin/env bash
# Peak memory of `clonescan compare` against a huge suspect (issue 20, item 6): the pinned 4-sdist benchmark corpus
# (scripts/bench-corpus.sh, 1,181 files, 24.0 MB of source) hard-linked COPIES times into one suspect tree (default
# 8: 9,448 files, 192 MB), compared with tornado-6.4 (one of its members, so the answer is a clone). Runs the suspect
# screen (two chunked passes) and the whole analysis side by side in one run, with /usr/bin/time's peak RSS, and
# checks that both print the same JSON report.
#
#   scripts/bench-memory.sh [--copies N]      env: CLONESCAN_BIN (default .build/release/clonescan), CLONESCAN_CACHE
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${CLONESCAN_BIN:-$ROOT/.build/release/clonescan}"
COPIES=8
while [ $# -gt 0 ]; do
  case "$1" in
    --copies) COPIES="$2"; shift ;;
    *) echo "usage: scripts/bench-memory.sh [--copies N]" >&2; exit 2 ;;
  esac
  shift
done
[ -x "$BIN" ] || { echo "error: no clonescan binary at $BIN: run 'make release' or set CLONESCAN_BIN" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time is missing: apt-get install time" >&2; exit 2; }
CACHE="${CLONESCAN_CACHE:-$HOME/.cache/clonescan}"
bash "$ROOT/scripts/bench-corpus.sh" >/dev/null
SRC="$CACHE/bench/src"
SUSPECT="$CACHE/bench-memory/suspect-$COPIES"
if [ ! -e "$SUSPECT/.complete" ]; then
  rm -rf "$SUSPECT"
  for i in $(seq 1 "$COPIES"); do mkdir -p "$SUSPECT/copy$i" && cp -al "$SRC"/* "$SUSPECT/copy$i/"; done
  touch "$SUSPECT/.complete"
fi
REFERENCE="$SRC/tornado-6.4"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
echo "suspect: $COPIES copies of the 4-sdist corpus; reference: tornado-6.4; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for mode in screen whole; do
  bytes=0; [ "$mode" = whole ] && bytes=$((1 << 40))
  CLONESCAN_COMPARE_SCREEN_BYTES=$bytes /usr/bin/time -f "%e %U %S %M" -o "$OUT/$mode.time" \
    "$BIN" compare "$REFERENCE" "$SUSPECT" --format json --output "$OUT/$mode.json" 2>"$OUT/$mode.err" || [ $? -eq 1 ]
  # time writes "Command exited with non-zero status 1" first when compare exits 1 (a clone): the figures are last.
  read -r wall user sys kb < <(tail -n 1 "$OUT/$mode.time")
  printf '%-6s peak RSS %6d MB   wall %7.1f s   CPU %7.1f s\n' "$mode" $((kb / 1024)) "$wall" "$(echo "$user + $sys" | bc)"
done
if cmp -s "$OUT/screen.json" "$OUT/whole.json"; then echo "reports: identical"; else echo "reports: DIFFER"; exit 1; fi
