// HTML/CSS color names and notations: lookups, conversions and the HTML5 parsing algorithms.
#pragma once
#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace csscolor {

extern const char* const HTML4;
extern const char* const CSS2;
extern const char* const CSS21;
extern const char* const CSS3;

// Every failure is an invalid argument (Python's ValueError); what() is the message.
struct ColorError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

using Channels = std::array<long long, 3>;     // IntegerRGB / HTML5SimpleColor
using Percents = std::array<std::string, 3>;   // PercentRGB

struct NamedColor {
    const char* name;
    uint32_t rgb;
};
const std::vector<NamedColor>& svg_keywords();

std::vector<std::string> names(const std::string& spec = CSS3);

std::string normalize_hex(const std::string& hex_value);
Channels normalize_integer_triplet(const Channels& rgb);
Percents normalize_percent_triplet(const Percents& rgb);

std::string name_to_hex(const std::string& name, const std::string& spec = CSS3);
Channels name_to_rgb(const std::string& name, const std::string& spec = CSS3);
Percents name_to_rgb_percent(const std::string& name, const std::string& spec = CSS3);
std::string hex_to_name(const std::string& hex_value, const std::string& spec = CSS3);
Channels hex_to_rgb(const std::string& hex_value);
Percents hex_to_rgb_percent(const std::string& hex_value);
std::string rgb_to_hex(const Channels& rgb);
std::string rgb_to_name(const Channels& rgb, const std::string& spec = CSS3);
Percents rgb_to_rgb_percent(const Channels& rgb);
Channels rgb_percent_to_rgb(const Percents& rgb);
std::string rgb_percent_to_hex(const Percents& rgb);
std::string rgb_percent_to_name(const Percents& rgb, const std::string& spec = CSS3);

Channels html5_parse_simple_color(const std::string& value);
std::string html5_serialize_simple_color(const Channels& rgb);
Channels html5_parse_legacy_color(const std::string& value);

}  // namespace csscolor
