#!/usr/bin/env python3
"""Equivalence check for toolz 1.2.0 (toolz/itertoolz.py and toolz/dicttoolz.py): the TypeScript and Go
ports and the Python rewrite against the original.

Every public function of the two modules except random_sample (whose output depends on Python's Mersenne
Twister) is called with random arguments: integer/string/list/dict data, functions from a small fixed table
(inc, double, neg, mod3, iseven, len, upper, add, mul, max, sum, swap, ... -- each driver defines the same
table natively), index keys (ints, strings, lists of them), defaults, negative and out-of-range counts and
indices. Lazy results are materialised; errors are compared by exception type (KeyError, IndexError,
TypeError, StopIteration, ValueError).

Encoding: arguments are JSON with {"f": name} for a function and {"d": [[key, value], ...]} for a dict.
Results are JSON with dicts as {"d": pairs sorted by the compact JSON of the key}, and join() results
sorted by the compact JSON of each pair: the Go port uses Go maps, whose iteration order is random, so
dict order (insertion order in Python) is not compared. Domain restrictions: integers are small (results
fit in 53 bits); data are homogeneous where Python would compare with `<`; no unhashable keys (the Go
port's map keys must be comparable); itemmap/keymap never map two keys to one (the winner would depend on
Go's map order); join keys have one type on both sides (Python's True == 1 would match a bool key with an
int key).
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(LIB, "..", "..", "harness"))
import langs  # noqa: E402

N = 3000

FUNCS = {
    "inc": lambda x: x + 1, "double": lambda x: 2 * x, "neg": lambda x: -x, "mod3": lambda x: x % 3,
    "iseven": lambda x: x % 2 == 0, "isodd": lambda x: x % 2 == 1, "ispos": lambda x: x > 0,
    "len": len, "upper": lambda s: s.upper(), "identity": lambda x: x, "dup": lambda x: [x, x],
    "add": lambda a, b: a + b, "mul": lambda a, b: a * b, "max": lambda a, b: max(a, b),
    "sub": lambda a, b: a - b,
    "sum": sum, "count": len, "maxl": max, "firstl": lambda xs: xs[0], "list": lambda xs: list(xs),
    "swap": lambda kv: (kv[1], kv[0]), "v_even": lambda kv: kv[1] % 2 == 0, "k_small": lambda kv: kv[0] < "c",
    "lt_c": lambda k: k < "c", "keep": lambda a, b: a,
}


def dec(v):
    if isinstance(v, dict):
        if "f" in v:
            return FUNCS[v["f"]]
        return {dec(k): dec(x) for k, x in v["d"]}
    if isinstance(v, list):
        return [dec(x) for x in v]
    return v


def canon(x):
    return json.dumps(x, separators=(",", ":"), sort_keys=True)


def enc(x):
    if isinstance(x, dict):
        return {"d": sorted(([enc(k), enc(v)] for k, v in x.items()), key=lambda p: canon(p[0]))}
    if isinstance(x, (list, tuple)):
        return [enc(e) for e in x]
    if hasattr(x, "__next__"):
        return [enc(e) for e in x]
    return x


def apply(mod, c):
    fn, args, kw = c["fn"], [dec(a) for a in c["args"]], {k: dec(v) for k, v in c.get("kw", {}).items()}
    try:
        if fn == "iterate":
            return {"ok": enc(list(mod.take(c["n"], mod.iterate(*args))))}
        if fn == "peek":
            head, rest = mod.peek(*args)
            return {"ok": [enc(head), enc(list(rest))]}
        if fn == "peekn":
            head, rest = mod.peekn(*args)
            return {"ok": [enc(head), enc(list(rest))]}
        result = getattr(mod, fn)(*args, **kw)
        if fn == "join":
            return {"ok": sorted(enc(list(result)), key=canon)}
        return {"ok": enc(result)}
    except (KeyError, IndexError, TypeError, StopIteration, ValueError) as e:
        return {"error": type(e).__name__}


def F(name):
    return {"f": name}


def D(pairs):
    return {"d": [list(p) for p in pairs]}


def gen(rng):
    ints = lambda lo=0, hi=8, a=-5, b=20: [rng.randint(a, b) for _ in range(rng.randint(lo, hi))]  # noqa: E731
    words = lambda lo=0, hi=6: [rng.choice(["apple", "avocado", "bob", "cat", "dog", "egg", "a", "", "bb", "Bob"])  # noqa: E731
                                for _ in range(rng.randint(lo, hi))]
    keys = "abcdefgh"

    def flat_dict(n=None, vals=None):
        ks = rng.sample(keys, rng.randint(0, 6) if n is None else n)
        return D((k, rng.randint(-5, 20) if vals is None else vals()) for k in ks)

    def nested():
        def build(depth):
            ks = rng.sample(keys[:4], rng.randint(0, 3))
            return D((k, build(depth + 1) if depth < 2 and rng.random() < 0.5 else rng.randint(0, 9)) for k in ks)
        return build(0)

    def records():
        return [D([("name", rng.choice(["ann", "bob", "cy"])), ("age", rng.randint(1, 4))]) for _ in range(rng.randint(0, 6))]

    def seq_any():
        r = rng.random()
        if r < 0.45:
            return ints()
        if r < 0.65:
            return "".join(rng.choice("abcab") for _ in range(rng.randint(0, 6)))
        if r < 0.85:
            return flat_dict()
        return [ints(0, 4) for _ in range(rng.randint(0, 4))]

    def index_for():
        return rng.choice([0, 1, 2, -1, -4, 7, "a", "b", "name", [0, 1], [1], [], ["a", "b"], [0, 9]])

    makers = {
        "remove": lambda: [F(rng.choice(["iseven", "isodd", "ispos"])), ints()],
        "accumulate": lambda: [F(rng.choice(["add", "mul", "max", "sub"])), ints(0, 10, -3, 9)] +
        ([rng.randint(-3, 3)] if rng.random() < 0.4 else []),
        "groupby": lambda: rng.choice([[F(rng.choice(["mod3", "iseven"])), ints()], [F("len"), words()],
                                       [rng.choice([0, "a"]), [w for w in words() if w]],
                                       [rng.choice(["name", "age"]), records()], [1, [ints(1, 3) for _ in range(3)]]]),
        "merge_sorted": None, "interleave": lambda: [[ints(0, 5) for _ in range(rng.randint(0, 4))]],
        "unique": lambda: [ints(0, 10, 0, 6)] if rng.random() < 0.6 else [words(), F("len")],
        "isiterable": lambda: [rng.choice([5, "abc", ints(), flat_dict(), None])],
        "isdistinct": lambda: [rng.choice([ints(0, 6, 0, 9), "".join(rng.choice("abcd") for _ in range(rng.randint(0, 5)))])],
        "take": lambda: [rng.randint(-1, 9), ints()], "drop": lambda: [rng.randint(-1, 9), ints()],
        "take_nth": lambda: [rng.randint(-1, 4), ints()], "tail": lambda: [rng.randint(-3, 9), ints()],
        "first": lambda: [ints()], "second": lambda: [ints()], "last": lambda: [ints()],
        "nth": lambda: [rng.randint(-6, 9), ints()], "rest": lambda: [ints()],
        "get": None,
        "concat": lambda: [[ints(0, 4) for _ in range(rng.randint(0, 4))]],
        "concatv": lambda: [ints(0, 4) for _ in range(rng.randint(0, 4))],
        "mapcat": lambda: [F("dup"), ints(0, 5)],
        "cons": lambda: [rng.randint(0, 9), ints()], "interpose": lambda: [rng.choice([0, "x"]), ints()],
        "frequencies": lambda: [rng.choice([ints(0, 12, 0, 5), words()])],
        "reduceby": None, "iterate": None,
        "sliding_window": lambda: [rng.randint(-1, 6), ints()],
        "partition": lambda: [rng.randint(-1, 5), ints()] + ([rng.choice([None, 0, "pad"])] if rng.random() < 0.5 else []),
        "partition_all": lambda: [rng.randint(-1, 5), ints()],
        "count": lambda: [seq_any()],
        "pluck": None, "join": None, "diff": None, "topk": None,
        "peek": lambda: [ints()], "peekn": lambda: [rng.randint(0, 6), ints()],
        "merge": lambda: [flat_dict() for _ in range(rng.randint(0, 4))] if rng.random() < 0.8
        else [[flat_dict() for _ in range(rng.randint(0, 3))]],
        "merge_with": lambda: [F(rng.choice(["sum", "count", "maxl", "firstl", "list"]))] +
        [flat_dict() for _ in range(rng.randint(0, 4))],
        "valmap": lambda: [F(rng.choice(["inc", "double", "neg"])), flat_dict()],
        "keymap": lambda: [F("upper"), flat_dict()],
        "itemmap": lambda: [F("swap"), D((k, i * 3 + rng.randint(0, 2)) for i, k in enumerate(rng.sample(keys, rng.randint(0, 6))))],
        "valfilter": lambda: [F(rng.choice(["iseven", "ispos"])), flat_dict()],
        "keyfilter": lambda: [F("lt_c"), flat_dict()],
        "itemfilter": lambda: [F(rng.choice(["v_even", "k_small"])), flat_dict()],
        "assoc": lambda: [flat_dict(), rng.choice(list(keys)), rng.randint(0, 9)],
        "dissoc": lambda: [flat_dict()] + rng.sample(list(keys) + ["z"], rng.randint(0, 7)),
        "assoc_in": lambda: [nested(), [rng.choice(keys[:4]) for _ in range(rng.randint(1, 4))], rng.randint(0, 9)],
        "update_in": lambda: [nested(), [rng.choice(keys[:4]) for _ in range(rng.randint(0, 4))], F("inc")] +
        ([rng.randint(0, 3)] if rng.random() < 0.7 else []),
        "get_in": None,
    }

    def special(fn):
        c = {"fn": fn}
        if fn == "merge_sorted":
            k = rng.randint(0, 5)
            if rng.random() < 0.5:
                c["args"] = [sorted(ints(0, 5)) if rng.random() < 0.9 else ints(0, 5) for _ in range(k)]
            elif rng.random() < 0.5:
                c["args"] = [sorted(ints(0, 5), reverse=True) for _ in range(k)]
                c["kw"] = {"key": F("neg")}
            else:  # many equal keys for different values: the tie rule becomes visible
                c["args"] = [sorted(ints(0, 5), key=lambda x: x % 3) for _ in range(k)]
                c["kw"] = {"key": F("mod3")}
        elif fn == "get":
            seq = seq_any()
            c["args"] = [index_for(), seq] + ([rng.choice([None, -1, "dflt"])] if rng.random() < 0.5 else [])
        elif fn == "reduceby":
            r = rng.random()
            if r < 0.6:
                c["args"] = [F(rng.choice(["mod3", "iseven"])), F(rng.choice(["add", "mul", "max"])), ints(0, 10, -3, 9)]
            else:
                c["args"] = [rng.choice(["name", "age"]), F("add"), []]
                c["args"][2] = [D([("name", rng.choice(["ann", "bob"])), ("age", rng.randint(1, 4))]) for _ in range(3)]
                c["args"] = [c["args"][0], F("keep"), c["args"][2]]
            if rng.random() < 0.5 and r < 0.6:
                c["args"].append(rng.randint(-2, 5))
        elif fn == "iterate":
            c["args"] = [F(rng.choice(["inc", "double", "neg"])), rng.randint(-3, 5)]
            c["n"] = rng.randint(0, 8)
        elif fn == "pluck":
            seqs = rng.choice([[ints(0, 4) for _ in range(rng.randint(0, 4))], records(), [w for w in words()]])
            c["args"] = [index_for(), seqs] + ([rng.choice([None, -1])] if rng.random() < 0.5 else [])
        elif fn == "join":
            # keys of one type on both sides: Python's True == 1 would match bool keys with int keys
            lk, rk = rng.choice([(F("mod3"), F("mod3")), (F("mod3"), F("identity")), (F("iseven"), F("iseven"))])
            c["args"] = [lk, ints(0, 6, 0, 9), rk, ints(0, 6, 0, 9)]
            if rng.random() < 0.3:
                c["args"] = [0, [ints(1, 3, 0, 3) for _ in range(rng.randint(0, 4))], 1,
                             [ints(2, 3, 0, 3) for _ in range(rng.randint(0, 4))]]
            r = rng.random()
            if r < 0.25:
                c["kw"] = {"left_default": None}
            elif r < 0.5:
                c["kw"] = {"right_default": -1}
            elif r < 0.75:
                c["kw"] = {"left_default": "L", "right_default": "R"}
        elif fn == "diff":
            c["args"] = [ints(0, 6, 0, 3) for _ in range(rng.randint(1, 4))]
            kw = {}
            if rng.random() < 0.4:
                kw["default"] = rng.choice([None, 0, -1])
            if rng.random() < 0.3:
                kw["key"] = F("mod3")
            c["kw"] = kw
        elif fn == "topk":
            r = rng.random()
            if r < 0.5:
                c["args"] = [rng.randint(-1, 6), ints(0, 10, 0, 9)]
            elif r < 0.75:
                c["args"] = [rng.randint(0, 6), ints(0, 10, -9, 9), F(rng.choice(["neg", "mod3"]))]
            else:
                c["args"] = [rng.randint(0, 4), [ints(2, 3, 0, 5) for _ in range(rng.randint(0, 5))], rng.choice([0, 1])]
        elif fn == "get_in":
            coll = rng.choice([nested(), D([("purchase", D([("items", ["apple", "orange"]), ("total", 3)]))]), ints()])
            ks = [rng.choice(list(keys[:4]) + ["purchase", "items", "total", 0, 1, 5, -1]) for _ in range(rng.randint(0, 3))]
            c["args"] = [ks, coll] + ([rng.choice([None, 0])] if rng.random() < 0.5 else [])
            if rng.random() < 0.3:
                c["args"] = [ks, coll, None, True]
        return c

    names = sorted(makers)
    cases = []
    while len(cases) < N:
        fn = names[len(cases) % len(names)] if len(cases) < 2 * len(names) else rng.choice(names)
        maker = makers[fn]
        cases.append(special(fn) if maker is None else {"fn": fn, "args": maker()})
    return cases


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class _Toolz:
    """The original's two modules as one namespace."""

    def __init__(self, *mods):
        for m in mods:
            self.__dict__.update({k: v for k, v in vars(m).items() if not k.startswith("__")})


