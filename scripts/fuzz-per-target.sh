#!/usr/bin/env bash
# The per-grammar part of `make fuzz` (FUZZ_PER_TARGET_RUNS=N; called by scripts/fuzz.sh after it has built the ASan
# grammars and the harness, which set ROOT, BIN, ARTIFACTS, FUZZ_MAX_LEN, FUZZ_JOBS, FUZZ_NICE, HANG_S and
# CLONESCAN_GRAMMARS). Each target of FUZZ_TARGETS runs on its own (CLONESCAN_FUZZ_TARGET) for N libFuzzer inputs,
# its own corpus under $CLONESCAN_CACHE/fuzz-per-target/<name>/corpus and its log, statistics and exit status
# beside it; FUZZ_JOBS lanes take targets in turn. A finding stops that target only. Then the report: inputs,
# parse time-outs, slowest input and outcome per target (scripts/fuzz_outcome.py). Exit 1 on any finding.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
RUNS=$FUZZ_PER_TARGET_RUNS
OUT=$CLONESCAN_CACHE/fuzz-per-target
SEEDS=$CLONESCAN_CACHE/fuzz-seeds-per-target
mkdir -p "$OUT" "$ARTIFACTS"

# Targets: names, or the groups of grammars built on first use (not in scripts/grammars.tsv). A report lists its own
# (report-targets.txt), so that it never rewrites the list a running campaign reads.
LIST=$OUT/targets.txt
[ "${FUZZ_REPORT_ONLY:-0}" = 1 ] && LIST=$OUT/report-targets.txt
CLONESCAN_FUZZ_LIST_TARGETS=languages "$BIN" > "$LIST.languages.tmp"
python3 - "$LIST.languages.tmp" "$HERE/grammars.tsv" "${FUZZ_TARGETS:-new-units}" "$CLONESCAN_GRAMMARS/pack.json" > "$LIST.tmp" <<'PY'
import json, sys
languages, default_tsv, wanted, pack = sys.argv[1], sys.argv[2], sys.argv[3].split(), sys.argv[4]
default = {l.split("\t")[0] for l in open(default_tsv) if l.strip() and not l.startswith("#")}
# Grammars set-up turned off (pack.json `disabled`) are never loaded, so there is nothing to fuzz.
default |= {g["name"] for g in json.load(open(pack))["grammars"] if g.get("disabled")}
level = dict(l.rstrip("\n").split("\t") for l in open(languages) if l.strip())
groups = {g: sorted(n for n, lv in level.items() if lv == g and n not in default) for g in ("units", "tokens", "markup")}
groups["new"] = groups["units"] + groups["tokens"] + groups["markup"]
out = []
for w in wanted:
    names = groups.get(w[4:] if w.startswith("new-") else w) if w.startswith("new") else [w]
    out += [n for n in names if n not in out]
print("\n".join(out))
PY
mv "$LIST.tmp" "$LIST"
rm -f "$LIST.languages.tmp"

