#!/usr/bin/env python3
"""HumanEval-X: `clonescan compare` on a second, never-fitted parallel corpus of single functions.

    python3 scripts/humanevalx_eval.py [--langs python,cpp,java,js,go,rust] [--names distinct|kept]
                                       [--keep-description] [--jobs 2] [--out FILE] [--bin PATH]
                                       [--mirror GITDIR | --download] [--seed N] [--directions cpp->go,...]
                                       [--limit N] [--fetch-only] [--report-only] [--diagnose]

Corpus: HumanEval-X (THUDM/CodeGeeX, Apache-2.0; HumanEval's problems are MIT): the 164 HumanEval problems, each
with a human-written canonical solution in Python, C++, Java, JavaScript, Go and Rust, one gzipped JSON-lines file
per language at a pinned commit; see Corpora/humanevalx/README.md and Corpora/humanevalx/manifest.json (commit,
per-file path and sha256). MEASUREMENT ONLY: nothing in clonescan is, or may be, fitted on it. The files come from a
local git mirror of CodeGeeX (`--mirror`, default $CLONESCAN_CODEGEEX_MIRROR or /work/.mirror/THUDM+CodeGeeX/repo,
read with `git show <commit>:<path>`) or are downloaded from the pinned raw GitHub URLs (`--download`, used when no
mirror exists); a file whose sha256 differs from the manifest's is refused. Everything goes under
$CLONESCAN_CACHE/corpora/humanevalx (CLONESCAN_CACHE defaults to ~/.cache/clonescan); nothing into the repository.

Functions: the code of each record's `prompt` (Rust: `prompt` + `declaration`; the entry function's header and the
helper functions a few problems give) followed by its `canonical_solution`. The prompt's problem description
(docstring or comments) is the same English text in every language by construction, not by translation, so by
default every comment and docstring of the prompt is removed; comments inside the solution stay.
`--keep-description` keeps them. Boilerplate shared by every file of a language is
dropped (C++ `#include`s and `using namespace std`, Java `import`s, Go `import` blocks, Rust `use` lines); Python
imports are specific to the problem and stay. Each function is written into its own one-file tree
$CLONESCAN_CACHE/corpora/humanevalx/trees/<names>[-description]/<lang>/<problem>/ with a minimal wrapper so that it
parses (Go: `package main`; Java keeps the corpus' `class Solution { ... }`; the others as they are).
HumanEval-X keeps the entry function's name across languages (has_close_elements / hasCloseElements); --names says
what it becomes: `distinct` (default: a name of digits unique to each tree, definition and recursive calls, so only
code evidence separates ports from unrelated functions) or `kept` (as published).

Pairs (scripts/pairs_eval.py, as functions_eval.py): for every ordered pair of languages (all 30 by default), each
problem gives a positive (REFERENCE = the problem's function in the source language, SUSPECT = the same problem's in
the target) and a negative (the same REFERENCE against an unrelated problem's function in the target language whose
token count, counted without the description, is within +-30% of the true translation's; drawn with --seed). The
pairs are the same whatever --names and --keep-description say. Each pair runs `clonescan compare REF SUS --format
json --no-license --quiet --max-matches 0` through a copy of --bin named by its sha256, and gives one JSON line in
--out (default $CLONESCAN_CACHE/corpora/humanevalx/results[-kept][-description].jsonl), with <out>.meta.json; the
tables are functions_eval.py's (AUC, recall at zero false positives, found, flagged, channel AUCs, the identifier
sub-word Jaccard baseline, here with JavaScript's and Rust's keywords removed too). --diagnose adds the highest
scoring negatives and the missed positives by direction, size and soft coverage.
Standard library only; never executes scanned code.
"""
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
import time
import urllib.request

import pairs_eval as pe

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MANIFEST = os.path.join(REPO, "Corpora", "humanevalx", "manifest.json")
DEFAULT_MIRROR = "/work/.mirror/THUDM+CodeGeeX/repo"
LANGS = ("python", "cpp", "java", "js", "go", "rust")
TREE_FILE = {"python": "f.py", "cpp": "f.cpp", "java": "Solution.java", "js": "f.js", "go": "f.go", "rust": "f.rs"}
NAME_MODES = ("distinct", "kept")
# The baseline's keyword list, plus JavaScript's and Rust's (their keywords and Rust's primitive type names).
KEYWORDS = pe.KEYWORDS | frozenset("""
let function undefined typeof of fn mut impl pub self crate mod use where dyn ref move unsafe extern trait match
loop usize isize str
""".split())


log, fail = pe.messages("humanevalx_eval")


def cache_root():
    return pe.corpus_cache("humanevalx")


# ----------------------------------------------------------------------------------------------------------------
# Fetch
# ----------------------------------------------------------------------------------------------------------------

