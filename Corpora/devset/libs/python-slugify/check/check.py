#!/usr/bin/env python3
"""Equivalence check for python-slugify 9.2.0 (slugify/slugify.py, slugify/_legacy.py, slugify/special.py): the
Java and TypeScript ports and the Python rewrite against the original.

Cases: slugify() with both algorithms (legacy, modern) and random combinations of every option (entities,
decimal, hexadecimal, max_length incl. 0 and negative, word_boundary, separator incl. '' and multi-character
ones, save_order, stopwords, regex_pattern, lowercase, replacements incl. the PRE_TRANSLATIONS table,
allow_unicode, replacement_stage, backend, invalid stage/backend/algorithm -> ValueError), smart_truncate()
(incl. negative lengths and the empty separator -> ValueError) and the special.py tables themselves.
Errors are compared by exception type.

Domain restriction: the transliteration backends (Unidecode / text-unidecode / anyascii) are third-party
packages with large tables that the ports do not carry (they fall back to NFKD + dropping non-ASCII), and
Python's Unicode-aware \\w / isalnum differ from Java's and JavaScript's, so the text reaching the
transliteration step or the Unicode word filter is ASCII: input text is printable ASCII (plus characters of
the PRE_TRANSLATIONS table when that table is the replacement list and applies before cleanup), and
character references that decode to non-ASCII (named entities from the whole HTML 4 table, decimal/hex
references below U+3000, surrogates, and out-of-range references) are only used with the legacy algorithm
without allow_unicode or regex_pattern, where decoding happens after transliteration and the ASCII filter removes what
normalisation leaves outside ASCII. The other modes get entity references that decode to ASCII, plus
invalid/out-of-range ones.
"""
import importlib
import importlib.util
import os
import sys
from html.entities import name2codepoint

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(LIB, "..", "..", "harness"))
import langs  # noqa: E402

N = 3000
WORDS = ("the quick brown fox jumps over a lazy dog Hello World This is a TEST of slugify C'est l'ete 10,000 "
         "1,2 rock'n'roll foo_bar baz-qux UPPER lower MiXeD Jaja lol mememe meme Nin hao a-b-c _under_ "
         "of and The OF x y z 2023 v1.2.3 price $42.00 50% e-mail user@example.com").split()
ASCII_ENTITIES = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#65;", "&#x41;", "&#X42;", "&#x2d;", "&#45;",
                  "&#48;", "&#1234567890123;", "&#x110000;", "&#;", "&amp", "&#x;",
                  "&bogus;", "&#0065;", "&#x00000061;"]


SURROGATE_REFS = ["&#55296;", "&#xD800;", "&#XDFFF;"]  # left undecoded by the modern algorithm only


def wide_entity(rng):
    r = rng.random()
    if r < 0.5:
        return "&%s;" % rng.choice(list(name2codepoint))
    if r < 0.7:
        return "&#%d;" % rng.choice([rng.randint(0, 0x2FFF), rng.randint(0, 255), rng.randint(0xD800, 0xDFFF)])
    if r < 0.85:
        return "&#%s%X;" % (rng.choice("xX"), rng.randint(0, 0x2FFF))
    return rng.choice(["&#99999999999;", "&#x110000;", "&#1114112;"])


def text_of(rng, wide, pre_chars, modern=False):
    parts = []
    for _ in range(rng.randint(0, 9)):
        r = rng.random()
        if r < 0.55:
            parts.append(rng.choice(WORDS))
        elif r < 0.7:
            pool = ASCII_ENTITIES + (SURROGATE_REFS if modern else [])
            parts.append(wide_entity(rng) if wide and rng.random() < 0.7 else rng.choice(pool))
        elif r < 0.8 and pre_chars:
            parts.append("".join(rng.choice(pre_chars) for _ in range(rng.randint(1, 4))))
        else:
            parts.append("".join(rng.choice("abcXYZ019 -_'.,;:!?&#/()[]{}*+=~`\"") for _ in range(rng.randint(1, 6))))
    sep = rng.choice([" ", " ", "-", "", "  ", "_", "'"])
    return sep.join(parts)


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def apply(mod, c):
    try:
        if c["fn"] == "tables":
            return {"ok": [list(p) for p in mod.PRE_TRANSLATIONS]}
        if c["fn"] == "smart_truncate":
            return {"ok": mod.smart_truncate(*c["args"])}
        kw = dict(c["kw"])
        if kw.get("replacements") == "PRE":
            kw["replacements"] = mod.PRE_TRANSLATIONS
        return {"ok": mod.slugify(c["text"], **kw)}
    except ValueError:
        return {"error": "ValueError"}


