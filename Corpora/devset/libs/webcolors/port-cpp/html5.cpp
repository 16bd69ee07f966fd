// HTML5 color algorithms.
//
// Note that these functions are written in a way that may seem strange, because they
// do not use the most efficient or idiomatic way of accomplishing their tasks. This is
// because, for compliance, these functions are written as literal translations of the
// algorithms in HTML5:
//
// https://html.spec.whatwg.org/multipage/common-microsyntaxes.html#colours
//
// For ease of understanding, the relevant steps of the algorithm from the standard are
// included as comments interspersed in the implementation.
//
// Strings are UTF-8; lengths are counted in code points.
//
// SPDX-License-Identifier: BSD-3-Clause
#include "html5.hpp"

#include <cstdio>
#include <stdexcept>

#include "definitions.hpp"

namespace webcolors {

namespace {

std::u32string decode_utf8(const std::string& s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        unsigned char c = s[i];
        char32_t cp;
        int extra;
        if (c < 0x80) { cp = c; extra = 0; }
        else if ((c >> 5) == 0x6) { cp = c & 0x1F; extra = 1; }
        else if ((c >> 4) == 0xE) { cp = c & 0x0F; extra = 2; }
        else { cp = c & 0x07; extra = 3; }
        ++i;
        for (int k = 0; k < extra && i < s.size(); ++k, ++i) cp = (cp << 6) | (s[i] & 0x3F);
        out += cp;
    }
    return out;
}

bool is_hexdigit(char32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

int hex_value(const std::u32string& digits) {
    int result = 0;
    for (char32_t c : digits) {
        int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        result = result * 16 + d;
    }
    return result;
}

std::string ascii_lower(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) {
        if (c >= 0x80) return std::string();  // not an ASCII keyword
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return out;
}

}  // namespace

// Apply the HTML5 simple color parsing algorithm.
//
//     html5_parse_simple_color("#ffffff") -> {255, 255, 255}
//     html5_parse_simple_color("#fff")    -> error
HTML5SimpleColor html5_parse_simple_color(const std::string& raw) {
    // 1. Let input be the string being parsed.
    std::u32string value = decode_utf8(raw);

    // 2. If input is not exactly seven characters long, then return an error.
    if (value.size() != 7) {
        throw std::invalid_argument("An HTML5 simple color must be a Unicode string seven characters long.");
    }

    // 3. If the first character in input is not a U+0023 NUMBER SIGN character (#), then
    //    return an error.
    if (value[0] != U'#') {
        throw std::invalid_argument("An HTML5 simple color must begin with the character '#' (U+0023).");
    }

    // 4. If the last six characters of input are not all ASCII hex digits, then return
    //    an error.
    for (size_t i = 1; i < value.size(); ++i) {
        if (!is_hexdigit(value[i])) {
            throw std::invalid_argument("An HTML5 simple color must contain exactly six ASCII hex digits.");
        }
    }

    // 5. Let result be a simple color.
    //
    // 6. Interpret the second and third characters as a hexadecimal number and let the
    //    result be the red component of result.
    //
    // 7. Interpret the fourth and fifth characters as a hexadecimal number and let the
    //    result be the green component of result.
    //
    // 8. Interpret the sixth and seventh characters as a hexadecimal number and let the
    //    result be the blue component of result.
    //
    // 9. Return result.
    return HTML5SimpleColor{hex_value(value.substr(1, 2)), hex_value(value.substr(3, 2)),
                            hex_value(value.substr(5, 2))};
}

// Apply the HTML5 simple color serialization algorithm.
//
//     html5_serialize_simple_color({0, 0, 0}) -> "#000000"
std::string html5_serialize_simple_color(const IntTuple& simple_color) {
    // 1. Let result be a string consisting of a single "#" (U+0023) character.
    //
    // 2. Convert the red, green, and blue components in turn to two-digit hexadecimal
    //    numbers using lowercase ASCII hex digits, zero-padding if necessary, and append
    //    these numbers to result, in the order red, green, blue.
    //
    // 3. Return result, which will be a valid lowercase simple color.
    char buf[16];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", simple_color.red, simple_color.green, simple_color.blue);
    return buf;
}

// Apply the HTML5 legacy color parsing algorithm.
//
// Since this algorithm is intended to handle many types of malformed color values
// present in real-world Web documents, it is *extremely* forgiving of input, but the
// results of parsing inputs with high levels of "junk" may be surprising.
//
//     html5_parse_legacy_color("black")       -> {0, 0, 0}
//     html5_parse_legacy_color("chucknorris") -> {192, 0, 0}
//     html5_parse_legacy_color("Window")      -> {0, 13, 0}
HTML5SimpleColor html5_parse_legacy_color(const std::string& raw) {
    // 1. Let input be the string being parsed.
    std::u32string value = decode_utf8(raw);

    // 2. If input is the empty string, then return an error.
    if (value.empty()) {
        throw std::invalid_argument("HTML5 legacy color parsing forbids empty string as a value.");
    }

    // 3. Strip leading and trailing ASCII whitespace from input.
    size_t start = 0, end = value.size();
    while (start < end && is_space(value[start])) ++start;
    while (end > start && is_space(value[end - 1])) --end;
    value = value.substr(start, end - start);

    // 4. If input is an ASCII case-insensitive match for the string "transparent", then
    //    return an error.
    std::string lowered = ascii_lower(value);
    if (lowered == "transparent") {
        throw std::invalid_argument("HTML5 legacy color parsing forbids \"transparent\" as a value.");
    }

    // 5. If input is an ASCII case-insensitive match for one of the named colors, then
    //    return the simple color corresponding to that keyword.
    //
    //    Note: CSS2 System Colors are not recognized.
    auto keyword = CSS3_NAMES_TO_HEX.find(lowered);
    if (!lowered.empty() && keyword != CSS3_NAMES_TO_HEX.end()) {
        return html5_parse_simple_color(keyword->second);
    }

    // 6. If input's code point length is four, and the first character in input is
    //    U+0023 (#), and the last three characters of input are all ASCII hex digits,
    //    then:
    if (value.size() == 4 && value[0] == U'#' && is_hexdigit(value[1]) && is_hexdigit(value[2]) &&
        is_hexdigit(value[3])) {
        // 1. Let result be a simple color.
        //
        // 2. Interpret the second character of input as a hexadecimal digit; let the red
        //    component of result be the resulting number multiplied by 17.
        //
        // 3. Interpret the third character of input as a hexadecimal digit; let the
        //    green component of result be the resulting number multiplied by 17.
        //
        // 4. Interpret the fourth character of input as a hexadecimal digit; let the
        //    blue component of result be the resulting number multiplied by 17.
        HTML5SimpleColor result{hex_value(value.substr(1, 1)) * 17, hex_value(value.substr(2, 1)) * 17,
                                hex_value(value.substr(3, 1)) * 17};

        // 5. Return result.
        return result;
    }

    // 7. Replace any code points greater than U+FFFF in input (i.e., any characters that
    //    are not in the basic multilingual plane) with the two-character string "00".
    std::u32string replaced;
    for (char32_t c : value) {
        if (c > 0xFFFF) replaced += U"00";
        else replaced += c;
    }
    value = replaced;

    // 8. If input's code point length is greater than 128, truncate input, leaving only
    //    the first 128 characters.
    if (value.size() > 128) value = value.substr(0, 128);

    // 9. If the first character in input is a U+0023 NUMBER SIGN character (#), remove
    //    it.
    if (!value.empty() && value[0] == U'#') value = value.substr(1);

    // 10. Replace any character in input that is not an ASCII hex digit with the
    // character U+0030 DIGIT ZERO (0).
    for (auto& c : value)
        if (!is_hexdigit(c)) c = U'0';

    // 11. While input's code point length is zero or not a multiple of three, append a
    //     U+0030 DIGIT ZERO (0) character to input.
    while (value.size() == 0 || value.size() % 3 != 0) value += U'0';

    // 12. Split input into three strings of equal code point length, to obtain three
    //     components. Let length be the code point length that all of those components
    //     have (one third the code point length of input).
    size_t length = value.size() / 3;
    std::u32string red = value.substr(0, length);
    std::u32string green = value.substr(length, length);
    std::u32string blue = value.substr(length * 2);

    // 13. If length is greater than 8, then remove the leading length-8 characters in
    //     each component, and let length be 8.
    if (length > 8) {
        red = red.substr(length - 8);
        green = green.substr(length - 8);
        blue = blue.substr(length - 8);
        length = 8;
    }

    // 14. While length is greater than two and the first character in each component is
    //     a U+0030 DIGIT ZERO (0) character, remove that character and reduce length by
    //     one.
    while (length > 2 && red[0] == U'0' && green[0] == U'0' && blue[0] == U'0') {
        red = red.substr(1);
        green = green.substr(1);
        blue = blue.substr(1);
        --length;
    }

    // 15. If length is still greater than two, truncate each component, leaving only the
    //     first two characters in each.
    if (length > 2) {
        red = red.substr(0, 2);
        green = green.substr(0, 2);
        blue = blue.substr(0, 2);
    }

    // 16. Let result be a simple color.
    //
    // 17. Interpret the first component as a hexadecimal number; let the red component
    //     of result be the resulting number.
    //
    // 18. Interpret the second component as a hexadecimal number; let the green
    //     component of result be the resulting number.
    //
    // 19. Interpret the third component as a hexadecimal number; let the blue component
    //     of result be the resulting number.
    //
    // 20. Return result.
    return HTML5SimpleColor{hex_value(red), hex_value(green), hex_value(blue)};
}

}  // namespace webcolors
