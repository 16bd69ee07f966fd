#!/usr/bin/env bash
# Small-repository index benchmark (issue 20, item 3). Fetches the pinned corpus Corpora/bench-small-manifest.json
# (300+ small PyPI sdists, sha256-checked by scripts/pypi_fetch.py) and unpacks each sdist as one repository under
# $CLONESCAN_CACHE/bench-small/src (CLONESCAN_CACHE defaults to ~/.cache/clonescan); idempotent like
# scripts/bench-corpus.sh. Then measures, pinned to the same cores and interleaved within every round
# (raw parse, index from scratch, re-index; ROUNDS rounds):
#   raw     tree-sitter parse of exactly the files `clonescan parse` lists for each repository, the yardstick of
#           Benchmarks/Index (`rawParse()`): files read into memory first, then one fresh parser per file on
#           THREADS threads, ts_parser_parse_string_encoding, ts_tree_delete. It runs as a small C program
#           (scripts/bench_rawparse.c, built here with cc -O2 against the same libtree-sitter and grammar
#           libraries clonescan loads) so that no Swift build is needed.
#   index   `clonescan index --db NEW.sqlite --from repos.txt --quiet` (the release binary) from scratch;
#   reindex the same command again on the unchanged corpus.
# With --with-4-sdist the 4-sdist corpus of scripts/bench-corpus.sh is measured in the same rounds, and
# with --profile one more from-scratch run of each corpus is broken down (the index's JSON summary, the same
# files as one repository, perf and syscall counts). Prints a markdown table.
# With CLONESCAN_BIN_BEFORE set, every round also indexes with that binary (A/B: the two builds alternate, the
# first of them changing every round), and a second table compares them, CPU and wall time per round.
#
#   scripts/bench-small.sh [--with-4-sdist] [--profile] [--rounds N]
#   env: CLONESCAN_BIN (default .build/release/clonescan), CLONESCAN_BIN_BEFORE (A/B), BENCH_CPUS (default 0,1),
#        CLONESCAN_CACHE, BENCH_WORK (scratch databases; default $CLONESCAN_CACHE/bench-small/work)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CLONESCAN_CACHE="${CLONESCAN_CACHE:-$HOME/.cache/clonescan}"
CACHE="$CLONESCAN_CACHE/bench-small"
MANIFEST="$ROOT/Corpora/bench-small-manifest.json"
BIN="${CLONESCAN_BIN:-$ROOT/.build/release/clonescan}"
CPUS="${BENCH_CPUS:-0,1}"
ROUNDS=3 WITH4=0 PROFILE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --with-4-sdist) WITH4=1 ;;
    --profile) PROFILE=1 ;;
    --rounds) ROUNDS="$2"; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "usage: scripts/bench-small.sh [--with-4-sdist] [--profile] [--rounds N]" >&2; exit 2 ;;
  esac
  shift
done
[ -x "$BIN" ] || { echo "error: no clonescan binary at $BIN: run 'make release' or set CLONESCAN_BIN" >&2; exit 2; }
BEFORE="${CLONESCAN_BIN_BEFORE:-}"
[ -z "$BEFORE" ] || [ -x "$BEFORE" ] || { echo "error: CLONESCAN_BIN_BEFORE=$BEFORE is not an executable" >&2; exit 2; }
WORK="${BENCH_WORK:-$CACHE/work}"
mkdir -p "$WORK"
[ -f "$CLONESCAN_CACHE/grammars/grammars.json" ] || { echo "error: no grammars in $CLONESCAN_CACHE/grammars: run scripts/setup-grammars.sh" >&2; exit 2; }
mkdir -p "$CACHE/downloads" "$CACHE/src" "$CACHE/bin" "$CACHE/work"

