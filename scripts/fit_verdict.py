#!/usr/bin/env python3
"""Fit, and measure honestly, the derivation score of `clonescan compare` (issue 18).

    python3 scripts/fit_verdict.py [--devset FILE.jsonl] [--corpora] [--write] [--bin PATH]

Data: the development set's pairs (scripts/devset_eval.py: ports, rewrites, independent implementations written
from an API description only, unrelated code) and, with --corpora, the labelled pairs of Corpora/manifest.json.
Model: per relation family (same language; across languages) a logistic regression (L2) over the evidence of
one comparison: containment, reverse containment, strong matches (capped at 20), soft coverage, shared
literals, internal identifier words and order (docs/verdict.md). The decision threshold of a
family is the lowest score above every independent and unrelated pair of its training data, plus a margin.

Protocol: leave-one-library-out. Every pair of a library (a Corpora pair is its own group) is scored by a model
and a threshold fitted without that library; the table reports, per relation and kind, AUC and recall at zero
false positives of those held-out scores, and the share found at the held-out thresholds. Nothing reported is
scored by a model that saw it. --write puts the model fitted on everything into
Sources/Matching/ScoreModel+Coefficients.swift (`make fit-score` runs the whole refit).
"""
import argparse
import json
import os
import subprocess
import sys

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Public names kept is deliberately not a feature: independent implementations of an API keep them by construction
# (it is reported, and names API-compatible reimplementations, but never raises the score).
FEATURES = ["containment", "reverse_containment", "strong", "soft_coverage", "literals", "internal_words", "order"]
LAMBDA = 0.01
MARGIN = float(os.environ.get("CLONESCAN_FIT_MARGIN", "0.05"))


def features(row):
    e = row.get("evidence_channels") or {}
    return [row.get("containment", 0), row.get("reverse_containment", 0), min(row.get("strong_matches", 0), 20) / 20,
            e.get("soft_coverage", 0), e.get("literals", 0), e.get("internal_words", 0), e.get("order", 0.5) - 0.5]


def family(row):
    rel = row.get("relation") or "same-language"
    return "same" if rel == "same-language" else "cross"