if [ "${FUZZ_REPORT_ONLY:-0}" != 1 ]; then
  # One seed set for every language target (the harness ignores the selector byte in this mode).
  python3 "$HERE/fuzz-seeds.py" "$ROOT" "$SEEDS" "$CLONESCAN_CACHE/license/licensedcode-32.1.0/texts" "$FUZZ_MAX_LEN" --target any-language
  echo "fuzz: $(wc -l < "$LIST") target(s), $RUNS inputs each, $FUZZ_JOBS lane(s), nice $FUZZ_NICE" >&2
  run_target() {
    local name=$1 dir=$OUT/$1 seeds=$SEEDS
    mkdir -p "$dir/corpus"
    if [ "${FUZZ_RESUME:-0}" = 1 ] && python3 "$HERE/fuzz_outcome.py" "$dir" "$RUNS"; then
      return 0
    fi
    case "$name" in license-*)
      seeds=$dir/seeds
      python3 "$HERE/fuzz-seeds.py" "$ROOT" "$seeds" "$CLONESCAN_CACHE/license/licensedcode-32.1.0/texts" "$FUZZ_MAX_LEN" --target "$name" ;;
    esac
    rm -f "$dir/rc" "$dir/stats.json" "$dir/log"
    # Build the grammar first, in a process of its own: the build runs the compiler through Foundation's Process,
    # whose few bytes LeakSanitizer would report at the fuzzing process's exit.
    CLONESCAN_FUZZ_TARGET=$name ASAN_OPTIONS=detect_leaks=0 nice -n "$FUZZ_NICE" "$BIN" -runs=0 > "$dir/prepare.log" 2>&1 || true
    local start rc=0
    start=$(date +%s)
    CLONESCAN_FUZZ_TARGET=$name CLONESCAN_FUZZ_STATS=$dir/stats.json CLONESCAN_FUZZ_TIMEOUT_MS=$LIMIT_MS \
      nice -n "$FUZZ_NICE" "$BIN" -runs="$((RUNS + 64))" -max_total_time="${FUZZ_TARGET_SECONDS:-0}" -timeout="$HANG_S" \
      -max_len="$FUZZ_MAX_LEN" -rss_limit_mb=6144 -detect_leaks=0 -print_final_stats=1 -seed="$start" \
      -artifact_prefix="$ARTIFACTS/$name-" ${FUZZ_EXTRA:-} "$dir/corpus" "$seeds" > "$dir/log" 2>&1 || rc=$?
    echo $(( $(date +%s) - start )) > "$dir/seconds"
    echo "$rc" > "$dir/rc"
    echo "fuzz: $name done (exit $rc, $(cat "$dir/seconds") s)" >&2
  }
  export -f run_target
  export RUNS OUT SEEDS HERE
  xargs -r -P "$FUZZ_JOBS" -I{} bash -c 'run_target "$1"' _ {} < "$LIST" || true
fi

python3 - "$OUT" "$RUNS" "$LIST" "$HERE" <<'PY'
import os, re, sys
out, runs, listing, here = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
sys.path.insert(0, here)
from fuzz_outcome import executions, outcome
rows, bad, total = [], [], 0
for name in open(listing).read().split():
    d = f"{out}/{name}"
    found, state = executions(d, name), outcome(d)
    if found is None:
        rows.append((name, 0, 0, 0, 0.0, state, 0)); continue
    t, stats = found
    if not state.startswith("clean") and state not in ("running", "not run"):
        log = open(f"{d}/log", errors="replace").read()
        bad.append((name, state, re.findall(r"Test unit written to (\S+)", log)))
    secs = int(open(f"{d}/seconds").read()) if os.path.exists(f"{d}/seconds") else 0
    rows.append((name, t["executions"], t["parsed"], t["timeouts"], stats.get("slowest_ms", 0.0), state, secs))
    total += t["executions"]
print(f"fuzz: per-target runs, budget {runs:,} inputs each (target, inputs, parsed, parse time-outs, slowest ms, outcome, seconds):")
with open(f"{out}/inputs.tsv", "w") as tsv:   # for docs/fuzz-inputs.tsv
    tsv.write("# target\tinputs\tparsed\ttimeouts\tslowest_ms\toutcome\tseconds\n")
    for r in rows:
        print(f"  {r[0]:16s} {r[1]:>8,} {r[2]:>8,} {r[3]:>5,} {r[4]:>9.1f}  {r[5]:18s} {r[6]:>6}")
        tsv.write("\t".join(str(v) for v in (r[0], r[1], r[2], r[3], f"{r[4]:.1f}", r[5], r[6])) + "\n")
short = [r[0] for r in rows if r[1] < runs]
print(f"fuzz: {total:,} inputs over {len(rows)} targets; {len(rows) - len(short)} reached {runs:,}" + (f"; short: {' '.join(short)}" if short else ""))
for name, state, files in bad:
    print(f"fuzz: FINDING {name}: {state} {' '.join(files)}")
sys.exit(1 if bad else 0)
PY
