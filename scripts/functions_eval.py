#!/usr/bin/env python3
"""Single-function translations: `clonescan compare` on a public parallel corpus of translated functions.

    python3 scripts/functions_eval.py [--langs java,cpp,python] [--names distinct|gold|problem] [--jobs 2]
                                      [--out FILE] [--bin PATH] [--mirror GITDIR | --download] [--seed N]
                                      [--directions java->python,...] [--limit N] [--fetch-only] [--report-only]

Corpus: the TransCoder evaluation functions (GeeksforGeeks problems, one function `f_gold` per problem, the same
problem in Java, C++, Python, C, Go, Rust) at a pinned commit of facebookresearch/CodeGen; see
Corpora/functions/README.md and Corpora/functions/manifest.json (commit, git tree id, sha256 of the extracted
content). The fetch step takes the files from a local git mirror of the repository (`--mirror`, default
$CLONESCAN_CODEGEN_MIRROR or /work/.mirror/facebookresearch+CodeGen/repo) or downloads the pinned GitHub archive
(`--download`, used when no mirror exists), and in both cases refuses content whose sha256 does not match the
manifest. Nothing is written into the repository: everything goes under $CLONESCAN_CACHE/corpora/functions
(CLONESCAN_CACHE defaults to ~/.cache/clonescan).

Pairs: every problem present in both languages of an ordered language pair gives a positive
(REFERENCE = the function in the source language, SUSPECT = the same problem's function in the target language)
and a negative (the same REFERENCE against the function of an UNRELATED problem in the target language whose
token count is within +-30% of the true translation's; problems named X and X_1 count as related and are never
used as each other's negative). Every function is written, with a minimal wrapper so that it parses (Java: a
`class Main { ... }`; Go: `package main`; C, C++, Python: as is, without the corpus' test harness and without the
boilerplate includes/imports/helpers shared by every file), into its own one-file tree under
$CLONESCAN_CACHE/corpora/functions/trees/<names>/<language>/<problem>/. The corpus calls every function `f_gold`;
--names says what it becomes: `distinct` (default: a name of digits unique to each tree, so no pair shares the
function's name and only code evidence can separate ports from unrelated functions), `gold` (as published: every
pair, negatives included, shares the name) or `problem` (binary_search / binarySearch from the problem id:
positives share a descriptive name, as when a translator keeps it).

The binary (--bin, default .build/release/clonescan or $CLONESCAN_BIN) is copied to
$CLONESCAN_CACHE/corpora/functions/bin/clonescan-<sha256 prefix> and that copy is run, so a rebuild during the run
cannot mix two builds; the sha256 is printed and kept in <out>.meta.json with the summary.

Each pair runs `clonescan compare REF SUS --format json --no-license --quiet --max-matches 0` (--jobs at a time)
and gives one JSON line (id, languages, label, score, verdict, containment, evidence_channels, the baseline and the
token counts) in --out (default $CLONESCAN_CACHE/corpora/functions/results.jsonl, results-<names>.jsonl for
--names other than distinct). The table printed at the end,
per language pair and overall: AUC of `score` (positives against negatives, ties count half), recall at zero false
positives (positives scoring strictly above every negative), positives found and negatives flagged (verdict clone
or partial-clone, what `compare` exits 1 for), positives scoring exactly the no-evidence prior (--prior, 0.168)
and positives for which compare reports that no channel carried anything (`carried_by` empty), the AUC of
each evidence channel alone, and a baseline computed here: Jaccard of the sets of identifier sub-words
(identifiers outside comments and string literals, keywords of the supported languages removed, split on
case changes, digits and underscores, lower-cased, sub-words of 2+ letters kept). Pairs, compares and tables are
scripts/pairs_eval.py's, shared with scripts/humanevalx_eval.py.
Standard library only; never executes scanned code.
"""
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import urllib.request

