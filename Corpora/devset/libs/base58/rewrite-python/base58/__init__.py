"""Base58 and Base58Check, as used by Bitcoin and Ripple addresses."""

import hashlib
from functools import lru_cache

__version__ = "2.1.1"

BITCOIN_ALPHABET = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
RIPPLE_ALPHABET = b"rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
XRP_ALPHABET = RIPPLE_ALPHABET
alphabet = BITCOIN_ALPHABET

# Characters that are easy to confuse; when autofix is on and exactly one member of a
# group is in the alphabet, the others decode as that one.
_LOOKALIKES = (b"0Oo", b"Il1")


def _as_bytes(value):
    return value.encode("ascii") if isinstance(value, str) else value


def _checksum(payload):
    return hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]


class _Codec:
    """Digit tables for one alphabet (and one autofix setting)."""

    def __init__(self, symbols, autofix):
        self.symbols = symbols
        self.radix = len(symbols)
        self.zero = symbols[:1]
        values = {ch: pos for pos, ch in enumerate(symbols)}
        if autofix:
            for group in _LOOKALIKES:
                present = [ch for ch in group if ch in values]
                if len(present) == 1:
                    values.update(dict.fromkeys(group, values[present[0]]))
        self.values = values

    def digits_of(self, number):
        out = bytearray()
        while number:
            number, rest = divmod(number, self.radix)
            out.append(self.symbols[rest])
        out.reverse()
        return bytes(out)

    def number_of(self, text):
        number = 0
        for ch in text:
            digit = self.values.get(ch)
            if digit is None:
                raise ValueError(f"Invalid character {chr(ch)!r}")
            number = number * self.radix + digit
        return number


@lru_cache()
def _codec(symbols, autofix=False):
    return _Codec(symbols, autofix)


def b58encode_int(i, default_one=True, alphabet=BITCOIN_ALPHABET):
    """Base58 digits of a non-negative integer (the zero digit for 0 unless default_one is false)."""
    codec = _codec(alphabet)
    if i == 0:
        return codec.zero if default_one else b""
    return codec.digits_of(i)


def b58decode_int(v, alphabet=BITCOIN_ALPHABET, *, autofix=False):
    """Integer value of Base58 text."""
    if b" " not in alphabet:
        v = v.rstrip()
    return _codec(alphabet, autofix).number_of(_as_bytes(v))


def b58encode(v, alphabet=BITCOIN_ALPHABET):
    """Base58 text for bytes; each leading zero byte becomes one zero digit."""
    data = _as_bytes(v)
    body = data.lstrip(b"\0")
    codec = _codec(alphabet)
    return codec.zero * (len(data) - len(body)) + codec.digits_of(int.from_bytes(body, "big"))


def b58decode(v, alphabet=BITCOIN_ALPHABET, *, autofix=False):
    """Bytes for Base58 text; each leading zero digit becomes one zero byte."""
    text = _as_bytes(v.rstrip())
    body = text.lstrip(alphabet[:1])
    number = b58decode_int(body, alphabet=alphabet, autofix=autofix)
    size = (number.bit_length() + 7) // 8
    return b"\0" * (len(text) - len(body)) + number.to_bytes(size, "big")


def b58encode_check(v, alphabet=BITCOIN_ALPHABET):
    """Base58 of the payload followed by the first 4 bytes of its double SHA-256."""
    payload = _as_bytes(v)
    return b58encode(payload + _checksum(payload), alphabet=alphabet)


def b58decode_check(v, alphabet=BITCOIN_ALPHABET, *, autofix=False):
    """Decode, split off the 4 checksum bytes and verify them."""
    raw = b58decode(v, alphabet=alphabet, autofix=autofix)
    payload, tag = raw[:-4], raw[-4:]
    if _checksum(payload) != tag:
        raise ValueError("Invalid checksum")
    return payload
