#!/usr/bin/env python3
"""Checks that Spark's candidate pairs contain every repository pair the SQLite index verifies as a clone.

For each repository of the index (`clonescan index --list`), runs `clonescan query --db DB REPOSITORY`: the index's
own LSH candidates, verified exactly. Every pair it finds at `partial-clone` or `clone` must be among the pairs in
the part files of the Spark job's OUT (`make spark-candidates`). Prints the counts (and every missed pair) and
exits 1 when one is missing.

usage: check_recall.py --bin CLONESCAN --db INDEX --candidates OUT [--jobs N] [--json]
"""
import argparse
import concurrent.futures
import glob
import json
import os
import subprocess
import sys

DERIVED = {"clone", "partial-clone"}


def clonescan(binary, args):
    r = subprocess.run([binary] + args, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit("check_recall: %s %s failed (exit %d): %s" % (binary, " ".join(args), r.returncode, r.stderr.strip()))
    return json.loads(r.stdout)


def verified_pairs(binary, db, jobs):
    """{(A, B): verdict} for every pair `query` verifies at partial-clone or above, A < B."""
    listing = clonescan(binary, ["index", "--db", db, "--list", "--format", "json"])
    repositories = [r["path"] for r in listing["repositories"]]

    def query(path):
        report = clonescan(binary, ["query", "--db", db, path, "--format", "json", "--max-matches", "0"])
        # `query` names a repository by its real path; `sketch` and `--list` by the path as given.
        return [(os.path.realpath(path), os.path.realpath(r["path"]), r["verdict"])
                for r in report["results"] if r["verdict"] in DERIVED]

    pairs = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for found in pool.map(query, repositories):
            for a, b, verdict in found:
                if a != b:
                    pairs[tuple(sorted((a, b)))] = verdict
    return repositories, pairs


def candidate_pairs(out):
    pairs = {}
    for part in sorted(glob.glob(os.path.join(glob.escape(out), "part-*.json"))):
        with open(part, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    record = json.loads(line)
                    pairs[tuple(sorted(os.path.realpath(p) for p in record["repositories"]))] = record
    return pairs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--candidates", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", action="store_true", help="print the result as one JSON object")
    args = ap.parse_args()
    repositories, verified = verified_pairs(args.bin, args.db, args.jobs)
    candidates = candidate_pairs(args.candidates)
    missing = sorted(p for p in verified if p not in candidates)
    result = {"repositories": len(repositories), "verified_pairs": len(verified),
              "verified_clone": sum(1 for v in verified.values() if v == "clone"),
              "verified_partial_clone": sum(1 for v in verified.values() if v == "partial-clone"),
              "candidate_pairs": len(candidates), "missing": [list(p) for p in missing],
              # Each verified pair with the Spark job's estimate for it: what --min-shared / --min-containment may cut.
              "verified": [{"repositories": list(p), "verdict": v, "shared_units": candidates.get(p, {}).get("shared_units"),
                            "containment": candidates.get(p, {}).get("containment")} for p, v in sorted(verified.items())]}
    if args.json:
        print(json.dumps(result, sort_keys=True))
    else:
        print("recall: %d of %d pairs the index verifies as clone (%d) or partial-clone (%d) are among %d Spark candidate pairs"
              % (len(verified) - len(missing), len(verified), result["verified_clone"], result["verified_partial_clone"],
                 len(candidates)))
        for a, b in missing:
            print("missing: %s  %s  (%s)" % (a, b, verified[(a, b)]))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
