// Functions which convert between various types of color values.
//
// SPDX-License-Identifier: BSD-3-Clause
#include "conversion.hpp"

#include <cctype>
#include <cstdio>
#include <map>
#include <stdexcept>

#include "normalization.hpp"

namespace webcolors {

static std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Conversions from color names to other formats.
// --------------------------------------------------------------------------------

// Convert a color name to a normalized hexadecimal color value.
//
// The color name will be normalized to lower-case before being looked up.
//
//     name_to_hex("white")            -> "#ffffff"
//     name_to_hex("navy")             -> "#000080"
//     name_to_hex("goldenrod", HTML4) -> error: "goldenrod" is not defined as a named color in html4.
std::string name_to_hex(const std::string& name, const std::string& spec) {
    const ColorMap& color_map = get_name_to_hex_map(spec);
    auto it = color_map.find(lower(name));
    if (it != color_map.end() && !it->second.empty()) return it->second;
    throw std::invalid_argument("\"" + name + "\" is not defined as a named color in " + spec);
}

// Convert a color name to a triplet of ints suitable for use in an rgb() triplet
// specifying that color.
IntegerRGB name_to_rgb(const std::string& name, const std::string& spec) {
    return hex_to_rgb(name_to_hex(name, spec));
}

// Convert a color name to a triplet of percentages suitable for use in an rgb()
// triplet specifying that color.
PercentRGB name_to_rgb_percent(const std::string& name, const std::string& spec) {
    return rgb_to_rgb_percent(name_to_rgb(name, spec));
}

// Conversions from hexadecimal color values to other formats.
// --------------------------------------------------------------------------------

// Convert a hexadecimal color value to its corresponding normalized color name, if
// any such name exists.
//
// Note: some values representing named gray colors can map to either of two names in
// CSS3; this function always returns the variant spelled "gray".
std::string hex_to_name(const std::string& hex_value, const std::string& spec) {
    const ColorMap& color_map = get_hex_to_name_map(spec);
    auto it = color_map.find(normalize_hex(hex_value));
    if (it != color_map.end() && !it->second.empty()) return it->second;
    throw std::invalid_argument("\"" + hex_value + "\" has no defined color name in " + spec + ".");
}

// Convert a hexadecimal color value to an integer triplet.
IntegerRGB hex_to_rgb(const std::string& hex_value) {
    long int_value = std::stol(normalize_hex(hex_value).substr(1), nullptr, 16);
    return IntegerRGB{static_cast<int>(int_value >> 16), static_cast<int>(int_value >> 8 & 0xFF),
                      static_cast<int>(int_value & 0xFF)};
}

// Convert a hexadecimal color value to a triplet of percentages.
PercentRGB hex_to_rgb_percent(const std::string& hex_value) {
    return rgb_to_rgb_percent(hex_to_rgb(hex_value));
}

// Conversions from integer rgb() triplets to other formats.
// --------------------------------------------------------------------------------

// Convert an integer triplet to its corresponding normalized color name, if any such
// name exists. To determine the name, the triplet is converted to a normalized
// hexadecimal value.
std::string rgb_to_name(const IntTuple& rgb_triplet, const std::string& spec) {
    return hex_to_name(rgb_to_hex(normalize_integer_triplet(rgb_triplet)), spec);
}

// Convert an integer triplet to a normalized hexadecimal value for that color.
std::string rgb_to_hex(const IntTuple& rgb_triplet) {
    IntegerRGB rgb = normalize_integer_triplet(rgb_triplet);
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
    return buf;
}

// Convert an integer triplet to a triplet of percentages.
//
// Note on floating-point precision: for some common integer values special-case logic
// is used to ensure a precise result (128 always converts to "50%", 32 to "12.5%"); all
// other values use a double rounded to two decimal places.
PercentRGB rgb_to_rgb_percent(const IntTuple& rgb_triplet) {
    // In order to maintain precision for common values,
    // special-case them.
    static const std::map<int, std::string> specials = {
        {255, "100%"}, {128, "50%"}, {64, "25%"}, {32, "12.5%"}, {16, "6.25%"}, {0, "0%"},
    };
    auto convert = [](int d) {
        auto it = specials.find(d);
        if (it != specials.end()) return it->second;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.02f%%", d / 255.0 * 100);
        return std::string(buf);
    };
    IntegerRGB rgb = normalize_integer_triplet(rgb_triplet);
    return PercentRGB{convert(rgb.red), convert(rgb.green), convert(rgb.blue)};
}

// Conversions from percentage rgb() triplets to other formats.
// --------------------------------------------------------------------------------

// Convert a triplet of percentages to its corresponding normalized color name, if any
// such name exists.
std::string rgb_percent_to_name(const PercentTuple& rgb_percent_triplet, const std::string& spec) {
    return rgb_to_name(rgb_percent_to_rgb(normalize_percent_triplet(rgb_percent_triplet)), spec);
}

// Convert a triplet of percentages to a normalized hexadecimal color value.
std::string rgb_percent_to_hex(const PercentTuple& rgb_percent_triplet) {
    return rgb_to_hex(rgb_percent_to_rgb(normalize_percent_triplet(rgb_percent_triplet)));
}

// Convert a triplet of percentages to an integer triplet. Some precision may be lost
// in this conversion.
IntegerRGB rgb_percent_to_rgb(const PercentTuple& rgb_percent_triplet) {
    PercentRGB p = normalize_percent_triplet(rgb_percent_triplet);
    return IntegerRGB{percent_to_integer(p.red), percent_to_integer(p.green), percent_to_integer(p.blue)};
}

}  // namespace webcolors
