#!/usr/bin/env bash
# `make fuzz`: libFuzzer + AddressSanitizer over the front end (all languages) and the license scanner.
#
#   FUZZ_SECONDS   time budget (default 600)
#   FUZZ_MAX_LEN   largest input in bytes (default 1024; larger seeds are cut to it). Generated hostile seeds scale
#                  with it: FUZZ_MAX_LEN=65536 gives 16k-bracket floods and 48 KB lines, at a lower exec/s
#   FUZZ_JOBS      parallel fuzzing processes sharing the corpus (default 1)
#   FUZZ_NICE      nice level (default 10)
#   FUZZ_CONFIG    swift build configuration of the harness (default release: ASan and Swift's checks stay on)
#   FUZZ_EXTRA     extra libFuzzer flags
#   FUZZ_CORPUS    corpus directory (default $CLONESCAN_CACHE/fuzz-corpus)
#   FUZZ_COVERAGE  1 (default): after fuzzing, replay the corpus once to report edge coverage by module
#   FUZZ_REPORT_ONLY=1  print the report of the last run again (no build, no fuzzing)
#
# Per-grammar budget (instead of one timed run where the selector byte shares the inputs out):
#   FUZZ_PER_TARGET_RUNS  N: run each target of FUZZ_TARGETS on its own, N libFuzzer inputs each (-runs=N, seeds
#                  included), one after another in FUZZ_JOBS lanes; each target keeps its own corpus under
#                  $CLONESCAN_CACHE/fuzz-per-target/<name>/ and its log, statistics and exit status beside it
#   FUZZ_TARGETS   names (registry languages, token level included, or license-match/-spdx/-scan), or `new-units`
#                  (default: the languages with units whose grammar is built on first use, i.e. not in
#                  scripts/grammars.tsv), `new-tokens` (the token-level code languages built on first use),
#                  `new-markup`, `new` (all three, in that order)
#   FUZZ_TARGET_SECONDS  time cap per target (default 0: none, the input budget decides)
#   FUZZ_RESUME=1  skip targets whose last per-target run finished clean with at least N inputs
#   A finding stops that target only (the next one starts); the report lists it and the exit status is 1.
#
# Builds the grammars with clang -fsanitize=address,fuzzer-no-link into $CLONESCAN_CACHE/grammars-asan (so ASan and
# libFuzzer's coverage see the C grammars), builds Sources/Fuzz with -sanitize=fuzzer,address into .build-fuzz,
# seeds $CLONESCAN_CACHE/fuzz-seeds from the fixtures, license texts and generated hostile inputs, keeps the
# interesting inputs libFuzzer finds in $CLONESCAN_CACHE/fuzz-corpus (kept between runs, not committed), and prints
# inputs executed (per target), crashes, hangs, coverage and the input-size histogram. Exit status 1 on any finding;
# the input is saved under $CLONESCAN_CACHE/fuzz-artifacts/ (turn it into a test in Tests/FrontEndTests/Fixtures/fuzz/).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
export CLONESCAN_CACHE=${CLONESCAN_CACHE:-$HOME/.cache/clonescan}
FUZZ_SECONDS=${FUZZ_SECONDS:-600}
FUZZ_MAX_LEN=${FUZZ_MAX_LEN:-1024}
FUZZ_JOBS=${FUZZ_JOBS:-1}
FUZZ_NICE=${FUZZ_NICE:-10}
FUZZ_CONFIG=${FUZZ_CONFIG:-release}
SWIFT=${SWIFT:-swift}
CLANG=${GRAMMAR_CC:-$(dirname "$(command -v "$SWIFT")")/clang}
[ -x "$CLANG" ] || CLANG=$(command -v clang)
ASAN_GRAMMARS=$CLONESCAN_CACHE/grammars-asan
CORPUS=${FUZZ_CORPUS:-$CLONESCAN_CACHE/fuzz-corpus}
SEEDS=$CLONESCAN_CACHE/fuzz-seeds
ARTIFACTS=$CLONESCAN_CACHE/fuzz-artifacts
RUN=$CLONESCAN_CACHE/fuzz-run
mkdir -p "$CORPUS" "$ARTIFACTS" "$RUN"
BIN=$ROOT/.build-fuzz/$FUZZ_CONFIG/clonescan-fuzz
LIMIT_MS=${FUZZ_TIMEOUT_MS:-5000}
HANG_S=$(( (2 * LIMIT_MS + 999) / 1000 + 1 ))
export CLONESCAN_GRAMMARS=$ASAN_GRAMMARS
export HERE ROOT BIN ARTIFACTS FUZZ_MAX_LEN FUZZ_JOBS FUZZ_NICE LIMIT_MS HANG_S
if [ -n "${FUZZ_PER_TARGET_RUNS:-}" ] && [ "${FUZZ_REPORT_ONLY:-0}" = 1 ]; then
  exec bash "$HERE/fuzz-per-target.sh"