# 1. Fetch and unpack (as scripts/bench-corpus.sh does for the 4-sdist corpus).
python3 - "$MANIFEST" "$CACHE" "$ROOT/scripts/pypi_fetch.py" <<'PY'
import json, os, subprocess, sys, tarfile, shutil
manifest, cache, fetcher = sys.argv[1:4]
repos = []
for p in json.load(open(manifest))["packages"]:
    tag = f'{p["name"]}-{p["version"]}'
    dest = os.path.join(cache, "src", tag)
    marker = os.path.join(dest, ".clonescan-unpacked-" + p["sha256"][:16])
    if not os.path.exists(marker):
        archive = subprocess.run([sys.executable, fetcher, p["name"], p["version"], p["sha256"], os.path.join(cache, "downloads")],
                                 check=True, capture_output=True, text=True).stdout.strip()
        tmp = dest + ".part"
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
        with tarfile.open(archive) as tar:
            # The 'data' filter refuses absolute paths, links out of the tree and device files.
            tar.extractall(tmp, filter="data")
        shutil.rmtree(dest, ignore_errors=True)
        entries = os.listdir(tmp)
        inner = os.path.join(tmp, entries[0]) if len(entries) == 1 and os.path.isdir(os.path.join(tmp, entries[0])) else tmp
        os.rename(inner, dest)
        shutil.rmtree(tmp, ignore_errors=True)
        open(marker, "w").close()
        print(f"unpacked {tag}", file=sys.stderr)
    repos.append(dest)
with open(os.path.join(cache, "repos.txt"), "w") as f:
    f.write("\n".join(repos) + "\n")
PY
if [ "$WITH4" = 1 ]; then "$ROOT/scripts/bench-corpus.sh" >/dev/null; fi

# 2. The raw-parse timer.
cc -O2 -o "$CACHE/bin/bench_rawparse" "$ROOT/scripts/bench_rawparse.c" $(pkg-config --cflags --libs tree-sitter 2>/dev/null || echo -ltree-sitter) -ldl -lpthread

# 3. Measure.
exec python3 - "$BIN" "$CACHE" "$CLONESCAN_CACHE" "$CPUS" "$ROUNDS" "$WITH4" "$PROFILE" "$BEFORE" "$WORK" <<'PY'
import json, os, shutil, statistics, subprocess, sys, time
binary, cache, root_cache, cpus, rounds, with4, profile, before_binary, work = sys.argv[1:10]
rounds, with4, profile = int(rounds), with4 == "1", profile == "1"
grammars = os.path.join(root_cache, "grammars")
symbols = {}
for meta in ("grammars.json", "pack.json"):
    path = os.path.join(grammars, meta)
    if os.path.exists(path):
        for g in json.load(open(path))["grammars"]:
            symbols.setdefault(g["name"], g.get("symbol") or "tree_sitter_" + g["name"])
pin = ["taskset", "-c", cpus] if shutil.which("taskset") else []
threads = len([c for part in cpus.split(",") for c in ([part] if "-" not in part else range(int(part.split("-")[0]), int(part.split("-")[1]) + 1))])