def fit(X, y):
    """L2 logistic regression by Newton's method; classes weighted equally."""
    Xb = np.hstack([np.ones((len(X), 1)), X])
    w = np.zeros(Xb.shape[1])
    pos, neg = max(1, y.sum()), max(1, len(y) - y.sum())
    sw = np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * neg))
    reg = LAMBDA * np.eye(Xb.shape[1]); reg[0, 0] = 0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(Xb @ w, -30, 30)))
        g = Xb.T @ (sw * (p - y)) / len(y) + reg @ w
        H = (Xb * (sw * p * (1 - p))[:, None]).T @ Xb / len(y) + reg
        step = np.linalg.solve(H + 1e-9 * np.eye(len(w)), g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict(w, X):
    return 1 / (1 + np.exp(-np.clip(np.hstack([np.ones((len(X), 1)), X]) @ w, -30, 30)))


def verbatim(row):
    """The verdict model's verbatim rule (VerdictModel.decide): copies no independent implementation produces."""
    v = row.get("verbatim_matches") or 0
    return v >= 5 or (v >= 2 and row.get("containment", 0) >= 0.15) or (v >= 2 and row.get("reverse_containment", 0) >= 0.4)


def flagged(row):
    return row["heldout_score"] >= row["heldout_threshold"] or verbatim(row)


def threshold(scores, labels):
    neg = scores[labels == 0]
    return min(0.95, (neg.max() if len(neg) else 0.5) + MARGIN)


def auc(pos, neg):
    if not len(pos) or not len(neg):
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def recall_at_zero_fp(pos, neg):
    if not len(pos):
        return float("nan")
    top = max(neg) if len(neg) else -1
    return float(np.mean(np.array(pos) > top))


def load_devset(path):
    rows = []
    for line in open(path):
        r = json.loads(line)
        if "error" in r or r.get("verdict") is None:
            continue
        r["group"] = r["library"]
        r["label"] = 1 if r["derived"] else 0
        rows.append(r)
    return rows


def load_corpora(binary):
    pairs = json.loads(subprocess.check_output([sys.executable, os.path.join(REPO, "Corpora", "fetch.py"), "--json"], text=True))
    rows = []
    for p in pairs:
        if p.get("status") != "ok":
            continue
        ref = p["reference"]["dir"] if isinstance(p["reference"], dict) else p["reference"]
        sus = p["suspect"]["dir"] if isinstance(p["suspect"], dict) else p["suspect"]
        out = subprocess.run([binary, "compare", ref, sus, "--format", "json", "--no-license", "--quiet", "--max-matches", "0"],
                             capture_output=True, text=True)
        if out.returncode not in (0, 1):
            continue
        r = json.loads(out.stdout)
        label = 1 if p["label"] == "clone" else 0
        kind = p.get("category", "corpora")
        rows.append({**r, "library": p["id"], "group": p["id"], "variant": p["id"], "kind": f"corpora-{kind}", "label": label})
    return rows


def lolo(rows):
    """Held-out score and threshold decision for every row."""
    groups = sorted({r["group"] for r in rows})
    out = []
    for g in groups:
        test = [r for r in rows if r["group"] == g]
        for fam in ("same", "cross"):
            t_rows = [r for r in test if family(r) == fam]
            if not t_rows:
                continue
            train = [r for r in rows if r["group"] != g and family(r) == fam]
            if len({r["label"] for r in train}) < 2:
                train = [r for r in rows if r["group"] != g]
            X = np.array([features(r) for r in train]); y = np.array([r["label"] for r in train])
            w = fit(X, y)
            t = threshold(predict(w, X), y)
            s = predict(w, np.array([features(r) for r in t_rows]))
            for r, sc in zip(t_rows, s):
                out.append({**r, "heldout_score": float(sc), "heldout_threshold": t})
    return out


def report(scored):
    print(f"{'relation':14s} {'kind':22s} {'n':>3s} {'flagged':>8s} {'binary':>9s} {'AUC':>6s} {'R@0FP':>6s}")
    for fam in ("same", "cross", "all"):
        sub = [r for r in scored if fam == "all" or family(r) == fam]
        neg = [r["heldout_score"] for r in sub if r["label"] == 0]
        old_neg = [r["score"] for r in sub if r["label"] == 0]
        kinds = sorted({r["kind"] for r in sub})
        for k in kinds:
            rs = [r for r in sub if r["kind"] == k]
            found = np.mean([flagged(r) for r in rs])
            old = np.mean([r["verdict"] in ("clone", "partial-clone") for r in rs])
            pos = [r["heldout_score"] for r in rs if r["label"] == 1]
            a = auc(pos, neg) if pos else float("nan")
            rz = recall_at_zero_fp(pos, neg) if pos else float("nan")
            print(f"{fam:14s} {k:22s} {len(rs):3d} {found:8.2f} {old:9.2f} {a:6.3f} {rz:6.2f}")
        pos = [r["heldout_score"] for r in sub if r["label"] == 1]
        old_pos = [r["score"] for r in sub if r["label"] == 1]
        print(f"{fam:14s} {'ALL derived vs not':22s} {len(sub):3d} {'':8s} {'':9s} {auc(pos, neg):6.3f} {recall_at_zero_fp(pos, neg):6.2f}"
              f"   (old score: AUC {auc(old_pos, old_neg):.3f}, R@0FP {recall_at_zero_fp(old_pos, old_neg):.2f})")


SWIFT = """// Generated by scripts/fit_verdict.py --write (`make fit-score`) from {n} labelled pairs: {desc}.
// Do not edit by hand; refit instead. Features, in order: {features}.

extension ScoreModel {{
    /// Coefficients (bias first) and decision threshold per relation family, fitted on every pair.
    static let fitted: [RelationFamily: (weights: [Double], threshold: Double)] = [
{entries}
    ]
}}
"""


def write_swift(rows):
    entries = []
    for fam, name in (("same", "sameLanguage"), ("cross", "crossLanguage")):
        sub = [r for r in rows if family(r) == fam]
        X = np.array([features(r) for r in sub]); y = np.array([r["label"] for r in sub])
        w = fit(X, y)
        t = threshold(predict(w, X), y)
        entries.append(f"        .{name}: (weights: [{', '.join(f'{v:.4f}' for v in w)}], threshold: {t:.4f}),")
    desc = ", ".join(f"{k} {sum(1 for r in rows if r['kind'] == k)}" for k in sorted({r['kind'] for r in rows}))
    path = os.path.join(REPO, "Sources", "Matching", "ScoreModel+Coefficients.swift")
    with open(path, "w") as f:
        f.write(SWIFT.format(n=len(rows), desc=desc, features=", ".join(FEATURES), entries="\n".join(entries)))
    print(f"wrote {os.path.relpath(path, REPO)}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devset", action="append", default=[])
    ap.add_argument("--corpora", action="store_true")
    ap.add_argument("--bin", default=os.path.join(REPO, ".build", "release", "clonescan"))
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--dump", help="write the held-out scores as JSON lines here")
    args = ap.parse_args(argv)
    rows = []
    for path in args.devset:
        rows += load_devset(path)
    if args.corpora:
        rows += load_corpora(args.bin)
    if not rows:
        sys.exit("fit_verdict: no pairs; pass --devset FILE and/or --corpora")
    scored = lolo(rows)
    report(scored)
    if args.dump:
        with open(args.dump, "w") as f:
            for r in scored:
                f.write(json.dumps(r, sort_keys=True) + "\n")
    if args.write:
        write_swift(rows)


if __name__ == "__main__":
    main()
