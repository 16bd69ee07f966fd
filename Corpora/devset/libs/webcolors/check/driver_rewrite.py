"""Check driver for the Python rewrite of webcolors: JSON lines in, JSON lines out."""
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rewrite-python"))
import webcolors  # noqa: E402  (the rewrite, not the original)

for line in sys.stdin:
    case = json.loads(line)
    args = [tuple(a) if isinstance(a, list) else a for a in case["args"]]
    try:
        res = getattr(webcolors, case["fn"])(*args)
        out = {"ok": list(res) if isinstance(res, tuple) else res}
    except ValueError as e:
        out = {"err": "ValueError", "msg": str(e)}
    sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
