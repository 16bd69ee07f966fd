#!/usr/bin/env python3
"""Candidate repository pairs from `clonescan sketch` output, on Spark (docs/scale.md, docs/sketch-json.md).

Joins units on their LSH band keys (the keys `clonescan index` stores in lsh_keys), drops buckets with more than
--max-bucket units (boilerplate: a band key that half the corpus shares is no evidence of copying), and estimates
per repository pair the units each side shares with the other and the share of each side's units that is. One JSON
object per pair, in part files under OUT:

    {"repositories": [A, B], "shared_units": N, "containment": [share of A, share of B]}

A < B (byte order of the paths as given to `clonescan sketch`). shared_units is the smaller of the two sides'
counts of units with a band key in the other side: an upper bound on the one-to-one unit matches `compare` can
find. `clonescan compare A B` verifies a pair exactly.

Reads only the shards that a finished run's manifest (run-*.json) lists, so a killed run's part is never read.

usage: candidates.py --sketches DIR --out DIR [--master local[2]] [--max-bucket 128] [--min-shared 1]
                     [--min-containment 0]
exit:  0 done, 2 usage (bad or missing sketch directory, OUT holding something else), 3 Spark failed
"""
import argparse
import glob
import json
import os
import shutil
import sys

SCHEMA_VERSION = 1
FORMAT = "clonescan-sketch"


def fail(message, code):
    print("candidates: error: %s" % message, file=sys.stderr)
    sys.exit(code)


def shard_paths(sketches):
    """The shards listed by finished runs' manifests, checked against metadata.json's format and schema."""
    meta_path = os.path.join(sketches, "metadata.json")
    try:
        with open(meta_path, encoding="utf-8") as f:
            meta = json.load(f)
    except (OSError, ValueError) as e:
        fail("%s: cannot read the sketch metadata (%s); pass a directory written by `clonescan sketch --out`" % (meta_path, e), 2)
    if meta.get("format") != FORMAT or meta.get("schema_version") != SCHEMA_VERSION:
        fail("%s: format %r schema %r; this job reads %s schema %d" % (meta_path, meta.get("format"), meta.get("schema_version"),
                                                                      FORMAT, SCHEMA_VERSION), 2)
    shards = []
    manifests = sorted(glob.glob(os.path.join(glob.escape(sketches), "run-*.json")))
    for manifest in manifests:
        try:
            with open(manifest, encoding="utf-8") as f:
                run = json.load(f)
        except (OSError, ValueError) as e:
            fail("%s: cannot read the run manifest (%s); remove it or run `clonescan sketch` again" % (manifest, e), 2)
        for name in run.get("shards", []):
            path = os.path.join(sketches, name)
            if os.path.basename(name) != name or not os.path.isfile(path):
                fail("%s lists shard %r, which is missing; run that sketch again" % (manifest, name), 2)
            shards.append(path)
    if not shards:
        fail("%s: no finished sketch run with units (no run-*.json listing shards); run `clonescan sketch --out %s PATH...`"
             % (sketches, sketches), 2)
    return shards, meta


def prepare_out(out):
    """OUT is created, or replaced when it holds a previous result (a _SUCCESS file) or nothing."""
    if os.path.lexists(out):
        if not os.path.isdir(out) or os.path.islink(out):
            fail("--out %s is not a directory; pass a new or empty directory" % out, 2)
        entries = os.listdir(out)
        if entries and "_SUCCESS" not in entries:
            fail("--out %s holds files that are not a previous candidates result; pass a new or empty directory" % out, 2)
        shutil.rmtree(out)


