// Check driver for the independent C++ webcolors: JSON lines in ({"fn", "args"}), JSON lines out.
#include <iostream>
#include <string>

#include "csscolor.hpp"
#include "jsonl_independent.hpp"

using namespace csscolor;

static std::string js(const Channels& c) {
    return "[" + std::to_string(c[0]) + ", " + std::to_string(c[1]) + ", " + std::to_string(c[2]) + "]";
}
static std::string js(const Percents& p) {
    return "[" + jl::quoted(p[0]) + ", " + jl::quoted(p[1]) + ", " + jl::quoted(p[2]) + "]";
}
static std::string js(const std::string& s) { return jl::quoted(s); }
static Channels ints(const jl::Node& n) { return {n[0].integer(), n[1].integer(), n[2].integer()}; }
static Percents pcts(const jl::Node& n) { return {n[0].text, n[1].text, n[2].text}; }

static std::string call(const jl::Node& c) {
    const std::string fn = c["fn"].text;
    const jl::Node& a = c["args"];
    auto s = [&](size_t i) { return a[i].text; };
    if (fn == "name_to_hex") return js(name_to_hex(s(0), s(1)));
    if (fn == "name_to_rgb") return js(name_to_rgb(s(0), s(1)));
    if (fn == "name_to_rgb_percent") return js(name_to_rgb_percent(s(0), s(1)));
    if (fn == "hex_to_name") return js(hex_to_name(s(0), s(1)));
    if (fn == "hex_to_rgb") return js(hex_to_rgb(s(0)));
    if (fn == "hex_to_rgb_percent") return js(hex_to_rgb_percent(s(0)));
    if (fn == "rgb_to_name") return js(rgb_to_name(ints(a[0]), s(1)));
    if (fn == "rgb_to_hex") return js(rgb_to_hex(ints(a[0])));
    if (fn == "rgb_to_rgb_percent") return js(rgb_to_rgb_percent(ints(a[0])));
    if (fn == "rgb_percent_to_name") return js(rgb_percent_to_name(pcts(a[0]), s(1)));
    if (fn == "rgb_percent_to_hex") return js(rgb_percent_to_hex(pcts(a[0])));
    if (fn == "rgb_percent_to_rgb") return js(rgb_percent_to_rgb(pcts(a[0])));
    if (fn == "html5_parse_simple_color") return js(html5_parse_simple_color(s(0)));
    if (fn == "html5_serialize_simple_color") return js(html5_serialize_simple_color(ints(a[0])));
    if (fn == "html5_parse_legacy_color") return js(html5_parse_legacy_color(s(0)));
    if (fn == "normalize_hex") return js(normalize_hex(s(0)));
    if (fn == "normalize_integer_triplet") return js(normalize_integer_triplet(ints(a[0])));
    if (fn == "normalize_percent_triplet") return js(normalize_percent_triplet(pcts(a[0])));
    if (fn == "names") {
        std::string out = "[";
        for (const auto& n : names(s(0))) out += (out.size() > 1 ? ", " : "") + jl::quoted(n);
        return out + "]";
    }
    throw std::logic_error("unknown fn " + fn);
}

int main() {
    std::ios::sync_with_stdio(false);
    std::string line;
    while (std::getline(std::cin, line)) {
        jl::Node c = jl::parse(line);
        try {
            std::string answer = call(c);
            std::cout << "{\"ok\": " << answer << "}\n";
        } catch (const ColorError& e) {
            std::cout << "{\"err\": \"ValueError\", \"msg\": " << jl::quoted(e.what()) << "}\n";
        }
    }
}
