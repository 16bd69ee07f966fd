#!/usr/bin/env python3
"""Helpers for scripts/bench-query.sh (issue 7, Benchmarks/Query): builds the inputs, runs copydetect on exactly
the files clonescan reads, and prints the side-by-side table. Nothing from the scanned packages is run.

  inputs BIN WORK REPO...      build WORK/compare/{ref,sus} (500 x 500 files) and WORK/query/ref20, write WORK/inputs.json
  copydetect compare|query WORK   (inside copydetect's venv) run copydetect, print one JSON line of what it found
  check-compare WORK REPORT.json  / check-query WORK REPORT.json: one JSON line of what clonescan found
  table WORK RESULTS.tsv          print the table
"""
import json, os, re, shutil, statistics, subprocess, sys

COMPARE_REF_FILES, COMPARE_OTHER_FILES, PLANTED = 500, 480, 20
QUERY_REF_FILES = 20


def parsed_files(binary, repo):
    """The files clonescan reads in `repo` (its own front end decides: same language set, same skips)."""
    out = subprocess.run([binary, "parse", "--format", "json", repo], check=True, capture_output=True, text=True).stdout
    return sorted(json.loads(out)["files"], key=lambda f: f["path"])


def copy(src, dst):
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    shutil.copyfile(src, dst)


def cmd_inputs(binary, work, repos):
    by_name = {os.path.basename(r.rstrip("/")): r for r in repos}
    big = max(by_name, key=lambda n: sum(1 for _ in parsed_files(binary, by_name[n]) if _["language"] == "python"))
    shutil.rmtree(work, ignore_errors=True)
    cref, csus, qref = (os.path.join(work, *p) for p in (("compare", "ref"), ("compare", "sus"), ("query", "ref20")))

    # (a) REFERENCE: the first 500 Python files of the largest repository (SQLAlchemy), by path.
    big_files = [f for f in parsed_files(binary, by_name[big]) if f["language"] == "python"]
    ref_files = big_files[:COMPARE_REF_FILES]
    if len(ref_files) < COMPARE_REF_FILES:
        sys.exit(f"bench-query: {big} has only {len(ref_files)} Python files")
    for f in ref_files:
        copy(os.path.join(by_name[big], f["path"]), os.path.join(cref, f["path"]))
    # SUSPECT: 480 files of the other repositories (every language clonescan reads, unrelated code) ...
    others = []
    for name in sorted(n for n in by_name if n != big):
        others += [(name, f) for f in parsed_files(binary, by_name[name])]
    # ... topped up with the reference repository's other Python files (same project, not the same files).
    others += [(big, f) for f in big_files[COMPARE_REF_FILES:]]
    for name, f in others[:COMPARE_OTHER_FILES]:
        copy(os.path.join(by_name[name], f["path"]), os.path.join(csus, name, f["path"]))
    # ... plus 20 reference files copied under new names, `self` renamed: what a careless fork does.
    sizable = [f for f in ref_files if 60 <= f["lines"] <= 1500]
    step = len(sizable) / PLANTED
    planted = []
    for i in range(PLANTED):
        f = sizable[int(i * step)]
        new = f"copied/module_{i:02d}.py"
        text = open(os.path.join(by_name[big], f["path"]), encoding="utf-8", errors="surrogateescape").read()
        os.makedirs(os.path.join(csus, "copied"), exist_ok=True)
        with open(os.path.join(csus, new), "w", encoding="utf-8", errors="surrogateescape") as out:
            out.write(re.sub(r"\bself\b", "this", text))
        planted.append({"reference": f["path"], "suspect": new, "lines": f["lines"]})

    # (b) a 20-file reference taken from one indexed repository (tornado's library modules), unchanged.
    src = by_name.get("tornado-6.4") or sorted(by_name.values())[0]
    cands = [f for f in parsed_files(binary, src)
             if f["language"] == "python" and "/test/" not in "/" + f["path"] and f["lines"] >= 40]
    picked = cands[:QUERY_REF_FILES]
    for f in picked:
        copy(os.path.join(src, f["path"]), os.path.join(qref, os.path.basename(src), f["path"]))

    corpus = [os.path.join(by_name[n], f["path"]) for n in sorted(by_name) for f in parsed_files(binary, by_name[n])]
    inputs = {
        "compare": {"ref": cref, "sus": csus,
                    "ref_files": [os.path.join(cref, f["path"]) for f in ref_files],
                    "sus_files": [os.path.join(csus, n, f["path"]) for n, f in others[:COMPARE_OTHER_FILES]]
                                 + [os.path.join(csus, p["suspect"]) for p in planted],
                    "planted": planted},
        "query": {"ref": qref, "ref_files": [os.path.join(qref, os.path.basename(src), f["path"]) for f in picked],
                  "expected": os.path.basename(src), "repos": [by_name[n] for n in sorted(by_name)],
                  "corpus_files": corpus},
    }
    with open(os.path.join(work, "inputs.json"), "w") as out:
        json.dump(inputs, out, indent=1)
    c = inputs["compare"]
    print(f"inputs: compare {len(c['ref_files'])} reference files ({big}) x {len(c['sus_files'])} suspect files "
          f"({COMPARE_OTHER_FILES} others + {PLANTED} copied and renamed); query {len(picked)} files of "
          f"{os.path.basename(src)} against {len(corpus)} indexed files in {len(by_name)} repositories", file=sys.stderr)


