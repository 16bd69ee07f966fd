#!/usr/bin/env python3
"""The outcome of one per-grammar fuzz run (scripts/fuzz-per-target.sh): its directory holds `log` (libFuzzer's and
the harness's output), `rc` (exit status, absent while running) and `stats.json` (the harness's counts).

usage: fuzz_outcome.py DIR RUNS   -> exit 0 when the run finished clean with at least RUNS inputs (FUZZ_RESUME)
"""
import json
import os
import re
import sys

FINDINGS = ("ERROR: AddressSanitizer", "FINDING", "deadly signal", "Fatal error")


def outcome(directory):
    """`clean`, `clean (build leak)`, `running`, `not run`, or the finding: HANG, OUT-OF-MEMORY, CRASH, LEAK, exit N."""
    if not os.path.exists(f"{directory}/log"):
        return "not run"
    log = open(f"{directory}/log", errors="replace").read()
    rc = open(f"{directory}/rc").read().strip() if os.path.exists(f"{directory}/rc") else None
    if "FINDING: HANG" in log or "ALARM: working on the last Unit" in log:
        return "HANG"
    if "out-of-memory" in log:
        return "OUT-OF-MEMORY"
    if any(f in log for f in FINDINGS):
        return "CRASH"
    if "ERROR: LeakSanitizer" in log:
        # Leaks whose every stack runs through the grammar's first-use build (Foundation's Process, before fuzzing
        # started; since that build runs in a process of its own there are none) are not the fuzzed code's.
        report = log.split("ERROR: LeakSanitizer", 1)[1].split("SUMMARY:", 1)[0]
        leaks = re.split(r"\n(?=(?:Direct|Indirect) leak)", report)[1:]
        return "clean (build leak)" if leaks and all("GrammarBuilder" in l for l in leaks) and rc == "1" else "LEAK"
    if rc is None:
        return "running"
    return "clean" if rc == "0" else f"exit {rc}"


def executions(directory, name):
    try:
        stats = json.load(open(f"{directory}/stats.json"))
    except (OSError, ValueError):
        return None
    return next((t for t in stats["targets"] if t["target"] == name), {"executions": 0, "parsed": 0, "timeouts": 0}), stats


if __name__ == "__main__":
    directory, runs = sys.argv[1], int(sys.argv[2])
    found = executions(directory, os.path.basename(directory.rstrip("/")))
    sys.exit(0 if outcome(directory).startswith("clean") and found and found[0]["executions"] >= runs else 1)