def run(argv, env=None):
    """Runs argv on the pinned cores; returns (wall seconds, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(pin + argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"error: {' '.join(argv)} exited {proc.returncode}: {err.decode(errors='replace')[-500:]}")
    return wall, out.decode()

def cpu_of(fn):
    before = os.times()
    result = fn()
    after = os.times()
    return result, (after.children_user - before.children_user) + (after.children_system - before.children_system)

class Corpus:
    def __init__(self, name, repos_txt):
        self.name = name
        self.repos = [l for l in open(repos_txt).read().splitlines() if l.strip()]
        self.list = os.path.join(work, name + ".repos.txt")
        open(self.list, "w").write("\n".join(self.repos) + "\n")
        # Exactly the files `clonescan parse` (the front end's discovery and reader) takes from each repository.
        self.files, self.bytes, self.by_repo = [], 0, []
        lines = []
        for repo in self.repos:
            out = subprocess.run([binary, "parse", "--format", "json", repo], capture_output=True, text=True)
            doc = json.loads(out.stdout) if out.stdout.strip() else {"files": []}
            rb = 0
            for f in doc["files"]:
                lang = f["language"]
                lines.append(f"{os.path.join(grammars, lang + '.so')}\t{symbols.get(lang, 'tree_sitter_' + lang)}\t{os.path.join(repo, f['path'])}")
                rb += f["bytes"]
            self.files += doc["files"]
            self.bytes += rb
            self.by_repo.append((repo, len(doc["files"]), rb))
        self.filelist = os.path.join(work, name + ".files.tsv")
        open(self.filelist, "w").write("\n".join(lines) + "\n")
        self.raw, self.index, self.reindex, self.index_cpu, self.raw_cpu = [], [], [], [], []
        # A/B: per build label, (index wall, index CPU, re-index wall, raw parse of the round) per round.
        self.ab = {"before": [], "after": []}

    def db(self, tag):
        path = os.path.join(work, f"{self.name}-{tag}.sqlite")
        for suffix in ("", "-wal", "-shm", ".lock"):
            if os.path.exists(path + suffix): os.remove(path + suffix)
        return path

    def measure_raw(self):
        (wall, out), cpu = cpu_of(lambda: run([os.path.join(cache, "bin", "bench_rawparse"), self.filelist, str(threads), "1"]))
        files, nbytes, seconds = out.split()
        assert int(files) == len(self.files) and int(nbytes) == self.bytes, (files, nbytes, len(self.files), self.bytes)
        self.raw.append(float(seconds)); self.raw_cpu.append(cpu)

    def measure_index(self, build=binary):
        db = self.db("scratch")
        (wall, _), cpu = cpu_of(lambda: run([build, "index", "--db", db, "--from", self.list, "--quiet"]))
        (rewall, _), _ = cpu_of(lambda: run([build, "index", "--db", db, "--from", self.list, "--quiet"]))
        if build == binary:
            self.index.append(wall); self.index_cpu.append(cpu); self.reindex.append(rewall)
        return wall, cpu, rewall

corpora = [Corpus("small", os.path.join(cache, "repos.txt"))]
if with4:
    corpora.append(Corpus("4-sdist", os.path.join(root_cache, "bench", "repos.txt")))
print(f"load average before: {open('/proc/loadavg').read().split()[:3]}; cores {cpus}; {rounds} rounds", file=sys.stderr)
for r in range(rounds):
    for c in corpora:
        c.measure_raw()
        builds = [("after", binary)] + ([("before", before_binary)] if before_binary else [])
        for label, build in (builds if r % 2 else builds[::-1]):
            wall, cpu, rewall = c.measure_index(build)
            if before_binary: c.ab[label].append((wall, cpu, rewall, c.raw[-1]))
            print(f"round {r + 1} {c.name} {label}: raw {c.raw[-1]:.2f}s, index {wall:.2f}s ({cpu:.2f} CPU-s), re-index {rewall:.3f}s",
                  file=sys.stderr)
print(f"load average after: {open('/proc/loadavg').read().split()[:3]}", file=sys.stderr)

med = statistics.median
print("| corpus | repos | files | source MB | raw parse MB/s | index MB/s | index / raw parse (per round) | re-index s | re-index speed-up |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for c in corpora:
    mb = c.bytes / 1e6
    ratios = [100 * raw / idx for raw, idx in zip(c.raw, c.index)]
    print(f"| {c.name} | {len(c.repos)} | {len(c.files):,} | {mb:.1f} | {mb / med(c.raw):.1f} | {mb / med(c.index):.1f} | "
          f"{med(ratios):.0f}% ({', '.join(f'{x:.0f}' for x in ratios)}) | {med(c.reindex):.3f} | {med(c.index) / med(c.reindex):.0f}x |")
print()
for c in corpora:
    print(f"{c.name}: index CPU {med(c.index_cpu):.2f} s for {med(c.index):.2f} s wall ({med(c.index_cpu) / med(c.index):.2f} cores busy); "
          f"raw parse CPU {med(c.raw_cpu):.2f} s (includes reading the files)")

if before_binary:
    print()
    print("| corpus | build | index wall s (per round) | index CPU s (per round) | index / raw parse (per round) | re-index s | re-index speed-up |")
    print("|---|---|---|---|---:|---|---:|")
    for c in corpora:
        for label in ("before", "after"):
            rows = c.ab[label]
            walls, cpus_, rewalls = [w for w, _, _, _ in rows], [u for _, u, _, _ in rows], [x for _, _, x, _ in rows]
            ratios = [100 * raw / w for w, _, _, raw in rows]
            print(f"| {c.name} | {label} | {', '.join(f'{w:.2f}' for w in walls)} | {', '.join(f'{u:.2f}' for u in cpus_)} | "
                  f"**{med(ratios):.0f}%** ({', '.join(f'{x:.0f}' for x in ratios)}) | {', '.join(f'{x:.3f}' for x in rewalls)} | "
                  f"{med(walls) / med(rewalls):.0f}x |")
    print()
    for c in corpora:
        print(f"{c.name}: raw parse per round {', '.join(f'{x:.2f}' for x in c.raw)} s wall, {', '.join(f'{x:.2f}' for x in c.raw_cpu)} CPU-s")

if not profile:
    sys.exit(0)

# 4. Where the time goes. (a) The index's own JSON summary. (b) The same files as ONE repository: the difference
# to the per-repository run is the per-repository overhead. (c) Syscall counts (fsync = commits). (d) perf.
print()
for c in corpora:
    merged = os.path.join(work, c.name + "-merged")
    if not os.path.exists(os.path.join(merged, ".done")):
        shutil.rmtree(merged, ignore_errors=True)
        for repo in c.repos:
            shutil.copytree(repo, os.path.join(merged, os.path.basename(repo)), symlinks=True)
        open(os.path.join(merged, ".done"), "w").close()
    # Interleaved again: raw parse, the files as one repository, the files as the corpus' repositories.
    one, raw, many = [], [], []
    for _ in range(rounds):
        c.measure_raw(); raw.append(c.raw[-1])
        one.append(run([binary, "index", "--db", c.db("merged"), "--quiet", merged])[0])
        many.append(run([binary, "index", "--db", c.db("scratch"), "--from", c.list, "--quiet"])[0])
    summary = json.loads(run([binary, "index", "--db", c.db("scratch"), "--from", c.list, "--format", "json"])[1])
    per_repo = (med(many) - med(one)) / len(c.repos)
    print(f"{c.name}: raw parse {med(raw):.2f} s; {len(c.repos)} repositories {med(many):.2f} s "
          f"({100 * med(raw) / med(many):.0f}% of raw parse); the same files as one repository {med(one):.2f} s "
          f"({c.bytes / 1e6 / med(one):.1f} MB/s, {100 * med(raw) / med(one):.0f}% of raw parse); "
          f"per-repository overhead {1000 * per_repo:.1f} ms x {len(c.repos)} = {med(many) - med(one):.2f} s "
          f"({100 * (med(many) - med(one)) / med(many):.0f}% of the run); "
          f"summary: seconds {summary['seconds']:.2f}, writing {summary['seconds_writing']:.2f}, "
          f"waiting for analysis {summary['seconds_waiting_for_analysis']:.2f}")
    if shutil.which("strace"):
        log = os.path.join(work, c.name + ".strace")
        run(["strace", "-f", "-c", "-o", log, binary, "index", "--db", c.db("strace"), "--from", c.list, "--quiet"])
        # Bytes written to the WAL and to the database file, and commits (fdatasync of the WAL), for both shapes.
        for label, argv in (("as repositories", ["--from", c.list]), ("as one repository", [merged])):
            trace = os.path.join(work, c.name + ".writes.strace")
            run(["strace", "-f", "-y", "-e", "trace=pwrite64,fdatasync", "-o", trace, binary, "index", "--db", c.db("writes"), "--quiet"] + argv)
            wal = db = syncs = 0
            for line in open(trace):
                if "pwrite64(" in line and line.rstrip().split("= ")[-1].isdigit():
                    n = int(line.rstrip().split("= ")[-1])
                    if "-wal>" in line: wal += n
                    elif ".sqlite>" in line: db += n
                elif "fdatasync(" in line and "-wal>" in line: syncs += 1
            os.remove(trace)
            print(f"  writes ({c.name}, {label}): WAL {wal / 1e6:,.0f} MB, database file {db / 1e6:,.0f} MB, WAL commits (fdatasync) {syncs:,}")
        rows = [l.split() for l in open(log).read().splitlines()[2:] if l.strip() and not l.startswith(("-", "%"))]
        calls = {row[-1]: int(row[3]) for row in rows if len(row) >= 5 and row[3].isdigit()}
        keys = ["fsync", "fdatasync", "openat", "read", "pread64", "pwrite64", "write", "newfstatat", "statx", "getdents64", "futex", "flock", "fcntl", "clone3"]
        print(f"  syscalls ({c.name}, one from-scratch run): " + ", ".join(f"{k} {calls[k]:,}" for k in keys if k in calls))
    if shutil.which("perf"):
        data = os.path.join(work, c.name + ".perf.data")
        run(["perf", "record", "-F", "999", "-g", "-o", data, "--", binary, "index", "--db", c.db("perf"), "--from", c.list, "--quiet"])
        report = subprocess.run(["perf", "report", "-i", data, "--no-children", "--sort", "dso", "--stdio", "-g", "none"],
                                capture_output=True, text=True).stdout
        print(f"  perf, share of samples by library ({c.name}):")
        for line in report.splitlines():
            if line.strip() and not line.startswith("#") and "%" in line:
                print("   ", line.strip())
        print(f"  perf data: {data} (perf report -i {data} --no-children --sort sym)")
PY
