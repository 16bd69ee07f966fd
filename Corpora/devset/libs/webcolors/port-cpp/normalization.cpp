// Normalization utilities for color values.
//
// SPDX-License-Identifier: BSD-3-Clause
#include "normalization.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <stdexcept>

#include "definitions.hpp"

namespace webcolors {

// Normalize a hexadecimal color value to a string consisting of the character `#`
// followed by six lowercase hexadecimal digits (what HTML5 terms a "valid lowercase
// simple color").
//
// If the supplied value cannot be interpreted as a hexadecimal color value,
// std::invalid_argument is thrown.
//
//     normalize_hex("#0099cc")  -> "#0099cc"
//     normalize_hex("#0099CC")  -> "#0099cc"
//     normalize_hex("#09c")     -> "#0099cc"
//     normalize_hex("#0099gg")  -> error: '#0099gg' is not a valid hexadecimal color value.
std::string normalize_hex(const std::string& hex_value) {
    std::smatch match;
    if (!std::regex_match(hex_value, match, HEX_COLOR_RE)) {
        throw std::invalid_argument("\"" + hex_value + "\" is not a valid hexadecimal color value.");
    }
    std::string hex_digits = match[1].str();
    if (hex_digits.size() == 3) {
        std::string doubled;
        for (char s : hex_digits) {
            doubled += s;
            doubled += s;
        }
        hex_digits = doubled;
    }
    for (auto& c : hex_digits) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return "#" + hex_digits;
}

// Internal normalization function for clipping integer values into the permitted
// range (0-255, inclusive).
static int normalize_integer_rgb(int value) {
    return value < 0 ? 0 : value > 255 ? 255 : value;
}

// Normalize an integer rgb() triplet so that all values are within the range 0..255.
//
//     normalize_integer_triplet({270, -20, -0}) -> {255, 0, 0}
IntegerRGB normalize_integer_triplet(const IntTuple& rgb_triplet) {
    return IntegerRGB{normalize_integer_rgb(rgb_triplet.red), normalize_integer_rgb(rgb_triplet.green),
                      normalize_integer_rgb(rgb_triplet.blue)};
}

// Python-style repr of a float: shortest round-tripping digits, always with a
// decimal point.
static std::string float_repr(double value) {
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, value);
    std::string s(buf, res.ptr);
    if (s.find_first_of(".eni") == std::string::npos) s += ".0";
    return s;
}

// Internal normalization function for clipping percent values into the permitted
// range (0%-100%, inclusive).
static std::string normalize_percent_rgb(const std::string& value_in) {
    std::string value = value_in.substr(0, value_in.find('%'));
    if (value.find('.') != std::string::npos) {
        double percent = std::stod(value);
        return percent < 0 ? "0%" : percent > 100 ? "100%" : float_repr(percent) + "%";
    }
    long long percent = std::stoll(value);
    return percent < 0 ? "0%" : percent > 100 ? "100%" : std::to_string(percent) + "%";
}

// Normalize a percentage rgb() triplet so that all values are within the range
// 0%..100%.
//
//     normalize_percent_triplet({"-10%", "-0%", "500%"}) -> {"0%", "0%", "100%"}
PercentRGB normalize_percent_triplet(const PercentTuple& rgb_triplet) {
    return PercentRGB{normalize_percent_rgb(rgb_triplet.red), normalize_percent_rgb(rgb_triplet.green),
                      normalize_percent_rgb(rgb_triplet.blue)};
}

int percent_to_integer(const std::string& percent) {
    double value = std::stod(percent.substr(0, percent.find('%')));
    // round half to even, as Python's round() does
    return static_cast<int>(std::nearbyint(value / 100 * 255));
}

}  // namespace webcolors
