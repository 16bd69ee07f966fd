#!/usr/bin/env python3
"""Run `clonescan compare` on every pair of the development set (Corpora/devset) and write one JSON line per pair.

    python3 scripts/devset_eval.py [--bin PATH] [--out FILE] [--only NAME,NAME] [--jobs N] [--unrelated N]

Pairs: the pinned original (its `original_paths`, fetched by Corpora/devset/fetch.py) as reference against each
variant (ports and rewrites: derived; independent implementations written from api.md only: not derived), plus
`--unrelated N` (default 2) variants of other libraries per library as unrelated negatives of similar size.
Each line: library, variant, kind, language, derived, relation family, and compare's verdict, score, containment,
reverse containment, matched and strong units and `evidence_channels`. scripts/fit_verdict.py reads the lines.
The originals are materialised under $CLONESCAN_CACHE/corpora/devset/pairs/<name>/reference (code files only).
Standard library only; runs compare with --no-license and never executes scanned code.
"""
import argparse
import concurrent.futures as cf
import json
import os
import shutil
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEVSET = os.path.join(REPO, "Corpora", "devset")
sys.dont_write_bytecode = True
sys.path.insert(0, DEVSET)
import fetch as devset_fetch  # noqa: E402  (Corpora/devset/fetch.py)

CODE_SUFFIXES = (".py",)


def materialise(lib):
    """The original's code files copied into one directory; its path."""
    root = devset_fetch.ensure(lib)
    dest = os.path.join(devset_fetch.cache_root(), "pairs", lib["name"], "reference")
    stamp = dest + ".stamp"
    want = json.dumps([lib["sdist"]["sha256"], lib["original_paths"]])
    if os.path.isdir(dest) and os.path.exists(stamp) and open(stamp).read() == want:
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(dest)
    for rel in lib["original_paths"]:
        src = os.path.join(root, rel)
        if os.path.isdir(src):
            for d, _, files in os.walk(src):
                for f in files:
                    if f.endswith(CODE_SUFFIXES):
                        s = os.path.join(d, f)
                        t = os.path.join(dest, os.path.relpath(s, root))
                        os.makedirs(os.path.dirname(t), exist_ok=True)
                        shutil.copyfile(s, t)
        elif os.path.isfile(src):
            t = os.path.join(dest, rel)
            os.makedirs(os.path.dirname(t), exist_ok=True)
            shutil.copyfile(src, t)
    with open(stamp, "w") as f:
        f.write(want)
    return dest


def family(ref_lang, lang):
    return "same-language" if ref_lang == lang else f"port python -> {lang}"


def compare(binary, reference, suspect):
    p = subprocess.run([binary, "compare", reference, suspect, "--format", "json", "--no-license", "--quiet", "--max-matches", "0"],
                       capture_output=True, text=True, timeout=600)
    if p.returncode not in (0, 1):
        return {"error": p.stderr.strip()[:300]}
    d = json.loads(p.stdout)
    return {k: d.get(k) for k in ("verdict", "score", "containment", "reverse_containment", "matched_units", "strong_matches",
                                  "relation", "evidence_channels", "reason", "verbatim_matches", "verbatim_share")}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=os.path.join(REPO, ".build", "release", "clonescan"))
    ap.add_argument("--out", default="-")
    ap.add_argument("--only", default="")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--unrelated", type=int, default=2)
    args = ap.parse_args(argv)
    manifest = devset_fetch.load_manifest()
    libs = [l for l in manifest["libraries"] if not l.get("incomplete")]
    if args.only:
        wanted = set(args.only.split(","))
        libs = [l for l in libs if l["name"] in wanted]
    jobs = []
    for i, lib in enumerate(libs):
        ref = materialise(lib)
        for v in lib["variants"]:
            jobs.append((lib["name"], v["id"], v["kind"], v["language"], bool(v["derived"]), ref, os.path.join(DEVSET, v["path"])))
        # Unrelated negatives: variants of other libraries (rotating, deterministic).
        others = [(o, v) for o in libs if o["name"] != lib["name"] for v in o["variants"]]
        for k in range(min(args.unrelated, len(others))):
            o, v = others[(i * 7 + k * 13) % len(others)]
            jobs.append((lib["name"], f"unrelated:{o['name']}/{v['id']}", "unrelated", v["language"], False, ref,
                         os.path.join(DEVSET, v["path"])))
    out = sys.stdout if args.out == "-" else open(args.out, "w")

    def run(job):
        name, vid, kind, lang, derived, ref, sus = job
        r = compare(args.bin, ref, sus)
        return {"library": name, "variant": vid, "kind": kind, "language": lang, "derived": derived,
                "family": family("python", lang), **r}

    with cf.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for row in pool.map(run, jobs):
            out.write(json.dumps(row, sort_keys=True) + "\n")
            out.flush()
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
