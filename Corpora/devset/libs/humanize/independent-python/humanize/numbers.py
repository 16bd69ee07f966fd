"""Number humanizing: ordinals, separators, large-number words, fractions, scientific and SI notation."""
import math
import re
from fractions import Fraction

_ORDINAL_SUFFIX = ("th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th")
_SMALL_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_LARGE = (
    (10 ** 3, "thousand"), (10 ** 6, "million"), (10 ** 9, "billion"), (10 ** 12, "trillion"),
    (10 ** 15, "quadrillion"), (10 ** 18, "quintillion"), (10 ** 21, "sextillion"),
    (10 ** 24, "septillion"), (10 ** 27, "octillion"), (10 ** 30, "nonillion"),
    (10 ** 33, "decillion"), (10 ** 100, "googol"),
)
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
_PREFIX_UP = "kMGTPEZYRQ"
_PREFIX_DOWN = "mμnpfazyrq"
_TIGHT_UNITS = ("°", "′", "″")
_GROUP = re.compile(r"^(-?\d+)(\d{3})")


class _Unconvertible(Exception):
    pass


def _not_finite(x):
    if math.isnan(x):
        return "NaN"
    return "+Inf" if x > 0 else "-Inf"


def _as_int(value):
    """float() as a test, then int(); raises _Unconvertible; returns (int or None, non-finite text)."""
    try:
        as_float = float(value)
    except (TypeError, ValueError):
        raise _Unconvertible from None
    if not math.isfinite(as_float):
        return None, _not_finite(as_float)
    try:
        return int(value), None
    except (TypeError, ValueError):
        raise _Unconvertible from None


def ordinal(value, gender="male"):
    try:
        number, special = _as_int(value)
    except _Unconvertible:
        return str(value)
    if special:
        return special
    last_two = number % 100
    suffix = "th" if 11 <= last_two <= 13 else _ORDINAL_SUFFIX[number % 10]
    return f"{number}{suffix}"


def _group_thousands(text):
    while True:
        grouped = _GROUP.sub(r"\1,\2", text)
        if grouped == text:
            return text
        text = grouped


def intcomma(value, ndigits=None):
    if value is None:
        return "None"
    number = value.replace(",", "") if isinstance(value, str) else value
    try:
        as_float = float(number)
        if not math.isfinite(as_float):
            return _not_finite(as_float)
        if isinstance(number, str):
            number = float(number) if "." in number else int(number)
    except (TypeError, ValueError):
        return str(value)
    text = "{0:.{1}f}".format(number, ndigits) if ndigits is not None else str(number)
    return _group_thousands(text)


def intword(value, format="%.1f"):
    try:
        number, special = _as_int(value)
    except _Unconvertible:
        return str(value)
    if special:
        return special
    sign = ""
    if number < 0:
        sign, number = "-", -number
    if number < _LARGE[0][0]:
        return sign + str(number)
    for rank, (power, word) in enumerate(_LARGE):
        following = _LARGE[rank + 1][0] if rank + 1 < len(_LARGE) else None
        if following is not None and number >= following:
            continue
        shown = format % (number / power)
        if following is not None and float(shown) >= following // power:
            word = _LARGE[rank + 1][1]
            shown = format % (number / following)
        return f"{sign}{shown} {word}"
    return sign + str(number)


def apnumber(value):
    try:
        number, special = _as_int(value)
    except _Unconvertible:
        return str(value)
    if special:
        return special
    return _SMALL_WORDS[number] if 0 <= number < 10 else str(number)


def fractional(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if not math.isfinite(number):
        return _not_finite(number)
    whole = int(number)
    rest = Fraction(number - whole).limit_denominator(1000)
    top, bottom = rest.numerator, rest.denominator
    if top == bottom:
        whole += 1 if number > 0 else -1
        top = 0
    if whole and not top:
        return f"{whole}"
    if not whole:
        return f"{top}/{bottom}"
    return f"{whole} {abs(top)}/{bottom}"


def scientific(value, precision=2):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if not math.isfinite(number):
        return _not_finite(number)
    mantissa, exponent = "{:.{}e}".format(number, int(precision)).split("e")
    return f"{mantissa} x 10{str(int(exponent)).translate(_SUPERSCRIPT)}"


def clamp(value, format="{:}", floor=None, ceil=None, floor_token="<", ceil_token=">"):
    if value is None:
        return None
    token = ""
    if floor is not None and value < floor:
        value, token = floor, floor_token
    elif ceil is not None and value > ceil:
        value, token = ceil, ceil_token
    if isinstance(format, str):
        return token + format.format(value)
    if callable(format):
        return token + format(value)
    raise ValueError(
        "Invalid format. Must be either a valid formatting string, or a function that accepts value and "
        "returns a string."
    )


def metric(value, unit="", precision=3):
    exponent = int(math.floor(math.log10(abs(value)))) if value != 0 else 0
    if exponent >= 33 or exponent < -30:
        return scientific(value, precision - 1) + unit
    while True:
        group = exponent // 3 * 3
        scaled = value / 10 ** group
        decimals = max(0, precision - (exponent - group) - 1)
        shown = format(scaled, f".{decimals}f")
        if abs(float(shown)) < 10 ** (exponent - group + 1) or exponent >= 32:
            break
        exponent += 1
    if exponent >= 3:
        prefix = _PREFIX_UP[exponent // 3 - 1]
    elif exponent < 0:
        prefix = _PREFIX_DOWN[(-exponent - 1) // 3]
    else:
        prefix = ""
    gap = "" if (not unit and not prefix) or unit in _TIGHT_UNITS else " "
    return f"{shown}{gap}{prefix}{unit}"
