#!/usr/bin/env python3
"""Equivalence check: cachetools 8.0.3 cache classes (Cache, FIFOCache, LFUCache, LRUCache, RRCache, TTLCache,
TLRUCache) vs their Java and Go ports and the Python rewrite.

Each input is a scenario: a cache class, maxsize, optionally getsizeof (the value itself is its size), a ttl
or the ttu function `time + value % 7 - 1`, and 1-60 operations with a fake timer that only moves on "tick".
The answer is the list of every operation's result (value, or error class plus its argument). Keys are short
strings, values small integers. RRCache uses the deterministic choice `seq[len(seq) // 2]` (the default,
random.choice, cannot be reproduced across languages). The memoizing decorators (cached, cachedmethod) wrap
Python functions and are not ported.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
DEVSET = os.path.dirname(os.path.dirname(LIB))
sys.path.insert(0, DEVSET)
import eqcheck  # noqa: E402

NAME = "cachetools"
CLASSES = ["Cache", "FIFOCache", "LFUCache", "LRUCache", "RRCache", "TTLCache", "TLRUCache"]
OPS = ["set"] * 8 + ["get"] * 5 + ["getdef", "pop", "popdef", "del", "contains", "len", "currsize", "popitem",
                                   "setdefault", "tick", "tick", "iter", "repr", "expire", "maxsize"]


def gen(rng):
    cases = []
    for i in range(1400):
        cls = CLASSES[i % len(CLASSES)]
        sized = rng.random() < 0.35
        maxsize = rng.choice([0, 1, 2, 3, 4, 5, 8, 10, 20]) if not sized else rng.choice([0, 5, 10, 20, 30])
        if rng.random() < 0.02:
            maxsize = -1
        keys = [chr(ord("a") + k) for k in range(rng.choice([3, 5, 8, 12]))]
        ops = []
        for _ in range(rng.randint(1, 60)):
            op = rng.choice(OPS)
            k = rng.choice(keys)
            if op in ("set", "setdefault"):
                v = rng.randint(-1, 12) if sized else rng.randint(0, 99)
                ops.append([op, k, v])
            elif op in ("get", "getdef", "pop", "popdef", "del", "contains"):
                ops.append([op, k])
            elif op == "tick":
                ops.append([op, rng.choice([1, 1, 2, 3, 5, 10])])
            else:
                ops.append([op])
        if cls in ("TTLCache", "TLRUCache") and rng.random() < 0.5:
            # bursts of writes, then one expire() that removes many items at once
            for _ in range(rng.randint(1, 4)):
                for _ in range(rng.randint(3, 12)):
                    ops.append(["set", rng.choice(keys), rng.randint(0, 12) if sized else rng.randint(0, 99)])
                    if rng.random() < 0.2:
                        ops.append(["tick", 1])
                ops.append(["tick", rng.choice([1, 2, 3, 6])])
                ops.append(["expire"])
        if rng.random() < 0.03:
            ops.append(["clear"])
            ops.append(["len"])
        cases.append({"cls": cls, "maxsize": maxsize, "sized": sized, "ttl": rng.choice([1, 2, 3, 5, 10]), "ops": ops})
    return cases


def run_case(cachetools, case):
    now = [0]

    def timer():
        return now[0]

    def ttu(key, value, time):
        return time + value % 7 - 1

    def choice(seq):
        return seq[len(seq) // 2]

    cls = case["cls"]
    kw = {"getsizeof": (lambda v: v)} if case["sized"] else {}
    try:
        if cls == "TTLCache":
            cache = cachetools.TTLCache(case["maxsize"], case["ttl"], timer=timer, **kw)
        elif cls == "TLRUCache":
            cache = cachetools.TLRUCache(case["maxsize"], ttu, timer=timer, **kw)
        elif cls == "RRCache":
            cache = cachetools.RRCache(case["maxsize"], choice=choice, **kw)
        else:
            cache = getattr(cachetools, cls)(case["maxsize"], **kw)
    except ValueError as e:
        return {"init_error": str(e)}
    out = []
    for op in case["ops"]:
        name = op[0]
        try:
            if name == "set":
                cache[op[1]] = op[2]
                res = None
            elif name == "get":
                res = cache[op[1]]
            elif name == "getdef":
                res = cache.get(op[1], -1)
            elif name == "pop":
                res = cache.pop(op[1])
            elif name == "popdef":
                res = cache.pop(op[1], -1)
            elif name == "del":
                del cache[op[1]]
                res = None
            elif name == "contains":
                res = op[1] in cache
            elif name == "len":
                res = len(cache)
            elif name == "currsize":
                res = cache.currsize
            elif name == "maxsize":
                res = cache.maxsize
            elif name == "popitem":
                res = list(cache.popitem())
            elif name == "setdefault":
                res = cache.setdefault(op[1], op[2])
            elif name == "tick":
                now[0] += op[1]
                res = now[0]
            elif name == "iter":
                res = [k for k in cache]  # not list(cache): that also calls len(), which expires items
            elif name == "repr":
                res = repr(cache)
            elif name == "expire":
                res = [list(p) for p in cache.expire()] if hasattr(cache, "expire") else None
            elif name == "clear":
                cache.clear()
                res = None
            else:
                raise AssertionError(name)
            out.append({"ok": res})
        except KeyError as e:
            out.append({"err": "KeyError", "arg": e.args[0] if e.args else None})
        except ValueError as e:
            out.append({"err": "ValueError", "arg": str(e)})
    return out


def original(case):
    import cachetools
    return run_case(cachetools, case)


def variants():
    java_src = os.path.join(LIB, "port-java", "src", "cachetools")
    go = os.path.join(LIB, "port-go")
    json_java = os.path.join(DEVSET, "harness", "java", "Json.java")
    ijava = os.path.join(LIB, "independent-java", "src", "boundedmaps")
    igo = os.path.join(LIB, "independent-go")
    return [
        eqcheck.Variant("port-java", build=[["sh", "-c", f"rm -rf $BUILD/classes && javac -d $BUILD/classes {json_java} {HERE}/Driver.java {java_src}/*.java"]],
                        run=["java", "-cp", "$BUILD/classes", "Driver"]),
        eqcheck.Variant("port-go", build=[["sh", "-c", f"rm -rf $BUILD/src && mkdir -p $BUILD/src && cp {HERE}/driver.go $BUILD/src/main.go && printf 'module driver\\ngo 1.19\\nrequire cachetools v0.0.0\\nreplace cachetools => {go}\\n' > $BUILD/src/go.mod && cd $BUILD/src && GOFLAGS=-mod=mod GOPROXY=off go build -o $BUILD/driver ."]],
                        run=["$BUILD/driver"]),
        eqcheck.Variant("rewrite-python", run=[sys.executable, os.path.join(HERE, "driver_rewrite.py")]),
        eqcheck.Variant("independent-python", run=[sys.executable, os.path.join(HERE, "driver_independent.py")]),
        eqcheck.Variant("independent-java", build=[["sh", "-c", f"rm -rf $BUILD/classes && javac -d $BUILD/classes {HERE}/JsonLines.java {HERE}/IndependentDriver.java {ijava}/*.java"]],
                        run=["java", "-cp", "$BUILD/classes", "IndependentDriver"]),
        eqcheck.Variant("independent-go", build=[["sh", "-c", f"rm -rf $BUILD/src && mkdir -p $BUILD/src && cp {HERE}/driver_independent.go $BUILD/src/main.go && printf 'module driver\\ngo 1.19\\nrequire boundedcache v0.0.0\\nreplace boundedcache => {igo}\\n' > $BUILD/src/go.mod && cd $BUILD/src && GOFLAGS=-mod=mod GOPROXY=off go build -o $BUILD/driver ."]],
                        run=["$BUILD/driver"]),
    ]


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(eqcheck.original_root(NAME), "cachetools-8.0.3", "src"))
    sys.exit(eqcheck.main(NAME, gen, original, variants(), only=sys.argv[1:]))
