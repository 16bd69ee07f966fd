"""Equivalence harness shared by the dev-set libraries of list B (humanize, webcolors, isodate,
base58, jsonpointer, jmespath...). Each libs/<name>/check/check.py describes:

  gen(rng)            -> list of JSON-able input cases (fixed seed: the same inputs every run)
  original(case)      -> the original's answer for one case, as a JSON-able value
  VARIANTS            -> [Variant(id, build=[argv...], run=argv)]: build steps run once in a scratch dir,
                         then `run` reads the cases as JSON lines on stdin and writes one JSON line per case

The original is imported from the pinned sdist that Corpora/devset/fetch.py unpacks into
$CLONESCAN_CACHE/corpora/devset/src/; builds go to $CLONESCAN_CACHE/corpora/devset/build/<lib>/<variant>/
(nothing is written into the checkout). Prints one line per variant:
  <lib>  <variant>  inputs=N  mismatches=M
and the first few mismatches; exit status 1 when any variant mismatches or fails to build.
"""
import json
import os
import random
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import fetch  # noqa: E402


class Variant:
    def __init__(self, id, run, build=(), env=None):
        self.id, self.run, self.build, self.env = id, list(run), [list(b) for b in build], env or {}


def original_root(lib):
    libs = {lib_["name"]: lib_ for lib_ in fetch.load_manifest()["libraries"]}
    return fetch.fetch_library(libs[lib])


def build_dir(lib, variant):
    d = os.path.join(fetch.cache_root(), "build", lib, variant)
    os.makedirs(d, exist_ok=True)
    return d


def same(a, b):
    """JSON equality where booleans are not numbers (Python's True == 1) but 1 == 1.0 (JavaScript has
    one number type, and JSON does not say which a number is)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    return type(a) is type(b) and a == b


def _fmt(v):
    s = json.dumps(v, ensure_ascii=False)
    return s if len(s) < 300 else s[:300] + "..."


def main(lib, gen, original, variants, seed=20261207, only=None):
    rng = random.Random(seed)
    cases = gen(rng)
    expected = [original(c) for c in cases]
    payload = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases).encode()
    failed = False
    for v in variants:
        if only and v.id not in only:
            continue
        bdir = build_dir(lib, v.id)
        env = dict(os.environ, BUILD=bdir, **v.env)
        t0 = time.time()
        try:
            for step in v.build:
                subprocess.run([a.replace("$BUILD", bdir) for a in step], check=True, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            out = subprocess.run([a.replace("$BUILD", bdir) for a in v.run], input=payload, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
        except subprocess.CalledProcessError as e:
            print(f"{lib}\t{v.id}\tBUILD FAILED: {' '.join(e.cmd)}\n{e.stdout.decode(errors='replace')[-3000:]}")
            failed = True
            continue
        lines = out.stdout.decode("utf-8", "replace").splitlines()
        bad = []
        for i, (c, exp) in enumerate(zip(cases, expected)):
            got = None
            if i < len(lines):
                try:
                    got = json.loads(lines[i])
                except ValueError:
                    got = {"unparsable": lines[i]}
            if not same(got, exp):
                bad.append((c, exp, got))
        if len(lines) != len(cases) and not bad:
            bad.append(("<line count>", len(cases), len(lines)))
        print(f"{lib}\t{v.id}\tinputs={len(cases)}\tmismatches={len(bad)}\t({time.time() - t0:.1f}s)", flush=True)
        for c, exp, got in bad[:5]:
            print(f"    input {_fmt(c)}\n      original {_fmt(exp)}\n      {v.id:8} {_fmt(got)}")
        if out.returncode != 0 or bad:
            if out.returncode != 0:
                print("    exit", out.returncode, out.stderr.decode(errors="replace")[-2000:])
            failed = True
    return 1 if failed else 0
