#!/usr/bin/env python3
"""Equivalence check: webcolors 25.10.0 vs its C++ and Go ports and the Python rewrite.

Input domain (restricted where the original's behaviour is Python-specific, see api.md "Notes"):
hex strings never end in a newline (Python's `$` also matches before a final newline), whitespace
in legacy-color inputs is ASCII only (str.strip() also strips Unicode spaces such as U+3000 and
U+001C), percent strings are well-formed Python numbers, integer components fit in 32 bits and
html5_serialize_simple_color gets components in 0..255.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
DEVSET = os.path.dirname(os.path.dirname(LIB))
sys.path.insert(0, DEVSET)
import eqcheck  # noqa: E402

NAME = "webcolors"
SPECS = ["html4", "css2", "css21", "css3"]
BAD_SPECS = ["CSS3", "css1", "html5", ""]
HEXD = "0123456789abcdefABCDEF"
JUNK = "xyzXYZ-_# gG!é中😀\t\n."


def _names():
    import webcolors
    return webcolors.names("css3") + ["orange", "grey"]


def gen(rng):
    names = _names()
    cases = []

    def spec():
        return rng.choice(SPECS) if rng.random() < 0.9 else rng.choice(BAD_SPECS)

    def name():
        r = rng.random()
        n = rng.choice(names)
        if r < 0.5:
            return n
        if r < 0.75:
            return "".join(ch.upper() if rng.random() < 0.5 else ch for ch in n)
        if r < 0.9:
            return n[: rng.randint(1, len(n))] + rng.choice(["", "x", "é"])
        return "".join(rng.choice(JUNK.replace("\n", "")) for _ in range(rng.randint(0, 8)))

    def hexval():
        r = rng.random()
        if r < 0.45:
            return "#" + "".join(rng.choice(HEXD) for _ in range(rng.choice([3, 6])))
        if r < 0.65:
            import webcolors
            return webcolors.name_to_hex(rng.choice(names)).upper() if rng.random() < 0.5 else webcolors.name_to_hex(rng.choice(names))
        if r < 0.8:
            return rng.choice(["", "#"]) + "".join(rng.choice(HEXD) for _ in range(rng.randint(0, 8)))
        return "".join(rng.choice(HEXD + "#gxz ") for _ in range(rng.randint(0, 8)))

    def comp():
        return rng.choice([rng.randint(0, 255), rng.randint(0, 255), rng.randint(-300, 600),
                           rng.choice([0, 16, 32, 64, 128, 255, 127, 1, 254])])

    def triplet():
        if rng.random() < 0.3:
            import webcolors
            return list(webcolors.name_to_rgb(rng.choice(names)))
        return [comp(), comp(), comp()]

    def pct():
        r = rng.random()
        if r < 0.35:
            s = str(rng.randint(-20, 120))
        elif r < 0.7:
            s = f"{rng.uniform(-20, 120):.{rng.randint(1, 3)}f}"
        elif r < 0.8:
            s = rng.choice(["0", "100", "50", "12.5", "6.25", "25", "85.49", "64.71", "-0", "-0.0", "+5", "007", ".5", "50."])
        else:
            s = str(rng.choice([0, 25, 50, 75, 100, 12.5, 33.3, 66.67]))
        return s + ("%" if rng.random() < 0.9 else "")

    def ptriplet():
        if rng.random() < 0.3:
            import webcolors
            return list(webcolors.name_to_rgb_percent(rng.choice(names)))
        return [pct(), pct(), pct()]

    def legacy():
        r = rng.random()
        if r < 0.2:
            return rng.choice(names) if rng.random() < 0.7 else rng.choice(names).upper()
        if r < 0.35:
            return "#" + "".join(rng.choice(HEXD) for _ in range(rng.choice([3, 6])))
        if r < 0.4:
            return rng.choice(["", "transparent", " Transparent ", "chucknorris", "Window", "   "])
        r2 = rng.random()
        n = rng.randint(0, 14) if r2 < 0.6 else rng.randint(15, 40) if r2 < 0.9 else rng.randint(0, 300)
        s = "".join(rng.choice(HEXD + JUNK) for _ in range(n))
        return rng.choice(["", " ", "\t"]) + s + rng.choice(["", " ", "\n"])

    def simple():
        r = rng.random()
        if r < 0.6:
            return "#" + "".join(rng.choice(HEXD) for _ in range(6))
        return "".join(rng.choice(HEXD + "#gé😀") for _ in range(rng.randint(5, 8)))

    makers = [
        ("name_to_hex", lambda: [name(), spec()]),
        ("name_to_rgb", lambda: [name(), spec()]),
        ("name_to_rgb_percent", lambda: [name(), spec()]),
        ("hex_to_name", lambda: [hexval(), spec()]),
        ("hex_to_rgb", lambda: [hexval()]),
        ("hex_to_rgb_percent", lambda: [hexval()]),
        ("rgb_to_name", lambda: [triplet(), spec()]),
        ("rgb_to_hex", lambda: [triplet()]),
        ("rgb_to_rgb_percent", lambda: [triplet()]),
        ("rgb_percent_to_name", lambda: [ptriplet(), spec()]),
        ("rgb_percent_to_hex", lambda: [ptriplet()]),
        ("rgb_percent_to_rgb", lambda: [ptriplet()]),
        ("html5_parse_simple_color", lambda: [simple()]),
        ("html5_serialize_simple_color", lambda: [[rng.randint(0, 255) for _ in range(3)]]),
        ("html5_parse_legacy_color", lambda: [legacy()]),
        ("normalize_hex", lambda: [hexval()]),
        ("normalize_integer_triplet", lambda: [triplet()]),
        ("normalize_percent_triplet", lambda: [ptriplet()]),
        ("names", lambda: [spec()]),
    ]
    for i in range(2400):
        fn, mk = makers[i % len(makers)]
        cases.append({"fn": fn, "args": mk()})
    return cases


def original(case, module=None):
    import webcolors
    mod = module or webcolors
    fn = getattr(mod, case["fn"])
    args = [tuple(a) if isinstance(a, list) else a for a in case["args"]]
    try:
        res = fn(*args)
    except ValueError as e:
        return {"err": "ValueError", "msg": str(e)}
    return {"ok": list(res) if isinstance(res, tuple) else res}


def variants():
    sup = os.path.join(DEVSET, "support")
    cpp = os.path.join(LIB, "port-cpp")
    go = os.path.join(LIB, "port-go")
    icpp = os.path.join(LIB, "independent-cpp")
    igo = os.path.join(LIB, "independent-go")
    return [
        eqcheck.Variant("port-cpp", build=[["sh", "-c", f"g++ -std=c++17 -O1 -I{cpp} -I{sup} {HERE}/driver.cpp {cpp}/*.cpp -o $BUILD/driver"]],
                        run=["$BUILD/driver"]),
        eqcheck.Variant("port-go", build=[["sh", "-c", f"rm -rf $BUILD/src && mkdir -p $BUILD/src && cp {HERE}/driver.go $BUILD/src/main.go && printf 'module driver\\ngo 1.19\\nrequire webcolors v0.0.0\\nreplace webcolors => {go}\\n' > $BUILD/src/go.mod && cd $BUILD/src && GOFLAGS=-mod=mod GOPROXY=off go build -o $BUILD/driver ."]],
                        run=["$BUILD/driver"]),
        eqcheck.Variant("rewrite-python", run=[sys.executable, os.path.join(HERE, "driver_rewrite.py")]),
        eqcheck.Variant("independent-python", run=[sys.executable, os.path.join(HERE, "driver_independent.py")]),
        eqcheck.Variant("independent-cpp", build=[["sh", "-c", f"g++ -std=c++17 -O1 -I{icpp} -I{HERE} {HERE}/driver_independent.cpp {icpp}/*.cpp -o $BUILD/driver"]],
                        run=["$BUILD/driver"]),
        eqcheck.Variant("independent-go", build=[["sh", "-c", f"rm -rf $BUILD/src && mkdir -p $BUILD/src && cp {HERE}/driver_independent.go $BUILD/src/main.go && printf 'module driver\\ngo 1.19\\nrequire colornames v0.0.0\\nreplace colornames => {igo}\\n' > $BUILD/src/go.mod && cd $BUILD/src && GOFLAGS=-mod=mod GOPROXY=off go build -o $BUILD/driver ."]],
                        run=["$BUILD/driver"]),
    ]


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(eqcheck.original_root(NAME), "webcolors-25.10.0", "src"))
    sys.exit(eqcheck.main(NAME, gen, original, variants(), only=sys.argv[1:]))