def main():
    if sys.argv[1:2] == ["--serve"]:
        return langs.serve(apply, load(os.path.join(sys.argv[2], "funcutils.py"), "funcutils"))
    if sys.argv[1:2] == ["--serve-independent"]:
        sys.path.insert(0, sys.argv[2])
        import toolz
        return langs.serve(apply, toolz)
    import eqcheck
    import fetch
    sys.path.insert(0, os.path.join(fetch.root_of("toolz"), "toolz-1.2.0"))
    import toolz.itertoolz
    import toolz.dicttoolz
    orig = _Toolz(toolz.itertoolz, toolz.dicttoolz)
    variants = [
        langs.ts("port-typescript", os.path.join(LIB, "port-typescript"), os.path.join(HERE, "ts", "driver.ts")),
        langs.go("port-go", os.path.join(LIB, "port-go"), os.path.join(HERE, "go", "main.go"), "toolz"),
        langs.python("rewrite-python", os.path.abspath(__file__), os.path.join(LIB, "rewrite-python")),
        # independent implementations, written from api.md only (drivers in check/independent/)
        eqcheck.Variant("independent-python", run=[sys.executable, os.path.abspath(__file__), "--serve-independent",
                                                   os.path.join(LIB, "independent-python")]),
        langs.ts("independent-typescript", os.path.join(LIB, "independent-typescript"),
                 os.path.join(HERE, "independent", "ts", "driver.ts")),
        langs.go("independent-go", os.path.join(LIB, "independent-go"), os.path.join(HERE, "independent", "go", "main.go"),
                 "toolz"),
    ]
    only = sys.argv[1].split(",") if len(sys.argv) > 1 else None
    return eqcheck.main("toolz", gen, lambda c: apply(orig, c), variants, only=only)


if __name__ == "__main__":
    sys.exit(main())
