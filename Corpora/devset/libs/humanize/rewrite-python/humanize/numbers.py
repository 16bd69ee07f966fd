"""Numbers for people: ordinals, grouping, words, fractions, exponents, SI prefixes."""

import bisect
import math
from fractions import Fraction

from ._text import group_separator, point, tr, tr_plural

_SMALL = "zero one two three four five six seven eight nine".split()
_SCALE_WORDS = ("thousand", "million", "billion", "trillion", "quadrillion", "quintillion", "sextillion",
                "septillion", "octillion", "nonillion", "decillion", "googol")
_SCALES = [10 ** e for e in (3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 100)]
_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_BIG_PREFIXES = "kMGTPEZYRQ"
_SMALL_PREFIXES = "mμnpfazyrq"


def _special(x):
    """Text for NaN and the infinities; None for finite values."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "-Inf" if x < 0 else "+Inf"
    return None


class _NotANumber(Exception):
    def __init__(self, shown):
        self.shown = shown


def _whole(value):
    """int(value) after a float() finiteness check, or the text to return instead."""
    try:
        as_float = float(value)
        special = _special(as_float)
        if special is not None:
            raise _NotANumber(special)
        return int(value)
    except (TypeError, ValueError):
        raise _NotANumber(str(value))


def ordinal(value, gender="male"):
    """1 -> '1st', 12 -> '12th', 103 -> '103rd'; non-numbers come back as str(value)."""
    try:
        n = _whole(value)
    except _NotANumber as miss:
        return miss.shown
    last = 0 if n % 100 in (11, 12, 13) else n % 10
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(last, "th")
    return f"{n}{tr(suffix)}"


def apnumber(value):
    """Associated Press style: 0-9 spelled out, anything else as digits."""
    try:
        n = _whole(value)
    except _NotANumber as miss:
        return miss.shown
    return tr(_SMALL[n]) if 0 <= n < 10 else str(n)


def intword(value, format="%.1f"):
    """1_200_000 -> '1.2 million'; below one thousand the number is returned as is."""
    try:
        n = _whole(value)
    except _NotANumber as miss:
        return miss.shown
    sign = "-" if n < 0 else ""
    n = abs(n)
    if n < _SCALES[0]:
        return f"{sign}{n}"
    rank = bisect.bisect_right(_SCALES, n) - 1
    shown = float(format % (n / _SCALES[rank]))
    if rank + 1 < len(_SCALES) and shown == _SCALES[rank + 1] // _SCALES[rank]:
        rank, shown = rank + 1, 1.0
    word = tr_plural(_SCALE_WORDS[rank], _SCALE_WORDS[rank], math.ceil(shown))
    return f"{sign}{(format % shown).replace('.', point())} {word}"


def intcomma(value, ndigits=None):
    """Group digits by thousands: 1234567.25 -> '1,234,567.25'; optional rounding to ndigits."""
    sep, dot = group_separator(), point()
    try:
        if isinstance(value, str):
            value = value.replace(sep, "").replace(dot, ".")
            special = _special(float(value))
            if special is not None:
                return special
            value = float(value) if "." in value else int(value)
        elif not isinstance(value, int):
            special = _special(float(value))
            if special is not None:
                return special
    except (TypeError, ValueError):
        return str(value)
    text = f"{value:,.{ndigits}f}" if ndigits is not None else f"{value:,}"
    if (sep, dot) != (",", "."):
        text = text.translate(str.maketrans(",.", sep + dot))
    return text


def fractional(value):
    """0.3 -> '3/10', 1.3 -> '1 3/10', 1 -> '1' (denominators up to 1000)."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return str(value)
    special = _special(x)
    if special is not None:
        return special
    whole = int(x)
    part = Fraction(x - whole).limit_denominator(1000)
    if part.denominator == 1:
        return f"{whole + part.numerator:.0f}"
    if whole == 0:
        return f"{part.numerator:.0f}/{part.denominator:.0f}"
    return f"{whole:.0f} {abs(part.numerator):.0f}/{part.denominator:.0f}"


def scientific(value, precision=2):
    """500 -> '5.00 x 10²'."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return str(value)
    special = _special(x)
    if special is not None:
        return special
    mantissa, exponent = f"{x:.{int(precision)}e}".split("e")
    return f"{mantissa} x 10{str(int(exponent)).translate(_SUPERSCRIPTS)}"


def clamp(value, format="{:}", floor=None, ceil=None, floor_token="<", ceil_token=">"):
    """Format value, replacing it by floor/ceil (with a marker token) when outside them."""
    if value is None:
        return None
    special = _special(value)
    if special is not None:
        return special
    token = ""
    if floor is not None and value < floor:
        value, token = floor, floor_token
    elif ceil is not None and value > ceil:
        value, token = ceil, ceil_token
    if isinstance(format, str):
        return token + format.format(value)
    if callable(format):
        return token + format(value)
    raise ValueError("Invalid format. Must be either a valid formatting string, or a function "
                     "that accepts value and returns a string.")


def _si_prefix(exponent):
    if exponent >= 3:
        return _BIG_PREFIXES[exponent // 3 - 1]
    if exponent < 0:
        return _SMALL_PREFIXES[(-exponent - 1) // 3]
    return ""


def metric(value, unit="", precision=3):
    """1500 V -> '1.50 kV': `precision` significant digits with an SI prefix."""
    special = _special(value)
    if special is not None:
        return special
    exponent = math.floor(math.log10(abs(value))) if value != 0 else 0
    if exponent >= 33 or exponent < -30:
        return scientific(value, precision - 1) + unit
    base = exponent // 3 * 3
    scaled = value / 10 ** base
    decimals = int(max(0, precision - exponent % 3 - 1))
    if exponent < 30 and round(abs(scaled), decimals) >= 10 ** (exponent % 3 + 1):
        exponent += 1
        scaled /= 10 ** (exponent // 3 * 3 - base)
        decimals = int(max(0, precision - exponent % 3 - 1))
    prefix = _si_prefix(exponent)
    gap = "" if not (unit or prefix) or unit in ("°", "′", "″") else " "
    return f"{scaled:.{decimals}f}{gap}{prefix}{unit}"