fi

if [ "${FUZZ_REPORT_ONLY:-0}" != 1 ]; then

echo "fuzz: ASan grammars ($CLANG) -> $ASAN_GRAMMARS" >&2
GRAMMAR_CC=$CLANG GRAMMAR_CFLAGS="-O1 -g -fsanitize=address,fuzzer-no-link" GRAMMAR_OUT=$ASAN_GRAMMARS \
  nice -n "$FUZZ_NICE" bash "$HERE/setup-grammars.sh"

echo "fuzz: building clonescan-fuzz ($FUZZ_CONFIG, -sanitize=fuzzer,address) in .build-fuzz" >&2
cd "$ROOT"
# -Xcc: the C target (the parse arena) under ASan too, so it poisons all but live blocks and tells LeakSanitizer
# which malloc'd blocks a parse stopped at the arena's cap leaves on purpose.
nice -n "$FUZZ_NICE" "$SWIFT" build -c "$FUZZ_CONFIG" -Xswiftc -sanitize=fuzzer,address -Xswiftc -DCLONESCAN_LIBFUZZER -Xcc -fsanitize=address \
  --product clonescan-fuzz --scratch-path .build-fuzz 2>&1 | { grep -v "Cannot export local symbol" || true; } >&2

if [ -n "${FUZZ_PER_TARGET_RUNS:-}" ]; then
  exec bash "$HERE/fuzz-per-target.sh"
fi

# Seeds: every fixture under every language (a Go file fed to the Rust grammar is hostile input too), license
# texts and manifests for the license targets, and generated hostile inputs. Regenerated each run.
CLONESCAN_FUZZ_LIST_TARGETS=1 "$BIN" > "$RUN/targets.tsv"
python3 "$HERE/fuzz-seeds.py" "$ROOT" "$SEEDS" "$CLONESCAN_CACHE/license/licensedcode-32.1.0/texts" "$FUZZ_MAX_LEN" --targets "$RUN/targets.tsv"

# Time limit: the front end's parse limit (FrontEndOptions.timeoutMicros, 5 s); over 2x is a hang. The harness aborts
# itself at 2x (HANG); libFuzzer's -timeout is the backstop one second later.
export CLONESCAN_FUZZ_TIMEOUT_MS=$LIMIT_MS
rm -f "$RUN"/stats-*.json "$RUN"/fuzz-*.log "$RUN"/coverage.*
echo "fuzz: ${FUZZ_SECONDS}s x $FUZZ_JOBS job(s), corpus $CORPUS ($(ls "$CORPUS" | wc -l) inputs)" >&2
START=$(date +%s)
pids=()
for j in $(seq 1 "$FUZZ_JOBS"); do
  CLONESCAN_FUZZ_STATS=$RUN/stats-$j.json nice -n "$FUZZ_NICE" "$BIN" \
    -max_total_time="$FUZZ_SECONDS" -timeout="$HANG_S" -max_len="$FUZZ_MAX_LEN" -rss_limit_mb=6144 \
    -detect_leaks=0 -print_final_stats=1 -reload=120 -seed="$((START + j))" -artifact_prefix="$ARTIFACTS/" \
    ${FUZZ_EXTRA:-} "$CORPUS" "$SEEDS" > "$RUN/fuzz-$j.log" 2>&1 &
  pids+=($!)
done
status=0
for p in "${pids[@]}"; do wait "$p" || status=1; done
ELAPSED=$(( $(date +%s) - START ))

# Coverage by module: replay the whole corpus once (no mutation) with -print_coverage and add up libFuzzer's
# per-function edge counts (inline 8-bit counters) for our Swift modules and for each grammar.
if [ "${FUZZ_COVERAGE:-1}" = 1 ]; then
  echo "fuzz: coverage pass over the corpus ($(ls "$CORPUS" | wc -l) inputs)" >&2
  nice -n "$FUZZ_NICE" "$BIN" -runs=0 -print_coverage=1 -detect_leaks=0 -max_len=1048576 -timeout="$HANG_S" -rss_limit_mb=6144 \
    "$CORPUS" > "$RUN/coverage.log" 2>&1 || status=1
  python3 - "$RUN/coverage.log" > "$RUN/coverage.txt" <<'PY'
import re, sys, collections
agg = collections.defaultdict(lambda: [0, 0])
for line in open(sys.argv[1], errors="replace"):
    m = re.match(r"(UN)?COVERED_FUNC: hits: \d+ edges: (\d+)/(\d+) (\S+) (.*)", line)
    if not m: continue
    cov, tot, fn, loc = int(m.group(2)), int(m.group(3)), m.group(4), m.group(5)
    if "/parsers/" in loc: key = "grammar " + re.search(r"/parsers/([^/]+)/", loc).group(1)
    elif "/csharp-" in loc: key = "grammar csharp"
    elif "/Sources/" in loc: key = re.search(r"/Sources/([^/]+)/", loc).group(1)
    else:
        m2 = re.match(r"\$s(\d+)(\w+)", fn)
        key = m2.group(2)[: int(m2.group(1))] if m2 else "other"
        if key not in ("FrontEnd", "License", "Syntax", "clonescan_fuzz"): key = "other (runtime, generics, thunks)"
    if key in ("Fuzz", "clonescan_fuzz"): key = "harness (Sources/Fuzz)"
    agg[key][0] += cov; agg[key][1] += tot