def cmd_copydetect(mode, work):
    import logging
    logging.disable(logging.WARNING)
    import numpy as np
    from copydetect import CopyDetector
    inputs = json.load(open(os.path.join(work, "inputs.json")))
    empty = os.path.join(work, "empty")
    os.makedirs(empty, exist_ok=True)
    if mode == "compare":
        test, ref = inputs["compare"]["sus_files"], inputs["compare"]["ref_files"]
    else:
        test, ref = inputs["query"]["corpus_files"], inputs["query"]["ref_files"]
    # Default thresholds (noise 25, guarantee 30, display 0.33); the files are exactly those clonescan reads.
    det = CopyDetector(test_dirs=[empty], ref_dirs=[empty], extensions=["*"], silent=True, autoopen=False,
                       out_file=os.path.join(work, f"copydetect-{mode}.html"))
    det.test_files, det.ref_files = list(test), list(ref)
    det.run()
    sim = det.similarity_matrix[:, :, 0]          # share of the test file found in the reference file
    t = det.conf.display_t
    flagged = {(det.test_files[i], det.ref_files[j]) for i, j in zip(*np.where(sim > t))}
    if mode == "compare":
        c = inputs["compare"]
        found = sum(1 for p in c["planted"]
                    if (os.path.join(c["sus"], p["suspect"]), os.path.join(c["ref"], p["reference"])) in flagged)
        other = sum(1 for tf, _ in flagged if "/copied/" not in tf)
        print(json.dumps({"result": f"{found}/{len(c['planted'])} copied files flagged, {other} other file pairs over the 0.33 display threshold"}))
    else:
        q = inputs["query"]
        per_repo = {}
        for tf, _ in flagged:
            repo = next((os.path.basename(r) for r in q["repos"] if tf.startswith(r + "/")), "?")
            per_repo.setdefault(repo, set()).add(_)
        ranked = sorted(per_repo.items(), key=lambda kv: -len(kv[1]))
        top = ", ".join(f"{r} ({len(s)}/{len(q['ref_files'])} files)" for r, s in ranked[:2]) or "nothing flagged"
        print(json.dumps({"result": f"top: {top}"}))


def cmd_check_compare(work, report):
    c = json.load(open(os.path.join(work, "inputs.json")))["compare"]
    r = json.load(open(report))
    matched = {f["path"]: f for f in r.get("files", []) if f.get("matched_lines", 0) > 0}
    found = sum(1 for p in c["planted"] if p["suspect"] in matched.get(p["reference"], {}).get("suspect_files", []))
    planted = {p["reference"] for p in c["planted"]}
    others = [f for path, f in matched.items() if path not in planted]
    print(json.dumps({"result": f"{r['verdict']} (containment {r['containment']:.3f}); {found}/{len(c['planted'])} copied "
                                f"files matched; {len(others)} other reference files with matched units "
                                f"({sum(f['matched_lines'] for f in others)} of {r['reference']['leaf_lines']} lines)"}))


def cmd_check_query(work, report):
    q = json.load(open(os.path.join(work, "inputs.json")))["query"]
    r = json.load(open(report))
    res = r.get("results", [])
    top = ", ".join(f"{os.path.basename(x['path'].rstrip('/')) or x['repository']} {x['verdict']} "
                    f"{x['containment']:.2f}" for x in res[:2]) or "nothing found"
    print(json.dumps({"result": f"top: {top}"}))


def cmd_table(work, results):
    rows = [line.rstrip("\n").split("\t") for line in open(results) if line.strip()]
    heads = ("benchmark", "tool", "wall s", "cpu s", "peak RSS MB", "result")
    table = [heads] + [tuple(r) for r in rows]
    widths = [max(len(r[i]) for r in table) for i in range(5)]
    for n, r in enumerate(table):
        print("  ".join(r[i].ljust(widths[i]) if i in (0, 1) else r[i].rjust(widths[i]) for i in range(5)) + "  " + r[5])
        if n == 0:
            print("  ".join("-" * w for w in widths) + "  " + "-" * 6)


def main(argv):
    cmd = argv[1] if len(argv) > 1 else ""
    if cmd == "inputs" and len(argv) >= 5: cmd_inputs(argv[2], argv[3], argv[4:])
    elif cmd == "copydetect" and len(argv) == 4: cmd_copydetect(argv[2], argv[3])
    elif cmd == "check-compare" and len(argv) == 4: cmd_check_compare(argv[2], argv[3])
    elif cmd == "check-query" and len(argv) == 4: cmd_check_query(argv[2], argv[3])
    elif cmd == "table" and len(argv) == 4: cmd_table(argv[2], argv[3])
    else: sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
