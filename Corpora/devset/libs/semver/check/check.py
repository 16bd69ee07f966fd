#!/usr/bin/env python3
"""Equivalence check for semver 3.2.0 (semver/version.py): the Go and Rust ports and the Python rewrite
against the original.

Cases: parse (strict and with optional minor/patch) of valid and mutated version strings, str(), compare,
match expressions with every operator (and invalid ones), bump_major/minor/patch/prerelease/build with
default, empty, valid and invalid tokens, next_version for every part (and an invalid one) and token,
is_compatible, finalize_version, is_valid. Errors are compared by exception type (ValueError).
Domain restrictions (Python ints are unbounded, the ports use 64-bit integers): every digit run in a
version string or token has at most 18 digits, so parts and counters fit and can be incremented; strings
are ASCII (the length limit counts characters, the Go port counts bytes).
"""
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(LIB, "..", "..", "harness"))
import langs  # noqa: E402

N = 2400
PRE_IDS = ["rc", "alpha", "beta", "0", "1", "2", "10", "99", "rc1", "rc9", "rc10", "alpha-1", "x-y", "-", "a1b2",
           "dev", "pre", "007a", "build", "SNAPSHOT", "1a", "beta2"]
BUILD_IDS = ["build", "001", "1", "9", "99", "exp", "sha-5114f85", "20130313144700", "b", "x-1", "0", "999999"]
TOKENS = [None, "", "rc", "alpha", "beta", "dev", "pre", "build", "rc.x", "a-b", "1", "0", "01", "rc!", "a..b",
          "x y", "Z9", "-"]


def num(rng):
    return str(rng.choice([0, 0, 1, 2, 3, rng.randint(0, 20), rng.randint(0, 999), rng.randint(0, 10**18 - 1)]))


def version_string(rng):
    s = ".".join(num(rng) for _ in range(3))
    if rng.random() < 0.5:
        s += "-" + ".".join(rng.choice(PRE_IDS) for _ in range(rng.randint(1, 3)))
    if rng.random() < 0.3:
        s += "+" + ".".join(rng.choice(BUILD_IDS) for _ in range(rng.randint(1, 3)))
    return s


def mutate(rng, s):
    r = rng.random()
    if r < 0.25:
        return s.rsplit(".", rng.randint(1, 2))[0] if "-" not in s and "+" not in s else s.replace(".", "", 1)
    if r < 0.45:
        k = rng.randrange(len(s) + 1)
        return s[:k] + rng.choice(["0", ".", "-", "+", "a", "..", " ", "01", "v", "_"]) + s[k:]
    if r < 0.6:
        k = rng.randrange(len(s))
        return s[:k] + s[k + 1:]
    if r < 0.7:
        return "v" + s
    if r < 0.8:
        return s + "-" + "x" * rng.choice([10, 240, 260])  # around the length limit
    return rng.choice(["", "1", "1.2", "1.2.3.4", "01.2.3", "1.02.3", "1.2.3-", "1.2.3+", "1.2.3-01",
                       "1.2.3-a..b", "1.2.3+a+b", "1.2-rc.1", "1-alpha", "0.0.0", "1.2.3-0.a", "1.2.3-rc.1+"])


def any_version(rng):
    s = version_string(rng)
    return mutate(rng, s) if rng.random() < 0.25 else s


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def apply(mod, c):
    V = mod.Version
    out = lambda v: [str(v), v.to_dict()]  # noqa: E731
    try:
        op = c["op"]
        if op == "is_valid":
            return {"ok": V.is_valid(c["v"])}
        v = V.parse(c["v"], c.get("opt", False))
        if op == "parse":
            return {"ok": out(v)}
        if op == "compare":
            return {"ok": v.compare(c["w"])}
        if op == "match":
            return {"ok": v.match(c["expr"])}
        if op == "compatible":
            return {"ok": v.is_compatible(V.parse(c["w"]))}
        if op == "finalize":
            return {"ok": out(v.finalize_version())}
        if op == "bump":
            part = c["part"]
            if part == "prerelease":
                return {"ok": out(v.bump_prerelease(c["token"], c["when_empty"]))}
            if part == "build":
                return {"ok": out(v.bump_build(c["token"]))}
            return {"ok": out(getattr(v, "bump_" + part)())}
        if op == "next":
            return {"ok": out(v.next_version(c["part"], c["token"]))}
        raise AssertionError(op)
    except ValueError:
        return {"error": "ValueError"}


def in_domain(c):
    return not any(isinstance(x, str) and re.search(r"\d{19,}", x) for x in c.values())