import pairs_eval as pe

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MANIFEST = os.path.join(REPO, "Corpora", "functions", "manifest.json")
DEFAULT_MIRROR = "/work/.mirror/facebookresearch+CodeGen/repo"
SUPPORTED = ("java", "cpp", "python", "c", "go")
SUFFIX = {"java": ".java", "cpp": ".cpp", "python": ".py", "c": ".c", "go": ".go"}
TREE_FILE = {"java": "Main.java", "cpp": "f.cpp", "python": "f.py", "c": "f.c", "go": "f.go"}


log, fail = pe.messages("functions_eval")


def cache_root():
    return pe.corpus_cache("functions")


# ----------------------------------------------------------------------------------------------------------------
# Fetch
# ----------------------------------------------------------------------------------------------------------------

def content_digest(root):
    """sha256 over the sorted lines "<relative path>\\t<sha256 of the file>\\n" of every file under root; file count."""
    rows = []
    for d, _, files in os.walk(root):
        for name in files:
            p = os.path.join(d, name)
            rel = os.path.relpath(p, root).replace(os.sep, "/")
            with open(p, "rb") as f:
                rows.append(f"{rel}\t{hashlib.sha256(f.read()).hexdigest()}\n")
    rows.sort()
    return hashlib.sha256("".join(rows).encode()).hexdigest(), len(rows)


def extract_tar(fileobj, member_prefix, dest):
    """Extract the regular files under member_prefix (a path inside the archive) into dest, flattened to that prefix."""
    n = 0
    with tarfile.open(fileobj=fileobj, mode="r|*") as tar:
        for m in tar:
            if not m.isfile() or not m.name.startswith(member_prefix):
                continue
            rel = m.name[len(member_prefix):]
            if not rel or rel.startswith("/") or ".." in rel.split("/"):
                continue
            target = os.path.join(dest, rel)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                shutil.copyfileobj(tar.extractfile(m), out)
            n += 1
    return n


def fetch_corpus(man, mirror=None, download=False):
    """The corpus directory (…/<name>, with c/ cpp/ java/ python/ go/ rust/ LICENSE), fetched and verified once."""
    dest = os.path.join(cache_root(), man["name"])
    stamp = dest + ".sha256"
    if os.path.isdir(dest) and os.path.exists(stamp) and open(stamp).read().strip() == man["content_sha256"]:
        return dest
    tmp = dest + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    commit, path = man["commit"], man["path"]
    mirror = mirror or os.environ.get("CLONESCAN_CODEGEN_MIRROR") or DEFAULT_MIRROR
    if not download and os.path.isdir(mirror):
        log(f"extracting {path} at {commit[:12]} from the git mirror {mirror}")
        tree = subprocess.run(["git", "--git-dir", mirror, "rev-parse", f"{commit}:{path}"],
                              capture_output=True, text=True)
        if tree.returncode != 0 or tree.stdout.strip() != man["git_tree"]:
            fail(f"mirror {mirror}: {commit}:{path} is not tree {man['git_tree']} ({tree.stderr.strip() or tree.stdout.strip()})")
        p = subprocess.run(["git", "--git-dir", mirror, "archive", "--format=tar", commit, path], capture_output=True)
        if p.returncode != 0:
            fail(f"git archive failed: {p.stderr.decode(errors='replace').strip()[:300]}")
        n = extract_tar(io.BytesIO(p.stdout), path.rstrip("/") + "/", tmp)
    else:
        url = man["archive_url"]
        archive = os.path.join(cache_root(), "downloads", f"{man['name']}-{commit}.tar.gz")
        os.makedirs(os.path.dirname(archive), exist_ok=True)
        if not os.path.exists(archive):
            log(f"downloading {url}")
            part = archive + ".part"
            try:
                with urllib.request.urlopen(url, timeout=120) as r, open(part, "wb") as out:
                    shutil.copyfileobj(r, out)
            except OSError as e:
                fail(f"cannot download {url}: {e} (without network, pass --mirror GITDIR of a CodeGen clone)")
            os.replace(part, archive)
        h = hashlib.sha256(open(archive, "rb").read()).hexdigest()
        if man.get("archive_sha256") and h != man["archive_sha256"]:
            log(f"note: archive sha256 {h} differs from the manifest's {man['archive_sha256']} "
                "(GitHub does not guarantee byte-stable archives); the extracted content is checked below")
        with open(archive, "rb") as f:
            n = extract_tar(f, f"{man['archive_prefix']}{path.rstrip('/')}/", tmp)
    digest, count = content_digest(tmp)
    if digest != man["content_sha256"] or count != man["files"]:
        fail(f"fetched content does not match the manifest: sha256 {digest} over {count} files, "
             f"want {man['content_sha256']} over {man['files']} (left in {tmp})")
    shutil.rmtree(dest, ignore_errors=True)
    os.replace(tmp, dest)
    with open(stamp, "w") as f:
        f.write(man["content_sha256"] + "\n")
    log(f"corpus verified: {n} files, sha256 {digest[:16]}…, in {dest}")
    return dest


