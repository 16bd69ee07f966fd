"""The HTML Living Standard's color microsyntaxes (simple and legacy colors)."""

# SPDX-License-Identifier: BSD-3-Clause

from . import _palette
from ._types import HTML5SimpleColor

_HEX_CHARS = frozenset("0123456789abcdefABCDEF")


def _all_hex(chars):
    return all(ch in _HEX_CHARS for ch in chars)


def html5_serialize_simple_color(simple_color):
    """'#rrggbb' in lowercase."""
    r, g, b = simple_color
    return "#%02x%02x%02x" % (r, g, b)


def html5_parse_simple_color(value):
    """Parse exactly '#' followed by six hex digits."""
    if not isinstance(value, str) or len(value) != 7:
        raise ValueError("An HTML5 simple color must be a Unicode string seven characters long.")
    if value[0] != "#":
        raise ValueError("An HTML5 simple color must begin with the character '#' (U+0023).")
    if not _all_hex(value[1:]):
        raise ValueError("An HTML5 simple color must contain exactly six ASCII hex digits.")
    return HTML5SimpleColor(int(value[1:3], 16), int(value[3:5], 16), int(value[5:], 16))


def _junk_to_digits(text):
    """Steps 7-11: make *text* a non-empty run of hex digits whose length is a multiple of 3."""
    text = "".join(ch if ord(ch) <= 0xFFFF else "00" for ch in text)[:128]
    if text[:1] == "#":
        text = text[1:]
    digits = "".join(ch if ch in _HEX_CHARS else "0" for ch in text)
    pad = (-len(digits)) % 3 or (3 if not digits else 0)
    return digits + "0" * pad


def _three_components(digits):
    """Steps 12-15: split into channels, keep the last 8 digits, drop shared zeros, keep 2."""
    width = len(digits) // 3
    parts = [digits[i * width : (i + 1) * width] for i in range(3)]
    if width > 8:
        parts = [p[-8:] for p in parts]
        width = 8
    while width > 2 and all(p[0] == "0" for p in parts):
        parts = [p[1:] for p in parts]
        width -= 1
    return [p[:2] for p in parts]


def html5_parse_legacy_color(value):
    """Forgiving parse of arbitrary attribute text into a color."""
    if not isinstance(value, str):
        raise ValueError("HTML5 legacy color parsing requires a Unicode string as input.")
    if value == "":
        raise ValueError("HTML5 legacy color parsing forbids empty string as a value.")
    text = value.strip()
    folded = text.lower()
    if folded == "transparent":
        raise ValueError('HTML5 legacy color parsing forbids "transparent" as a value.')
    keyword = _palette.BY_NAME["css3"].get(folded)
    if keyword:
        return html5_parse_simple_color(keyword)
    if len(text) == 4 and text[0] == "#" and _all_hex(text[1:]):
        return HTML5SimpleColor(*(int(ch, 16) * 17 for ch in text[1:]))
    return HTML5SimpleColor(*(int(p, 16) for p in _three_components(_junk_to_digits(text))))
