#!/usr/bin/env python3
"""Measures `clonescan sketch` and the Spark candidates job for docs/scale.md ("Sketches and Spark").

Corpus: the 4-sdist benchmark corpus (scripts/bench-corpus.sh), the 304 small sdists (Corpora/bench-small-manifest.json,
fetched by scripts/bench-small.sh) and both sides of every pair of Corpora/manifest.json that is ready
(Corpora/fetch.py): real clones, ports and negatives beside unrelated projects.

  1. sketch rate: `clonescan sketch --from ALL` pinned to one core (taskset -c 0): wall time, CPU time, MB/s;
  2. the SQLite side: `clonescan index --from ALL`, then scripts/spark/check_recall.py (every pair that
     `clonescan query` verifies as clone or partial-clone must be a Spark candidate pair);
  3. the Spark job (scripts/spark/run.sh, SPARK_MASTER default local[2]) on 1x the sketches and on copies of them
     replicated N times with renamed repositories (`PATH~copyK`; the same records under another repository name, as
     sketching renamed copies of the trees would give).

Prints a markdown table and one JSON line per measurement; work files in $CLONESCAN_CACHE/spark-bench.

usage: bench_scale.py [--bin CLONESCAN] [--scales 1,4,16] [--skip-recall]
"""
import argparse
import glob
import gzip
import json
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CACHE = os.environ.get("CLONESCAN_CACHE", os.path.expanduser("~/.cache/clonescan"))
WORK = os.path.join(CACHE, "spark-bench")


def timed(argv, env=None):
    """(wall seconds, CPU seconds of the child, stdout) of argv; exits on failure (exit 4 of sketch/index allowed)."""
    before = os.times()
    start = time.perf_counter()
    r = subprocess.run(argv, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    after = os.times()
    if r.returncode not in (0, 4):
        sys.exit("bench_scale: %s exited %d: %s" % (" ".join(argv), r.returncode, r.stderr[-800:]))
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu, r.stdout


def corpus():
    repos = []
    subprocess.run(["bash", os.path.join(ROOT, "scripts", "bench-corpus.sh")], check=True, capture_output=True)
    repos += [l for l in open(os.path.join(CACHE, "bench", "repos.txt")).read().splitlines() if l.strip()]
    small = os.path.join(CACHE, "bench-small", "repos.txt")
    if not os.path.exists(small):
        sys.exit("bench_scale: %s missing: run scripts/bench-small.sh once (it fetches the 304 sdists)" % small)
    repos += [l for l in open(small).read().splitlines() if l.strip()]
    pairs = subprocess.run([sys.executable, os.path.join(ROOT, "Corpora", "fetch.py"), "--json"], capture_output=True, text=True)
    for p in json.loads(pairs.stdout or "[]"):
        for side in ("reference", "suspect"):
            d = p.get(side)
            if p.get("status") == "ok" and isinstance(d, str) and os.path.isdir(d):
                repos.append(d)
    seen, out = set(), []
    for r in repos:
        if r not in seen:
            seen.add(r)
            out.append(r)
    return out


def replicate(source, target, copies):
    """`target` holds `source`'s records `copies` times, copy K's repositories renamed `PATH~copyK` (K >= 1)."""
    shutil.rmtree(target, ignore_errors=True)
    os.makedirs(target)
    shutil.copy(os.path.join(source, "metadata.json"), target)
    shards = []
    for shard in sorted(glob.glob(os.path.join(source, "units-*.jsonl.gz"))):
        lines = gzip.open(shard, "rt", encoding="utf-8").read().splitlines()
        for k in range(copies):
            name = "units-rep%d-%s" % (k, os.path.basename(shard)[len("units-"):])
            with gzip.open(os.path.join(target, name), "wt", encoding="utf-8", compresslevel=1) as f:
                for line in lines:
                    if k:
                        record = json.loads(line)
                        record["repository"] += "~copy%d" % k
                        line = json.dumps(record, sort_keys=True, separators=(",", ":"))
                    f.write(line + "\n")
            shards.append(name)
    with open(os.path.join(target, "run-replicated.json"), "w") as f:
        json.dump({"run_id": "replicated", "shards": shards}, f)


def spark(sketches, out, extra):
    wall, _, stdout = timed(["bash", os.path.join(ROOT, "scripts", "spark", "run.sh"), "--sketches", sketches, "--out", out] + extra)
    pairs = int(stdout.split("candidates: ")[1].split()[0])
    return wall, pairs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "clonescan"))
    ap.add_argument("--scales", default="1,4,16")
    ap.add_argument("--skip-recall", action="store_true")
    ap.add_argument("--spark-args", default="", help="extra arguments for candidates.py, e.g. '--max-bucket 64'")
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    repos = corpus()
    listing = os.path.join(WORK, "repos.txt")
    open(listing, "w").write("\n".join(repos) + "\n")
    results = {"repositories": len(repos)}

    s1 = os.path.join(WORK, "sketches-1x")
    shutil.rmtree(s1, ignore_errors=True)
    wall, cpu, out = timed(["taskset", "-c", "0", args.bin, "sketch", "--out", s1, "--from", listing, "--run-id", "base", "--format", "json"])
    summary = json.loads(out)
    mb = summary["source_bytes"] / 1e6
    results["sketch"] = {"files": summary["files"], "units": summary["units"], "source_mb": round(mb, 1),
                         "sketch_mb": round(summary["sketch_bytes"] / 1e6, 1), "wall_s": round(wall, 1), "cpu_s": round(cpu, 1),
                         "mb_per_s_one_core": round(mb / wall, 2), "mb_per_cpu_s": round(mb / cpu, 2)}
    print(json.dumps({"sketch": results["sketch"]}), flush=True)

    extra = args.spark_args.split()
    if not args.skip_recall:
        db = os.path.join(WORK, "index.sqlite")
        for suffix in ("", "-wal", "-shm", ".lock"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        iwall, icpu, _ = timed(["taskset", "-c", "0", args.bin, "index", "--db", db, "--from", listing, "--quiet"])
        results["index"] = {"wall_s": round(iwall, 1), "cpu_s": round(icpu, 1), "mb_per_s_one_core": round(mb / iwall, 2)}
        print(json.dumps({"index": results["index"]}), flush=True)

    for scale in [int(s) for s in args.scales.split(",")]:
        sketches = s1 if scale == 1 else os.path.join(WORK, "sketches-%dx" % scale)
        if scale != 1:
            replicate(s1, sketches, scale)
        out = os.path.join(WORK, "candidates-%dx" % scale)
        wall, pairs = spark(sketches, out, extra)
        row = {"scale": scale, "repositories": len(repos) * scale, "units": summary["units"] * scale,
               "spark_wall_s": round(wall, 1), "candidate_pairs": pairs}
        results.setdefault("spark", []).append(row)
        print(json.dumps({"spark": row}), flush=True)
        if scale == 1 and not args.skip_recall:
            r = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "spark", "check_recall.py"), "--bin", args.bin,
                                "--db", os.path.join(WORK, "index.sqlite"), "--candidates", out, "--json"],
                               capture_output=True, text=True)
            results["recall"] = json.loads(r.stdout)
            print(json.dumps({"recall": results["recall"]}), flush=True)
    json.dump(results, open(os.path.join(WORK, "results.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
