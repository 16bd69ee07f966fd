#!/usr/bin/env python3
"""Equivalence check for sortedcontainers 2.4.0 (SortedList of sortedcontainers/sortedlist.py): the Java and
Rust ports and the Python rewrite against the original.

Each case builds a SortedList of integers, resets its load factor to a small value (4-16, sometimes the
default 1000) so that sublists split and merge and the positional index is built and updated, then runs a
random sequence of operations: add, update/+=, contains, discard, remove, indexing and slicing (all step
signs, out-of-range, step 0), del of indices and slices, pop, index(value, start, stop), count, bisect_left/
right, islice, irange (all inclusive/reverse combinations), len, * and *=, +, the six comparisons with a
list, reversed, copy, clear, repr, the invariant check and the sublist layout (so ports must split and merge
exactly like the original). Errors are compared by exception type. Values are small integers (many
duplicates); there is no domain restriction beyond "integers that fit in 64 bits".
SortedKeyList (the key= variant in the same file) is not ported and not checked.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(LIB, "..", "..", "harness"))
import langs  # noqa: E402

N = 1000


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run_op(sl, cls, op):
    name, a = op[0], op[1:]
    if name == "add":
        return sl.add(a[0])
    if name == "update":
        return sl.update(a[0])
    if name == "iadd":
        sl += a[0]
        return None
    if name == "contains":
        return a[0] in sl
    if name == "discard":
        return sl.discard(a[0])
    if name == "remove":
        return sl.remove(a[0])
    if name == "get":
        return sl[a[0]]
    if name == "slice":
        return sl[a[0]:a[1]:a[2]]
    if name == "del":
        del sl[a[0]]
        return None
    if name == "delslice":
        del sl[a[0]:a[1]:a[2]]
        return None
    if name == "pop":
        return sl.pop() if a[0] is None else sl.pop(a[0])
    if name == "index":
        return sl.index(a[0], a[1], a[2])
    if name == "count":
        return sl.count(a[0])
    if name == "bisect_left":
        return sl.bisect_left(a[0])
    if name == "bisect_right":
        return sl.bisect_right(a[0])
    if name == "islice":
        return list(sl.islice(a[0], a[1], a[2]))
    if name == "irange":
        return list(sl.irange(a[0], a[1], (a[2], a[3]), a[4]))
    if name == "len":
        return len(sl)
    if name == "mul":
        return list(sl * a[0])
    if name == "imul":
        sl *= a[0]
        return None
    if name == "plus":
        return list(sl + a[0])
    if name == "cmp":
        o = a[0]
        return [sl == o, sl != o, sl < o, sl > o, sl <= o, sl >= o]
    if name == "reversed":
        return list(reversed(sl))
    if name == "copy":
        return list(sl.copy())
    if name == "clear":
        return sl.clear()
    if name == "repr":
        return repr(sl)
    raise AssertionError(name)


def layout(sl):
    buckets = getattr(sl, "_lists", None)
    if buckets is None:
        buckets = getattr(sl, "_chunks", None)  # independent-python
    if buckets is None:
        buckets = sl._buckets
    return [len(b) for b in buckets]


def apply(mod, c):
    sl = mod.SortedList(c["init"])
    sl._reset(c["load"])
    results = []
    for op in c["ops"]:
        try:
            results.append(run_op(sl, mod.SortedList, op))
        except (ValueError, IndexError) as e:
            results.append({"error": type(e).__name__})
    import io
    import contextlib
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            sl._check()
        ok = True
    except AssertionError:
        ok = False
    return {"results": results, "list": list(sl), "layout": layout(sl), "check": ok}


def gen(rng):
    cases = []
    for _ in range(N):
        spread = rng.choice([5, 20, 100, 1000])
        val = lambda: rng.randint(-spread, spread)  # noqa: E731
        idx = lambda: rng.choice([None, rng.randint(-60, 60), rng.randint(-3, 3), rng.randint(-400, 400)])  # noqa: E731
        init = [val() for _ in range(rng.choice([0, 1, 5, 20, 60, 150, 300]))]
        ops = []
        for _ in range(rng.randint(10, 60)):
            k = rng.random()
            if k < 0.25:
                ops.append(["add", val()])
            elif k < 0.3:
                ops.append([rng.choice(["update", "iadd"]), [val() for _ in range(rng.choice([1, 3, 10, 50, 200]))]])
            elif k < 0.38:
                ops.append([rng.choice(["discard", "remove", "contains", "count", "bisect_left", "bisect_right"]), val()])
            elif k < 0.46:
                ops.append(["get", rng.choice([rng.randint(-300, 300), rng.randint(-3, 3), 0, -1])])
            elif k < 0.52:
                ops.append(["slice", idx(), idx(), rng.choice([None, None, 1, -1, 2, -2, 3, -3, 0])])
            elif k < 0.58:
                ops.append(["del", rng.choice([rng.randint(-300, 300), rng.randint(-3, 3), 0, -1])])
            elif k < 0.62:
                ops.append(["delslice", idx(), idx(), rng.choice([None, None, 1, -1, 2, -3, 0])])
            elif k < 0.68:
                ops.append(["pop", rng.choice([None, 0, -1, rng.randint(-300, 300), rng.randint(-5, 5)])])
            elif k < 0.73:
                ops.append(["index", val(), idx(), idx()])
            elif k < 0.78:
                ops.append(["islice", idx(), idx(), rng.random() < 0.5])
            elif k < 0.84:
                ops.append(["irange", rng.choice([None, val()]), rng.choice([None, val()]), rng.random() < 0.7,
                            rng.random() < 0.7, rng.random() < 0.5])
            elif k < 0.86:
                ops.append([rng.choice(["mul", "imul"]), rng.choice([-1, 0, 1, 2, 3])])
            elif k < 0.88:
                ops.append(["plus", [val() for _ in range(rng.randint(0, 20))]])
            elif k < 0.91:
                ops.append(["cmp", sorted(val() for _ in range(rng.randint(0, 6)))])
            elif k < 0.935:
                ops.append([rng.choice(["len", "reversed", "copy", "repr"])])
            elif k < 0.94:
                ops.append(["clear"])
            else:
                ops.append(["get", 0])
        cases.append({"load": rng.choice([4, 4, 5, 6, 8, 16, 1000]), "init": init, "ops": ops})
    return cases


def main():
    if sys.argv[1:2] == ["--serve"]:
        return langs.serve(apply, load(os.path.join(sys.argv[2], "ordered_bag.py"), "ordered_bag"))
    if sys.argv[1:2] == ["--serve-independent"]:
        return langs.serve(apply, load(os.path.join(sys.argv[2], "sortedlist.py"), "sortedlist_independent"))
    import eqcheck
    import fetch
    orig = load(os.path.join(fetch.root_of("sortedcontainers"), "sortedcontainers-2.4.0", "sortedcontainers",
                             "sortedlist.py"), "sortedlist_original")
    variants = [
        langs.java("port-java", os.path.join(LIB, "port-java"), os.path.join(HERE, "java"), "SortedListDriver"),
        langs.rust("port-rust", os.path.join(LIB, "port-rust", "src"), os.path.join(HERE, "rust", "main.rs"),
                   "sortedcontainers"),
        langs.python("rewrite-python", os.path.abspath(__file__), os.path.join(LIB, "rewrite-python")),
        # independent implementations, written from api.md only (drivers in check/independent/)
        eqcheck.Variant("independent-python", run=[sys.executable, os.path.abspath(__file__), "--serve-independent",
                                                   os.path.join(LIB, "independent-python")]),
        langs.java("independent-java", os.path.join(LIB, "independent-java"), os.path.join(HERE, "independent", "java"),
                   "IndependentSortedListDriver"),
        langs.rust("independent-rust", os.path.join(LIB, "independent-rust", "src"),
                   os.path.join(HERE, "independent", "rust", "main.rs"), "sortedcontainers"),
    ]
    only = sys.argv[1].split(",") if len(sys.argv) > 1 else None
    return eqcheck.main("sortedcontainers", gen, lambda c: apply(orig, c), variants, only=only)


if __name__ == "__main__":
    sys.exit(main())
