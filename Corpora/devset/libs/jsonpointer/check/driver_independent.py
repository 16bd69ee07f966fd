"""Check driver for the independent Python jsonpointer: JSON lines in, JSON lines out."""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "independent-python"))
sys.path.insert(1, HERE)
import check  # noqa: E402
import jsonpointer  # noqa: E402  (the independent implementation)

for line in sys.stdin:
    sys.stdout.write(json.dumps(check.run_case(jsonpointer, json.loads(line)), ensure_ascii=False) + "\n")
