// Check driver for the C++ port of webcolors: JSON lines in ({"fn", "args"}), JSON lines out.
#include <iostream>
#include <string>

#include "conversion.hpp"
#include "definitions.hpp"
#include "html5.hpp"
#include "minijson.hpp"
#include "normalization.hpp"

using namespace webcolors;
using minijson::quote;
using minijson::Value;

static std::string ints(int r, int g, int b) {
    return "[" + std::to_string(r) + ", " + std::to_string(g) + ", " + std::to_string(b) + "]";
}
static std::string js(const IntegerRGB& c) { return ints(c.red, c.green, c.blue); }
static std::string js(const HTML5SimpleColor& c) { return ints(c.red, c.green, c.blue); }
static std::string js(const PercentRGB& c) {
    return "[" + quote(c.red) + ", " + quote(c.green) + ", " + quote(c.blue) + "]";
}
static IntegerRGB int_triplet(const Value& v) {
    return IntegerRGB{(int)v[0].as_int(), (int)v[1].as_int(), (int)v[2].as_int()};
}
static PercentRGB percent_triplet(const Value& v) { return PercentRGB{v[0].str, v[1].str, v[2].str}; }

static std::string answer(const Value& c) {
    const std::string fn = c["fn"].str;
    const Value& a = c["args"];
    if (fn == "name_to_hex") return quote(name_to_hex(a[0].str, a[1].str));
    if (fn == "name_to_rgb") return js(name_to_rgb(a[0].str, a[1].str));
    if (fn == "name_to_rgb_percent") return js(name_to_rgb_percent(a[0].str, a[1].str));
    if (fn == "hex_to_name") return quote(hex_to_name(a[0].str, a[1].str));
    if (fn == "hex_to_rgb") return js(hex_to_rgb(a[0].str));
    if (fn == "hex_to_rgb_percent") return js(hex_to_rgb_percent(a[0].str));
    if (fn == "rgb_to_name") return quote(rgb_to_name(int_triplet(a[0]), a[1].str));
    if (fn == "rgb_to_hex") return quote(rgb_to_hex(int_triplet(a[0])));
    if (fn == "rgb_to_rgb_percent") return js(rgb_to_rgb_percent(int_triplet(a[0])));
    if (fn == "rgb_percent_to_name") return quote(rgb_percent_to_name(percent_triplet(a[0]), a[1].str));
    if (fn == "rgb_percent_to_hex") return quote(rgb_percent_to_hex(percent_triplet(a[0])));
    if (fn == "rgb_percent_to_rgb") return js(rgb_percent_to_rgb(percent_triplet(a[0])));
    if (fn == "html5_parse_simple_color") return js(html5_parse_simple_color(a[0].str));
    if (fn == "html5_serialize_simple_color") return quote(html5_serialize_simple_color(int_triplet(a[0])));
    if (fn == "html5_parse_legacy_color") return js(html5_parse_legacy_color(a[0].str));
    if (fn == "normalize_hex") return quote(normalize_hex(a[0].str));
    if (fn == "normalize_integer_triplet") return js(normalize_integer_triplet(int_triplet(a[0])));
    if (fn == "normalize_percent_triplet") return js(normalize_percent_triplet(percent_triplet(a[0])));
    if (fn == "names") {
        std::vector<std::string> out;
        for (auto& n : names(a[0].str)) out.push_back(quote(n));
        return minijson::list(out);
    }
    throw std::runtime_error("unknown fn " + fn);
}

int main() {
    std::ios::sync_with_stdio(false);
    std::string line;
    while (std::getline(std::cin, line)) {
        Value c = minijson::parse(line);
        try {
            std::cout << minijson::ok(answer(c)) << "\n";
        } catch (const std::invalid_argument& e) {
            std::cout << minijson::err("ValueError", e.what()) << "\n";
        }
    }
}