def candidates(spark, shards, max_bucket, min_shared, min_containment):
    """The candidate pairs as a DataFrame of (repositories, shared_units, containment)."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    schema = T.StructType([
        T.StructField("repository", T.StringType()),
        T.StructField("path", T.StringType()),
        T.StructField("unit", T.LongType()),
        T.StructField("band_keys", T.ArrayType(T.LongType())),
    ])
    units = (spark.read.schema(schema).json(shards)
             .where(F.col("repository").isNotNull() & F.col("band_keys").isNotNull())
             .dropDuplicates(["repository", "path", "unit"])
             # 64-bit ids instead of path strings in every shuffled row (a collision is ~2^-64 per pair).
             .withColumn("rid", F.xxhash64("repository"))
             .withColumn("uid", F.xxhash64("repository", "path", "unit")))
    totals = units.groupBy("rid").agg(F.first("repository").alias("name"), F.count("*").alias("units")).cache()
    keys = units.select("rid", "uid", F.explode("band_keys").alias("key")).distinct()
    # One row per bucket: buckets of one unit pair nothing, buckets over the cap are boilerplate. A bucket's unit pairs
    # are then made inside its row (two explodes), with no join and no shuffle.
    members = F.struct(F.col("rid").alias("r"), F.col("uid").alias("u"))
    buckets = (keys.groupBy("key").agg(F.collect_list(members).alias("m"))
               .where((F.size("m") >= 2) & (F.size("m") <= max_bucket)))
    hits = (buckets.select(F.explode("m").alias("a"), "m")
            .select("a", F.explode("m").alias("b"))
            .where(F.col("a.r") < F.col("b.r"))
            .select(F.col("a.r").alias("ra"), F.col("b.r").alias("rb"), F.col("a.u").alias("ua"), F.col("b.u").alias("ub")))
    pairs = hits.groupBy("ra", "rb").agg(F.countDistinct("ua").alias("sa"), F.countDistinct("ub").alias("sb"))
    ta = totals.select(F.col("rid").alias("ra"), F.col("name").alias("a"), F.col("units").alias("na"))
    tb = totals.select(F.col("rid").alias("rb"), F.col("name").alias("b"), F.col("units").alias("nb"))
    scored = (pairs.join(F.broadcast(ta), "ra").join(F.broadcast(tb), "rb")
              .withColumn("shared_units", F.least("sa", "sb"))
              .withColumn("ca", F.round(F.col("sa") / F.col("na"), 4))
              .withColumn("cb", F.round(F.col("sb") / F.col("nb"), 4))
              .where((F.col("shared_units") >= min_shared) & (F.greatest("ca", "cb") >= min_containment)))
    # Ids order the work; names order the output: A < B.
    first = F.col("a") < F.col("b")
    return (scored.select(F.when(first, F.array("a", "b")).otherwise(F.array("b", "a")).alias("repositories"), "shared_units",
                          F.when(first, F.array("ca", "cb")).otherwise(F.array("cb", "ca")).alias("containment"))
            .orderBy("repositories"))

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sketches", required=True, help="directory written by `clonescan sketch --out`")
    ap.add_argument("--out", required=True, help="directory for the candidate pairs (part-*.json, JSON lines)")
    ap.add_argument("--master", default=os.environ.get("SPARK_MASTER", "local[2]"), help="Spark master (default local[2])")
    ap.add_argument("--max-bucket", type=int, default=128, help="units per band key above which the key is boilerplate")
    ap.add_argument("--min-shared", type=int, default=1, help="least shared units for a pair to be written")
    ap.add_argument("--min-containment", type=float, default=0.0, help="least containment (either side) for a pair")
    ap.add_argument("--partitions", type=int, default=0, help="shuffle partitions (default: 4 per core of a local master, else 200)")
    args = ap.parse_args()
    if args.max_bucket < 2 or args.min_shared < 1 or not 0 <= args.min_containment <= 1:
        fail("--max-bucket must be at least 2, --min-shared at least 1, --min-containment within 0..1", 2)
    shards, _ = shard_paths(args.sketches)
    prepare_out(args.out)

    from pyspark.sql import SparkSession
    partitions = args.partitions
    if partitions <= 0:
        partitions = 200
        if args.master.startswith("local["):
            cores = args.master[len("local["):-1]
            partitions = 4 * (os.cpu_count() or 2 if cores == "*" else int(cores))
    spark = (SparkSession.builder.master(args.master).appName("clonescan-candidates")
             .config("spark.sql.shuffle.partitions", str(partitions))
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.driver.bindAddress", "127.0.0.1")
             .config("spark.driver.host", "127.0.0.1")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        result = candidates(spark, shards, args.max_bucket, args.min_shared, args.min_containment).cache()
        count = result.count()
        result.write.mode("errorifexists").json(args.out)
    except Exception as e:  # Spark reports failures as Py4J/Java exceptions: one line, exit 3.
        fail("the Spark job failed: %s" % str(e).strip().splitlines()[0], 3)
    finally:
        spark.stop()
    print("candidates: %d repository pairs from %d shards in %s" % (count, len(shards), args.out))


if __name__ == "__main__":
    main()
