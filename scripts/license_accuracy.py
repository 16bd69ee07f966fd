#!/usr/bin/env python3
"""License and attribution accuracy on the labelled compliance set (Corpora/compliance/manifest.json).

    python3 scripts/license_accuracy.py [--bin PATH] [--no-compare] [--json] [--jobs N]

1. Fetches the pinned sdists (Corpora/compliance/fetch.py; sha256-verified, cached).
2. Runs `clonescan license --format json` on every package root (the unpacked sdist's top directory) and on
   every pair side given as a subdirectory, and compares `declared` with the label (exact SPDX expression).
3. Unless --no-compare: runs `clonescan compare REFERENCE SUSPECT --format json` on every pair and compares
   `attribution.verdict` with the label; for pairs labelled not derived, counts those reporting any broken
   obligation (the goal is none).
Prints one line per disagreement and the totals; --json prints everything as JSON. Exit status 0.
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(REPO, "Corpora", "compliance"))
import fetch  # noqa: E402  (Corpora/compliance/fetch.py)


def run_json(cmd, timeout):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    try:
        return json.loads(p.stdout), None
    except json.JSONDecodeError:
        return None, (p.stderr.strip().splitlines() or ["no JSON"])[-1][:200]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=os.environ.get("CLONESCAN_BIN", os.path.join(REPO, ".build", "release", "clonescan")))
    ap.add_argument("--no-compare", action="store_true", help="license expressions only")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=600)
    args = ap.parse_args()
    if not os.path.exists(args.bin):
        raise SystemExit(f"error: {args.bin} not found; build it (make release) or pass --bin")
    manifest = fetch.load_manifest()
    dirs = fetch.fetch_all(manifest)
    pairs = fetch.pair_dirs(manifest, dirs)

    # Declared license: every package root, plus pair sides that are subdirectories.
    roots = {}
    for key, a in manifest["artifacts"].items():
        top = [e for e in sorted(os.listdir(dirs[key])) if not e.startswith(".")]
        roots[f"{key}"] = (os.path.join(dirs[key], top[0]) if len(top) == 1 else dirs[key], a["license"])
    for p in pairs:
        for side in ("reference", "suspect"):
            s = p[side]
            if "/" in s["path"]:
                roots[f"{p['id']}:{side}"] = (p[f"{side}_dir"], s["license"])
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        scans = dict(zip(roots, pool.map(lambda r: run_json([args.bin, "license", r[0], "--format", "json"], args.timeout), roots.values())))
    license_rows = []
    for name, (path, label) in roots.items():
        report, err = scans[name]
        found = report.get("declared") if report else None
        license_rows.append({"name": name, "label": label, "found": found, "ok": found == label, "error": err,
                             "declared_from": report.get("declared_from") if report else None,
                             "license_root": report.get("license_root") if report else None})

    compare_rows = []
    if not args.no_compare:
        def compare(p):
            return run_json([args.bin, "compare", p["reference_dir"], p["suspect_dir"], "--format", "json"], args.timeout)
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            results = list(pool.map(compare, pairs))
        for p, (report, err) in zip(pairs, results):
            attribution = ((report or {}).get("attribution") or {})
            license_part = (report or {}).get("license") or {}
            compare_rows.append({"id": p["id"], "derived": p["derived"], "label": p["attribution"], "found": attribution.get("verdict"),
                                 "ok": attribution.get("verdict") == p["attribution"], "verdict": (report or {}).get("verdict"),
                                 "obligations": license_part.get("obligations_broken") or [], "evidence": attribution.get("evidence"),
                                 "error": err})

    ok = sum(r["ok"] for r in license_rows)
    summary = {"declared_exact": f"{ok}/{len(license_rows)}"}
    if compare_rows:
        summary["attribution_agree"] = f"{sum(r['ok'] for r in compare_rows)}/{len(compare_rows)}"
        independent = [r for r in compare_rows if not r["derived"]]
        summary["independent_with_obligations"] = f"{sum(bool(r['obligations']) for r in independent)}/{len(independent)}"
    if args.json:
        print(json.dumps({"summary": summary, "licenses": license_rows, "attribution": compare_rows}, indent=2))
        return
    for r in license_rows:
        if not r["ok"]:
            print(f"license  {r['name']}: label {r['label']}  found {r['found']}  {r['error'] or ''}  from {r['declared_from']}")
    for r in compare_rows:
        if not r["ok"]:
            ev = "; ".join(str(e)[:120] for e in (r["evidence"] or [])[:2])
            print(f"attrib   {r['id']}: label {r['label']}  found {r['found']}  {r['error'] or ''}  {ev}")
    for r in compare_rows:
        if not r["derived"] and r["obligations"]:
            print(f"obligation on independent pair {r['id']} ({r['verdict']}): {str(r['obligations'][0])[:120]}")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