# ----------------------------------------------------------------------------------------------------------------
# Functions out of the evaluation files
# ----------------------------------------------------------------------------------------------------------------

C_BOILERPLATE = re.compile(
    r"^(int min\(int x, int y\)|int max\(int x, int y\)|int cmpfunc \(const void|int len \(int arr|void sort \(int arr).*$",
    re.M)
GO_BOILERPLATE = re.compile(
    r"^func (min|max)\(x int, y int\) int \{\n(?:\t.*\n)*?\}\n|^func cmpfunc\(a unsafe\.Pointer, b unsafe\.Pointer\) int \{\n(?:\t.*\n)*?\}\n",
    re.M)


def strip_header(lines, comment):
    i = 0
    while i < len(lines) and (lines[i].strip() == "" or lines[i].lstrip().startswith(comment)):
        i += 1
    return lines[i:]


def extract_function(lang, text):
    """The problem's code (f_gold and whatever the file defines with it) without the harness; None if not found."""
    text = text.replace("\r\n", "\n")
    if lang == "python":
        body = text.split("#TOFILL")[0]
        lines = strip_header(body.split("\n"), "#")
    elif lang == "java":
        body = text.split("//TOFILL")[0]
        m = re.search(r"^(?:public\s+)?class\s+\w+\s*\{[ \t]*\n", body, re.M)
        if not m:
            return None
        lines = body[m.end():].split("\n")
    elif lang == "cpp":
        body = text.split("//TOFILL")[0]
        lines = [l for l in strip_header(body.split("\n"), "//")
                 if not re.match(r"\s*(#include\b|using namespace std\s*;)", l)]
    elif lang == "c":
        body = re.split(r"^.*\bf_filled\b.*$", text, maxsplit=1, flags=re.M)[0]
        body = C_BOILERPLATE.sub("", body)
        lines = [l for l in strip_header(body.split("\n"), "//") if not re.match(r"\s*#include\b", l)]
    elif lang == "go":
        body = text.split("//TOFILL")[0]
        body = re.sub(r"^package main\s*\n", "", body, flags=re.M)
        body = re.sub(r"^import \((?:.*\n)*?\)\s*\n", "", body, count=1, flags=re.M)
        body = GO_BOILERPLATE.sub("", body)
        lines = body.split("\n")
    else:
        raise ValueError(lang)
    code = "\n".join(lines).strip("\n")
    if "f_gold" not in code:
        return None
    return code.rstrip() + "\n"


def wrap(lang, code):
    if lang == "java":
        return "class Main {\n" + code + "}\n"
    if lang == "go":
        return "package main\n\n" + code
    return code


def base_problem(pid):
    return re.sub(r"_\d+$", "", pid)


