"""Color names and color value notations of HTML and CSS: lookups and conversions."""

# SPDX-License-Identifier: BSD-3-Clause

from ._core import (
    hex_to_name,
    hex_to_rgb,
    hex_to_rgb_percent,
    name_to_hex,
    name_to_rgb,
    name_to_rgb_percent,
    names,
    normalize_hex,
    normalize_integer_triplet,
    normalize_percent_triplet,
    rgb_percent_to_hex,
    rgb_percent_to_name,
    rgb_percent_to_rgb,
    rgb_to_hex,
    rgb_to_name,
    rgb_to_rgb_percent,
)
from ._html import html5_parse_legacy_color, html5_parse_simple_color, html5_serialize_simple_color
from ._types import HTML5SimpleColor, IntegerRGB, IntTuple, PercentRGB, PercentTuple

HTML4, CSS2, CSS21, CSS3 = "html4", "css2", "css21", "css3"
