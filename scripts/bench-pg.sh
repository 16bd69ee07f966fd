#!/usr/bin/env bash
# PostgreSQL beside SQLite on the pinned benchmark corpus (scripts/bench-corpus.sh), measured side by side in one
# run with one release binary (`make bench-pg`; figures in docs/scale.md, "## PostgreSQL"):
#   1. index the corpus into a new SQLite file and a new PostgreSQL database (wall, CPU of clonescan, size);
#   2. query latency: each reference (20 tornado modules, and the whole of each corpus repository but the largest)
#      against both, median of BENCH_PG_RUNS runs (default 3);
#   3. the same query results: scripts/bench_pg.py compares every query's JSON (candidates, verdicts, scores,
#      containment, matches) between the backends and fails on any difference;
#   4. query latency with 8 concurrent readers, idle and while a writer indexes a changed, renamed copy of the largest
#      corpus repository into the same index (SQLite: WAL readers beside its one writer; PostgreSQL: MVCC readers).
# The server is scripts/pg.sh's private cluster (started when not running). CPU-heavy: runs under nice.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export CLONESCAN_CACHE=${CLONESCAN_CACHE:-$HOME/.cache/clonescan}
WORK="$CLONESCAN_CACHE/bench-pg"
RUNS=${BENCH_PG_RUNS:-3}
READERS=${BENCH_PG_READERS:-8}
BIN=${BENCH_PG_BIN:-$ROOT/.build/release/clonescan}
[ -x /usr/bin/time ] || { echo "bench-pg: needs /usr/bin/time (Debian package 'time')" >&2; exit 3; }
if [ -z "${BENCH_PG_BIN:-}" ] && { [ ! -x "$BIN" ] || [ -n "$(find "$ROOT/Sources" "$ROOT/Package.swift" -newer "$BIN" -type f -print -quit)" ]; }; then
  echo "bench-pg: building the release binary" >&2
  (cd "$ROOT" && nice -n 19 swift build -c release -Xswiftc -target-cpu -Xswiftc native --product clonescan >"$CLONESCAN_CACHE/bench-pg-build.log" 2>&1) \
    || { echo "bench-pg: release build failed; see $CLONESCAN_CACHE/bench-pg-build.log" >&2; exit 3; }
fi
SERVER=$(bash "$ROOT/scripts/pg.sh" start | tail -1)
PSQL=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)/psql
URL="${SERVER%/*}/clonescan_bench"
"$PSQL" "$SERVER" -qc "DROP DATABASE IF EXISTS clonescan_bench WITH (FORCE)" -c "CREATE DATABASE clonescan_bench" >/dev/null

REPOS_TXT=$(bash "$ROOT/scripts/bench-corpus.sh")
mapfile -t REPOS < <(grep -v '^[[:space:]]*$' "$REPOS_TXT")
rm -rf "$WORK"; mkdir -p "$WORK/refs"
DB="$WORK/corpus.sqlite"
printf '%s\n' "${REPOS[@]}" > "$WORK/repos.txt"
python3 "$ROOT/scripts/bench_pg.py" references "$WORK" "${REPOS[@]}"
mapfile -t REFS < "$WORK/references.txt"
RESULTS="$WORK/results.tsv"; : > "$RESULTS"

# timed LABEL COMMAND...: one run under /usr/bin/time; T_WALL (s), T_CPU (user+sys of clonescan, s), T_CODE.
timed() {
  local label=$1; shift
  T_CODE=0
  nice -n 19 /usr/bin/time -v -o "$WORK/$label.time" "$@" >"$WORK/$label.out" 2>"$WORK/$label.err" || T_CODE=$?
  T_WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.3f", s }' "$WORK/$label.time")
  T_CPU=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$WORK/$label.time")
}
# The server's own CPU seconds (user+sys of every postgres process of the cluster), to add to clonescan's.
server_cpu() {
  local pid
  pid=$(head -1 "${CLONESCAN_PG_DIR:-/var/tmp/clonescan-pg-$(id -u)}/data/postmaster.pid")
  { echo "$pid"; pgrep -P "$pid"; } | while read -r p; do awk '{ print $14 + $15 + $16 + $17 }' "/proc/$p/stat" 2>/dev/null; done \
    | awk -v hz="$(getconf CLK_TCK)" '{ s += $1 } END { printf "%.2f", s / hz }'
}
row() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >> "$RESULTS"; }   # what backend wall cpu note

