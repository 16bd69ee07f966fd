#!/usr/bin/env python3
"""Measures `clonescan sketch` and the Spark candidates job for docs/scale.md ("Sketches and Spark").

Corpus: the 4-sdist benchmark corpus (scripts/bench-corpus.sh), the 304 small sdists (Corpora/bench-small-manifest.json,
fetched by scripts/bench-small.sh) and both sides of every pair of Corpora/manifest.json that is ready
(Corpora/fetch.py): real clones, ports and negatives beside unrelated projects.

  1. sketch rate: `clonescan sketch --from ALL` pinned to one core (taskset -c 0): wall time, CPU time, MB/s;
  2. the SQLite side: `clonescan index --from ALL`, the Spark job on the same sketches, then
     scripts/spark/check_recall.py (every pair that `clonescan query` verifies as clone or partial-clone must be a
     Spark candidate pair);
  3. the Spark job (scripts/spark/run.sh, SPARK_MASTER default local[2]) on 1x, 4x and 16x the Corpora pairs' sketches,
     replicated with renamed repositories (`PATH~copyK`: the same records under another repository name, as
     sketching renamed copies of the trees gives). Wall time and the CPU time of the whole process tree (the JVM's
     sampled from /proc).

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


def tree_cpu_seconds(root, seen):
    """Adds the CPU seconds (user + system) of `root` and its descendants to `seen` (pid -> seconds, the largest seen).

    The Spark JVM is a grandchild that its launcher never waits for, so os.times() does not count it: it is sampled
    from /proc while it runs (the last sample, at most a poll interval before its end, is what is counted)."""
    tick = os.sysconf("SC_CLK_TCK")
    children = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            fields = open("/proc/%s/stat" % pid).read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append((int(pid), (int(fields[11]) + int(fields[12])) / tick))
    todo = [root]
    while todo:
        for pid, cpu in children.get(todo.pop(), []):
            seen[pid] = max(seen.get(pid, 0), cpu)
            todo.append(pid)


def spark(sketches, out, extra):
    """(wall seconds, CPU seconds of the whole process tree, candidate pairs) of one Spark job."""
    start = time.perf_counter()
    proc = subprocess.Popen(["bash", os.path.join(ROOT, "scripts", "spark", "run.sh"), "--sketches", sketches, "--out", out] + extra,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = {}
    while proc.poll() is None:
        tree_cpu_seconds(proc.pid, seen)
        time.sleep(0.5)
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit("bench_scale: the Spark job failed: %s" % stderr[-800:])
    return wall, sum(seen.values()), int(stdout.split("candidates: ")[1].split()[0])


def sketch(binary, listing, out):
    """Sketches the repositories of `listing` into `out` on one core; the run's figures."""
    shutil.rmtree(out, ignore_errors=True)
    wall, cpu, stdout = timed(["taskset", "-c", "0", binary, "sketch", "--out", out, "--from", listing, "--run-id", "base",
                               "--shard-units", "5000", "--format", "json"])
    summary = json.loads(stdout)
    mb = summary["source_bytes"] / 1e6
    return {"repositories": len(summary["repositories"]), "files": summary["files"], "units": summary["units"],
            "source_mb": round(mb, 1), "sketch_mb": round(summary["sketch_bytes"] / 1e6, 1), "wall_s": round(wall, 1),
            "cpu_s": round(cpu, 1), "mb_per_s_one_core": round(mb / wall, 2), "mb_per_cpu_s": round(mb / cpu, 2)}


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
    pairs_listing = os.path.join(WORK, "pairs.txt")
    open(pairs_listing, "w").write("\n".join(r for r in repos if "/corpora/pairs/" in r) + "\n")
    extra = args.spark_args.split()
    results = {"load_before": open("/proc/loadavg").read().split()[:3]}

    # 1. Sketch rate, whole corpus, one core.
    full = os.path.join(WORK, "sketches-full")
    results["sketch"] = sketch(args.bin, listing, full)
    print(json.dumps({"sketch": results["sketch"]}), flush=True)

    # 2. The SQLite side and the recall of the Spark job on the whole corpus.
    if not args.skip_recall:
        db = os.path.join(WORK, "index.sqlite")
        for suffix in ("", "-wal", "-shm", ".lock"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        wall, cpu, _ = timed(["taskset", "-c", "0", args.bin, "index", "--db", db, "--from", listing, "--quiet"])
        results["index"] = {"wall_s": round(wall, 1), "cpu_s": round(cpu, 1)}
        out = os.path.join(WORK, "candidates-full")
        wall, cpu, pairs = spark(full, out, extra)
        results["spark_full"] = {"units": results["sketch"]["units"], "spark_wall_s": round(wall, 1), "spark_cpu_s": round(cpu, 1),
                                 "candidate_pairs": pairs}
        print(json.dumps({"index": results["index"], "spark_full": results["spark_full"]}), flush=True)
        r = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "spark", "check_recall.py"), "--bin", args.bin,
                            "--db", db, "--candidates", out, "--json"], capture_output=True, text=True)
        results["recall"] = json.loads(r.stdout)
        print(json.dumps({"recall": results["recall"]}), flush=True)

    # 3. Spark time on 1x, 4x, 16x the Corpora pairs (both sides of every pair), replicated with renamed repositories.
    base = os.path.join(WORK, "sketches-pairs")
    results["pairs_sketch"] = sketch(args.bin, pairs_listing, base)
    for scale in [int(x) for x in args.scales.split(",")]:
        sketches = os.path.join(WORK, "sketches-pairs-%dx" % scale)
        replicate(base, sketches, scale)
        wall, cpu, pairs = spark(sketches, os.path.join(WORK, "candidates-pairs-%dx" % scale), extra)
        row = {"scale": scale, "repositories": results["pairs_sketch"]["repositories"] * scale,
               "units": results["pairs_sketch"]["units"] * scale, "spark_wall_s": round(wall, 1), "spark_cpu_s": round(cpu, 1),
               "candidate_pairs": pairs}
        results.setdefault("spark_scale", []).append(row)
        print(json.dumps({"spark": row}), flush=True)
    results["load_after"] = open("/proc/loadavg").read().split()[:3]
    json.dump(results, open(os.path.join(WORK, "results.json"), "w"), indent=1)

if __name__ == "__main__":
    main()
