#!/usr/bin/env python3
"""Equivalence check: base58 2.1.1 vs its C++ and Rust ports and the Python rewrite.

Byte strings travel as hex; integers (b58encode_int's input, b58decode_int's output) as lowercase hex without
leading zeros ("" for 0 on output, "0" accepted on input). Input domain (restricted where the original's
behaviour is Python-specific): encoded strings are ASCII (scrub_input's str.encode('ascii') error is a
Python UnicodeEncodeError) and contain no U+001C..U+001F (str.rstrip() strips them, bytes.rstrip() does not);
alphabets are 58 distinct printable ASCII characters.
"""
import os
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
DEVSET = os.path.dirname(os.path.dirname(LIB))
sys.path.insert(0, DEVSET)
import eqcheck  # noqa: E402

NAME = "base58"
BTC = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
XRP = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
PRINTABLE = string.digits + string.ascii_letters + string.punctuation + " "


def gen(rng):
    import base58
    cases = []

    def alphabet():
        r = rng.random()
        if r < 0.5:
            return BTC
        if r < 0.7:
            return XRP
        chars = list(PRINTABLE)
        rng.shuffle(chars)
        return "".join(chars[:58])

    def data():
        n = rng.choice([0, 1, 2, 3, 4, 5, rng.randint(0, 40), rng.randint(0, 40), rng.randint(40, 200)])
        lead = rng.choice([0, 0, 0, 1, 2, 5]) if n else 0
        return bytes(lead) + bytes(rng.randrange(256) for _ in range(n))

    def noisy(s, a):
        r = rng.random()
        if r < 0.6:
            return s
        if r < 0.75:
            return s + rng.choice([" ", "\n", "\t ", "\r\n", "\x0b", "\x0c"])
        if r < 0.9 and s:
            k = rng.randrange(len(s))
            return s[:k] + rng.choice("0OoIl1 +/=\x01\x7f'\\\"\t" + a[:3]) + s[k + 1:]
        return "".join(rng.choice(a + "0OIl") for _ in range(rng.randint(0, 12)))

    for i in range(3000):
        kind = i % 6
        a = alphabet()
        if kind == 0:
            cases.append({"fn": "b58encode", "data": data().hex(), "alphabet": a})
        elif kind == 1:
            cases.append({"fn": "b58encode_check", "data": data().hex(), "alphabet": a})
        elif kind == 2:
            i_val = rng.choice([0, rng.randrange(1 << 8), rng.randrange(1 << 64), rng.randrange(1 << 300)])
            cases.append({"fn": "b58encode_int", "int": format(i_val, "x"), "default_one": rng.random() < 0.5,
                          "alphabet": a})
        else:
            d = data()
            enc = (base58.b58encode_check if kind == 5 else base58.b58encode)(d, alphabet=a.encode()).decode()
            fn = {3: "b58decode", 4: "b58decode_int", 5: "b58decode_check"}[kind]
            cases.append({"fn": fn, "s": noisy(enc, a), "alphabet": a, "autofix": rng.random() < 0.4})
    return cases


def run_case(base58, c):
    a = c["alphabet"].encode()
    try:
        fn = c["fn"]
        if fn == "b58encode":
            return {"ok": base58.b58encode(bytes.fromhex(c["data"]), alphabet=a).decode()}
        if fn == "b58encode_check":
            return {"ok": base58.b58encode_check(bytes.fromhex(c["data"]), alphabet=a).decode()}
        if fn == "b58encode_int":
            return {"ok": base58.b58encode_int(int(c["int"], 16), default_one=c["default_one"], alphabet=a).decode()}
        if fn == "b58decode":
            return {"ok": base58.b58decode(c["s"], alphabet=a, autofix=c["autofix"]).hex()}
        if fn == "b58decode_check":
            return {"ok": base58.b58decode_check(c["s"], alphabet=a, autofix=c["autofix"]).hex()}
        if fn == "b58decode_int":
            n = base58.b58decode_int(c["s"], alphabet=a, autofix=c["autofix"])
            return {"ok": format(n, "x") if n else ""}
    except ValueError as e:
        return {"err": "ValueError", "msg": str(e)}
    raise AssertionError(c)


def original(c):
    import base58
    return run_case(base58, c)


def variants():
    sup = os.path.join(DEVSET, "support")
    cpp = os.path.join(LIB, "port-cpp")
    rust = os.path.join(LIB, "port-rust")
    json_rs = os.path.join(DEVSET, "harness", "rust", "json.rs")
    icpp = os.path.join(LIB, "independent-cpp")
    irust = os.path.join(LIB, "independent-rust")
    return [
        eqcheck.Variant("port-cpp", build=[["sh", "-c", f"g++ -std=c++17 -O2 -I{cpp} -I{sup} {HERE}/driver.cpp {cpp}/base58.cpp {cpp}/sha256.cpp -o $BUILD/driver"]],
                        run=["$BUILD/driver"]),
        eqcheck.Variant("port-rust", build=[["sh", "-c", f"rm -rf $BUILD/crate && mkdir -p $BUILD/crate/src && cp {HERE}/driver.rs $BUILD/crate/src/main.rs && cp {json_rs} $BUILD/crate/src/json.rs && printf '[package]\\nname = \"driver\"\\nversion = \"0.0.0\"\\nedition = \"2021\"\\n\\n[dependencies]\\nbase58 = {{ path = \"{rust}\" }}\\n' > $BUILD/crate/Cargo.toml && cd $BUILD/crate && CARGO_TARGET_DIR=$BUILD/target cargo build --offline --release -q"]],
                        run=["$BUILD/target/release/driver"]),
        eqcheck.Variant("rewrite-python", run=[sys.executable, os.path.join(HERE, "driver_rewrite.py")]),
        eqcheck.Variant("independent-python", run=[sys.executable, os.path.join(HERE, "driver_independent.py")]),
        eqcheck.Variant("independent-cpp", build=[["sh", "-c", f"g++ -std=c++17 -O2 -I{icpp} -I{HERE} {HERE}/driver_independent.cpp {icpp}/b58.cpp {icpp}/digest.cpp -o $BUILD/driver"]],
                        run=["$BUILD/driver"]),
        eqcheck.Variant("independent-rust", build=[["sh", "-c", f"rm -rf $BUILD/crate && mkdir -p $BUILD/crate/src && cp {HERE}/driver_independent.rs $BUILD/crate/src/main.rs && cp {HERE}/jsonl_independent.rs $BUILD/crate/src/jsonl_independent.rs && printf '[package]\\nname = \"driver\"\\nversion = \"0.0.0\"\\nedition = \"2021\"\\n\\n[dependencies]\\nb58codec = {{ path = \"{irust}\" }}\\n' > $BUILD/crate/Cargo.toml && cd $BUILD/crate && CARGO_TARGET_DIR=$BUILD/target cargo build --offline --release -q"]],
                        run=["$BUILD/target/release/driver"]),
    ]


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(eqcheck.original_root(NAME), "base58-2.1.1"))
    sys.exit(eqcheck.main(NAME, gen, original, variants(), only=sys.argv[1:]))