def gen(rng):
    cases = []
    ops = ["parse", "parse", "is_valid", "compare", "compare", "match", "compatible", "finalize", "bump", "bump",
           "next", "next", "next"]
    while len(cases) < N:
        op = rng.choice(ops)
        if op in ("parse", "is_valid"):
            s = any_version(rng)
            if rng.random() < 0.2:
                s = rng.choice([num(rng), num(rng) + "." + num(rng)]) + rng.choice(["", "-rc.1", "+b.7", "-0.3.7"])
            cases.append({"op": op, "v": s, "opt": rng.random() < 0.4})
            if not in_domain(cases[-1]):
                cases.pop()
            continue
        v = version_string(rng) if rng.random() < 0.95 else any_version(rng)
        if rng.random() < 0.3:  # small numbers: more equal cores, more prerelease ordering
            v = "%d.%d.%d" % (rng.randint(0, 2), rng.randint(0, 2), rng.randint(0, 2)) + \
                (("-" + ".".join(rng.choice(PRE_IDS) for _ in range(rng.randint(1, 3)))) if rng.random() < 0.7 else "")
        c = {"op": op, "v": v}
        if op in ("compare", "compatible"):
            w = version_string(rng) if rng.random() < 0.5 else v.split("+")[0]
            if rng.random() < 0.5:
                w = "%s-%s" % (v.split("-")[0].split("+")[0], ".".join(rng.choice(PRE_IDS) for _ in range(rng.randint(1, 3))))
            pre = v.split("+")[0].split("-", 1)[1] if "-" in v.split("+")[0] else ""
            if pre and rng.random() < 0.35:  # same core, prerelease extended or cut: the length tie-break
                ids = pre.split(".")
                ids = ids[:rng.randint(0, len(ids) - 1)] if rng.random() < 0.5 else ids + [rng.choice(PRE_IDS)]
                w = v.split("+")[0].split("-", 1)[0] + ("-" + ".".join(ids) if ids else "")
            if rng.random() < 0.1:
                w = mutate(rng, w)
            c["w"] = w
        elif op == "match":
            w = version_string(rng) if rng.random() < 0.4 else v
            c["expr"] = rng.choice(["", ">", "<", "==", "!=", ">=", "<=", "=", "~", "=>", " "]) + w
        elif op == "bump":
            c["part"] = rng.choice(["major", "minor", "patch", "prerelease", "prerelease", "build", "build"])
            c["token"] = rng.choice(TOKENS)
            c["when_empty"] = rng.random() < 0.5
        elif op == "next":
            c["part"] = rng.choice(["major", "minor", "patch", "prerelease", "prerelease", "prerelease", "build"])
            c["token"] = rng.choice(TOKENS[:8] + ["rc", "rc", "alpha", "beta"])
        if in_domain(c):
            cases.append(c)
    return cases


def main():
    if sys.argv[1:2] == ["--serve"]:
        return langs.serve(apply, load(os.path.join(sys.argv[2], "semver_lite.py"), "semver_lite"))
    if sys.argv[1:2] == ["--serve-independent"]:
        return langs.serve(apply, load(os.path.join(sys.argv[2], "semver.py"), "semver_independent"))
    import eqcheck
    import fetch
    root = os.path.join(fetch.root_of("semver"), "semver-3.2.0", "src")
    sys.path.insert(0, root)
    import semver.version as orig  # noqa: E402
    variants = [
        langs.go("port-go", os.path.join(LIB, "port-go"), os.path.join(HERE, "go", "main.go"), "semver"),
        langs.rust("port-rust", os.path.join(LIB, "port-rust", "src"), os.path.join(HERE, "rust", "main.rs"), "semver"),
        langs.python("rewrite-python", os.path.abspath(__file__), os.path.join(LIB, "rewrite-python")),
        # independent implementations, written from api.md only (drivers in check/independent/)
        eqcheck.Variant("independent-python", run=[sys.executable, os.path.abspath(__file__), "--serve-independent",
                                                   os.path.join(LIB, "independent-python")]),
        langs.go("independent-go", os.path.join(LIB, "independent-go"), os.path.join(HERE, "independent", "go", "main.go"),
                 "semver"),
        langs.rust("independent-rust", os.path.join(LIB, "independent-rust", "src"),
                   os.path.join(HERE, "independent", "rust", "main.rs"), "semver"),
    ]
    only = sys.argv[1].split(",") if len(sys.argv) > 1 else None
    return eqcheck.main("semver", gen, lambda c: apply(orig, c), variants, only=only)


if __name__ == "__main__":
    sys.exit(main())
