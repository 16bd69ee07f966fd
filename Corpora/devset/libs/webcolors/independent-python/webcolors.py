"""Color names and value notations of HTML and CSS, and the two HTML5 color-parsing algorithms."""
import re
from typing import NamedTuple

HTML4 = "html4"
CSS2 = "css2"
CSS21 = "css21"
CSS3 = "css3"
_SPECS = (HTML4, CSS2, CSS21, CSS3)


class IntegerRGB(NamedTuple):
    red: int
    green: int
    blue: int


class PercentRGB(NamedTuple):
    red: str
    green: str
    blue: str


class HTML5SimpleColor(NamedTuple):
    red: int
    green: int
    blue: int


_VGA16 = {
    "aqua": "#00ffff", "black": "#000000", "blue": "#0000ff", "fuchsia": "#ff00ff",
    "gray": "#808080", "green": "#008000", "lime": "#00ff00", "maroon": "#800000",
    "navy": "#000080", "olive": "#808000", "purple": "#800080", "red": "#ff0000",
    "silver": "#c0c0c0", "teal": "#008080", "white": "#ffffff", "yellow": "#ffff00",
}

_SVG_TABLE = """
aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc
bisque ffe4c4 black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a
burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e coral ff7f50
cornflowerblue 6495ed cornsilk fff8dc crimson dc143c cyan 00ffff darkblue 00008b darkcyan 008b8b
darkgoldenrod b8860b darkgray a9a9a9 darkgrey a9a9a9 darkgreen 006400 darkkhaki bdb76b
darkmagenta 8b008b darkolivegreen 556b2f darkorange ff8c00 darkorchid 9932cc darkred 8b0000
darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b darkslategray 2f4f4f
darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3 deeppink ff1493 deepskyblue 00bfff
dimgray 696969 dimgrey 696969 dodgerblue 1e90ff firebrick b22222 floralwhite fffaf0
forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff gold ffd700
goldenrod daa520 gray 808080 grey 808080 green 008000 greenyellow adff2f honeydew f0fff0
hotpink ff69b4 indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa
lavenderblush fff0f5 lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral f08080
lightcyan e0ffff lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgrey d3d3d3
lightgreen 90ee90 lightpink ffb6c1 lightsalmon ffa07a lightseagreen 20b2aa lightskyblue 87cefa
lightslategray 778899 lightslategrey 778899 lightsteelblue b0c4de lightyellow ffffe0
lime 00ff00 limegreen 32cd32 linen faf0e6 magenta ff00ff maroon 800000
mediumaquamarine 66cdaa mediumblue 0000cd mediumorchid ba55d3 mediumpurple 9370db
mediumseagreen 3cb371 mediumslateblue 7b68ee mediumspringgreen 00fa9a mediumturquoise 48d1cc
mediumvioletred c71585 midnightblue 191970 mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5
navajowhite ffdead navy 000080 oldlace fdf5e6 olive 808000 olivedrab 6b8e23 orange ffa500
orangered ff4500 orchid da70d6 palegoldenrod eee8aa palegreen 98fb98 paleturquoise afeeee
palevioletred db7093 papayawhip ffefd5 peachpuff ffdab9 peru cd853f pink ffc0cb plum dda0dd
powderblue b0e0e6 purple 800080 red ff0000 rosybrown bc8f8f royalblue 4169e1
saddlebrown 8b4513 salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee
sienna a0522d silver c0c0c0 skyblue 87ceeb slateblue 6a5acd slategray 708090
slategrey 708090 snow fffafa springgreen 00ff7f steelblue 4682b4 tan d2b48c teal 008080
thistle d8bfd8 tomato ff6347 turquoise 40e0d0 violet ee82ee wheat f5deb3 white ffffff
whitesmoke f5f5f5 yellow ffff00 yellowgreen 9acd32
"""


def _parse_table(text):
    words = text.split()
    return {words[i]: "#" + words[i + 1] for i in range(0, len(words), 2)}


_BY_SPEC = {
    HTML4: dict(_VGA16),
    CSS2: dict(_VGA16),
    CSS21: dict(_VGA16, orange="#ffa500"),
    CSS3: _parse_table(_SVG_TABLE),
}


def _reverse(table):
    # alphabetical order: later synonyms win, except that the "gray" spellings beat "grey"
    back = {}
    for name in sorted(table):
        if "grey" not in name:
            back[table[name]] = name
    return back


_BY_VALUE = {spec: _reverse(table) for spec, table in _BY_SPEC.items()}

_HEX_FORM = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def _require_spec(spec):
    if spec not in _BY_SPEC:
        raise ValueError(
            f"{spec} is not a supported specification for color name lookups; "
            f"supported specifications are: {_SPECS}."
        )


def names(spec=CSS3):
    _require_spec(spec)
    return sorted(_BY_SPEC[spec])


# --- normalization --------------------------------------------------------------------

def normalize_hex(hex_value):
    if not _HEX_FORM.fullmatch(hex_value):
        raise ValueError(f'"{hex_value}" is not a valid hexadecimal color value.')
    digits = hex_value[1:]
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return "#" + digits.lower()


