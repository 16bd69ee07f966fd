"""typeset command line: reads a file and prints it laid out."""
import argparse
import sys


def parse_arguments(argv):
    """The command line options of typeset."""
    parser = argparse.ArgumentParser(prog="typeset", description="Lay out plain text.")
    parser.add_argument("path", help="file to read, - for standard input")
    parser.add_argument("--width", type=int, default=72, help="columns per line")
    parser.add_argument("--center", action="store_true", help="centre every line")
    return parser.parse_args(argv)


def read_source(path):
    """The text of path, or of standard input for -."""
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as handle:
        return handle.read()