echo "bench-pg: index ${#REPOS[@]} repositories into SQLite" >&2
timed index-sqlite "$BIN" index --db "$DB" --from "$WORK/repos.txt" --format json
[ "$T_CODE" = 0 ] || { cat "$WORK/index-sqlite.err" >&2; exit 3; }
row index sqlite "$T_WALL" "$T_CPU" "$(du -m "$DB" | cut -f1) MB file"
echo "bench-pg: index ${#REPOS[@]} repositories into PostgreSQL" >&2
before=$(server_cpu)
timed index-postgres "$BIN" index --db "$URL" --from "$WORK/repos.txt" --format json
[ "$T_CODE" = 0 ] || { cat "$WORK/index-postgres.err" >&2; exit 3; }
after=$(server_cpu)
size=$("$PSQL" "$URL" -tAc "SELECT pg_database_size(current_database()) / 1048576")
row index postgresql "$T_WALL" "$T_CPU" "$size MB database; server CPU $(awk -v a="$before" -v b="$after" 'BEGIN { printf "%.2f", b - a }') s"

for ref in "${REFS[@]}"; do
  name=$(basename "$ref")
  for backend in sqlite postgresql; do
    db=$DB; [ "$backend" = postgresql ] && db=$URL
    walls=()
    for ((i = 1; i <= RUNS; i++)); do
      timed "query-$name-$backend" "$BIN" query --db "$db" "$ref" --format json --all
      [ "$T_CODE" -le 1 ] || { cat "$WORK/query-$name-$backend.err" >&2; exit 3; }
      walls+=("$T_WALL")
    done
    cp "$WORK/query-$name-$backend.out" "$WORK/query-$name-$backend.json"
    median=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    row "query $name" "$backend" "$median" "$T_CPU" "median of $RUNS"
  done
done
echo "bench-pg: checking that both backends gave the same query results" >&2
python3 "$ROOT/scripts/bench_pg.py" same "$WORK" "${REFS[@]}" | tee "$WORK/same.txt" >&2

# Readers: READERS query processes at once, each querying the 20-module reference 3 times; latency per query.
# (query exits 1 when it finds a clone: not a failure here.)
readers() {  # readers LABEL DB
  local label=$1 db=$2 r pids=()
  for ((r = 1; r <= READERS; r++)); do
    ( for k in 1 2 3; do
        s=$(date +%s.%N)
        code=0
        nice -n 19 "$BIN" query --db "$db" "${REFS[0]}" --format json >/dev/null 2>>"$WORK/$label.err" || code=$?
        [ "$code" -le 1 ] || echo "query failed (exit $code)" >>"$WORK/$label.err"
        e=$(date +%s.%N)
        echo "$s $e" >> "$WORK/$label.lat"
      done ) &
    pids+=($!)
  done
  wait "${pids[@]}"
}
# The writer: a renamed copy of the largest corpus repository with a newline appended to every file (so every file
# is parsed and written, not copied from its indexed twin), indexed while the readers run.
COPY="$WORK/copy-$(basename "${REPOS[0]}")-renamed"
cp -r "${REPOS[0]}" "$COPY"
find "$COPY" -type f -exec sh -c 'for f; do printf "\n" >> "$f"; done' _ {} +
for backend in sqlite postgresql; do
  db=$DB; [ "$backend" = postgresql ] && db=$URL
  readers "readers-idle-$backend" "$db"
  row "query, $READERS readers, no writer" "$backend" "$(python3 "$ROOT/scripts/bench_pg.py" latency "$WORK/readers-idle-$backend.lat")" "-" ""
  nice -n 19 "$BIN" index --db "$db" "$COPY" --quiet --wait 2>"$WORK/writer-$backend.err" &
  writer=$!
  sleep 1
  readers "readers-write-$backend" "$db"
  writer_running=yes; kill -0 "$writer" 2>/dev/null || writer_running="no (finished before the readers)"
  wait "$writer" || { cat "$WORK/writer-$backend.err" >&2; exit 3; }
  row "query, $READERS readers, during a write" "$backend" "$(python3 "$ROOT/scripts/bench_pg.py" latency "$WORK/readers-write-$backend.lat")" "-" "writer still running at the end: $writer_running"
  [ -s "$WORK/readers-write-$backend.err" ] && { echo "bench-pg: a reader failed during the write:" >&2; cat "$WORK/readers-write-$backend.err" >&2; exit 3; }
done

echo
echo "bench-pg on $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M') UTC, load average $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL $("$PSQL" "$URL" -tAc 'SHOW server_version')"
python3 "$ROOT/scripts/bench_pg.py" table "$RESULTS"
