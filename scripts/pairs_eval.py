"""Shared by the single-function harnesses (functions_eval.py, humanevalx_eval.py): pairs, compares, tables.

A harness turns a parallel corpus into {language: {problem: code}}; this module draws the positive and
size-matched negative pairs, runs `clonescan compare` on each through a sha-named private copy of the binary, writes
one JSON line per pair and prints the tables (AUC, recall at zero false positives, found, flagged, channel AUCs,
the identifier-sub-word Jaccard baseline). Standard library only; never executes scanned code.
"""
import argparse
import concurrent.futures as cf
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time

from pypi_fetch import sha256_of as sha256_file  # noqa: F401  (re-exported for the harnesses)

FOUND = ("clone", "partial-clone")
CHANNELS = ("soft_coverage", "literals", "internal_words", "public_names_kept", "public_names", "order")


def corpus_cache(name):
    """$CLONESCAN_CACHE/corpora/<name> ($CLONESCAN_CACHE defaults to ~/.cache/clonescan)."""
    base = os.environ.get("CLONESCAN_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "clonescan")
    return os.path.join(base, "corpora", name)


def load_json(path):
    with open(path) as f:
        return json.load(f)


def messages(prog):
    """(log, fail) printing 'prog: message' on stderr; fail exits with the given code (default 2, usage)."""
    def log(msg):
        print(f"{prog}: {msg}", file=sys.stderr, flush=True)

    def fail(msg, code=2):
        log(msg)
        sys.exit(code)
    return log, fail


def common_args(doc, repo, langs_help, default_langs, corpus, out_help, names, names_help):
    """The options every harness takes (binary, languages, directions, jobs, output, names, negatives, fetch)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--bin", default=os.environ.get("CLONESCAN_BIN") or os.path.join(repo, ".build", "release", "clonescan"))
    ap.add_argument("--langs", default=default_langs, help=langs_help)
    ap.add_argument("--directions", default="", help="only these ordered pairs, e.g. java->python,cpp->java")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", default="", help=out_help)
    ap.add_argument("--names", choices=names, default="distinct", help=names_help)
    ap.add_argument("--seed", type=int, default=0, help="choice of the negatives")
    ap.add_argument("--prior", type=float, default=0.168, help="the no-evidence prior score")
    ap.add_argument("--limit", type=int, default=0, help="at most this many problems per direction (0: all)")
    ap.add_argument("--mirror", default="", help=f"git directory of a {corpus} mirror")
    ap.add_argument("--download", action="store_true", help="download the pinned files even if a mirror exists")
    ap.add_argument("--fetch-only", action="store_true")
    ap.add_argument("--report-only", action="store_true", help="print the tables of an existing --out")
    return ap


def parse_langs(arg, supported, fail):
    langs = [l.strip() for l in arg.split(",") if l.strip()]
    for l in langs:
        if l not in supported:
            fail(f"unsupported language {l} (supported: {', '.join(supported)})")
    return langs


def check_binary(path, fail):
    if not os.access(path, os.X_OK):
        fail(f"no clonescan binary at {path} (build it with `swift build -c release` or pass --bin)")


# ----------------------------------------------------------------------------------------------------------------
# Tokens and the sub-word baseline
# ----------------------------------------------------------------------------------------------------------------

TOKEN = re.compile(r"[A-Za-z_]\w*|\d+(?:\.\d+)?|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'|\S")
COMMENT_OR_STRING = re.compile(
    r"//[^\n]*|/\*.*?\*/|#[^\n]*|\"\"\".*?\"\"\"|'''.*?'''|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'", re.S)
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
SUBWORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")
KEYWORDS = frozenset("""
abstract assert boolean break byte case catch char class const continue default do double else enum extends final
finally float for goto if implements import instanceof int interface long native new package private protected public
return short static strictfp super switch synchronized this throw throws transient try void volatile while true false
null auto bool delete explicit friend inline mutable namespace nullptr operator register signed sizeof struct template
typedef typename union unsigned using virtual include define unsigned and as async await def del elif except from global
in is lambda nonlocal not or pass raise with yield none func go chan map range select type var defer fallthrough
""".split())


def tokens(code):
    return TOKEN.findall(code)


def subwords(code, keywords=KEYWORDS):
    """Set of lower-cased identifier sub-words (2+ letters) outside comments and string literals, keywords removed."""
    words = set()
    for ident in IDENT.findall(COMMENT_OR_STRING.sub(" ", code)):
        if ident in keywords:
            continue
        for w in SUBWORD.findall(ident):
            if len(w) >= 2:
                words.add(w.lower())
    return words


def jaccard(a, b):
    return len(a & b) / len(a | b) if (a or b) else 0.0


# ----------------------------------------------------------------------------------------------------------------
# Pairs
# ----------------------------------------------------------------------------------------------------------------

def build_pairs(funcs, directions, seed, related):
    """Positive and negative pairs (dicts) for every ordered language pair.

    funcs is {lang: {problem: code}}; related(p, q) says two problems must never be each other's negative.
    Returns (pairs, token counts {lang: {problem: n}}, {direction: positives left without a negative})."""
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
                     if not related(q, pid) and lo <= ntok[tgt][q] <= hi
                     and norm[tgt][q] != norm[tgt][pid] and (q not in norm[src] or norm[src][q] != norm[src][pid])]
            if not cands:
                unmatched[lp] += 1
                continue
            q = rng.choice(cands)
            pairs.append({"id": f"{pid}:{lp}:neg:{q}", "languages": lp, "src": src, "tgt": tgt, "label": "negative",
                          "ref_problem": pid, "sus_problem": q})
    return pairs, ntok, unmatched


def directions_of(langs, only):
    """Every ordered pair of langs, or those named in only ('java->python,cpp->java')."""
    directions = [(a, b) for a in langs for b in langs if a != b]
    if only:
        want = {tuple(d.strip().split("->")) for d in only.split(",") if d.strip()}
        directions = [d for d in directions if d in want]
    return directions


def limit_pairs(pairs, limit):
    """The pairs of at most limit positives' problems per direction (0: all)."""
    if not limit:
        return pairs
    keep = {}
    for p in pairs:
        if p["label"] == "positive":
            keep.setdefault(p["languages"], [])
            if len(keep[p["languages"]]) < limit:
                keep[p["languages"]].append(p["ref_problem"])
    sets = {k: set(v) for k, v in keep.items()}
    return [p for p in pairs if p["ref_problem"] in sets.get(p["languages"], ())]


def write_trees(pairs, funcs, write_tree, keywords=KEYWORDS):
    """Write both sides of every pair (p["ref"], p["sus"] become their tree paths); {(lang, problem): sub-words}."""
    words = {}
    for p in pairs:
        p["ref"] = write_tree(p["src"], p["ref_problem"], funcs[p["src"]][p["ref_problem"]])
        p["sus"] = write_tree(p["tgt"], p["sus_problem"], funcs[p["tgt"]][p["sus_problem"]])
        for lang, pid in ((p["src"], p["ref_problem"]), (p["tgt"], p["sus_problem"])):
            if (lang, pid) not in words:
                words[(lang, pid)] = subwords(funcs[lang][pid], keywords)
    return words


def log_pairs(log, pairs, unmatched, directions, jobs):
    for lp, n in unmatched.items():
        if n:
            log(f"{lp}: {n} positive(s) without a size-matched unrelated negative")
    log(f"{sum(p['label'] == 'positive' for p in pairs)} positives, {sum(p['label'] == 'negative' for p in pairs)} "
        f"negatives over {len(directions)} directions; comparing with {jobs} jobs")


def write_file(path, text):
    """Write text to path unless it already holds exactly that (keeps mtimes of unchanged trees)."""
    if not (os.path.exists(path) and open(path, encoding="utf-8").read() == text):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


# ----------------------------------------------------------------------------------------------------------------
# Compare
# ----------------------------------------------------------------------------------------------------------------

def pin_binary(binary, cache_dir):
    """(sha256, path of a private copy named by it): a rebuild of binary during the run would otherwise mix two
    builds (or fail: text file busy)."""
    bin_sha = sha256_file(binary)
    snap = os.path.join(cache_dir, "bin", f"clonescan-{bin_sha[:16]}")
    if not os.path.exists(snap):
        os.makedirs(os.path.dirname(snap), exist_ok=True)
        shutil.copy2(binary, snap + ".tmp")
        os.replace(snap + ".tmp", snap)
    return bin_sha, snap


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


def compare_pairs(snap, pairs, words, ntok, jobs, log, t0):
    """One row per pair (p["ref"], p["sus"] are tree paths; words {(lang, problem): sub-words}), sorted by id."""
    rows = []
    with cf.ThreadPoolExecutor(max_workers=max(1, jobs)) as ex:
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
    return rows


def finish(out, rows, meta, bin_sha, prior, t0, argv):
    """Write the JSON lines and <out>.meta.json (meta + command, seconds, summary); print the tables."""
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w") as f:
        for r in rows:
            f.write(json.dumps(r, sort_keys=True) + "\n")
    meta = dict(meta, binary_sha256=bin_sha, pairs=len(rows), seconds=round(time.time() - t0, 1),
                command=" ".join([os.path.relpath(sys.argv[0])] + (argv if argv is not None else sys.argv[1:])))
    print(f"results: {out} ({len(rows)} pairs, {time.time() - t0:.0f} s, clonescan sha256 {bin_sha[:12]})")
    print("")
    meta["summary"] = print_tables(rows, prior)
    with open(os.path.splitext(out)[0] + ".meta.json", "w") as f:
        json.dump(meta, f, indent=2, sort_keys=True)


def report_only(out, prior):
    with open(out) as f:
        rows = [json.loads(l) for l in f if l.strip()]
    print_tables(rows, prior)


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


SIZE_BUCKETS = (30, 60, 120, 240)
COVERAGE_BUCKETS = (0.1, 0.2, 0.3, 0.4, 0.5)


def bucket(v, edges):
    """'<30', '30-59'… for integers, '<0.1', '0.1-0.2'… for fractions: the bucket of v among edges."""
    if v is None:
        return "none"
    lo = None
    for e in edges:
        if v < e:
            break
        lo = e
    else:
        return f">={edges[-1]}"
    if lo is None:
        return f"<{edges[0]}"
    hi = edges[edges.index(lo) + 1]
    return f"{lo}-{hi - 1}" if isinstance(hi, int) else f"{lo}-{hi}"


def bucket_order(g):
    """Buckets from bucket() in increasing order (other labels alphabetically, after them)."""
    m = re.match(r"(<|>=)?([0-9.]+)", g)
    if not m:
        return (3, 0.0, g)
    return ({"<": 0, None: 1, ">=": 2}[m.group(1)], float(m.group(2)), g)


def print_diagnosis(rows, top=15, out=sys.stdout):
    """The highest-scoring negatives, and the positives not found (verdict not clone / partial-clone) by
    direction, by the reference's token count and by soft coverage."""
    neg = sorted((r for r in rows if r["label"] == "negative" and r.get("score") is not None),
                 key=lambda r: -r["score"])
    print(f"\nThe {top} highest-scoring negatives:", file=out)
    table = [["pair", "reference", "suspect", "score", "verdict", "soft_coverage", "tokens"]]
    for r in neg[:top]:
        table.append([r["languages"], r["ref_problem"], r["sus_problem"], f"{r['score']:.3f}", str(r["verdict"]),
                      fmt(channel(r, "soft_coverage")), f"{r['ref_tokens']}/{r['sus_tokens']}"])
    emit(table, out)
    pos = [r for r in rows if r["label"] == "positive" and r.get("score") is not None]
    for title, key in (("direction", lambda r: r["languages"]),
                       ("reference tokens", lambda r: bucket(r["ref_tokens"], SIZE_BUCKETS)),
                       ("soft_coverage", lambda r: bucket(channel(r, "soft_coverage"), COVERAGE_BUCKETS))):
        groups = {}
        for r in pos:
            groups.setdefault(key(r), []).append(r)
        print(f"\nPositives missed, by {title}:", file=out)
        table = [[title, "positives", "missed", "missed %"]]
        for g in sorted(groups, key=bucket_order):
            miss = sum(1 for r in groups[g] if r["verdict"] not in FOUND)
            table.append([g, str(len(groups[g])), str(miss), fmt(miss / len(groups[g]), True)])
        emit(table, out)
