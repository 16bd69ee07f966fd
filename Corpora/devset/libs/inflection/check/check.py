#!/usr/bin/env python3
"""Equivalence check for inflection 0.5.1: the Java and TypeScript ports and the Python rewrite against the original.

Cases call every public function (camelize both ways, dasherize, humanize, ordinal, ordinalize, parameterize
with several separators, pluralize, singularize, tableize, titleize, transliterate, underscore) on words
drawn from English nouns in both forms, the irregular/uncountable lists, CamelCase and snake_case compounds,
and random ASCII text. Domain restrictions (language-specific behaviour of the original's regexes):
strings are printable ASCII without newlines (Python's `$` also matches before a trailing newline, JS's does
not; Python's `\\w`/`(?i)` are Unicode-aware), except transliterate/parameterize, which also get accented Latin
letters and a few other non-ASCII characters (NFKD is the same in every runtime); numbers are |n| < 2**53;
separators contain no backslash (the original passes them to re.sub as a template).
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(LIB, "..", "..", "harness"))
import langs  # noqa: E402

N = 2400
WORDS = ("post octopus octopi sheep fish word quiz quizzes ox oxen mouse mice louse passerby passersby matrix "
         "matrices vertex index indices box church kiss dish query queries hive hives wolf wolves life lives "
         "wife knife thesis analysis basis diagnosis datum data medium buffalo potato tomato bus buses alias "
         "status virus viri axis axes test testis crisis shoe shoes movie movies series species news "
         "person people man men human humans child children sex sexes move moves cow kine zombie zombies "
         "equipment information jeans money rice database databases tive perspective archive archives "
         "category categories day days toy boy half halves safe calf elf shelf leaf wharf dwarf prognosis "
         "synopsis parenthesis ss class address glass business woman women salesperson spokesman chairman "
         "MOUSE Octopus PERSON Cow COW Kine KINE Zombie ZOMBIES device_type employee_salary author_id "
         "RawScaledScorer egg_and_ham fancyCategory IOError HTMLParser TheManWithoutAPast x-men").split()
ACCENTED = "äöüÄÖÜßéèêëçñÆæøØåÅœŒłŁđĐ€™ﬁ½²Ωπ日本"


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def apply(mod, c):
    fn, args = c["fn"], c["args"]
    try:
        return {"ok": getattr(mod, fn)(*args)}
    except Exception:  # noqa: BLE001  (the only failure: camelize('', False) indexes an empty string)
        return {"error": True}


def word(rng, ascii_only=True):
    r = rng.random()
    if r < 0.45:
        w = rng.choice(WORDS)
    elif r < 0.7:
        parts = [rng.choice(WORDS) for _ in range(rng.randint(2, 3))]
        style = rng.choice(["snake", "camel", "space", "dash", "upper"])
        if style == "snake":
            w = "_".join(parts)
        elif style == "camel":
            w = "".join(p[:1].upper() + p[1:] for p in parts)
        elif style == "space":
            w = " ".join(parts)
        elif style == "dash":
            w = "-".join(parts)
        else:
            w = "_".join(parts).upper()
    else:
        alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789______----    ''..,:!?&$()/\\#"
        w = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
    if rng.random() < 0.15:
        w += rng.choice(["_id", "s", "es", "ies", "'s", " ", "_", "-", "ID", "2", "_ids"])
    if not ascii_only and rng.random() < 0.6:
        k = rng.randint(0, len(w))
        w = w[:k] + "".join(rng.choice(ACCENTED) for _ in range(rng.randint(1, 3))) + w[k:]
    return w


def gen(rng):
    cases = []
    fns = ["camelize", "camelize_lower", "dasherize", "humanize", "ordinal", "ordinalize", "parameterize",
           "pluralize", "singularize", "tableize", "titleize", "transliterate", "underscore"]
    for k in range(N):
        fn = fns[k % len(fns)] if k < len(fns) * 20 else rng.choice(fns + ["pluralize", "singularize"] * 2)
        if fn in ("ordinal", "ordinalize"):
            n = rng.choice([rng.randint(-30, 130), rng.randint(-5000, 5000), rng.randint(-2**53 + 1, 2**53 - 1)])
            cases.append({"fn": fn, "args": [n]})
        elif fn == "camelize_lower":
            cases.append({"fn": "camelize", "args": [word(rng) if rng.random() > 0.03 else "", False]})
        elif fn == "parameterize":
            sep = rng.choice(["-", "-", "_", "", ".", "+", "--", "__", "~", " ", "x", "$", "ab", "*"])
            cases.append({"fn": fn, "args": [word(rng, ascii_only=False), sep]})
        elif fn == "transliterate":
            cases.append({"fn": fn, "args": [word(rng, ascii_only=False)]})
        else:
            cases.append({"fn": fn, "args": [word(rng)]})
    return cases


def main():
    if sys.argv[1:2] == ["--serve"]:
        return langs.serve(apply, load(os.path.join(sys.argv[2], "wordforms.py"), "wordforms"))
    if sys.argv[1:2] == ["--serve-independent"]:
        return langs.serve(apply, load(os.path.join(sys.argv[2], "inflection.py"), "inflection_independent"))
    import eqcheck
    import fetch
    orig = load(os.path.join(fetch.root_of("inflection"), "inflection-0.5.1", "inflection", "__init__.py"),
                "inflection_original")
    variants = [
        langs.java("port-java", os.path.join(LIB, "port-java"), os.path.join(HERE, "java"), "InflectionDriver"),
        langs.ts("port-typescript", os.path.join(LIB, "port-typescript"), os.path.join(HERE, "ts", "driver.ts")),
        langs.python("rewrite-python", os.path.abspath(__file__), os.path.join(LIB, "rewrite-python")),
        # independent implementations, written from api.md only (drivers in check/independent/)
        eqcheck.Variant("independent-python", run=[sys.executable, os.path.abspath(__file__), "--serve-independent",
                                                   os.path.join(LIB, "independent-python")]),
        langs.java("independent-java", os.path.join(LIB, "independent-java"), os.path.join(HERE, "independent", "java"),
                   "IndependentInflectionDriver"),
        langs.ts("independent-typescript", os.path.join(LIB, "independent-typescript"),
                 os.path.join(HERE, "independent", "ts", "driver.ts")),
    ]
    only = sys.argv[1].split(",") if len(sys.argv) > 1 else None
    return eqcheck.main("inflection", gen, lambda c: apply(orig, c), variants, only=only)


if __name__ == "__main__":
    sys.exit(main())
