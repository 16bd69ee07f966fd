#!/usr/bin/env python3
"""Writes docs/languages.md from `clonescan languages --format json`, docs/grammar-build-times.tsv and the fixture
lists of Tests/FrontEndTests (which languages pass which conformance suites, which port pairs exist).

usage: clonescan languages --format json | scripts/languages-doc.py > docs/languages.md
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
languages = json.load(sys.stdin)
support = open(os.path.join(ROOT, "Tests/FrontEndTests/FixtureSupport.swift")).read()
conformance = open(os.path.join(ROOT, "Tests/FrontEndTests/ConformanceTests.swift")).read()


def pairs(block_name):
    match = re.search(r"static let " + block_name + r": \[\(String, String\)\] = \[(.*?)\]", support, re.S)
    return dict(re.findall(r'\("([^"]+)", "([^"]+)"\)', match.group(1))) if match else {}


first = pairs("conformance")
added = pairs("added")
components = pairs("components")
tokens = pairs("tokenLevel")
partial = pairs("partial")
scripts = {}
match = re.search(r"static let scripts: \[\(String, String\)\] = \[(.*?)\]", support, re.S)
for language, file in re.findall(r'\("([^"]+)", "([^"]+)"\)', match.group(1) if match else ""):
    scripts.setdefault(language, []).append(file)
ports = {}
for a, la, b, lb in re.findall(r'\("([^"]+)", "([^"]+)", "([^"]+)", "([^"]+)", "[^"]+", "[^"]+", [0-9.]+\)', conformance):
    ports.setdefault(lb, []).append(f"{a} → {b}")
times = {}
for line in open(os.path.join(ROOT, "docs/grammar-build-times.tsv")):
    if line.startswith("#") or not line.strip():
        continue
    name, seconds, size = line.rstrip("\n").split("\t")
    times[name] = (float(seconds), int(size))
fuzz = {}
fuzz_path = os.path.join(ROOT, "docs/fuzz-inputs.tsv")
if os.path.exists(fuzz_path):
    for line in open(fuzz_path):
        if line.startswith("#") or not line.strip():
            continue
        name, executions = line.rstrip("\n").split("\t")[:2]
        fuzz[name] = executions if not executions.isdigit() else f"{int(executions):,}"
pack_path = os.path.join(os.environ.get("CLONESCAN_CACHE", os.path.expanduser("~/.cache/clonescan")), "grammars/pack.json")
disabled = {g["name"]: g["disabled"] for g in json.load(open(pack_path))["grammars"] if g.get("disabled")} \
    if os.path.exists(pack_path) else {}
default = [line.split("\t")[0] for line in open(os.path.join(ROOT, "scripts/grammars.tsv"))
           if line.strip() and not line.startswith("#")]

rows = []
for info in languages:
    name = info["name"]
    files = " ".join(["." + e for e in info["extensions"]] + info["fileNames"]) or "–"
    level = info["level"] + (" (markup)" if info["markup"] else "")
    if name in added or name in components:
        suites = "order, coverage, rename, reorder, names, hostile"
    elif name in first:
        suites = "order, coverage, rename, reorder (first table)"
    elif name in partial:
        suites = "order, coverage, rename (first table; units not swappable whole)"
    elif name in tokens:
        suites = "order, coverage, rename (tokens/" + tokens[name] + ")"
    elif info["level"] == "units":
        suites = "no fixture yet"
    else:
        suites = "loads, parses foreign text"
    if name in disabled:
        suites = "**turned off**: " + re.sub(r".*\((docs/robustness.md #\d+)\).*", r"\1", disabled[name])
    if name in scripts:
        suites += "; order, coverage, rename also on " + ", ".join(scripts[name])
    if name in ports:
        suites += "; port " + ", ".join(ports[name])
    if name in times:
        size = times[name][1]
        shown = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size // 1000} KB"
        build = f"{times[name][0]:.1f} s, {shown}" + (" (set-up)" if name in default else "")
    else:
        build = "set-up" if name in default else "–"
    version = (info.get("grammarVersion") or "").replace("tree-sitter-language-pack ", "tslp ")
    inputs = fuzz.get(name, "–")
    rows.append(f"| `{name}` | {files} | {level} | {suites} | {build} | {inputs} | {version} |")

units = sum(1 for info in languages if info["level"] == "units")
total = sum(seconds for seconds, _ in times.values())
default_time = sum(times[n][0] for n in default if n in times)
slow = sorted(times.items(), key=lambda kv: -kv[1][0])[:6]
print(f"""# Languages