def _clip(value, top):
    return max(0, min(top, value))


def normalize_integer_triplet(rgb_triplet):
    return IntegerRGB(*(_clip(c, 255) for c in rgb_triplet))


def _percent_number(text):
    body = text.split("%", 1)[0]
    return float(body) if "." in body else int(body)


def _normalize_percent(text):
    number = _percent_number(text)
    if number < 0:
        return "0%"
    if number > 100:
        return "100%"
    return f"{number}%"


def normalize_percent_triplet(rgb_triplet):
    return PercentRGB(*(_normalize_percent(c) for c in rgb_triplet))


# --- conversions ----------------------------------------------------------------------

def name_to_hex(name, spec=CSS3):
    _require_spec(spec)
    found = _BY_SPEC[spec].get(name.lower())
    if found is None:
        raise ValueError(f'"{name}" is not defined as a named color in {spec}')
    return found


def name_to_rgb(name, spec=CSS3):
    return hex_to_rgb(name_to_hex(name, spec))


def name_to_rgb_percent(name, spec=CSS3):
    return rgb_to_rgb_percent(name_to_rgb(name, spec))


def hex_to_name(hex_value, spec=CSS3):
    _require_spec(spec)
    normal = normalize_hex(hex_value)
    found = _BY_VALUE[spec].get(normal)
    if found is None:
        raise ValueError(f'"{hex_value}" has no defined color name in {spec}.')
    return found


def hex_to_rgb(hex_value):
    digits = normalize_hex(hex_value)[1:]
    return IntegerRGB(*(int(digits[i:i + 2], 16) for i in (0, 2, 4)))


def hex_to_rgb_percent(hex_value):
    return rgb_to_rgb_percent(hex_to_rgb(hex_value))


def rgb_to_hex(rgb_triplet):
    return "#" + "".join(f"{c:02x}" for c in normalize_integer_triplet(rgb_triplet))


def rgb_to_name(rgb_triplet, spec=CSS3):
    return hex_to_name(rgb_to_hex(rgb_triplet), spec)


_EXACT_PERCENTS = {255: "100%", 128: "50%", 64: "25%", 32: "12.5%", 16: "6.25%", 0: "0%"}


def rgb_to_rgb_percent(rgb_triplet):
    return PercentRGB(*(
        _EXACT_PERCENTS.get(c) or "%.02f%%" % (c / 255 * 100)
        for c in normalize_integer_triplet(rgb_triplet)
    ))


def rgb_percent_to_rgb(rgb_triplet):
    return IntegerRGB(*(
        round(float(p.split("%", 1)[0]) / 100 * 255)
        for p in normalize_percent_triplet(rgb_triplet)
    ))


def rgb_percent_to_hex(rgb_triplet):
    return rgb_to_hex(rgb_percent_to_rgb(rgb_triplet))


def rgb_percent_to_name(rgb_triplet, spec=CSS3):
    return rgb_to_name(rgb_percent_to_rgb(rgb_triplet), spec)


# --- HTML5 ------------------------------------------------------------------------------

def html5_parse_simple_color(value):
    if not isinstance(value, str) or len(value) != 7:
        raise ValueError("An HTML5 simple color must be a Unicode string seven characters long.")
    if value[0] != "#":
        raise ValueError("An HTML5 simple color must begin with the character '#' (U+0023).")
    if not all(ch in _HEX_DIGITS for ch in value[1:]):
        raise ValueError("An HTML5 simple color must contain exactly six ASCII hex digits.")
    return HTML5SimpleColor(*(int(value[i:i + 2], 16) for i in (1, 3, 5)))


def html5_serialize_simple_color(simple_color):
    return "#" + "".join(f"{c:02x}" for c in simple_color)


def html5_parse_legacy_color(value):
    if not isinstance(value, str):
        raise ValueError("HTML5 legacy color parsing requires a Unicode string as input.")
    if value == "":
        raise ValueError("HTML5 legacy color parsing forbids empty string as a value.")
    value = value.strip()
    lowered = value.lower()
    if lowered == "transparent":
        raise ValueError('HTML5 legacy color parsing forbids "transparent" as a value.')
    if lowered in _BY_SPEC[CSS3]:
        return HTML5SimpleColor(*hex_to_rgb(_BY_SPEC[CSS3][lowered]))
    if len(value) == 4 and value[0] == "#" and all(ch in _HEX_DIGITS for ch in value[1:]):
        return HTML5SimpleColor(*(int(ch, 16) * 17 for ch in value[1:]))
    text = "".join("00" if ord(ch) > 0xFFFF else ch for ch in value)[:128]
    if text.startswith("#"):
        text = text[1:]
    text = "".join(ch if ch in _HEX_DIGITS else "0" for ch in text)
    while len(text) == 0 or len(text) % 3:
        text += "0"
    width = len(text) // 3
    parts = [text[i * width:(i + 1) * width] for i in range(3)]
    if width > 8:
        parts = [p[-8:] for p in parts]
        width = 8
    while width > 2 and all(p[0] == "0" for p in parts):
        parts = [p[1:] for p in parts]
        width -= 1
    return HTML5SimpleColor(*(int(p[:2], 16) for p in parts))
