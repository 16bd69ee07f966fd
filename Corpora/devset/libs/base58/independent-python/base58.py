"""Base58 / Base58Check codec (Bitcoin and Ripple alphabets)."""
from hashlib import sha256

__version__ = "2.1.1"

BITCOIN_ALPHABET = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
RIPPLE_ALPHABET = b"rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
XRP_ALPHABET = RIPPLE_ALPHABET
alphabet = BITCOIN_ALPHABET

_RADIX = 58
_LOOKALIKES = (b"0Oo", b"Il1")


def _as_bytes(text):
    if isinstance(text, str):
        return text.encode("ascii")
    return bytes(text)


def b58encode_int(i, default_one=True, alphabet=BITCOIN_ALPHABET):
    if i == 0:
        return alphabet[0:1] if default_one else b""
    digits = bytearray()
    while i:
        i, rem = divmod(i, _RADIX)
        digits.append(alphabet[rem])
    digits.reverse()
    return bytes(digits)


def b58encode(v, alphabet=BITCOIN_ALPHABET):
    raw = _as_bytes(v)
    stripped = raw.lstrip(b"\0")
    zeros = len(raw) - len(stripped)
    number = int.from_bytes(stripped, "big")
    return alphabet[0:1] * zeros + b58encode_int(number, default_one=False, alphabet=alphabet)


def _digit_table(alphabet, autofix):
    table = {ch: pos for pos, ch in enumerate(alphabet)}
    if autofix:
        for group in _LOOKALIKES:
            present = [ch for ch in group if ch in table]
            if len(present) == 1:
                for ch in group:
                    table.setdefault(ch, table[present[0]])
    return table


def _trim(text, alphabet=b""):
    raw = _as_bytes(text)
    return raw if b" " in alphabet else raw.rstrip()


def b58decode_int(v, alphabet=BITCOIN_ALPHABET, *, autofix=False):
    raw = _trim(v, alphabet)
    table = _digit_table(alphabet, autofix)
    total = 0
    for ch in raw:
        pos = table.get(ch)
        if pos is None:
            raise ValueError("Invalid character " + repr(chr(ch)))
        total = total * _RADIX + pos
    return total


def b58decode(v, alphabet=BITCOIN_ALPHABET, *, autofix=False):
    raw = _as_bytes(v).rstrip()
    zero = alphabet[0]
    body = raw.lstrip(bytes([zero]))
    leading = len(raw) - len(body)
    number = b58decode_int(body, alphabet=alphabet, autofix=autofix)
    payload = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * leading + payload


def _checksum(data):
    return sha256(sha256(data).digest()).digest()[:4]


def b58encode_check(v, alphabet=BITCOIN_ALPHABET):
    raw = _as_bytes(v)
    return b58encode(raw + _checksum(raw), alphabet=alphabet)


def b58decode_check(v, alphabet=BITCOIN_ALPHABET, *, autofix=False):
    full = b58decode(v, alphabet=alphabet, autofix=autofix)
    payload, tail = full[:-4], full[-4:]
    if _checksum(payload) != tail:
        raise ValueError("Invalid checksum")
    return payload
