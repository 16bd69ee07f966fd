#!/usr/bin/env bash
# Benchmarks/Query (issue 7): clonescan vs copydetect on the same inputs, one table.
#   (a) compare: a 500-file reference (SQLAlchemy's first 500 Python files) against a 500-file suspect
#       (480 files of other projects plus 20 reference files copied under new names, `self` renamed);
#   (b) query: a 20-file reference (tornado modules) against an index of the pinned benchmark corpus
#       (scripts/bench-corpus.sh: ~1,175 files in 4 repositories); the index build is timed too.
# copydetect gets exactly the files clonescan reads (clonescan parse decides), default thresholds, no HTML
# report (its detection cost only). Wall time and peak RSS come from /usr/bin/time -v; clonescan figures are
# the median wall / max RSS of BENCH_QUERY_RUNS runs (default 3), copydetect runs once.
# copydetect (0.5.0; BENCH_COPYDETECT_VERSION) is installed into a throwaway venv, $CLONESCAN_CACHE/venv-copydetect
# (kept; BENCH_QUERY_FRESH=1 rebuilds it). BENCH_QUERY_SKIP_PEER=1 times clonescan only; BENCH_COPYDETECT_TIMEOUT
# (seconds, default 1800). Results: docs/benchmarks-query.md.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export CLONESCAN_CACHE=${CLONESCAN_CACHE:-$HOME/.cache/clonescan}
WORK="$CLONESCAN_CACHE/bench-query"
RUNS=${BENCH_QUERY_RUNS:-3}
PEER_TIMEOUT=${BENCH_COPYDETECT_TIMEOUT:-1800}
HELPER="$ROOT/scripts/bench_query.py"
[ -x /usr/bin/time ] || { echo "bench-query: needs /usr/bin/time (Debian package 'time')" >&2; exit 3; }
mkdir -p "$CLONESCAN_CACHE"

# The release binary the Makefile builds, rebuilt only when a source is newer (BENCH_QUERY_BIN=path: use
# that binary as it is, e.g. while sources are being edited).
BIN=${BENCH_QUERY_BIN:-$ROOT/.build/release/clonescan}
if [ -n "${BENCH_QUERY_BIN:-}" ]; then
  [ -x "$BIN" ] || { echo "bench-query: BENCH_QUERY_BIN=$BIN is not executable" >&2; exit 3; }
elif [ ! -x "$BIN" ] || [ -n "$(find "$ROOT/Sources" "$ROOT/Package.swift" -newer "$BIN" -type f -print -quit)" ]; then
  echo "bench-query: building the release binary" >&2
  (cd "$ROOT" && swift build -c release -Xswiftc -target-cpu -Xswiftc native --product clonescan >"$CLONESCAN_CACHE/bench-query-build.log" 2>&1) \
    || { echo "bench-query: release build failed; see $CLONESCAN_CACHE/bench-query-build.log" >&2; exit 3; }
fi

# copydetect in its own venv, pinned so the figures stay comparable between runs.
VENV="$CLONESCAN_CACHE/venv-copydetect"
COPYDETECT=${BENCH_COPYDETECT_VERSION:-0.5.0}
if [ "${BENCH_QUERY_SKIP_PEER:-0}" != 1 ]; then
  [ "${BENCH_QUERY_FRESH:-0}" = 1 ] && rm -rf "$VENV"
  if ! "$VENV/bin/python" -c "import sys, importlib.metadata as m, copydetect; sys.exit(m.version('copydetect') != '$COPYDETECT')" 2>/dev/null; then
    echo "bench-query: installing copydetect $COPYDETECT into $VENV" >&2
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q --disable-pip-version-check "copydetect==$COPYDETECT" >&2 \
      || { echo "bench-query: pip install copydetect failed" >&2; exit 3; }
  fi
fi

REPOS_TXT=$(bash "$ROOT/scripts/bench-corpus.sh")
mapfile -t REPOS < <(grep -v '^[[:space:]]*$' "$REPOS_TXT")
python3 "$HELPER" inputs "$BIN" "$WORK" "${REPOS[@]}"
RESULTS="$WORK/results.tsv"; : > "$RESULTS"

