"""Short, reversible ids for lists of non-negative integers (written from the hashids API description)."""
import math
import warnings

__all__ = ["Hashids"]

SEPARATOR_POOL = "cfhistuCFHISTU"


def keyed_shuffle(chars, key):
    """Deterministically permute `chars` (a str) driven by the code points of `key`."""
    if not key:
        return chars
    cells = list(chars)
    pos = 0
    running = 0
    for top in range(len(cells) - 1, 0, -1):
        code = ord(key[pos])
        running += code
        other = (code + pos + running) % top
        cells[top], cells[other] = cells[other], cells[top]
        pos = (pos + 1) % len(key)
    return "".join(cells)


def to_digits(number, digits):
    base = len(digits)
    out = []
    while True:
        number, rem = divmod(number, base)
        out.append(digits[rem])
        if number == 0:
            break
    return "".join(reversed(out))


def from_digits(text, digits):
    base = len(digits)
    total = 0
    for ch in text:
        place = digits.find(ch)
        if place < 0:
            raise ValueError("character %r is not a digit" % ch)
        total = total * base + place
    return total


def _distinct(text):
    seen = []
    for ch in text:
        if ch not in seen:
            seen.append(ch)
    return "".join(seen)


def _is_count(value):
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


class Hashids:
    ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890"

    def __init__(self, salt="", min_length=0, alphabet=ALPHABET):
        unique = _distinct(alphabet)
        if len(unique) < 16:
            raise ValueError("need an alphabet of 16 or more distinct characters")
        self._salt = salt
        self._min_length = max(int(min_length), 0)

        seps = "".join(ch for ch in SEPARATOR_POOL if ch in unique)
        digits = "".join(ch for ch in unique if ch not in SEPARATOR_POOL)
        seps = keyed_shuffle(seps, salt)
        wanted = math.ceil(len(digits) / 3.5)
        if wanted > len(seps):
            short = wanted - len(seps)
            seps += digits[:short]
            digits = digits[short:]
        digits = keyed_shuffle(digits, salt)
        guard_count = math.ceil(len(digits) / 12)
        if len(digits) < 3:
            guards, seps = seps[:guard_count], seps[guard_count:]
        else:
            guards, digits = digits[:guard_count], digits[guard_count:]
        self._digits = digits
        self._seps = seps
        self._guards = guards

    def _next_digits(self, current, lottery):
        return keyed_shuffle(current, (lottery + self._salt + current)[:len(current)])

    def encode(self, *values):
        if not values or not all(_is_count(v) for v in values):
            return ""
        digits = self._digits
        checksum = sum(v % (pos + 100) for pos, v in enumerate(values))
        lottery = digits[checksum % len(digits)]
        pieces = [lottery]
        for pos, value in enumerate(values):
            digits = self._next_digits(digits, lottery)
            written = to_digits(value, digits)
            pieces.append(written)
            if pos + 1 < len(values):
                pick = (value % (ord(written[0]) + pos)) % len(self._seps)
                pieces.append(self._seps[pick])
        out = "".join(pieces)
        return self._pad(out, checksum, digits)

    def _pad(self, out, checksum, digits):
        target = self._min_length
        if len(out) >= target:
            return out
        guards = self._guards
        out = guards[(checksum + ord(out[0])) % len(guards)] + out
        if len(out) < target:
            out += guards[(checksum + ord(out[2])) % len(guards)]
        while len(out) < target:
            digits = keyed_shuffle(digits, digits)
            half = len(digits) // 2
            out = digits[half:] + out + digits[:half]
            extra = len(out) - target
            if extra > 0:
                left = extra // 2
                out = out[left:left + target]
        return out

    def decode(self, hashid):
        if not isinstance(hashid, str) or not hashid:
            return ()
        try:
            numbers = self._read(hashid)
        except ValueError:
            return ()
        if not numbers or self.encode(*numbers) != hashid:
            return ()
        return numbers

    def _read(self, hashid):
        chunks = [""]
        for ch in hashid:
            if ch in self._guards:
                chunks.append("")
            else:
                chunks[-1] += ch
        core = chunks[1] if len(chunks) in (2, 3) else chunks[0]
        if not core:
            return ()
        lottery, body = core[0], core[1:]
        words = [""]
        for ch in body:
            if ch in self._seps:
                words.append("")
            else:
                words[-1] += ch
        digits = self._digits
        found = []
        for word in words:
            digits = self._next_digits(digits, lottery)
            found.append(from_digits(word, digits))
        return tuple(found)

    def encode_hex(self, hex_str):
        if not hex_str or any(ch not in "0123456789abcdefABCDEF" for ch in hex_str):
            return ""
        numbers = [int("1" + hex_str[at:at + 12], 16) for at in range(0, len(hex_str), 12)]
        return self.encode(*numbers)

    def decode_hex(self, hashid):
        return "".join(format(n, "x")[1:] for n in self.decode(hashid))

    def encrypt(self, *values):
        warnings.warn("encrypt() is deprecated; use encode()", DeprecationWarning, stacklevel=2)
        return self.encode(*values)

    def decrypt(self, hashid):
        warnings.warn("decrypt() is deprecated; use decode()", DeprecationWarning, stacklevel=2)
        return self.decode(hashid)
