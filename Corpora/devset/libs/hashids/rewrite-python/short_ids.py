"""Short, reversible ids from lists of non-negative integers (the hashids scheme)."""
import math

DEFAULT_CHARSET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890'
_SEPARATOR_CANDIDATES = 'cfhistuCFHISTU'
_SEP_DIVISOR = 3.5
_GUARD_DIVISOR = 12


def _shuffle(chars, key):
    """Deterministic, key-driven permutation of ``chars`` (returns a new string)."""
    if not key:
        return chars
    out = list(chars)
    pos = total = 0
    for i in reversed(range(1, len(out))):
        code = ord(key[pos])
        total += code
        k = (code + pos + total) % i
        out[i], out[k] = out[k], out[i]
        pos = (pos + 1) % len(key)
    return ''.join(out)


def _to_digits(value, charset):
    base = len(charset)
    digits = []
    while True:
        value, rem = divmod(value, base)
        digits.append(charset[rem])
        if value == 0:
            return ''.join(reversed(digits))


def _from_digits(text, charset):
    base = len(charset)
    value = 0
    for ch in text:
        value = value * base + charset.index(ch)   # ValueError on an unknown character
    return value


def _chunks(text, delimiters):
    pieces, current = [], []
    for ch in text:
        if ch in delimiters:
            pieces.append(''.join(current))
            current = []
        else:
            current.append(ch)
    pieces.append(''.join(current))
    return pieces


class Hashids:
    """Encoder/decoder configured by a salt, a minimum output length and a character set."""

    ALPHABET = DEFAULT_CHARSET

    def __init__(self, salt='', min_length=0, alphabet=DEFAULT_CHARSET):
        self._salt = salt
        self._min_length = max(int(min_length), 0)
        self._charset, self._separators, self._guards = self._partition(alphabet, salt)

    @staticmethod
    def _partition(alphabet, salt):
        seps = [c for c in _SEPARATOR_CANDIDATES if c in alphabet]
        seen = set()
        body = []
        for c in alphabet:
            if c not in seen:
                seen.add(c)
                if c not in seps:
                    body.append(c)
        if len(body) + len(seps) < 16:
            raise ValueError('Alphabet must contain at least 16 unique characters.')
        body, seps = ''.join(body), _shuffle(''.join(seps), salt)

        missing = math.ceil(len(body) / _SEP_DIVISOR) - len(seps)
        if missing > 0:
            seps, body = seps + body[:missing], body[missing:]

        body = _shuffle(body, salt)
        guard_count = math.ceil(len(body) / _GUARD_DIVISOR)
        if len(body) < 3:
            return body, seps[guard_count:], seps[:guard_count]
        return body[guard_count:], seps, body[:guard_count]

    # -- encoding -------------------------------------------------------------------------------------------

    def encode(self, *values):
        """Encode non-negative integers; anything else (or nothing) gives ''."""
        for v in values:
            try:
                if v != int(v) or v < 0:
                    return ''
            except ValueError:
                return ''
        if not values:
            return ''
        charset = self._charset
        checksum = sum(v % (100 + n) for n, v in enumerate(values))
        lead = charset[checksum % len(charset)]
        body = [lead]
        for n, v in enumerate(values):
            charset = _shuffle(charset, (lead + self._salt + charset)[:len(charset)])
            digits = _to_digits(v, charset)
            body.append(digits)
            body.append(self._separators[(v % (ord(digits[0]) + n)) % len(self._separators)])
        result = ''.join(body)[:-1]
        if len(result) < self._min_length:
            result = self._pad(result, charset, checksum)
        return result

    def _pad(self, text, charset, checksum):
        guards, target = self._guards, self._min_length
        text = guards[(checksum + ord(text[0])) % len(guards)] + text
        if len(text) < target:
            text += guards[(checksum + ord(text[2])) % len(guards)]
        half = len(charset) // 2
        while len(text) < target:
            charset = _shuffle(charset, charset)
            text = charset[half:] + text + charset[:half]
            over = len(text) - target
            if over > 0:
                start = over // 2
                text = text[start:start + target]
        return text

    def encode_hex(self, hex_str):
        """Encode a hex string in 12-digit groups (each prefixed with a 1); '' if it is not hex."""
        try:
            groups = [int('1' + hex_str[k:k + 12], 16) for k in range(0, len(hex_str), 12)]
        except ValueError:
            return ''
        return self.encode(*groups)

    # -- decoding -------------------------------------------------------------------------------------------

    def decode(self, hashid):
        """Return the tuple of integers ``hashid`` encodes, or () when it is not a valid id for this encoder."""
        if not isinstance(hashid, str) or not hashid:
            return ()
        pieces = _chunks(hashid, self._guards)
        core = pieces[1] if len(pieces) in (2, 3) else pieces[0]
        if not core:
            return ()
        lead, core = core[0], core[1:]
        charset = self._charset
        values = []
        try:
            for chunk in _chunks(core, self._separators):
                charset = _shuffle(charset, (lead + self._salt + charset)[:len(charset)])
                values.append(_from_digits(chunk, charset))
        except ValueError:
            return ()
        values = tuple(values)
        return values if self.encode(*values) == hashid else ()

    def decode_hex(self, hashid):
        return ''.join(format(v, 'x')[1:] for v in self.decode(hashid))
