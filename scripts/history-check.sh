#!/usr/bin/env bash
# `compare --history` on a real history (docs/report-json.md, "History"): the reference is wroberts/pytimeparse
# (93 commits, 11 tags) pinned at its master commit; for each tag, a one-commit suspect holds that tag's
# pytimeparse/timeparse.py with its identifiers renamed plus code of its own, and must be attributed to that tag or
# to the earliest tag with token-identical code (listed in same_score). Then a 40-commit suspect imports 1.1.5 in
# commit 21, which first_seen must name. Prints one line per case and the seconds each compare took.
#   bash scripts/history-check.sh [CLONESCAN_BIN]      PYTIMEPARSE_GIT=URL-or-path overrides where it is cloned from
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN=${1:-$HERE/.build/release/clonescan}
SOURCE=${PYTIMEPARSE_GIT:-https://github.com/wroberts/pytimeparse.git}
PIN=9ad0a82d239613c77f1b899a7d9fc6b07efece7d
OWN="$HERE/Tests/HistoryTests/Fixtures/textkit/suspect-own"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/clonescan-history-check.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
g() { git -c core.hooksPath=/dev/null "$@"; }
export GIT_AUTHOR_NAME="Bob Sus" GIT_AUTHOR_EMAIL=bob@example.com GIT_COMMITTER_NAME="Bob Sus" GIT_COMMITTER_EMAIL=bob@example.com

g clone -q "$SOURCE" "$WORK/ref"
[ "$(g -C "$WORK/ref" rev-parse HEAD)" = "$PIN" ] || g -C "$WORK/ref" checkout -q "$PIN" \
  || { echo "history-check: $SOURCE has no commit $PIN; pass PYTIMEPARSE_GIT=<a clone that has it>" >&2; exit 1; }
renamed() { g -C "$WORK/ref" show "$1:pytimeparse/timeparse.py" | sed 's/timeparse/parse_span/g; s/_interpret_as_minutes/_minutes_guess/g; s/MULTIPLIERS/FACTORS/g'; }
closest() {
  python3 -c 'import json,sys; h=json.load(sys.stdin)["history"]; v=h.get("closest_reference_version",{}); f=h.get("first_seen",{})
print(v.get("tag"), v.get("score"), "same_score=%s" % ",".join(v.get("same_score",[])), "analyses=%s" % v.get("analyses"), "first_seen=%s" % f.get("commit"), "first_seen_analyses=%s" % f.get("analyses"))'
}
run() { local s e out; s=$(date +%s.%N); out=$("$BIN" compare "$WORK/ref" "$1" --history --no-license --quiet --format json || true); e=$(date +%s.%N)
        echo "$out" | closest | tr '\n' ' '; printf '%.2f s\n' "$(echo "$e - $s" | bc)"; }

for tag in $(g -C "$WORK/ref" tag --sort=creatordate); do
  rm -rf "$WORK/sq"; g init -q -b main "$WORK/sq"; renamed "$tag" > "$WORK/sq/durations.py"; cp "$OWN/cli.py" "$WORK/sq/"
  g -C "$WORK/sq" add -A; g -C "$WORK/sq" commit -qm squashed
  printf '%-6s -> ' "$tag"; run "$WORK/sq"
done

g init -q -b main "$WORK/long"; cp "$OWN/cli.py" "$OWN/config.py" "$WORK/long/"
for i in $(seq 1 40); do
  [ "$i" -eq 21 ] && renamed 1.1.5 > "$WORK/long/durations.py"
  echo "change $i" >> "$WORK/long/NOTES"
  g -C "$WORK/long" add -A; GIT_AUTHOR_DATE="2025-01-01T00:00:${i}Z" GIT_COMMITTER_DATE="2025-01-01T00:00:${i}Z" g -C "$WORK/long" commit -qm "change $i"
done
echo "40 commits, 1.1.5 imported in $(g -C "$WORK/long" log --format=%H --grep='^change 21$')"
printf 'long   -> '; run "$WORK/long"
