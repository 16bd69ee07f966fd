#!/usr/bin/env bash
# `make spark-candidates SKETCHES=DIR OUT=DIR`: candidate repository pairs from `clonescan sketch` output on Spark.
# Installs what the job needs, idempotently and quietly when it is there: Debian's Java 17 (openjdk-17-jre-headless)
# when no java is on PATH, and PySpark pinned by version and sha256 (scripts/spark/requirements.txt) into a virtual
# environment cached under $CLONESCAN_CACHE (only the first run downloads it). Then runs scripts/spark/candidates.py
# on $SPARK_MASTER (default local[2], SPARK_DRIVER_MEMORY default 4g); extra arguments go to it (--max-bucket, --min-shared, --min-containment).
#   scripts/spark/run.sh --setup-only     install and print the virtual environment's python
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export CLONESCAN_CACHE=${CLONESCAN_CACHE:-$HOME/.cache/clonescan}
requirements="$here/requirements.txt"
# One environment per requirements file: a new pin gets a new environment, never a half-upgraded one.
venv="$CLONESCAN_CACHE/spark-venv-$(sha256sum "$requirements" | cut -c1-12)"

if ! command -v java >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "spark: installing Debian's openjdk-17-jre-headless" >&2
  if ! $SUDO apt-get install -y -q --no-install-recommends openjdk-17-jre-headless >/tmp/clonescan-apt-java.log 2>&1; then
    $SUDO apt-get update -q >>/tmp/clonescan-apt-java.log 2>&1 || true
    $SUDO apt-get install -y -q --no-install-recommends openjdk-17-jre-headless >>/tmp/clonescan-apt-java.log 2>&1 \
      || { echo "spark: apt-get install openjdk-17-jre-headless failed; see /tmp/clonescan-apt-java.log" >&2; exit 3; }
  fi
fi

if [ ! -f "$venv/.complete" ]; then
  echo "spark: installing PySpark into $venv (once; about 320 MB)" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  if ! "$venv/bin/pip" install -q --require-hashes --no-deps -r "$requirements" >"$venv.log" 2>&1; then
    echo "spark: pip install -r $requirements failed; see $venv.log" >&2
    rm -rf "$venv"
    exit 3
  fi
  touch "$venv/.complete"
fi

if [ "${1:-}" = "--setup-only" ]; then
  echo "$venv/bin/python"
  exit 0
fi
# PySpark starts its workers with this interpreter; Spark binds to the loopback address only (a local master needs
# no other), and its own logs stay out of the user's way (errors only).
export PYSPARK_PYTHON="$venv/bin/python"
export PYSPARK_DRIVER_PYTHON="$venv/bin/python"
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
# A local master runs in the driver's JVM: SPARK_DRIVER_MEMORY (default 4g) is all the memory the job has.
export PYSPARK_SUBMIT_ARGS="--driver-memory ${SPARK_DRIVER_MEMORY:-4g} --driver-java-options -Dlog4j2.configurationFile=file:$here/log4j2.properties pyspark-shell"
exec "$venv/bin/python" "$here/candidates.py" "$@"
