#!/usr/bin/env python3
"""Prints the row count and an md5 of every table of a clonescan SQLite index, rows in key order.

Two indexes of the same corpus built by two builds must print the same lines (docs/benchmarks.md: a speed
change must leave the index identical). Run times are masked: `repositories.indexed_at` and
`metadata.created_at`. Read-only; the index must not be in use by a writer.

    scripts/index_checksums.py INDEX.sqlite
"""
import hashlib
import sqlite3
import sys

# Columns whose value is the time of a run, not the index's content (and metadata's `created_at` row).
MASKED = {("repositories", "indexed_at")}


def table_lines(db):
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in tables:
        columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
        keys = [r[1] for r in sorted(db.execute(f'PRAGMA table_info("{table}")'), key=lambda r: r[5]) if r[5] > 0]
        order = ", ".join(f'"{c}"' for c in (keys or columns))
        digest, count = hashlib.md5(), 0
        for row in db.execute(f'SELECT * FROM "{table}" ORDER BY {order}'):
            if table == "metadata" and row[0] == "created_at":
                row = (row[0], "*")
            row = tuple("*" if (table, c) in MASKED else v for c, v in zip(columns, row))
            digest.update(repr(row).encode())
            count += 1
        yield f"{table}\t{count}\t{digest.hexdigest()}"


def main():
    if len(sys.argv) != 2:
        print("usage: scripts/index_checksums.py INDEX.sqlite", file=sys.stderr)
        sys.exit(2)
    db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    for line in table_lines(db):
        print(line)


if __name__ == "__main__":
    main()