def fetch_file(man, lang, mirror=None, download=False):
    """Path of the language's verified .jsonl.gz in the cache, fetched once."""
    entry, commit = man["files"][lang], man["commit"]
    dest = os.path.join(cache_root(), "data", os.path.basename(entry["path"]))
    if os.path.exists(dest) and pe.sha256_file(dest) == entry["sha256"]:
        return dest
    mirror = mirror or os.environ.get("CLONESCAN_CODEGEEX_MIRROR") or DEFAULT_MIRROR
    if not download and os.path.isdir(mirror):
        p = subprocess.run(["git", "--git-dir", mirror, "show", f"{commit}:{entry['path']}"], capture_output=True)
        if p.returncode != 0:
            fail(f"mirror {mirror}: cannot read {commit[:12]}:{entry['path']}: "
                 f"{p.stderr.decode(errors='replace').strip()[:300]} (pass --mirror GITDIR or --download)")
        data, source = p.stdout, f"the git mirror {mirror}"
    else:
        url = man["raw_url"].format(commit=commit, path=entry["path"])
        try:
            with urllib.request.urlopen(url, timeout=120) as r:
                data = r.read()
        except OSError as e:
            fail(f"cannot download {url}: {e} (without network, pass --mirror GITDIR of a CodeGeeX clone)")
        source = url
    got = hashlib.sha256(data).hexdigest()
    if got != entry["sha256"]:
        fail(f"{entry['path']} from {source} has sha256 {got}, the manifest pins {entry['sha256']}: refused")
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    with open(dest + ".tmp", "wb") as f:
        f.write(data)
    os.replace(dest + ".tmp", dest)
    log(f"{lang}: {entry['path']} verified (sha256 {got[:16]}…) from {source}")
    return dest


def load_records(path, want):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        recs = [json.loads(line) for line in f if line.strip()]
    if len(recs) != want:
        fail(f"{path}: {len(recs)} records, the manifest says {want}", 3)
    return recs


# ----------------------------------------------------------------------------------------------------------------
# Functions out of the records
# ----------------------------------------------------------------------------------------------------------------

# Strings are matched so that comment markers inside them are left alone; Rust lifetimes ('a) are not char literals.
C_LIKE = re.compile(r"\"(?:\\.|[^\"\\\n])*\"|`(?:\\.|[^`\\])*`|'(?:\\.|[^'\\\n])'|//[^\n]*|/\*.*?\*/", re.S)
PY_LIKE = re.compile(r"[rRuU]?(?:\"\"\".*?\"\"\"|'\'\'.*?'\'\'|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*')|#[^\n]*", re.S)


def drop_python(text, m):
    """'' for a comment or a docstring (a string alone on its lines), the string itself otherwise."""
    s = m.group(0)
    if s.startswith("#"):
        return ""
    before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
    end = text.find("\n", m.end())
    after = text[m.end():end if end >= 0 else len(text)]
    return "" if not before.strip() and not after.strip() else s


def strip_comments(lang, text):
    """text without its comments (Python: and without docstrings, strings standing alone on their lines)."""
    if lang == "python":
        text = PY_LIKE.sub(lambda m: drop_python(text, m), text)
    else:
        text = C_LIKE.sub(lambda m: "" if m.group(0)[:2] in ("//", "/*") else m.group(0), text)
    # Lines left empty by a removed comment go (with the blank lines around them: only the code's layout counts).
    return "\n".join(l.rstrip() for l in text.split("\n") if l.strip())


BOILERPLATE = {
    "cpp": re.compile(r"^[ \t]*(?:#include\b.*|using namespace std\s*;.*)\n?", re.M),
    "java": re.compile(r"^[ \t]*import\s+[\w.]+(?:\.\*)?\s*;[ \t]*\n?", re.M),
    "go": re.compile(r"^import\s*\((?:.*\n)*?\)[ \t]*\n?|^import\s+\"[^\"\n]*\"[ \t]*\n?", re.M),
    "rust": re.compile(r"^[ \t]*use\s[^;]*;[ \t]*\n?", re.M),
}


def head_of(lang, rec):
    """The record's code before the solution, description included: the prompt (the declaration's `declaration`
    field is not used: it misses the helpers Go's prompts give, and for C++/38 and Python/142 it is cut mid-line)."""
    return rec["prompt"] + rec["declaration"] if lang == "rust" else rec["prompt"]


def extract_function(lang, rec, keep_description):
    """The problem's code (the prompt's helpers, the entry function, the solution) without shared boilerplate,
    without the description unless keep_description."""
    head = head_of(lang, rec)
    if not keep_description:
        head = strip_comments(lang, head)
    code = (head.rstrip() + "\n" + rec["canonical_solution"]).replace("\r\n", "\n")
    if lang in BOILERPLATE:
        code = BOILERPLATE[lang].sub("", code)
    return code.strip("\n") + "\n"


ENTRY = {"python": r"^[ \t]*def\s+(\w+)", "go": r"^func\s+(\w+)", "rust": r"^[ \t]*(?:pub\s+)?fn\s+(\w+)",
         "js": r"^[ \t]*const\s+(\w+)\s*=",
         "cpp": r"^[ \t]*(?:[\w:<>,*&\[\]]+[ \t]+)+[*&]?(\w+)\s*\([^;]*$",
         "java": r"^[ \t]*(?:[\w<>,\[\]]+[ \t]+)+(\w+)\s*\([^;]*$"}
NOT_NAMES = {"if", "for", "while", "switch", "return", "catch", "else"}


