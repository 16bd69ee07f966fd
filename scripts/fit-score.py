#!/usr/bin/env python3
"""Fits the compare score (logistic over containment, reverse containment, strong matches, mean unit score,
literal share) on the tuned split of Corpora/ and prints every pair's score; held-out pairs are only scored.
Run after a debug build: python3 scripts/fit-score.py. The weights go into Sources/Report/Verdict.swift."""
import json, subprocess, numpy as np
pairs = json.loads(subprocess.check_output(["python3", "Corpora/fetch.py", "--json"]))
rows = []
for p in pairs:
    if p.get("status") != "ok": continue
    ref, sus = p["reference"]["dir"] if isinstance(p["reference"], dict) else p["reference"], p["suspect"]["dir"] if isinstance(p["suspect"], dict) else p["suspect"]
    out = subprocess.run([".build/debug/clonescan", "compare", ref, sus, "--format", "json", "--no-license", "--quiet"], capture_output=True, text=True).stdout
    r = json.loads(out)
    sims = [m["similarity"] for m in r["matches"]]
    lit = r["channels"].get("literals", 0) / max(1, r["matched_units"])
    x = [r["containment"], r["reverse_containment"], min(r["strong_matches"], 20) / 20, (sum(sims) / len(sims)) if sims else 0, lit]
    rows.append((p["id"], p.get("split"), 1 if p["label"] == "clone" else 0, x))
X = np.array([r[3] for r in rows if r[1] == "tuned"]); y = np.array([r[2] for r in rows if r[1] == "tuned"])
Xb = np.hstack([np.ones((len(X), 1)), X]); w = np.zeros(Xb.shape[1]); lam = 0.002
for _ in range(40000):
    p = 1 / (1 + np.exp(-Xb @ w)); g = Xb.T @ (p - y) / len(y) + lam * np.r_[0, w[1:]]; w -= 2.0 * g
print("weights (bias, containment, reverse, strong, mean, literal):", np.round(w, 2))
for name, split, label, x in rows:
    s = 1 / (1 + np.exp(-(w[0] + np.dot(w[1:], x))))
    print(f"{name:46s} {split:8s} {label} {s:.3f}")