def load_functions(corpus, langs):
    """{lang: {problem: code}} for the requested languages."""
    out = {}
    for lang in langs:
        d = os.path.join(corpus, lang)
        funcs = {}
        for name in sorted(os.listdir(d)):
            if not name.endswith(SUFFIX[lang]):
                continue
            with open(os.path.join(d, name), encoding="utf-8", errors="replace") as f:
                code = extract_function(lang, f.read())
            if code is not None:
                funcs[name[: -len(SUFFIX[lang])]] = code
        out[lang] = funcs
    return out


NAME_MODES = ("distinct", "gold", "problem")


def function_names(funcs, mode):
    """{(lang, problem): the name f_gold gets in that tree}.

    distinct: a name no other tree has (f_<number>: no letters to share), so no pair shares the function's name;
    gold: f_gold everywhere, as the corpus has it (every pair, positive or negative, shares the name);
    problem: a name from the problem id in the language's convention (binary_search / binarySearch), as a
    translator who keeps the name would write it (positives share it, negatives do not)."""
    names = {}
    for k, (lang, pid) in enumerate(sorted((l, p) for l, fs in funcs.items() for p in fs)):
        if mode == "gold":
            names[(lang, pid)] = "f_gold"
        elif mode == "distinct":
            names[(lang, pid)] = f"f_{k:05d}"
        else:
            words = pid.lower().split("_")
            if lang in ("java", "go"):
                names[(lang, pid)] = words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])
            else:
                names[(lang, pid)] = "_".join(words)
            if not re.match(r"[A-Za-z_]", names[(lang, pid)]):
                names[(lang, pid)] = "f_" + names[(lang, pid)]
    return names


def rename(code, name):
    return re.sub(r"\bf_gold\b", name, code)


def write_tree(mode, lang, pid, code):
    d = os.path.join(cache_root(), "trees", mode, lang, pid)
    p = os.path.join(d, TREE_FILE[lang])
    pe.write_file(p, wrap(lang, code))
    return d


def main(argv=None):
    ap = pe.common_args(__doc__, REPO, f"languages to pair, of {','.join(SUPPORTED)}", "java,cpp,python",
                        "facebookresearch/CodeGen",
                        "JSON lines (default $CLONESCAN_CACHE/corpora/functions/results.jsonl)", NAME_MODES,
                        "what f_gold, the corpus' name for every function, becomes (see function_names)")
    args = ap.parse_args(argv)

    out = args.out or os.path.join(cache_root(), "results.jsonl" if args.names == "distinct" else f"results-{args.names}.jsonl")
    if args.report_only:
        pe.report_only(out, args.prior)
        return 0

    langs = pe.parse_langs(args.langs, SUPPORTED, fail)
    man = pe.load_json(MANIFEST)
    corpus = fetch_corpus(man, mirror=args.mirror or None, download=args.download)
    if args.fetch_only:
        print(corpus)
        return 0
    pe.check_binary(args.bin, fail)

    t0 = time.time()
    funcs = load_functions(corpus, langs)
    for l in langs:
        log(f"{l}: {len(funcs[l])} functions")
    directions = pe.directions_of(langs, args.directions)
    pairs, ntok, unmatched = pe.build_pairs(funcs, directions, args.seed,
                                            lambda p, q: base_problem(p) == base_problem(q))
    names = function_names(funcs, args.names)
    funcs = {l: {pid: rename(c, names[(l, pid)]) for pid, c in fs.items()} for l, fs in funcs.items()}
    pairs = pe.limit_pairs(pairs, args.limit)
    words = pe.write_trees(pairs, funcs, lambda lang, pid, code: write_tree(args.names, lang, pid, code))
    pe.log_pairs(log, pairs, unmatched, directions, args.jobs)

    bin_sha, snap = pe.pin_binary(args.bin, cache_root())
    rows = pe.compare_pairs(snap, pairs, words, ntok, args.jobs, log, t0)
    meta = {"corpus": {k: man[k] for k in ("name", "repository", "commit", "path", "content_sha256")},
            "binary": args.bin, "langs": langs, "seed": args.seed, "names": args.names}
    pe.finish(out, rows, meta, bin_sha, args.prior, t0, argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
