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
case changes, digits and underscores, lower-cased, sub-words of 2+ letters kept).
Standard library only; never executes scanned code.
"""
import argparse
import concurrent.futures as cf
import hashlib
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tarfile
import time
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MANIFEST = os.path.join(REPO, "Corpora", "functions", "manifest.json")
DEFAULT_MIRROR = "/work/.mirror/facebookresearch+CodeGen/repo"
FOUND = ("clone", "partial-clone")
CHANNELS = ("soft_coverage", "literals", "internal_words", "public_names_kept", "public_names", "order")
SUPPORTED = ("java", "cpp", "python", "c", "go")
SUFFIX = {"java": ".java", "cpp": ".cpp", "python": ".py", "c": ".c", "go": ".go"}
TREE_FILE = {"java": "Main.java", "cpp": "f.cpp", "python": "f.py", "c": "f.c", "go": "f.go"}


def log(msg):
    print(f"functions_eval: {msg}", file=sys.stderr, flush=True)


def fail(msg, code=2):
    log(msg)
    sys.exit(code)


def cache_root():
    base = os.environ.get("CLONESCAN_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "clonescan")
    return os.path.join(base, "corpora", "functions")


def load_manifest():
    with open(MANIFEST) as f:
        return json.load(f)


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


TOKEN = re.compile(r"[A-Za-z_]\w*|\d+(?:\.\d+)?|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'|\S")
COMMENT_OR_STRING = re.compile(
    r"//[^\n]*|/\*.*?\*/|#[^\n]*|\"\"\".*?\"\"\"|'''.*?'''|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'", re.S)
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
SUBWORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")
KEYWORDS = set("""
abstract assert boolean break byte case catch char class const continue default do double else enum extends final
finally float for goto if implements import instanceof int interface long native new package private protected public
return short static strictfp super switch synchronized this throw throws transient try void volatile while true false
null auto bool delete explicit friend inline mutable namespace nullptr operator register signed sizeof struct template
typedef typename union unsigned using virtual include define unsigned and as async await def del elif except from global
in is lambda nonlocal not or pass raise with yield none func go chan map range select type var defer fallthrough
""".split())


def tokens(code):
    return TOKEN.findall(code)


def subwords(code):
    """Set of lower-cased identifier sub-words (2+ letters) outside comments and string literals, keywords removed."""
    words = set()
    for ident in IDENT.findall(COMMENT_OR_STRING.sub(" ", code)):
        if ident in KEYWORDS:
            continue
        for w in SUBWORD.findall(ident):
            if len(w) >= 2:
                words.add(w.lower())
    return words


def jaccard(a, b):
    return len(a & b) / len(a | b) if (a or b) else 0.0


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
    text = wrap(lang, code)
    if not (os.path.exists(p) and open(p, encoding="utf-8").read() == text):
        os.makedirs(d, exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    return d


def build_pairs(funcs, directions, seed):
    """Positive and negative pairs (dicts) for every ordered language pair."""
    rng = random.Random(seed)
    ntok = {lang: {pid: len(tokens(c)) for pid, c in fs.items()} for lang, fs in funcs.items()}
    norm = {lang: {pid: " ".join(tokens(c)) for pid, c in fs.items()} for lang, fs in funcs.items()}
    pairs, unmatched = [], {}
    for src, tgt in directions:
        common = sorted(set(funcs[src]) & set(funcs[tgt]))
        tgt_ids = sorted(funcs[tgt])
        lp = f"{src}->{tgt}"
        unmatched[lp] = 0
        for pid in common:
            pairs.append({"id": f"{pid}:{lp}:pos", "languages": lp, "src": src, "tgt": tgt, "label": "positive",
                          "ref_problem": pid, "sus_problem": pid})
            want = ntok[tgt][pid]
            lo, hi = 0.7 * want, 1.3 * want
            cands = [q for q in tgt_ids
                     if base_problem(q) != base_problem(pid) and lo <= ntok[tgt][q] <= hi
                     and norm[tgt][q] != norm[tgt][pid] and (q not in norm[src] or norm[src][q] != norm[src][pid])]
            if not cands:
                unmatched[lp] += 1
                continue
            q = rng.choice(cands)
            pairs.append({"id": f"{pid}:{lp}:neg:{q}", "languages": lp, "src": src, "tgt": tgt, "label": "negative",
                          "ref_problem": pid, "sus_problem": q})
    return pairs, ntok, unmatched


# ----------------------------------------------------------------------------------------------------------------
# Compare
# ----------------------------------------------------------------------------------------------------------------

def run_compare(binary, ref, sus):
    p = subprocess.run([binary, "compare", ref, sus, "--format", "json", "--no-license", "--quiet", "--max-matches", "0"],
                       capture_output=True, text=True, timeout=300)
    if p.returncode not in (0, 1):
        return {"error": f"exit {p.returncode}: {p.stderr.strip()[:300]}"}
    try:
        d = json.loads(p.stdout)
    except ValueError as e:
        return {"error": f"bad JSON: {e}"}
    return {"score": d.get("score"), "verdict": d.get("verdict"), "containment": d.get("containment"),
            "evidence_channels": d.get("evidence_channels"), "exit": p.returncode}


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# ----------------------------------------------------------------------------------------------------------------
# Metrics
# ----------------------------------------------------------------------------------------------------------------

def auc(pos, neg):
    """P(positive > negative) + 0.5 P(tie), by ranks; None without both classes."""
    pos = [x for x in pos if x is not None]
    neg = [x for x in neg if x is not None]
    if not pos or not neg:
        return None
    allv = sorted([(v, 1) for v in pos] + [(v, 0) for v in neg])
    rank_sum, i = 0.0, 0
    while i < len(allv):
        j = i
        while j < len(allv) and allv[j][0] == allv[i][0]:
            j += 1
        avg = (i + j + 1) / 2.0  # ranks i+1..j
        rank_sum += avg * sum(1 for k in range(i, j) if allv[k][1] == 1)
        i = j
    n1, n0 = len(pos), len(neg)
    return (rank_sum - n1 * (n1 + 1) / 2.0) / (n1 * n0)


def recall_at_zero_fp(pos, neg):
    pos = [x for x in pos if x is not None]
    neg = [x for x in neg if x is not None]
    if not pos or not neg:
        return None
    top = max(neg)
    return sum(1 for x in pos if x > top) / len(pos)


def channel(r, name):
    ch = r.get("evidence_channels")
    if not isinstance(ch, dict):
        return None
    v = ch.get(name)
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def no_evidence(r):
    """True when compare says no channel carried the verdict (evidence_channels.carried_by == [])."""
    ch = r.get("evidence_channels")
    return isinstance(ch, dict) and ch.get("carried_by") == []


def summarise(rows, prior):
    pos = [r for r in rows if r["label"] == "positive" and r.get("score") is not None]
    neg = [r for r in rows if r["label"] == "negative" and r.get("score") is not None]
    s = {"positives": len(pos), "negatives": len(neg),
         "errors": sum(1 for r in rows if r.get("error")),
         "auc_score": auc([r["score"] for r in pos], [r["score"] for r in neg]),
         "recall_at_0fp": recall_at_zero_fp([r["score"] for r in pos], [r["score"] for r in neg]),
         "found": sum(1 for r in pos if r["verdict"] in FOUND) / len(pos) if pos else None,
         "flagged": sum(1 for r in neg if r["verdict"] in FOUND) / len(neg) if neg else None,
         "pos_at_prior": sum(1 for r in pos if abs(r["score"] - prior) < 5e-4),
         "neg_at_prior": sum(1 for r in neg if abs(r["score"] - prior) < 5e-4),
         "pos_no_evidence": sum(1 for r in pos if no_evidence(r)),
         "neg_no_evidence": sum(1 for r in neg if no_evidence(r)),
         "auc_jaccard": auc([r["jaccard"] for r in pos], [r["jaccard"] for r in neg]),
         "recall_at_0fp_jaccard": recall_at_zero_fp([r["jaccard"] for r in pos], [r["jaccard"] for r in neg])}
    for c in CHANNELS:
        s[f"auc_{c}"] = auc([channel(r, c) for r in pos], [channel(r, c) for r in neg])
    return s


def fmt(v, pct=False):
    if v is None:
        return "-"
    return f"{100 * v:.1f}%" if pct else f"{v:.3f}"


def print_tables(rows, prior, out=sys.stdout):
    groups = sorted({r["languages"] for r in rows})
    sums = [(g, summarise([r for r in rows if r["languages"] == g], prior)) for g in groups]
    sums.append(("overall", summarise(rows, prior)))
    head = ["pair", "pos", "neg", "AUC score", "R@0FP", "found", "neg flagged", f"pos@{prior:g}", "pos no evid.",
            "AUC jaccard", "R@0FP jacc"]
    table = [head]
    for g, s in sums:
        table.append([g, str(s["positives"]), str(s["negatives"]), fmt(s["auc_score"]), fmt(s["recall_at_0fp"], True),
                      fmt(s["found"], True), fmt(s["flagged"], True),
                      f"{s['pos_at_prior']} ({fmt(s['pos_at_prior'] / s['positives'] if s['positives'] else None, True)})",
                      f"{s['pos_no_evidence']} ({fmt(s['pos_no_evidence'] / s['positives'] if s['positives'] else None, True)})",
                      fmt(s["auc_jaccard"]), fmt(s["recall_at_0fp_jaccard"], True)])
    emit(table, out)
    print("", file=out)
    table = [["pair"] + [f"AUC {c}" for c in CHANNELS]]
    for g, s in sums:
        table.append([g] + [fmt(s[f"auc_{c}"]) for c in CHANNELS])
    emit(table, out)
    empty = [r["score"] for r in rows if no_evidence(r) and r.get("score") is not None]
    if empty:
        common = max(set(empty), key=empty.count)
        print(f"\npos no evid.: positives for which compare reports no channel (carried_by empty); those pairs score "
              f"{common:g} ({empty.count(common)} of {len(empty)} such pairs), the build's no-evidence score", file=out)
    errs = sum(s["errors"] for g, s in sums[:-1])
    if errs:
        print(f"\n{errs} pair(s) failed to compare (see 'error' in the results)", file=out)
    return dict(sums)


def emit(table, out):
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    for k, r in enumerate(table):
        print("| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))) + " |",
              file=out)
        if k == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|", file=out)


# ----------------------------------------------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=os.environ.get("CLONESCAN_BIN") or os.path.join(REPO, ".build", "release", "clonescan"))
    ap.add_argument("--langs", default="java,cpp,python", help=f"languages to pair, of {','.join(SUPPORTED)}")
    ap.add_argument("--directions", default="", help="only these ordered pairs, e.g. java->python,cpp->java")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", default="", help="JSON lines (default $CLONESCAN_CACHE/corpora/functions/results.jsonl)")
    ap.add_argument("--names", choices=NAME_MODES, default="distinct",
                    help="what f_gold, the corpus' name for every function, becomes (see function_names)")
    ap.add_argument("--seed", type=int, default=0, help="choice of the negatives")
    ap.add_argument("--prior", type=float, default=0.168, help="the no-evidence prior score")
    ap.add_argument("--limit", type=int, default=0, help="at most this many problems per direction (0: all)")
    ap.add_argument("--mirror", default="", help="git directory of a facebookresearch/CodeGen mirror")
    ap.add_argument("--download", action="store_true", help="download the pinned archive even if a mirror exists")
    ap.add_argument("--fetch-only", action="store_true")
    ap.add_argument("--report-only", action="store_true", help="print the tables of an existing --out")
    args = ap.parse_args(argv)

    out = args.out or os.path.join(cache_root(), "results.jsonl" if args.names == "distinct" else f"results-{args.names}.jsonl")
    if args.report_only:
        with open(out) as f:
            rows = [json.loads(l) for l in f if l.strip()]
        print_tables(rows, args.prior)
        return 0

    langs = [l.strip() for l in args.langs.split(",") if l.strip()]
    for l in langs:
        if l not in SUPPORTED:
            fail(f"unsupported language {l} (supported: {', '.join(SUPPORTED)})")
    man = load_manifest()
    corpus = fetch_corpus(man, mirror=args.mirror or None, download=args.download)
    if args.fetch_only:
        print(corpus)
        return 0
    if not os.access(args.bin, os.X_OK):
        fail(f"no clonescan binary at {args.bin} (build it with `swift build -c release` or pass --bin)")

    t0 = time.time()
    funcs = load_functions(corpus, langs)
    for l in langs:
        log(f"{l}: {len(funcs[l])} functions")
    directions = [(a, b) for a in langs for b in langs if a != b]
    if args.directions:
        want = {tuple(d.strip().split("->")) for d in args.directions.split(",") if d.strip()}
        directions = [d for d in directions if d in want]
    pairs, ntok, unmatched = build_pairs(funcs, directions, args.seed)
    names = function_names(funcs, args.names)
    funcs = {l: {pid: rename(c, names[(l, pid)]) for pid, c in fs.items()} for l, fs in funcs.items()}
    if args.limit:
        keep = {}
        for p in pairs:
            if p["label"] == "positive":
                keep.setdefault(p["languages"], [])
                if len(keep[p["languages"]]) < args.limit:
                    keep[p["languages"]].append(p["ref_problem"])
        sets = {k: set(v) for k, v in keep.items()}
        pairs = [p for p in pairs if p["ref_problem"] in sets.get(p["languages"], ())]
    for lp, n in unmatched.items():
        if n:
            log(f"{lp}: {n} positive(s) without a size-matched unrelated negative")

    words = {}
    for p in pairs:
        p["ref"] = write_tree(args.names, p["src"], p["ref_problem"], funcs[p["src"]][p["ref_problem"]])
        p["sus"] = write_tree(args.names, p["tgt"], p["sus_problem"], funcs[p["tgt"]][p["sus_problem"]])
        for lang, pid in ((p["src"], p["ref_problem"]), (p["tgt"], p["sus_problem"])):
            if (lang, pid) not in words:
                words[(lang, pid)] = subwords(funcs[lang][pid])
    log(f"{sum(p['label'] == 'positive' for p in pairs)} positives, {sum(p['label'] == 'negative' for p in pairs)} "
        f"negatives over {len(directions)} directions; comparing with {args.jobs} jobs")

    # Run a private copy: a rebuild of --bin during the run would otherwise mix two builds (or fail: text file busy).
    bin_sha = sha256_file(args.bin)
    snap = os.path.join(cache_root(), "bin", f"clonescan-{bin_sha[:16]}")
    if not os.path.exists(snap):
        os.makedirs(os.path.dirname(snap), exist_ok=True)
        shutil.copy2(args.bin, snap + ".tmp")
        os.replace(snap + ".tmp", snap)
    rows = []
    with cf.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        futs = {ex.submit(run_compare, snap, p["ref"], p["sus"]): p for p in pairs}
        for k, fut in enumerate(cf.as_completed(futs), 1):
            p = futs[fut]
            try:
                res = fut.result()
            except Exception as e:  # timeout or spawn failure: recorded, the run goes on
                res = {"error": str(e)[:300]}
            row = {"id": p["id"], "languages": p["languages"], "label": p["label"],
                   "ref_problem": p["ref_problem"], "sus_problem": p["sus_problem"],
                   "score": res.get("score"), "verdict": res.get("verdict"), "containment": res.get("containment"),
                   "evidence_channels": res.get("evidence_channels"),
                   "jaccard": round(jaccard(words[(p["src"], p["ref_problem"])], words[(p["tgt"], p["sus_problem"])]), 4),
                   "ref_tokens": ntok[p["src"]][p["ref_problem"]], "sus_tokens": ntok[p["tgt"]][p["sus_problem"]],
                   "ref": p["ref"], "sus": p["sus"]}
            if res.get("error"):
                row["error"] = res["error"]
            rows.append(row)
            if k % 1000 == 0:
                log(f"{k}/{len(pairs)} compared ({time.time() - t0:.0f} s)")
    rows.sort(key=lambda r: r["id"])
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w") as f:
        for r in rows:
            f.write(json.dumps(r, sort_keys=True) + "\n")
    meta = {"corpus": {k: man[k] for k in ("name", "repository", "commit", "path", "content_sha256")},
            "binary": args.bin, "binary_sha256": bin_sha, "langs": langs, "seed": args.seed, "names": args.names,
            "pairs": len(rows), "seconds": round(time.time() - t0, 1),
            "command": " ".join([os.path.relpath(sys.argv[0])] + (argv if argv is not None else sys.argv[1:]))}
    print(f"results: {out} ({len(rows)} pairs, {time.time() - t0:.0f} s, clonescan sha256 {bin_sha[:12]})")
    print("")
    sums = print_tables(rows, args.prior)
    meta["summary"] = sums
    with open(os.path.splitext(out)[0] + ".meta.json", "w") as f:
        json.dump(meta, f, indent=2, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
