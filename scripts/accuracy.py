#!/usr/bin/env python3
"""Accuracy of `clonescan compare` on the labelled pairs of Corpora/ (called by scripts/accuracy.sh).

For every pair that `Corpora/fetch.py --json` materialises, runs
    $CLONESCAN_BIN compare REFERENCE SUSPECT --format json [COMPARE-ARGS]
and reads its top-level `verdict`, `score`, `containment`, `reverse_containment`, `relation`, `license`,
`attribution`. A clone is found when the verdict is clone or partial-clone; a negative is flagged when it gets
either. Prints per relation (same-language, port by language pair, rewrite, negative) found / total and negatives
flagged, tuned and held-out separately, every pair's score, the margin between the lowest clone score and the
highest negative score, and, where the JSON carries them, license and attribution agreement with the labels.
A failing compare or a missing field is reported for that pair; the run goes on. Standard library only.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FETCH = os.path.join(ROOT, "Corpora", "fetch.py")
FOUND = ("clone", "partial-clone")
VERDICTS = ("clone", "partial-clone", "related", "not-clone")
SPLITS = ("tuned", "heldout")


def fail(msg, code=2):
    print(f"accuracy: {msg}", file=sys.stderr)
    sys.exit(code)


def number(v):
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def group_of(p):
    """Row of the table a pair belongs to."""
    cat = p.get("category") or ("negative" if p.get("label") != "clone" else "same-language")
    langs = (p.get("languages") or "?").replace("->", " -> ")
    if cat == "port":
        return f"port {langs}"
    if cat == "rewrite":
        return "rewrite"
    if cat == "negative":
        return "negative (cross-language)" if p.get("cross_language") else "negative (same-language)"
    return cat


GROUP_ORDER = ("same-language", "port", "rewrite", "negative (same-language)", "negative (cross-language)")


def group_key(g):
    for i, prefix in enumerate(GROUP_ORDER):
        if g == prefix or g.startswith(prefix + " "):
            return (i, g)
    return (len(GROUP_ORDER), g)


# ---- licence / attribution agreement ---------------------------------------------------------------------------

SPDX_ALIASES = {"expat": "mit", "psf": "psf-2.0", "python-2.0": "psf-2.0", "gpl-2.0": "gpl-2.0-only",
                "gpl-3.0": "gpl-3.0-only", "lgpl-2.1": "lgpl-2.1-only", "apache 2.0": "apache-2.0"}


def spdx_ids(expr):
    """Set of lower-case SPDX ids named by a declared licence, whatever shape the JSON gives it."""
    if expr is None:
        return None
    if isinstance(expr, dict):
        for key in ("spdx", "expression", "id", "license", "declared", "name"):
            if key in expr:
                return spdx_ids(expr[key])
        return None
    if isinstance(expr, (list, tuple)):
        out = set()
        for e in expr:
            ids = spdx_ids(e)
            if ids:
                out |= ids
        return out
    if not isinstance(expr, str):
        return None
    words = re.split(r"\s+(?:AND|OR|WITH)\s+|[()]|\s*[,;/]\s*", expr, flags=re.I)
    ids = {SPDX_ALIASES.get(w.strip().lower(), w.strip().lower()) for w in words if w.strip()}
    return ids


def license_agreement(result, label):
    """'agree' | 'partial' | 'differ' | 'none' (tool found nothing) | None (JSON has no license field)."""
    lic = result.get("license")
    if not isinstance(lic, dict):
        return None
    out = {}
    for side in ("reference", "suspect"):
        want = spdx_ids(label.get(side))
        s = lic.get(side)
        got = spdx_ids(s.get("declared") if isinstance(s, dict) else s)
        if want is None or s is None:
            out[side] = None
        elif want == {"none"}:  # the label says the side declares no licence
            out[side] = "agree" if not got or got == {"none"} else "differ"
        elif not got:
            out[side] = "none"
        elif got == want:
            out[side] = "agree"
        elif got & want:
            out[side] = "partial"
        else:
            out[side] = "differ"
    return out


def attribution_of(result):
    a = result.get("attribution")
    if isinstance(a, dict):
        a = a.get("verdict")
    return a if isinstance(a, str) else None


# ---- running compare ---------------------------------------------------------------------------------------------

def run_compare(binary, pair, extra, timeout):
    cmd = [binary, "compare", pair["reference"], pair["suspect"], "--format", "json"] + extra
    t0 = time.monotonic()
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:g} s"}, time.monotonic() - t0
    except OSError as exc:
        return {"error": f"cannot run {binary}: {exc}"}, time.monotonic() - t0
    secs = time.monotonic() - t0
    stderr = r.stderr.decode("utf-8", "replace").strip().splitlines()
    last = stderr[-1][:200] if stderr else ""
    if r.returncode not in (0, 1):
        return {"error": f"exit {r.returncode}" + (f": {last}" if last else "")}, secs
    try:
        doc = json.loads(r.stdout.decode("utf-8", "replace"))
    except ValueError as exc:
        return {"error": f"exit {r.returncode} but stdout is not JSON ({exc})" + (f"; stderr: {last}" if last else "")}, secs
    if not isinstance(doc, dict):
        return {"error": "JSON output is not an object"}, secs
    return doc, secs


def evaluate(pair, doc, secs):
    row = {
        "id": pair["id"], "label": pair["label"], "category": pair.get("category"), "group": group_of(pair),
        "languages": pair.get("languages"), "split": pair.get("split", "tuned"), "tier": pair.get("tier"),
        "seconds": round(secs, 3), "problems": [],
    }
    if "error" in doc and "verdict" not in doc:
        row["error"] = doc["error"]
        return row
    verdict = doc.get("verdict")
    if verdict not in VERDICTS:
        row["problems"].append("no verdict" if verdict is None else f"unknown verdict {verdict!r}")
        verdict = None
    row["verdict"] = verdict
    for key in ("score", "containment", "reverse_containment"):
        row[key] = number(doc.get(key))
        if row[key] is None:
            row["problems"].append(f"no numeric {key}")
    row["relation"] = doc.get("relation") if isinstance(doc.get("relation"), str) else None
    if verdict is not None:
        hit = verdict in FOUND
        row["found" if pair["label"] == "clone" else "flagged"] = hit
    if row["relation"] and pair["label"] == "clone":
        port = row["relation"].lower().startswith("port")
        row["relation_agrees"] = port == bool(pair.get("cross_language"))
    lic = license_agreement(doc, pair.get("licenses") or {})
    if lic is not None:
        row["license"] = lic
    att = attribution_of(doc)
    if att is not None:
        row["attribution"] = att
        want = pair.get("attribution")
        if want in ("yes", "weak", "no"):
            row["attribution_expected"] = want
            row["attribution_agrees"] = att == want
    return row


# ---- summary -----------------------------------------------------------------------------------------------------

def summarise(rows):
    groups = {}
    for r in rows:
        g = groups.setdefault(r["group"], {s: {"total": 0, "hit": 0, "errors": 0} for s in SPLITS + ("all",)})
        for s in (r["split"], "all"):
            if s not in g:
                continue
            g[s]["total"] += 1
            if "error" in r or r.get("verdict") is None:
                g[s]["errors"] += 1
            elif r.get("found") or r.get("flagged"):
                g[s]["hit"] += 1

    def margin(rs, clone_filter=lambda r: True):
        clones = [r for r in rs if r["label"] == "clone" and clone_filter(r) and r.get("score") is not None]
        negs = [r for r in rs if r["label"] != "clone" and r.get("score") is not None]
        if not clones or not negs:
            return None
        lo = min(clones, key=lambda r: r["score"])
        hi = max(negs, key=lambda r: r["score"])
        return {"margin": round(lo["score"] - hi["score"], 4), "lowest_clone": lo["id"],
                "lowest_clone_score": lo["score"], "highest_negative": hi["id"], "highest_negative_score": hi["score"]}

    margins = {}
    for s in SPLITS + ("all",):
        rs = [r for r in rows if s == "all" or r["split"] == s]
        margins[s] = {
            "all clones": margin(rs),
            "same-language clones": margin(rs, lambda r: r["category"] == "same-language"),
            "ports and rewrites": margin(rs, lambda r: r["category"] in ("port", "rewrite")),
        }

    def agreement(key_filter):
        n = agree = 0
        for r in rows:
            v = key_filter(r)
            if v is None:
                continue
            n += 1
            agree += bool(v)
        return {"agree": agree, "total": n} if n else None

    lic = {side: agreement(lambda r, s=side: None if "license" not in r or r["license"].get(s) is None
                           else r["license"][s] == "agree") for side in ("reference", "suspect")}
    att = agreement(lambda r: r.get("attribution_agrees"))
    rel = agreement(lambda r: r.get("relation_agrees"))
    return {"groups": groups, "margins": margins, "license_agreement": lic, "attribution_agreement": att,
            "relation_agreement": rel}


def fmt(v, nd=2):
    return "-" if v is None else f"{v:.{nd}f}"


def print_report(rows, summary, skipped, binary, elapsed):
    out = []
    w = out.append
    n_t = sum(r["split"] == "tuned" for r in rows)
    n_h = sum(r["split"] == "heldout" for r in rows)
    w(f"clonescan accuracy: {len(rows)} pairs compared ({n_t} tuned, {n_h} held out) with {binary}, {elapsed:.1f} s")
    gone = [s for s in skipped if s["status"] == "vanished"]
    if gone:
        w(f"vanished from the Debian archive, skipped ({len(gone)}): "
          + "; ".join(f"{s['id']} [{s['split']}] ({', '.join(s['missing'])})" for s in gone))
    broken = [s for s in skipped if s["status"] != "vanished"]
    if broken:
        w(f"not fetched, skipped ({len(broken)}): " + "; ".join(f"{s['id']} [{s['split']}]" for s in broken)
          + " (fetch.py's errors above)")
    w("")
    w("A clone is found (and a negative flagged) when compare says clone or partial-clone.")
    hdr = f"{'relation':<34} {'tuned':>9} {'held-out':>9} {'all':>9}"
    w(hdr)
    w("-" * len(hdr))
    for g in sorted(summary["groups"], key=group_key):
        d = summary["groups"][g]
        what = "flagged" if g.startswith("negative") else "found"

        def cell(c):
            if c["total"] == 0:
                return "-"
            e = f" ({c['errors']}!)" if c["errors"] else ""
            return f"{c['hit']}/{c['total']}{e}"
        w(f"{g + ' ' + what:<34} {cell(d['tuned']):>9} {cell(d['heldout']):>9} {cell(d['all']):>9}")
    w("(n!) = n pairs without a usable verdict (compare failed or printed no verdict)")
    w("")
    w("Margin = lowest clone score - highest negative score (> 0: a threshold separates them):")
    for s, label in (("tuned", "tuned"), ("heldout", "held-out"), ("all", "all")):
        parts = []
        for kind, m in summary["margins"][s].items():
            if m:
                parts.append(f"{kind} {m['margin']:+.3f} ({m['lowest_clone']} {m['lowest_clone_score']:.3f} vs "
                             f"{m['highest_negative']} {m['highest_negative_score']:.3f})")
        w(f"  {label:<9} " + ("\n            ".join(parts) if parts else "n/a (needs scored clones and negatives)"))
    agreements = []
    if summary["relation_agreement"]:
        a = summary["relation_agreement"]
        agreements.append(f"relation (port vs same-language) {a['agree']}/{a['total']}")
    for side in ("reference", "suspect"):
        a = summary["license_agreement"][side]
        if a:
            agreements.append(f"{side} license {a['agree']}/{a['total']}")
    if summary["attribution_agreement"]:
        a = summary["attribution_agreement"]
        agreements.append(f"attribution {a['agree']}/{a['total']}")
    w("")
    w("Agreement with the labels: " + (", ".join(agreements) if agreements
                                        else "n/a (compare JSON carries no relation/license/attribution)"))
    w("")
    iw = max([len(r["id"]) for r in rows] + [4])
    cols = f"{'pair':<{iw}} {'split':<7} {'label':<9} {'verdict':<13} {'score':>5} {'cont':>5} {'rev':>5} " \
           f"{'lic r/s':<15} {'attrib':<11} {'secs':>6}  note"
    w(cols)
    w("-" * len(cols))
    for r in sorted(rows, key=lambda r: (group_key(r["group"]), r["label"] != "clone", -(r.get("score") or -1))):
        if "error" in r:
            w(f"{r['id']:<{iw}} {r['split']:<7} {r['label']:<9} {'ERROR':<13} {'-':>5} {'-':>5} {'-':>5} "
              f"{'':<15} {'':<11} {r['seconds']:>6.1f}  {r['error']}")
            continue
        mark = ""
        if r.get("found") is False:
            mark = "MISSED"
        elif r.get("flagged"):
            mark = "FALSE POSITIVE"
        lic = r.get("license")
        lic_s = "/".join((lic.get(s) or "-") for s in ("reference", "suspect")) if lic else ""
        att = r.get("attribution") or ""
        if att and "attribution_expected" in r and not r.get("attribution_agrees"):
            att += f"!={r['attribution_expected']}"
        notes = [mark] if mark else []
        notes += [f"{r['group']}"]
        if r.get("relation"):
            notes.append(f"saw {r['relation']}" + ("" if r.get("relation_agrees", True) else " (!)"))
        notes += r["problems"]
        w(f"{r['id']:<{iw}} {r['split']:<7} {r['label']:<9} {r.get('verdict') or '?':<13} {fmt(r.get('score')):>5} "
          f"{fmt(r.get('containment')):>5} {fmt(r.get('reverse_containment')):>5} {lic_s:<15} {att:<11} "
          f"{r['seconds']:>6.1f}  {'; '.join(notes)}")
    print("\n".join(out))


def main():
    ap = argparse.ArgumentParser(prog="scripts/accuracy.sh",
                                 description="Accuracy of `clonescan compare` on the labelled pairs of Corpora/.")
    ap.add_argument("--json", action="store_true", help="print the report as JSON (for machines)")
    ap.add_argument("--only", default="", help="comma-separated pair ids")
    ap.add_argument("--pypi-only", action="store_true", help="only pairs that need no Debian package")
    ap.add_argument("--jobs", type=int, default=1, help="compares to run at once (default 1: comparable timings)")
    ap.add_argument("--timeout", type=float, default=900, help="seconds per compare (default 900)")
    ap.add_argument("--bin", default=os.environ.get("CLONESCAN_BIN") or ".build/release/clonescan",
                    help="clonescan binary (default $CLONESCAN_BIN or .build/release/clonescan)")
    ap.add_argument("compare_args", nargs="*", help="extra arguments for compare, after `--`")
    args = ap.parse_args()

    binary = args.bin
    if os.sep not in binary:
        binary = shutil.which(binary) or fail(f"{args.bin} is not on PATH; build it with `make release` or set CLONESCAN_BIN")
    else:
        binary = os.path.abspath(binary)
        if not os.access(binary, os.X_OK):
            fail(f"{args.bin} is not an executable; build it with `make release` or set CLONESCAN_BIN")

    cmd = [sys.executable, FETCH, "--json"]
    if args.only:
        cmd += ["--only", args.only]
    if args.pypi_only:
        cmd.append("--pypi-only")
    r = subprocess.run(cmd, stdout=subprocess.PIPE)  # fetch.py's stderr (vanished/errors) goes straight through
    try:
        pairs = json.loads(r.stdout)
    except ValueError:
        fail(f"Corpora/fetch.py failed (exit {r.returncode}) before listing the pairs; see its message above")

    ready = [p for p in pairs if p.get("status") == "ok"]
    skipped = [{"id": p["id"], "status": p.get("status", "?"), "split": p.get("split"), "label": p.get("label"),
                "missing": p.get("missing", []), "error": p.get("error", "")}
               for p in pairs if p.get("status") != "ok"]
    t0 = time.monotonic()
    interactive = sys.stderr.isatty()
    rows = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futs = {pool.submit(run_compare, binary, p, args.compare_args, args.timeout): p for p in ready}
        for i, fut in enumerate(concurrent.futures.as_completed(futs), 1):
            p = futs[fut]
            doc, secs = fut.result()
            rows.append(evaluate(p, doc, secs))
            if interactive:
                print(f"\r[{i}/{len(ready)}] {p['id'][:60]:<60}", end="", file=sys.stderr, flush=True)
    if interactive and ready:
        print("\r" + " " * 72 + "\r", end="", file=sys.stderr, flush=True)
    elapsed = time.monotonic() - t0
    order = {p["id"]: i for i, p in enumerate(pairs)}
    rows.sort(key=lambda r: order[r["id"]])
    summary = summarise(rows)
    if args.json:
        json.dump({"schema_version": 1, "binary": binary, "seconds": round(elapsed, 3), "pairs": rows,
                   "skipped": skipped, "summary": summary}, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print_report(rows, summary, skipped, binary, elapsed)
    errors = [r for r in rows if "error" in r]
    for r in errors:
        print(f"accuracy: compare failed on {r['id']}: {r['error']}", file=sys.stderr)
    fetch_errors = [s for s in skipped if s["status"] != "vanished"]
    return 1 if errors or fetch_errors else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
