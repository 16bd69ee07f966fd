#!/usr/bin/env python3
"""Equivalence check: the jmespath 1.1.0 lexer (jmespath/lexer.py + exceptions) vs its C++ and JavaScript ports
and the Python rewrite. Each input is one expression; the answer is the token list, or the error (class,
lexer position, lexer value, message).

Input domain (restricted where the original's behaviour is Python-specific, see api.md "Notes"): numbers have
at most 15 digits (JavaScript numbers); JSON literals contain no NaN/Infinity, no exponents beyond 1e99 and
no \\uD800-\\uDFFF escapes (Python's json accepts these, JSON.parse does not); no U+001C..U+001F, U+0085 or
U+FEFF (Python's str.lstrip and JavaScript's trimStart disagree on them).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
DEVSET = os.path.dirname(os.path.dirname(LIB))
sys.path.insert(0, DEVSET)
import eqcheck  # noqa: E402

NAME = "jmespath"

SIMPLE = list(".*],:@(){}") + ["[", "[]", "[?", "|", "||", "&", "&&", "<", "<=", ">", ">=", "!", "!=", "==", "="]
WORDS = ["foo", "bar", "a", "_x1", "Baz_9", "length", "sort_by", "x"]
JSON_BITS = ["1", "-2", "3.5", "0", "1e3", "-0.25", "true", "false", "null", '"s"', '"a b"', '"\\u00e9"', '"\\n"',
             "[1, 2]", '{"a": 1}', '{"a": [true, null]}', "[]", "{}", ' 7 ', '"x\\"y"']
JUNK_LITERALS = ["foo", " foo", "a b", "[1,", "{a:1}", "01", "tru", "1 2", '"open', "\\`x", "é", "x\\\\y", "\\t",
                 "-", "1.", ".5", "\\u00e9", "\\q"]
QUOTED = ["foo", "a b", "\\\"q\\\"", "\\\\", "\\n", "\\u00e9", "é", "😀", "\\x", "\\u12g4", "\\u12", "a\tb",
          "\x01", "\\/", "\\b\\f\\r\\t", ""]
RAW = ["foo", "it\\'s", "a\\\\b", "", "é😀", "\\n", "x y"]
UNKNOWN = ["#", "^", "~", "$", "é", "😀", "%", ";", "+", "?", "/", "\\", "\x00"]


def gen(rng):
    def piece():
        r = rng.random()
        if r < 0.25:
            return rng.choice(WORDS)
        if r < 0.45:
            return rng.choice(SIMPLE)
        if r < 0.55:
            n = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 15)))
            return rng.choice(["", "-"]) + n
        if r < 0.65:
            return "`" + rng.choice(JSON_BITS if rng.random() < 0.6 else JUNK_LITERALS) + "`"
        if r < 0.75:
            return '"' + rng.choice(QUOTED) + '"'
        if r < 0.82:
            return "'" + rng.choice(RAW) + "'"
        if r < 0.92:
            return rng.choice([" ", "  ", "\t", "\n", "\r"])
        if r < 0.96:
            return rng.choice(UNKNOWN)
        return rng.choice(["`", '"', "'", "-", "=", "`1", '"abc', "'abc"])  # unclosed or dangling

    cases = [{"expr": ""}]
    while len(cases) < 3000:
        n = rng.randint(1, 8)
        expr = "".join(piece() for _ in range(n))
        if re.search(r"[0-9]{16,}", expr):
            continue
        cases.append({"expr": expr})
    return cases


def run_case(mod, exceptions, case):
    try:
        return {"ok": list(mod.Lexer().tokenize(case["expr"]))}
    except exceptions.LexerError as e:
        return {"err": "LexerError", "pos": e.lexer_position, "value": e.lexer_value, "msg": e.message}
    except exceptions.EmptyExpressionError as e:
        return {"err": "EmptyExpressionError", "msg": str(e)}


def original(case):
    import warnings
    from jmespath import exceptions, lexer
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return run_case(lexer, exceptions, case)


def variants():
    sup = os.path.join(DEVSET, "support")
    cpp = os.path.join(LIB, "port-cpp")
    icpp = os.path.join(LIB, "independent-cpp")
    return [
        eqcheck.Variant("port-cpp", build=[["sh", "-c", f"g++ -std=c++17 -O2 -I{cpp} -I{sup} {HERE}/driver.cpp {cpp}/lexer.cpp {cpp}/json.cpp {cpp}/exceptions.cpp -o $BUILD/driver"]],
                        run=["$BUILD/driver"]),
        eqcheck.Variant("port-javascript", run=["node", "--no-warnings", os.path.join(HERE, "driver.js")]),
        eqcheck.Variant("rewrite-python", run=[sys.executable, os.path.join(HERE, "driver_rewrite.py")]),
        eqcheck.Variant("independent-python", run=[sys.executable, os.path.join(HERE, "driver_independent.py")]),
        eqcheck.Variant("independent-cpp", build=[["sh", "-c", f"g++ -std=c++17 -O2 -I{icpp} {HERE}/driver_independent.cpp {icpp}/*.cpp -o $BUILD/driver"]],
                        run=["$BUILD/driver"]),
        eqcheck.Variant("independent-javascript", run=["node", "--no-warnings", os.path.join(HERE, "driver_independent.js")]),
    ]


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(eqcheck.original_root(NAME), "jmespath-1.1.0"))
    sys.exit(eqcheck.main(NAME, gen, original, variants(), only=sys.argv[1:]))