# timed LABEL -- COMMAND...: runs once under /usr/bin/time; sets T_WALL, T_CPU (user+sys, s) and T_RSS (MB); keeps
# stdout in $WORK/LABEL.out. CPU time is reported beside wall time because a shared machine inflates wall time.
timed() {
  local label=$1; shift 2
  local code=0
  /usr/bin/time -v -o "$WORK/$label.time" "$@" >"$WORK/$label.out" 2>"$WORK/$label.err" || code=$?
  T_WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.3f", s }' "$WORK/$label.time")
  T_CPU=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$WORK/$label.time")
  T_RSS=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$WORK/$label.time")
  T_CODE=$code
}
# repeat LABEL -- COMMAND...: RUNS times; median wall, median CPU, max RSS
repeat() {
  local label=$1 walls=() cpus=() rss=0 i
  shift
  for ((i = 1; i <= RUNS; i++)); do
    timed "$label" "$@"
    walls+=("$T_WALL"); cpus+=("$T_CPU"); [ "$T_RSS" -gt "$rss" ] && rss=$T_RSS
  done
  T_WALL=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  T_CPU=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  T_RSS=$rss
}
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$RESULTS"; }   # benchmark tool wall cpu rss result
result_of() { python3 -c 'import json,sys; print(json.loads(sys.stdin.read().strip().splitlines()[-1])["result"])'; }
peer() {  # peer MODE LABEL
  if [ "${BENCH_QUERY_SKIP_PEER:-0}" = 1 ]; then return; fi
  echo "bench-query: copydetect $1 (may take minutes)" >&2
  timed "copydetect-$1" -- timeout "$PEER_TIMEOUT" "$VENV/bin/python" "$HELPER" copydetect "$1" "$WORK"
  if [ "$T_CODE" = 124 ]; then row "$2" copydetect ">$PEER_TIMEOUT" "$T_CPU" "$T_RSS" "timed out"
  elif [ "$T_CODE" != 0 ]; then row "$2" copydetect "-" "-" "-" "failed (exit $T_CODE): $(tail -1 "$WORK/copydetect-$1.err")"
  else row "$2" copydetect "$T_WALL" "$T_CPU" "$T_RSS" "$(result_of < "$WORK/copydetect-$1.out")"; fi
}

# (a) compare 500 x 500
echo "bench-query: clonescan compare" >&2
repeat compare -- "$BIN" compare "$WORK/compare/ref" "$WORK/compare/sus" --format json --output "$WORK/compare.json" --quiet --fail-at clone
[ "$T_CODE" -le 1 ] || { echo "bench-query: clonescan compare failed (exit $T_CODE):" >&2; cat "$WORK/compare.err" >&2; exit 3; }
row "compare 500 x 500 files" clonescan "$T_WALL" "$T_CPU" "$T_RSS" "$(python3 "$HELPER" check-compare "$WORK" "$WORK/compare.json" | result_of)"
peer compare "compare 500 x 500 files"

# (b) index the corpus (one-time cost, fresh database), then query 20 files
DB="$WORK/corpus.sqlite"; rm -f "$DB" "$DB-wal" "$DB-shm"
printf '%s\n' "${REPOS[@]}" > "$WORK/repos.txt"
echo "bench-query: clonescan index" >&2
timed index -- "$BIN" index --db "$DB" --from "$WORK/repos.txt" --quiet
[ "$T_CODE" = 0 ] || { echo "bench-query: clonescan index failed (exit $T_CODE):" >&2; cat "$WORK/index.err" >&2; exit 3; }
nfiles=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["query"]["corpus_files"]))' "$WORK/inputs.json")
row "index ${#REPOS[@]} repos, $nfiles files (once)" clonescan "$T_WALL" "$T_CPU" "$T_RSS" "$(du -m "$DB" | cut -f1) MB database"
echo "bench-query: clonescan query" >&2
repeat query -- "$BIN" query --db "$DB" "$WORK/query/ref20" --format json --fail-at clone
[ "$T_CODE" -le 1 ] || { echo "bench-query: clonescan query failed (exit $T_CODE):" >&2; cat "$WORK/query.err" >&2; exit 3; }
cp "$WORK/query.out" "$WORK/query.json"
row "query 20 files vs $nfiles-file index" clonescan "$T_WALL" "$T_CPU" "$T_RSS" "$(python3 "$HELPER" check-query "$WORK" "$WORK/query.json" | result_of)"
peer query "query 20 files vs $nfiles-file index"

echo
echo "Benchmarks/Query on $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M') UTC, load average $(cut -d' ' -f1-3 /proc/loadavg) (clonescan: median of $RUNS runs; goal: query <= 0.3 s)"
python3 "$HELPER" table "$WORK" "$RESULTS"