`clonescan languages` lists them (`--format json` for tools); this page is written by `scripts/languages-doc.py`.
{len(languages)} languages: every grammar of the pinned `tree-sitter-language-pack` 0.7.4 sdist ({len(times)}, all of ABI
13–14, so all load into Debian's libtree-sitter 0.20.7) plus C# (`tree-sitter-c-sharp` 0.23.1); Groovy is parsed with
`dekobon-tree-sitter-groovy` 0.3.0 instead of the pack's grammar (below). {units} are cut into
**units** (functions, methods, classes; SQL statements; the `<script>` of Vue and Svelte components) with the
canonical vocabulary; the other {len(languages) - units} are read at **token level** (each file one `<top-level>` unit with
the structure, shape, identifier and literal channels; compare, index and query work on them as on any language).
How the front end treats each: docs/frontend.md.

**Markup and data** languages (`markup` below: JSON, Markdown, HTML, CSS, SCSS, TOML, XML, CSV, LaTeX, ...) are
parsed only when asked: `DiscoveryOptions.includeMarkup` or `includedLanguages`, or a file named on its own
(`clonescan parse config.json`); never indexed or counted otherwise. (YAML is not among the pack's sources.)

**Shared extensions** are decided by content (`ContentRules`): `.h` C, C++ or Objective-C; `.m` Objective-C or
MATLAB; `.pl` Perl (a Prolog file is not parsed: no grammar); `.v` Verilog or V (not Coq); `.pp` Pascal or Puppet;
`.cls` Apex or LaTeX; `.d` D (not a compiler's dependency list); `.cl` C (OpenCL) or Common Lisp; `.re` re2c (not
ReasonML). Extensions match case-insensitively (`.R`, `.JL`); interpreters
by `#!` line (`perl`, `Rscript`, `julia`, `escript`, `pwsh`, `racket`, `tclsh`, ...).

## Grammars: set-up and first use

Set-up builds the same {len(default)} grammars as before (`scripts/grammars.tsv`) and writes `pack.json` (reading the
first 4 KB of each `parser.c`: well under a second), so it stays as fast as it was. Every other grammar is compiled the
first time a file needs it, with set-up's compiler and flags (`cc -O2`), into the same cache, with one line on standard
error (`clonescan: building the perl grammar on first use (...) into ~/.cache/clonescan/grammars`). When two processes
want it at once, one compiles under an `flock` and the other waits and loads the result (the library is renamed into
place whole). A grammar that fails to build or load is reported once per process and its files are skipped with a
`grammar-unavailable` warning.

Build times (`scripts/grammar-build-times.sh`, docs/grammar-build-times.tsv): one `cc -O2` of the grammar's
`parser.c` (+ `scanner.c`), the shorter of two runs on this 2-core machine while three other builds shared it (load
average 6–7: expect about half on an idle machine), and the library's size. All {len(times)} pack grammars compile and
load: {total:.0f} s if every one were built; the {len(default) - 1} of the default set from the pack take {default_time:.0f} s of
compiler time, spread over all cores at set-up as before. Slowest: {', '.join(f'{n} {v[0]:.0f} s' for n, v in slow)}:
the first file of such a language waits that long, once.

## Conformance

The suites of `Tests/FrontEndTests/ConformanceTests.swift`, on a fixture written for them (Fixtures/README.md):
tokens in source order without overlap and no syntax errors (*order*); every non-comment line covered by a token
(*coverage*; for Vue and Svelte every script line, and no markup line); renaming every identifier and reformatting
leave the structure stream unchanged (*rename*); swapping two adjacent functions keeps their unit streams
(*reorder*); named functions found (*names*). *hostile*: deep nesting, unbalanced brackets, noise, the fixture cut
at every tenth byte and mutations of it (25 per language in the suite; 2,000 per language, 106,000 inputs, run once
for this table: clean after the fix of tree-sitter-d's end-of-input crash, docs/robustness.md #5) parse or are skipped
with a reason, never crash (`AddedLanguageHostileTests`; libFuzzer under ASan: *fuzz inputs* below). *port*: the pair shares at least
twice the canonical 5-grams an unrelated file does (`testPortsShareCanonicalShapeGrams`); the Julia, Perl and R ports
of `wordwrap.py` also compare as clones end to end (`LanguagesCLITests`). *loads, parses*: every built pack grammar
loads into the runtime and parses foreign text (`GrammarBuildTests`). Haxe stays at token level: its grammar fails
on `else if`, `for (i in ...)` and `throw`, so it gives no unit structure to read.

**Groovy** has units since its grammar was replaced. The pack's (Decodetalkers/tree-sitter-groovy) reads every line as
a generic `command` of `unit`s and `block`s: `String classify(String c) {{` is a command whose block starts with the
call `classify(String c)`, `if (...)` is a call named `if`, so there are no classes, methods or statements to cut and
no node for the canonical vocabulary. The other Groovy grammar on PyPI at ABI 14, `tree-sitter-groovy` 0.1.2 (amaanq,
"a WIP"), fails on ordinary code: closure parameters (`{{ k, v -> ... }}`), a command call inside a closure
(`{{ w -> println w }}`), a field followed by a constructor. `dekobon-tree-sitter-groovy` 0.3.0 (PyPI sdist, sha256
pinned in `scripts/setup-grammars.sh`, Apache-2.0 OR MIT) is written for Groovy 2–4 (classes, traits, closures,
command chains, GStrings, Gradle and Jenkins files) and parses the conformance class, a Gradle build, a closure-heavy
script, Pygments' Groovy examples and 13 of the 15 Groovy and Gradle files of the spockframework/spock-example
repository with no error. Its `parser.c` is generated for ABI 15, which Debian's runtime refuses; it uses no reserved words and
no supertypes, so set-up converts it to ABI 14 (`patch_sources`: the language struct loses the fields ABI 14 lacks,
the types get their ABI 14 names; checked: the converted grammar under 0.20.7 gives the same tree as the original
under tree-sitter 0.26 on 21 of 23 such files; the two that differ are error recoveries in files with errors).
Its node names are Java's for Java's constructs, so `Levenshtein.java` and its Groovy port compare as a clone
(`port java -> groovy`, `LanguagesCLITests`). What it does not parse (a class nested in a class, Java's diamond
`new ArrayList<>()`, a typed `for (String s in xs)` or `for (String s : xs)`, an annotated field with neither type nor
`def`: `@Shared sql = ...`; the same under tree-sitter 0.26, so the grammar's, not the conversion's) is an error
region, counted in `parse`'s `syntax_errors`; the methods around it are still units (`GroovyTests`).

*fuzz inputs*: libFuzzer inputs run under ASan on the language's target (docs/fuzz-inputs.tsv, docs/robustness.md):
for every grammar built on first use, `make fuzz-grammars` (each grammar on its own, a budget of 20,000 inputs: 20,063
each with libFuzzer's margin, 2,808,820 over 140 grammars, 2026-12-07; Perl, SQL and V after their fixes, #8, #9, #12);
for the default set, the main `make fuzz` run of the selector harness (2026-11-23). **Turned off**: Agda and Typst,
whose grammars make tree-sitter 0.20.7 abort or crash on inputs that run found (#10, #11): their files are skipped with
a warning that says so until a patch of the grammar exists.

| language | files | level | conformance | first-use build | fuzz inputs | grammar |
|---|---|---|---|---|---|---|""")
print("\n".join(rows))
