"""Parsing, clamping and converting the hex / integer / percent color notations."""

# SPDX-License-Identifier: BSD-3-Clause

import re

from . import _palette
from ._types import IntegerRGB, PercentRGB

_HEX_FORM = re.compile(r"^#([a-fA-F0-9]{3}|[a-fA-F0-9]{6})$")

_EXACT_PERCENTS = {0: "0%", 16: "6.25%", 32: "12.5%", 64: "25%", 128: "50%", 255: "100%"}


def _table(spec, by_value=False):
    """Pick the lookup table for *spec*, rejecting unknown specifications."""
    if spec not in _palette.SPEC_ORDER:
        raise ValueError(
            f"{spec} is not a supported specification for color name lookups; "
            f"supported specifications are: {_palette.SPEC_ORDER}."
        )
    return (_palette.BY_VALUE if by_value else _palette.BY_NAME)[spec]


def _clip(low, high, x):
    return low if x < low else high if x > high else x


def _clip_percent(text):
    number = text.split("%")[0]
    amount = float(number) if "." in number else int(number)
    if amount < 0:
        return "0%"
    if amount > 100:
        return "100%"
    return f"{amount}%"


def _percent_channel(text):
    return int(round(float(text.split("%")[0]) / 100 * 255))


def _channel_percent(channel):
    exact = _EXACT_PERCENTS.get(channel)
    return exact if exact is not None else f"{channel / 255.0 * 100:.02f}%"


def normalize_hex(hex_value):
    """Return '#' plus six lowercase hex digits, expanding the three-digit shorthand."""
    found = _HEX_FORM.match(hex_value)
    if found is None:
        raise ValueError(f'"{hex_value}" is not a valid hexadecimal color value.')
    digits = found.group(1).lower()
    if len(digits) == 3:
        digits = digits[0] * 2 + digits[1] * 2 + digits[2] * 2
    return "#" + digits


def normalize_integer_triplet(rgb_triplet):
    """Clip each integer channel into 0..255."""
    return IntegerRGB(*(_clip(0, 255, channel) for channel in rgb_triplet))


def normalize_percent_triplet(rgb_triplet):
    """Clip each percentage channel into 0%..100%."""
    return PercentRGB(*map(_clip_percent, rgb_triplet))


def rgb_to_hex(rgb_triplet):
    return "#" + "".join(format(c, "02x") for c in normalize_integer_triplet(rgb_triplet))


def hex_to_rgb(hex_value):
    digits = normalize_hex(hex_value)[1:]
    return IntegerRGB(*(int(digits[i : i + 2], 16) for i in (0, 2, 4)))


def rgb_to_rgb_percent(rgb_triplet):
    return PercentRGB(*map(_channel_percent, normalize_integer_triplet(rgb_triplet)))


def rgb_percent_to_rgb(rgb_percent_triplet):
    return IntegerRGB(*map(_percent_channel, normalize_percent_triplet(rgb_percent_triplet)))


def rgb_percent_to_hex(rgb_percent_triplet):
    return rgb_to_hex(rgb_percent_to_rgb(rgb_percent_triplet))


def hex_to_rgb_percent(hex_value):
    return rgb_to_rgb_percent(hex_to_rgb(hex_value))


def name_to_hex(name, spec="css3"):
    """Look a (case-insensitive) color name up in *spec*."""
    found = _table(spec).get(name.lower())
    if not found:
        raise ValueError(f'"{name}" is not defined as a named color in {spec}')
    return found


def name_to_rgb(name, spec="css3"):
    return hex_to_rgb(name_to_hex(name, spec=spec))


def name_to_rgb_percent(name, spec="css3"):
    return rgb_to_rgb_percent(name_to_rgb(name, spec=spec))


def hex_to_name(hex_value, spec="css3"):
    """Find the name of a hex value in *spec* (gray spellings preferred in css3)."""
    table = _table(spec, by_value=True)
    found = table.get(normalize_hex(hex_value))
    if not found:
        raise ValueError(f'"{hex_value}" has no defined color name in {spec}.')
    return found


def rgb_to_name(rgb_triplet, spec="css3"):
    return hex_to_name(rgb_to_hex(rgb_triplet), spec=spec)


def rgb_percent_to_name(rgb_percent_triplet, spec="css3"):
    return rgb_to_name(rgb_percent_to_rgb(rgb_percent_triplet), spec=spec)


def names(spec="css3"):
    """All names *spec* defines, lowercase and sorted."""
    return sorted(_table(spec))