def entry_name(lang, rec):
    """The entry function's name: the last function the prompt declares (the one the solution completes)."""
    found = [n for n in re.findall(ENTRY[lang], strip_comments(lang, head_of(lang, rec)), re.M) if n not in NOT_NAMES]
    return found[-1] if found else None


def problem_id(rec):
    """'HumanEval_000' from 'CPP/0': the same problem in every language."""
    return f"HumanEval_{int(rec['task_id'].split('/')[-1]):03d}"


def wrap(lang, code):
    return "package main\n\n" + code if lang == "go" else code


def load_functions(paths, langs, keep_description):
    """({lang: {problem: code}} with the description stripped, the same with --keep-description's choice,
    {(lang, problem): entry name})."""
    plain, chosen, entries = {}, {}, {}
    for lang in langs:
        plain[lang], chosen[lang] = {}, {}
        for rec in paths[lang]:
            pid = problem_id(rec)
            name = entry_name(lang, rec)
            if name is None:
                log(f"{rec['task_id']}: no entry function in the declaration; skipped")
                continue
            plain[lang][pid] = extract_function(lang, rec, False)
            chosen[lang][pid] = extract_function(lang, rec, keep_description)
            entries[(lang, pid)] = name
    return plain, chosen, entries


def function_names(funcs, mode, entries):
    """{(lang, problem): the entry function's name in that tree}: `kept` as published; `distinct` a name of digits
    no other tree has (f_<number>: no letters to share)."""
    names = {}
    for k, (lang, pid) in enumerate(sorted((l, p) for l, fs in funcs.items() for p in fs)):
        names[(lang, pid)] = entries[(lang, pid)] if mode == "kept" else f"f_{k:05d}"
    return names


def rename(code, old, new):
    return code if old == new else re.sub(rf"\b{re.escape(old)}\b", new, code)


def tree_mode(names, keep_description):
    return names + ("-description" if keep_description else "")


def write_tree(mode, lang, pid, code):
    d = os.path.join(cache_root(), "trees", mode, lang, pid)
    pe.write_file(os.path.join(d, TREE_FILE[lang]), wrap(lang, code))
    return d


# ----------------------------------------------------------------------------------------------------------------

def main(argv=None):
    ap = pe.common_args(__doc__, REPO, f"languages to pair, of {','.join(LANGS)}", ",".join(LANGS), "THUDM/CodeGeeX",
                        "JSON lines (default $CLONESCAN_CACHE/corpora/humanevalx/results….jsonl)", NAME_MODES,
                        "what the entry function's name becomes (see function_names)")
    ap.add_argument("--keep-description", action="store_true",
                    help="keep the prompt's problem description (the same English text in every language)")
    ap.add_argument("--diagnose", action="store_true", help="also print top negatives and the missed positives")
    args = ap.parse_args(argv)

    mode = tree_mode(args.names, args.keep_description)
    out = args.out or os.path.join(cache_root(), "results.jsonl" if mode == "distinct" else f"results-{mode.replace('distinct-', '')}.jsonl")
    if args.report_only:
        pe.report_only(out, args.prior)
        if args.diagnose:
            with open(out) as f:
                pe.print_diagnosis([json.loads(l) for l in f if l.strip()])
        return 0

    langs = pe.parse_langs(args.langs, LANGS, fail)
    man = pe.load_json(MANIFEST)
    files = {l: fetch_file(man, l, mirror=args.mirror or None, download=args.download) for l in langs}
    if args.fetch_only:
        print(cache_root())
        return 0
    pe.check_binary(args.bin, fail)

    t0 = time.time()
    recs = {l: load_records(files[l], man["files"][l]["records"]) for l in langs}
    plain, funcs, entries = load_functions(recs, langs, args.keep_description)
    for l in langs:
        log(f"{l}: {len(funcs[l])} functions")
    directions = pe.directions_of(langs, args.directions)
    # Pairs from the description-free code, so every --names / --keep-description run has the same pairs.
    pairs, ntok, unmatched = pe.build_pairs(plain, directions, args.seed, lambda p, q: p == q)
    names = function_names(funcs, args.names, entries)
    funcs = {l: {pid: rename(c, entries[(l, pid)], names[(l, pid)]) for pid, c in fs.items()} for l, fs in funcs.items()}
    pairs = pe.limit_pairs(pairs, args.limit)
    words = pe.write_trees(pairs, funcs, lambda lang, pid, code: write_tree(mode, lang, pid, code), KEYWORDS)
    pe.log_pairs(log, pairs, unmatched, directions, args.jobs)

    bin_sha, snap = pe.pin_binary(args.bin, cache_root())
    rows = pe.compare_pairs(snap, pairs, words, ntok, args.jobs, log, t0)
    meta = {"corpus": {k: man[k] for k in ("name", "repository", "commit")},
            "files_sha256": {l: man["files"][l]["sha256"] for l in langs},
            "binary": args.bin, "langs": langs, "seed": args.seed, "names": args.names,
            "keep_description": args.keep_description}
    pe.finish(out, rows, meta, bin_sha, args.prior, t0, argv)
    if args.diagnose:
        pe.print_diagnosis(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
