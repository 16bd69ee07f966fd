"""Command line: python -m base58 [-d] [-c] [FILE]."""
import argparse
import sys

from base58 import b58decode, b58decode_check, b58encode, b58encode_check


def main(argv=None):
    parser = argparse.ArgumentParser(description="Base58 encode or decode FILE, or standard input, to standard output.")
    parser.add_argument("file", metavar="FILE", nargs="?", type=argparse.FileType("r"), default="-")
    parser.add_argument("-d", "--decode", action="store_true", help="decode data")
    parser.add_argument("-c", "--check", action="store_true", help="append a checksum before encoding")
    opts = parser.parse_args(argv)
    table = {(False, False): b58encode, (False, True): b58encode_check,
             (True, False): b58decode, (True, True): b58decode_check}
    convert = table[(opts.decode, opts.check)]
    data = opts.file.buffer.read()
    try:
        result = convert(data)
    except Exception as exc:  # noqa: BLE001
        sys.exit(exc)
    sys.stdout.buffer.write(result)


if __name__ == "__main__":
    main()