def gen(rng, orig):
    pre_chars = sorted({k for k, _ in orig.PRE_TRANSLATIONS if len(k) == 1})
    cases = [{"fn": "tables"}]
    while len(cases) < N:
        r = rng.random()
        if r < 0.12:
            s = text_of(rng, False, None)
            s = rng.choice([s, s.replace(" ", "-"), "-" + s.replace(" ", "--") + "-", s.replace(" ", "_")])
            cases.append({"fn": "smart_truncate", "args": [s, rng.choice([0, 0, 1, 3, 5, 8, 12, 20, 40, -1, -4]),
                                                            rng.random() < 0.5, rng.choice([" ", "-", "_", "", "--"]),
                                                            rng.random() < 0.5]})
            continue
        kw = {}
        algorithm = rng.choice(["legacy", "modern", None])
        if algorithm:
            kw["algorithm"] = algorithm
        allow_unicode = rng.random() < 0.25
        if allow_unicode:
            kw["allow_unicode"] = True
        for name in ("entities", "decimal", "hexadecimal"):
            if rng.random() < 0.15:
                kw[name] = False
        if rng.random() < 0.5:
            kw["max_length"] = rng.choice([0, 1, 2, 4, 6, 9, 12, 16, 25, 40, -2])
            kw["word_boundary"] = rng.random() < 0.5
            kw["save_order"] = rng.random() < 0.5
        if rng.random() < 0.4:
            kw["separator"] = rng.choice(["_", "", ".", "--", " ", "~", "xy", "$1", "-"])
        if rng.random() < 0.2:
            kw["stopwords"] = rng.sample(["the", "a", "The", "of", "OF", "is", "fox", "x", "and"], rng.randint(1, 4))
        if rng.random() < 0.1:
            kw["regex_pattern"] = rng.choice([r"[^-a-z0-9]+", r"[^a-z]+", r"\d+", r"[aeiou]", r"[^-a-zA-Z0-9_]+"])
        if rng.random() < 0.15:
            kw["lowercase"] = False
        pre = False
        if rng.random() < 0.3:
            if rng.random() < 0.4:
                kw["replacements"] = "PRE"
                pre = True
            else:
                kw["replacements"] = rng.sample([["a", "4"], ["e", "3"], ["-", "_"], ["&", " and "], ["fox", "cat"],
                                                 ["|", "or"], ["", "."], ["'", ""], ["dog", "'d-o-g'"], ["1", "one"]],
                                                rng.randint(1, 3))
        if rng.random() < 0.3:
            kw["replacement_stage"] = rng.choice(["both", "pre", "post", "post", "bogus"])
        if rng.random() < 0.08:
            kw["backend"] = rng.choice(["auto", "unidecode", "text-unidecode", "anyascii", "nope"])
        if rng.random() < 0.02:
            kw["algorithm"] = "future"
        wide = kw.get("algorithm", "legacy") == "legacy" and not allow_unicode and "regex_pattern" not in kw
        pre_ok = pre and kw.get("replacement_stage", "both") in ("both", "pre")
        cases.append({"fn": "slugify", "text": text_of(rng, wide, pre_chars if pre_ok else None,
                                                        kw.get("algorithm") == "modern"), "kw": kw})
    return cases


def main():
    if sys.argv[1:2] == ["--serve"]:
        sys.path.insert(0, sys.argv[2])
        return langs.serve(apply, importlib.import_module("slugger"))
    if sys.argv[1:2] == ["--serve-independent"]:
        sys.path.insert(0, sys.argv[2])
        return langs.serve(apply, importlib.import_module("slugify"))
    import eqcheck
    import fetch
    sys.path.insert(0, os.path.join(fetch.root_of("python-slugify"), "python_slugify-9.2.0"))
    orig = importlib.import_module("slugify")
    variants = [
        langs.java("port-java", os.path.join(LIB, "port-java"), os.path.join(HERE, "java"), "SlugifyDriver"),
        langs.ts("port-typescript", os.path.join(LIB, "port-typescript"), os.path.join(HERE, "ts", "driver.ts")),
        langs.python("rewrite-python", os.path.abspath(__file__), os.path.join(LIB, "rewrite-python")),
        # independent implementations, written from api.md only (drivers in check/independent/)
        eqcheck.Variant("independent-python", run=[sys.executable, os.path.abspath(__file__), "--serve-independent",
                                                   os.path.join(LIB, "independent-python")]),
        langs.java("independent-java", os.path.join(LIB, "independent-java"), os.path.join(HERE, "independent", "java"),
                   "IndependentSlugifyDriver"),
        langs.ts("independent-typescript", os.path.join(LIB, "independent-typescript"),
                 os.path.join(HERE, "independent", "ts", "driver.ts")),
    ]
    only = sys.argv[1].split(",") if len(sys.argv) > 1 else None
    return eqcheck.main("python-slugify", lambda rng: gen(rng, orig), lambda c: apply(orig, c), variants, only=only)


if __name__ == "__main__":
    sys.exit(main())
