#!/usr/bin/env python3
"""Equivalence check for hashids 1.3.1: the Go and Rust ports and the Python rewrite against the original.

Cases: random salts / minimum lengths / alphabets (ASCII, with duplicates, some too small -> ValueError),
encode of 1-4 values (some negative), decode of encoded ids with random edits and of random strings,
encode_hex / decode_hex. Domain restriction (Python ints are unbounded, the ports use 64-bit integers):
values < 2**40 and only decode inputs whose intermediate numbers (the original's own _decode) stay < 2**62;
hex digits are [0-9a-fA-F] plus a few plainly invalid characters (Python's int() also accepts '_' and
surrounding whitespace, which no port reproduces).
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(LIB, "..", "..", "harness"))
import langs  # noqa: E402

N = 1200
PRINTABLE = [chr(c) for c in range(33, 127)]


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def apply(mod, c):
    try:
        h = mod.Hashids(c["salt"], c["min_length"], c["alphabet"])
    except ValueError:
        return {"error": "ValueError"}
    op, arg = c["op"], c["arg"]
    if op == "encode":
        return {"ok": h.encode(*arg)}
    if op == "decode":
        return {"ok": list(h.decode(arg))}
    if op == "encode_hex":
        return {"ok": h.encode_hex(arg)}
    return {"ok": h.decode_hex(arg)}


def gen(rng, orig):
    cases = []
    while len(cases) < N:
        salt = "".join(rng.choice(PRINTABLE) for _ in range(rng.choice([0, 0, 1, 3, 8, 12, 20])))
        r = rng.random()
        if r < 0.45:
            alphabet = orig.Hashids.ALPHABET
        elif r < 0.9:
            pool = rng.sample(PRINTABLE, rng.randint(16, 60))
            alphabet = "".join(pool + [rng.choice(pool) for _ in range(rng.randint(0, 5))])
            alphabet = "".join(rng.sample(alphabet, len(alphabet)))
        else:
            alphabet = "".join(rng.sample(PRINTABLE, rng.randint(2, 17)))  # often too few unique characters
        min_length = rng.choice([0, 0, 0, 1, 5, 8, 16, 25, 40, -3])
        c = {"salt": salt, "min_length": min_length, "alphabet": alphabet}
        try:
            h = orig.Hashids(salt, min_length, alphabet)
        except ValueError:
            cases.append(dict(c, op="encode", arg=[1, 2, 3]))
            continue
        op = rng.choice(["encode", "encode", "decode", "decode", "encode_hex", "decode_hex"])
        if op == "encode":
            vals = [rng.choice([rng.randint(0, 9), rng.randint(0, 1000), rng.randint(0, 2**40 - 1)])
                    for _ in range(rng.randint(0, 4))]
            if vals and rng.random() < 0.1:
                vals[rng.randrange(len(vals))] = -rng.randint(1, 100)
            cases.append(dict(c, op=op, arg=vals))
        elif op in ("decode", "decode_hex"):
            if rng.random() < 0.75:
                if op == "decode":
                    s = h.encode(*[rng.randint(0, rng.choice([10, 10**4, 2**40 - 1])) for _ in range(rng.randint(1, 4))])
                else:
                    s = h.encode_hex("".join(rng.choice("0123456789abcdef") for _ in range(rng.randint(1, 30))))
                s = list(s)
                for _ in range(rng.choice([0, 0, 1, 2])):  # random edits
                    k = rng.random()
                    if k < 0.4 and s:
                        s[rng.randrange(len(s))] = rng.choice(alphabet)
                    elif k < 0.7 and s:
                        del s[rng.randrange(len(s))]
                    else:
                        s.insert(rng.randint(0, len(s)), rng.choice(alphabet + "#"))
                s = "".join(s)
            else:
                s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
            try:
                if any(x >= 2**62 for x in orig._decode(s, h._salt, h._alphabet, h._separators, h._guards)):
                    continue  # outside the 64-bit domain
            except ValueError:
                pass
            cases.append(dict(c, op=op, arg=s))
        else:
            s = "".join(rng.choice("0123456789abcdefABCDEF") for _ in range(rng.randint(0, 40)))
            if s and rng.random() < 0.15:
                k = rng.randrange(len(s))
                s = s[:k] + rng.choice("gxz-+") + s[k + 1:]
            cases.append(dict(c, op=op, arg=s))
    return cases


def main():
    if sys.argv[1:2] == ["--serve"]:
        return langs.serve(apply, load(os.path.join(sys.argv[2], "short_ids.py"), "short_ids"))
    if sys.argv[1:2] == ["--serve-independent"]:
        return langs.serve(apply, load(os.path.join(sys.argv[2], "hashids.py"), "hashids_independent"))
    import eqcheck
    import fetch
    orig = load(os.path.join(fetch.root_of("hashids"), "hashids-1.3.1", "hashids.py"), "hashids_original")
    variants = [
        langs.go("port-go", os.path.join(LIB, "port-go"), os.path.join(HERE, "go", "main.go"), "hashids"),
        langs.rust("port-rust", os.path.join(LIB, "port-rust", "src"), os.path.join(HERE, "rust", "main.rs"), "hashids"),
        langs.python("rewrite-python", os.path.abspath(__file__), os.path.join(LIB, "rewrite-python")),
        # independent implementations, written from api.md only (drivers in check/independent/)
        eqcheck.Variant("independent-python", run=[sys.executable, os.path.abspath(__file__), "--serve-independent",
                                                   os.path.join(LIB, "independent-python")]),
        langs.go("independent-go", os.path.join(LIB, "independent-go"), os.path.join(HERE, "independent", "go", "main.go"),
                 "hashids"),
        langs.rust("independent-rust", os.path.join(LIB, "independent-rust", "src"),
                   os.path.join(HERE, "independent", "rust", "main.rs"), "hashids"),
    ]
    only = sys.argv[1].split(",") if len(sys.argv) > 1 else None
    return eqcheck.main("hashids", lambda rng: gen(rng, orig), lambda c: apply(orig, c), variants, only=only)


if __name__ == "__main__":
    sys.exit(main())