total = [sum(v[0] for v in agg.values()), sum(v[1] for v in agg.values())]
def row(k, c, t): print(f"  {k:34s} {c:>7,} / {t:>7,}  {100 * c / max(t, 1):5.1f}%")
print("fuzz: edge coverage of the corpus by module (covered / instrumented):")
for k, (c, t) in sorted(agg.items(), key=lambda kv: (kv[0].startswith("grammar"), kv[0])): row(k, c, t)
row("all", *total)
PY
fi
printf 'FUZZ_JOBS=%s\nELAPSED=%s\nstatus=%s\n' "$FUZZ_JOBS" "$ELAPSED" "$status" > "$RUN/run.env"
fi  # FUZZ_REPORT_ONLY
# shellcheck disable=SC1091
. "$RUN/run.env"
[ -f "$RUN/coverage.txt" ] && cat "$RUN/coverage.txt"

python3 - "$RUN" "$FUZZ_JOBS" "$ELAPSED" "$CORPUS" "$status" <<'PY'
import json, os, re, sys, glob
run, jobs, elapsed, corpus, status = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
execs = 0; cov = 0; ft = 0; counters = 0; crashes = 0; hangs = 0; ooms = 0; findings = []
per_target = {}; buckets = {}; slowest = 0.0; slowest_target = ""; max_body = 0
for j in range(1, jobs + 1):
    log = open(f"{run}/fuzz-{j}.log", errors="replace").read()
    m = re.findall(r"stat::number_of_executed_units: (\d+)", log)
    if m: execs += int(m[-1])
    m = re.findall(r"cov: (\d+) ft: (\d+)", log)
    if m: cov = max(cov, int(m[-1][0])); ft = max(ft, int(m[-1][1]))
    m = re.findall(r"\((\d+) inline 8-bit counters\)", log)
    if m: counters = max(counters, int(m[-1]))
    if "FINDING: HANG" in log or "ALARM: working on the last Unit" in log: hangs += 1
    elif "out-of-memory" in log: ooms += 1
    elif "ERROR: AddressSanitizer" in log or "==ERROR" in log or "FINDING" in log or "deadly signal" in log or "Fatal error" in log: crashes += 1
    findings += re.findall(r"Test unit written to (\S+)", log)
    try:
        s = json.load(open(f"{run}/stats-{j}.json"))
    except Exception:
        continue
    for t in s["targets"]:
        d = per_target.setdefault(t["target"], [0, 0, 0])
        d[0] += t["executions"]; d[1] += t["parsed"]; d[2] += t["timeouts"]
    for b in s["size_buckets"]:
        buckets[(b["min"], b["max"])] = buckets.get((b["min"], b["max"]), 0) + b["count"]
    if s["slowest_ms"] > slowest: slowest, slowest_target = s["slowest_ms"], s["slowest_target"]
    max_body = max(max_body, s["max_body_bytes"])
print(f"fuzz: {execs:,} inputs in {elapsed}s ({execs / max(elapsed, 1):,.0f} exec/s, {jobs} job(s))")
print(f"fuzz: crashes {crashes}, hangs {hangs} (over 2x the parse time limit), out-of-memory {ooms}; ASan {'clean' if crashes == 0 else 'REPORTED'}")
pct = f" of {counters:,} instrumented edges ({100 * cov / counters:.1f}%)" if counters else ""
print(f"fuzz: coverage {cov:,} edges{pct}, {ft:,} features; corpus {len(os.listdir(corpus)):,} inputs")
print(f"fuzz: slowest input {slowest:.1f} ms ({slowest_target}); largest body {max_body:,} bytes")
if per_target:
    print("fuzz: inputs per target (executed / parsed / parse time-outs):")
    for name, (e, p, t) in sorted(per_target.items(), key=lambda kv: kv[0]):
        print(f"  {name:14s} {e:>10,} {p:>10,} {t:>6,}")
if buckets:
    total = sum(buckets.values())
    print("fuzz: input size histogram (body bytes):")
    for (lo, hi), n in sorted(buckets.items()):
        print(f"  {lo:>7,}-{hi:<7,} {n:>10,} {100 * n / total:5.1f}% {'#' * max(1, round(50 * n / total)) if n else ''}")
for f in findings:
    print(f"fuzz: FINDING saved to {f}")
sys.exit(1 if (crashes or hangs or ooms or status) else 0)
PY
