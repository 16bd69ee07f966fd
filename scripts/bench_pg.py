#!/usr/bin/env python3
"""Helpers for scripts/bench-pg.sh (PostgreSQL beside SQLite on the benchmark corpus).

  references WORK REPO...   write WORK/references.txt: 20 tornado modules (copied to WORK/refs/tornado20), then every
                            corpus repository but the largest, queried whole
  same WORK REF...          compare each reference's query JSON from both backends (WORK/query-NAME-BACKEND.json):
                            every result's path, verdict, score, containment, reverse containment, relation and
                            matches, in order; exit 1 on any difference
  latency FILE              median and 95th percentile of the "start end" lines of FILE, as "median / p95 s"
  table RESULTS.tsv         print the results as a Markdown table
"""
import json, os, shutil, statistics, sys


def cmd_references(work, repos):
    by_name = {os.path.basename(r.rstrip("/")): r for r in repos}
    tornado = next(r for n, r in by_name.items() if n.startswith("tornado"))
    modules = []
    for dirpath, _, files in os.walk(os.path.join(tornado, "tornado")):
        modules += [os.path.join(dirpath, f) for f in files if f.endswith(".py") and "test" not in dirpath]
    ref20 = os.path.join(work, "refs", "tornado20")
    for path in sorted(modules)[:20]:
        dest = os.path.join(ref20, os.path.relpath(path, tornado))
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copyfile(path, dest)
    largest = max(repos, key=lambda r: sum(len(f) for _, _, f in os.walk(r)))
    with open(os.path.join(work, "references.txt"), "w") as out:
        out.write("\n".join([ref20] + [r for r in repos if r != largest]) + "\n")


def comparable(report):
    """What a query found, without the field that names the backend."""
    report = dict(report)
    report.pop("database", None)
    return report


def cmd_same(work, refs):
    differences = 0
    for ref in refs:
        name = os.path.basename(ref.rstrip("/"))
        a = json.load(open(os.path.join(work, f"query-{name}-sqlite.json")))
        b = json.load(open(os.path.join(work, f"query-{name}-postgresql.json")))
        verdicts = ", ".join(f'{os.path.basename(r["path"])}={r["verdict"]} {r["score"]:.3f}' for r in a["results"][:4])
        if comparable(a) == comparable(b):
            print(f"same: query {name}: {len(a['results'])} results, {a['candidates_verified']} candidates verified ({verdicts})")
        else:
            differences += 1
            for key in sorted(set(a) | set(b)):
                if key != "database" and a.get(key) != b.get(key):
                    print(f"DIFFERENT: query {name}: field {key}")
    sys.exit(1 if differences else 0)


def cmd_latency(path):
    spans = [float(e) - float(s) for s, e in (line.split() for line in open(path) if line.strip())]
    spans.sort()
    p95 = spans[min(len(spans) - 1, int(round(0.95 * (len(spans) - 1))))]
    print(f"{statistics.median(spans):.2f} / {p95:.2f} (n={len(spans)})")


def cmd_table(results):
    print("| what | backend | wall s | clonescan CPU s | note |")
    print("|---|---|---:|---:|---|")
    for line in open(results):
        print("| " + " | ".join(line.rstrip("\n").split("\t")) + " |")


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "references":
        cmd_references(args[0], args[1:])
    elif cmd == "same":
        cmd_same(args[0], args[1:])
    elif cmd == "latency":
        cmd_latency(args[0])
    elif cmd == "table":
        cmd_table(args[0])
    else:
        sys.exit(__doc__)
