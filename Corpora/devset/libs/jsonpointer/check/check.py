#!/usr/bin/env python3
"""Equivalence check: jsonpointer 3.12 vs its JavaScript and Ruby ports and the Python rewrite.

Input domain (restricted where the original's behaviour is Python-specific, see api.md "Notes"): documents
are JSON with integers (no floats: JavaScript has one number type) and object keys that are not canonical
array indices (JavaScript orders such keys first, which shows in error messages that print a document);
strings use letters, digits, space, '~', '/', '%', '-' and 'é' (no quotes, backslashes or newlines, so
Python's repr needs no escapes and `$` has no final newline to match before).
"""
import copy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
DEVSET = os.path.dirname(os.path.dirname(LIB))
sys.path.insert(0, DEVSET)
import eqcheck  # noqa: E402

NAME = "jsonpointer"
KEYCHARS = "abcxyz ~/%-é"


def gen(rng):
    def key():
        r = rng.random()
        if r < 0.6:
            return rng.choice(["a", "b", "c", "foo", "bar", "a b", "a/b", "m~n", "-", "", "%20", "é"])
        k = "".join(rng.choice(KEYCHARS) for _ in range(rng.randint(0, 4)))
        return k if not k.isdigit() else k + "x"

    def value(depth=0):
        r = rng.random()
        if depth >= 3 or r < 0.35:
            return rng.choice([rng.randint(-5, 100), "s" + key(), True, False, None, 0])
        if r < 0.65:
            return {key(): value(depth + 1) for _ in range(rng.randint(0, 4))}
        return [value(depth + 1) for _ in range(rng.randint(0, 4))]

    def doc():
        d = value()
        return d if rng.random() < 0.1 else {key(): value(1) for _ in range(rng.randint(1, 4))} | {"arr": [value(2) for _ in range(rng.randint(0, 4))], "obj": {key(): value(2) for _ in range(rng.randint(0, 3))}}

    def paths_of(d, prefix=()):
        out = [prefix]
        if isinstance(d, dict):
            for k, v in d.items():
                out += paths_of(v, prefix + (k,))
        elif isinstance(d, list):
            for i, v in enumerate(d):
                out += paths_of(v, prefix + (str(i),))
        return out

    def esc(p):
        return p.replace("~", "~0").replace("/", "~1")

    def pointer(d):
        r = rng.random()
        parts = list(rng.choice(paths_of(d)))
        if r < 0.45:
            pass
        elif r < 0.7:
            parts = parts + [rng.choice(["-", "0", "1", "2", "3", "5", "01", "-1", "x", key(), "10"])]
        elif r < 0.8:
            if parts:
                parts[rng.randrange(len(parts))] = rng.choice(["zz", "9", "-", "00", "1.0"])
        elif r < 0.9:
            parts = parts + [key(), key()]
        else:
            return rng.choice(["a", "~", "/~2", "/a~", "/~0~1~", "#/a", "/a/~x", "//", "/", ""])
        return "".join("/" + esc(p) for p in parts)

    cases = []
    for i in range(3000):
        kind = i % 8
        d = doc()
        if kind in (0, 1):
            c = {"op": "resolve", "doc": d, "ptr": pointer(d)}
            if rng.random() < 0.3:
                c["default"] = "DEFAULT"
            cases.append(c)
        elif kind in (2, 3):
            cases.append({"op": "set", "doc": d, "ptr": pointer(d), "value": value(2),
                          "inplace": rng.random() < 0.7, "create": rng.random() < 0.5})
        elif kind == 4:
            cases.append({"op": "parse", "ptr": pointer(d)})
        elif kind == 5:
            a, b = pointer(d), pointer(d)
            if rng.random() < 0.3:
                b = a
            elif rng.random() < 0.3:
                b = a.rsplit("/", 1)[0] if "/" in a else a
            cases.append({"op": rng.choice(["contains", "eq"]), "ptr": a, "other": b})
        elif kind == 6:
            if rng.random() < 0.5:
                cases.append({"op": "join", "ptr": pointer(d), "suffix": pointer(d)})
            else:
                cases.append({"op": "from_parts", "parts": [rng.choice([key(), rng.randint(0, 20)]) for _ in range(rng.randint(0, 4))]})
        else:
            cases.append({"op": "to_last", "doc": d, "ptr": pointer(d)})
    return cases


def render(jp, v):
    if isinstance(v, jp.EndOfList):
        return {"end_of_list": v.list_}
    return v


def run_case(jp, c):
    op = c["op"]
    doc = copy.deepcopy(c.get("doc"))
    try:
        if op == "resolve":
            if "default" in c:
                return {"ok": render(jp, jp.resolve_pointer(doc, c["ptr"], c["default"]))}
            return {"ok": render(jp, jp.resolve_pointer(doc, c["ptr"]))}
        if op == "set":
            res = jp.set_pointer(doc, c["ptr"], copy.deepcopy(c["value"]), inplace=c["inplace"], create=c["create"])
            return {"ok": res, "doc": doc}
        if op == "parse":
            p = jp.JsonPointer(c["ptr"])
            return {"ok": [p.parts, p.path, str(p), repr(p), p.get_parts()]}
        if op == "contains":
            return {"ok": jp.JsonPointer(c["ptr"]).contains(jp.JsonPointer(c["other"]))}
        if op == "eq":
            return {"ok": jp.JsonPointer(c["ptr"]) == jp.JsonPointer(c["other"])}
        if op == "join":
            return {"ok": jp.JsonPointer(c["ptr"]).join(c["suffix"]).path}
        if op == "from_parts":
            return {"ok": jp.JsonPointer.from_parts(c["parts"]).path}
        if op == "to_last":
            sub, part = jp.JsonPointer(c["ptr"]).to_last(doc)
            return {"ok": [render(jp, sub), part]}
    except jp.JsonPointerException as e:
        out = {"err": "JsonPointerException", "msg": str(e)}
        if op == "set":
            out["doc"] = doc
        return out
    raise AssertionError(op)


def original(c):
    import jsonpointer
    return run_case(jsonpointer, c)


def variants():
    return [
        eqcheck.Variant("port-javascript", run=["node", os.path.join(HERE, "driver.js")]),
        eqcheck.Variant("port-ruby", run=["ruby", "-I", os.path.join(LIB, "port-ruby", "lib"), os.path.join(HERE, "driver.rb")]),
        eqcheck.Variant("rewrite-python", run=[sys.executable, os.path.join(HERE, "driver_rewrite.py")]),
        eqcheck.Variant("independent-python", run=[sys.executable, os.path.join(HERE, "driver_independent.py")]),
        eqcheck.Variant("independent-javascript", run=["node", os.path.join(HERE, "driver_independent.js")]),
        eqcheck.Variant("independent-ruby", run=["ruby", "-I", os.path.join(LIB, "independent-ruby", "lib"), os.path.join(HERE, "driver_independent.rb")]),
    ]


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(eqcheck.original_root(NAME), "jsonpointer-3.12"))
    sys.exit(eqcheck.main(NAME, gen, original, variants(), only=sys.argv[1:]))
