"""Command line: base58-encode or -decode a file (or stdin) to stdout."""

import argparse
import sys

import base58


def _pick(decode, check):
    if decode:
        return base58.b58decode_check if check else base58.b58decode
    return base58.b58encode_check if check else base58.b58encode


def main():
    """Base58 encode or decode FILE, or standard input, to standard output."""
    cli = argparse.ArgumentParser(description=main.__doc__)
    cli.add_argument("file", metavar="FILE", nargs="?", type=argparse.FileType("r"), default="-")
    cli.add_argument("-d", "--decode", action="store_true", help="decode data")
    cli.add_argument("-c", "--check", action="store_true", help="append a checksum before encoding")
    opts = cli.parse_args()
    try:
        out = _pick(opts.decode, opts.check)(opts.file.buffer.read())
    except Exception as exc:
        sys.exit(exc)
    sys.stdout.buffer.write(out)


if __name__ == "__main__":
    main()
