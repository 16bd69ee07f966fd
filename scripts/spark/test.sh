#!/usr/bin/env bash
# The Spark job on real PySpark in local mode (part of `make test`): small repositories (make_fixtures.py) sketched
# by the built binary in two runs, plus a killed run's shard that no manifest lists; then
#   - the candidate pairs' files hold one JSON object per pair with exactly the documented keys, A < B;
#   - the copy and the library are a pair, sharing every library unit, containment 1 on the library's side;
#   - the killed run's records are never read; the unrelated project pairs with nobody;
#   - the four projects that share one helper do share band keys, yet are no pair: --max-bucket 3 drops the helper's
#     buckets of 4 units as boilerplate;
#   - every pair the SQLite index of the same repositories verifies as clone or partial-clone is a candidate.
# usage: scripts/spark/test.sh CLONESCAN_BINARY
set -euo pipefail
bin=$(realpath "${1:?usage: scripts/spark/test.sh CLONESCAN_BINARY}")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/clonescan-spark-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 "$here/make_fixtures.py" "$work/repos"
r="$work/repos"
"$bin" sketch --out "$work/sketches" --run-id m1 --quiet "$r/lib" "$r/copy" "$r/partial"
"$bin" sketch --out "$work/sketches" --run-id m2 --shard-units 3 --quiet "$r/unrelated" "$r/app-go" "$r/app-ruby" "$r/app-js" "$r/app-java"
# A killed run: a complete shard whose run never wrote its manifest. Its "ghost" repository carries the library's keys.
zcat "$work"/sketches/units-m1-*.jsonl.gz | sed "s#\"repository\":\"$r/lib\"#\"repository\":\"$r/ghost\"#" \
  | gzip > "$work/sketches/units-killed-00000.jsonl.gz"

bash "$here/run.sh" --sketches "$work/sketches" --out "$work/candidates" --max-bucket 3

"$bin" index --db "$work/index.sqlite" --quiet "$r"/*
python3 "$here/check_recall.py" --bin "$bin" --db "$work/index.sqlite" --candidates "$work/candidates"

python3 - "$work" <<'PY'
import glob, gzip, json, os, sys
work = sys.argv[1]
r = os.path.join(work, "repos")
pairs = {}
for part in glob.glob(os.path.join(work, "candidates", "part-*.json")):
    for line in open(part, encoding="utf-8"):
        p = json.loads(line)
        assert list(p) == ["repositories", "shared_units", "containment"], p
        a, b = p["repositories"]
        assert a < b and isinstance(p["shared_units"], int) and len(p["containment"]) == 2, p
        pairs[(a, b)] = p
names = {k: os.path.join(r, k) for k in ["lib", "copy", "partial", "unrelated", "ghost", "app-go", "app-js"]}
pair = pairs.get((names["copy"], names["lib"]))
assert pair is not None, "copy/lib not a candidate: %s" % sorted(pairs)
assert pair["shared_units"] == 5 and pair["containment"][1] == 1.0, pair
assert (names["lib"], names["partial"]) in pairs, sorted(pairs)
assert not any(names["ghost"] in k for k in pairs), "a killed run's shard was read"
assert not any(names["unrelated"] in k for k in pairs), "the unrelated project pairs with something"
keys = {}
for shard in glob.glob(os.path.join(work, "sketches", "units-m2-*.jsonl.gz")):
    for line in gzip.open(shard, "rt", encoding="utf-8"):
        rec = json.loads(line)
        keys.setdefault(rec["repository"], set()).update(rec["band_keys"])
assert keys[names["app-go"]] & keys[names["app-js"]], "the helper's band keys should be shared"
assert (names["app-go"], names["app-js"]) not in pairs, "boilerplate buckets over --max-bucket must be dropped"
print("spark candidates: %d pairs, all checks passed" % len(pairs))
PY
