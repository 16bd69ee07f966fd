// Definitions of valid formats and values for colors.
//
// SPDX-License-Identifier: BSD-3-Clause
#include "definitions.hpp"

#include <stdexcept>

namespace webcolors {

namespace {

// Internal helper for generating reverse mappings; given a map, returns a new map
// with keys and values swapped.
ColorMap reversedict(const ColorMap& dict_to_reverse) {
    ColorMap result;
    for (const auto& [key, value] : dict_to_reverse) result[value] = key;
    return result;
}

}  // namespace

const std::regex HEX_COLOR_RE("^#([a-fA-F0-9]{3}|[a-fA-F0-9]{6})$");

const std::string HTML4 = "html4";
const std::string CSS2 = "css2";
const std::string CSS21 = "css21";
const std::string CSS3 = "css3";

static const std::vector<std::string> SUPPORTED_SPECIFICATIONS = {HTML4, CSS2, CSS21, CSS3};

static std::string specification_error(const std::string& spec) {
    return spec +
           " is not a supported specification for color name lookups; "
           "supported specifications are: ('html4', 'css2', 'css21', 'css3').";
}

// Mappings of color names to normalized hexadecimal color values.
// --------------------------------------------------------------------------------

// The HTML 4 named colors.
//
// The canonical source for these color definitions is the HTML 4 specification:
//
// http://www.w3.org/TR/html401/types.html#h-6.5
static const ColorMap HTML4_NAMES_TO_HEX = {
    {"aqua", "#00ffff"},
    {"black", "#000000"},
    {"blue", "#0000ff"},
    {"fuchsia", "#ff00ff"},
    {"green", "#008000"},
    {"gray", "#808080"},
    {"lime", "#00ff00"},
    {"maroon", "#800000"},
    {"navy", "#000080"},
    {"olive", "#808000"},
    {"purple", "#800080"},
    {"red", "#ff0000"},
    {"silver", "#c0c0c0"},
    {"teal", "#008080"},
    {"white", "#ffffff"},
    {"yellow", "#ffff00"},
};

// CSS2 used the same list as HTML 4.
static const ColorMap& CSS2_NAMES_TO_HEX = HTML4_NAMES_TO_HEX;

// CSS2.1 added orange.
static ColorMap make_css21() {
    ColorMap m = HTML4_NAMES_TO_HEX;
    m["orange"] = "#ffa500";
    return m;
}
static const ColorMap CSS21_NAMES_TO_HEX = make_css21();

// The CSS3/SVG named colors.
//
// The canonical source for these color definitions is the SVG specification's color list
// (which was adopted as CSS 3's color definition):
//
// http://www.w3.org/TR/SVG11/types.html#ColorKeywords
//
// CSS3 also provides definitions of these colors:
//
// http://www.w3.org/TR/css3-color/#svg-color
//
// SVG provides the definitions as RGB triplets. CSS3 provides them both as RGB triplets
// and as hexadecimal. Since hex values are more common in real-world HTML and CSS, the
// mapping below is to hex values instead.
const ColorMap CSS3_NAMES_TO_HEX = {
    {"aliceblue", "#f0f8ff"},
    {"antiquewhite", "#faebd7"},
    {"aqua", "#00ffff"},
    {"aquamarine", "#7fffd4"},
    {"azure", "#f0ffff"},
    {"beige", "#f5f5dc"},
    {"bisque", "#ffe4c4"},
    {"black", "#000000"},
    {"blanchedalmond", "#ffebcd"},
    {"blue", "#0000ff"},
    {"blueviolet", "#8a2be2"},
    {"brown", "#a52a2a"},
    {"burlywood", "#deb887"},
    {"cadetblue", "#5f9ea0"},
    {"chartreuse", "#7fff00"},
    {"chocolate", "#d2691e"},
    {"coral", "#ff7f50"},
    {"cornflowerblue", "#6495ed"},
    {"cornsilk", "#fff8dc"},
    {"crimson", "#dc143c"},
    {"cyan", "#00ffff"},
    {"darkblue", "#00008b"},
    {"darkcyan", "#008b8b"},
    {"darkgoldenrod", "#b8860b"},
    {"darkgray", "#a9a9a9"},
    {"darkgrey", "#a9a9a9"},
    {"darkgreen", "#006400"},
    {"darkkhaki", "#bdb76b"},
    {"darkmagenta", "#8b008b"},
    {"darkolivegreen", "#556b2f"},
    {"darkorange", "#ff8c00"},
    {"darkorchid", "#9932cc"},
    {"darkred", "#8b0000"},
    {"darksalmon", "#e9967a"},
    {"darkseagreen", "#8fbc8f"},
    {"darkslateblue", "#483d8b"},
    {"darkslategray", "#2f4f4f"},
    {"darkslategrey", "#2f4f4f"},
    {"darkturquoise", "#00ced1"},
    {"darkviolet", "#9400d3"},
    {"deeppink", "#ff1493"},
    {"deepskyblue", "#00bfff"},
    {"dimgray", "#696969"},
    {"dimgrey", "#696969"},
    {"dodgerblue", "#1e90ff"},
    {"firebrick", "#b22222"},
    {"floralwhite", "#fffaf0"},
    {"forestgreen", "#228b22"},
    {"fuchsia", "#ff00ff"},
    {"gainsboro", "#dcdcdc"},
    {"ghostwhite", "#f8f8ff"},
    {"gold", "#ffd700"},
    {"goldenrod", "#daa520"},
    {"gray", "#808080"},
    {"grey", "#808080"},
    {"green", "#008000"},
    {"greenyellow", "#adff2f"},
    {"honeydew", "#f0fff0"},
    {"hotpink", "#ff69b4"},
    {"indianred", "#cd5c5c"},
    {"indigo", "#4b0082"},
    {"ivory", "#fffff0"},
    {"khaki", "#f0e68c"},
    {"lavender", "#e6e6fa"},
    {"lavenderblush", "#fff0f5"},
    {"lawngreen", "#7cfc00"},
    {"lemonchiffon", "#fffacd"},
    {"lightblue", "#add8e6"},
    {"lightcoral", "#f08080"},
    {"lightcyan", "#e0ffff"},
    {"lightgoldenrodyellow", "#fafad2"},
    {"lightgray", "#d3d3d3"},
    {"lightgrey", "#d3d3d3"},
    {"lightgreen", "#90ee90"},
    {"lightpink", "#ffb6c1"},
    {"lightsalmon", "#ffa07a"},
    {"lightseagreen", "#20b2aa"},
    {"lightskyblue", "#87cefa"},
    {"lightslategray", "#778899"},
    {"lightslategrey", "#778899"},
    {"lightsteelblue", "#b0c4de"},
    {"lightyellow", "#ffffe0"},
    {"lime", "#00ff00"},
    {"limegreen", "#32cd32"},
    {"linen", "#faf0e6"},
    {"magenta", "#ff00ff"},
    {"maroon", "#800000"},
    {"mediumaquamarine", "#66cdaa"},
    {"mediumblue", "#0000cd"},
    {"mediumorchid", "#ba55d3"},
    {"mediumpurple", "#9370db"},
    {"mediumseagreen", "#3cb371"},
    {"mediumslateblue", "#7b68ee"},
    {"mediumspringgreen", "#00fa9a"},
    {"mediumturquoise", "#48d1cc"},
    {"mediumvioletred", "#c71585"},
    {"midnightblue", "#191970"},
    {"mintcream", "#f5fffa"},
    {"mistyrose", "#ffe4e1"},
    {"moccasin", "#ffe4b5"},
    {"navajowhite", "#ffdead"},
    {"navy", "#000080"},
    {"oldlace", "#fdf5e6"},
    {"olive", "#808000"},
    {"olivedrab", "#6b8e23"},
    {"orange", "#ffa500"},
    {"orangered", "#ff4500"},
    {"orchid", "#da70d6"},
    {"palegoldenrod", "#eee8aa"},
    {"palegreen", "#98fb98"},
    {"paleturquoise", "#afeeee"},
    {"palevioletred", "#db7093"},
    {"papayawhip", "#ffefd5"},
    {"peachpuff", "#ffdab9"},
    {"peru", "#cd853f"},
    {"pink", "#ffc0cb"},
    {"plum", "#dda0dd"},
    {"powderblue", "#b0e0e6"},
    {"purple", "#800080"},
    {"red", "#ff0000"},
    {"rosybrown", "#bc8f8f"},
    {"royalblue", "#4169e1"},
    {"saddlebrown", "#8b4513"},
    {"salmon", "#fa8072"},
    {"sandybrown", "#f4a460"},
    {"seagreen", "#2e8b57"},
    {"seashell", "#fff5ee"},
    {"sienna", "#a0522d"},
    {"silver", "#c0c0c0"},
    {"skyblue", "#87ceeb"},
    {"slateblue", "#6a5acd"},
    {"slategray", "#708090"},
    {"slategrey", "#708090"},
    {"snow", "#fffafa"},
    {"springgreen", "#00ff7f"},
    {"steelblue", "#4682b4"},
    {"tan", "#d2b48c"},
    {"teal", "#008080"},
    {"thistle", "#d8bfd8"},
    {"tomato", "#ff6347"},
    {"turquoise", "#40e0d0"},
    {"violet", "#ee82ee"},
    {"wheat", "#f5deb3"},
    {"white", "#ffffff"},
    {"whitesmoke", "#f5f5f5"},
    {"yellow", "#ffff00"},
    {"yellowgreen", "#9acd32"},
};

// Mappings of normalized hexadecimal color values to color names.
// --------------------------------------------------------------------------------

static const ColorMap HTML4_HEX_TO_NAMES = reversedict(HTML4_NAMES_TO_HEX);
static const ColorMap& CSS2_HEX_TO_NAMES = HTML4_HEX_TO_NAMES;
static const ColorMap CSS21_HEX_TO_NAMES = reversedict(CSS21_NAMES_TO_HEX);

// CSS3 defines both "gray" and "grey", as well as defining either spelling variant for
// other related colors like "darkgray"/"darkgrey", etc. For a "forward" lookup from
// name to hex, this is straightforward, but a "reverse" lookup from hex to name requires
// picking one spelling and being consistent about it.
//
// Since "gray" was the only spelling supported in HTML 4, CSS1, and CSS2, "gray" and its
// variants are chosen here.
static ColorMap make_css3_hex_to_names() {
    ColorMap m = reversedict(CSS3_NAMES_TO_HEX);
    m["#a9a9a9"] = "darkgray";
    m["#2f4f4f"] = "darkslategray";
    m["#696969"] = "dimgray";
    m["#808080"] = "gray";
    m["#d3d3d3"] = "lightgray";
    m["#778899"] = "lightslategray";
    m["#708090"] = "slategray";
    return m;
}
static const ColorMap CSS3_HEX_TO_NAMES = make_css3_hex_to_names();

static bool is_supported(const std::string& spec) {
    for (const auto& s : SUPPORTED_SPECIFICATIONS)
        if (s == spec) return true;
    return false;
}

const ColorMap& get_name_to_hex_map(const std::string& spec) {
    if (!is_supported(spec)) throw std::invalid_argument(specification_error(spec));
    if (spec == HTML4) return HTML4_NAMES_TO_HEX;
    if (spec == CSS2) return CSS2_NAMES_TO_HEX;
    if (spec == CSS21) return CSS21_NAMES_TO_HEX;
    return CSS3_NAMES_TO_HEX;
}

const ColorMap& get_hex_to_name_map(const std::string& spec) {
    if (!is_supported(spec)) throw std::invalid_argument(specification_error(spec));
    if (spec == HTML4) return HTML4_HEX_TO_NAMES;
    if (spec == CSS2) return CSS2_HEX_TO_NAMES;
    if (spec == CSS21) return CSS21_HEX_TO_NAMES;
    return CSS3_HEX_TO_NAMES;
}

// The color names are normalized to all-lowercase and returned in alphabetical order.
// For CSS3 both variant spellings of the gray/grey colors are returned.
std::vector<std::string> names(const std::string& spec) {
    if (!is_supported(spec)) throw std::invalid_argument(specification_error(spec));
    const ColorMap& mapping = get_name_to_hex_map(spec);
    std::vector<std::string> result;
    for (const auto& kv : mapping) result.push_back(kv.first);
    return result;  // std::map keeps its keys sorted
}

}  // namespace webcolors
