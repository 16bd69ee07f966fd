#include "csscolor.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>

namespace csscolor {

const char* const HTML4 = "html4";
const char* const CSS2 = "css2";
const char* const CSS21 = "css21";
const char* const CSS3 = "css3";

namespace {

using Table = std::map<std::string, uint32_t>;

const Table& table_for(const std::string& spec) {
    static const Table vga = {
        {"aqua", 0x00ffff}, {"black", 0x000000}, {"blue", 0x0000ff}, {"fuchsia", 0xff00ff},
        {"gray", 0x808080}, {"green", 0x008000}, {"lime", 0x00ff00}, {"maroon", 0x800000},
        {"navy", 0x000080}, {"olive", 0x808000}, {"purple", 0x800080}, {"red", 0xff0000},
        {"silver", 0xc0c0c0}, {"teal", 0x008080}, {"white", 0xffffff}, {"yellow", 0xffff00}};
    static const Table css21 = [] {
        Table t = vga;
        t["orange"] = 0xffa500;
        return t;
    }();
    static const Table svg = [] {
        Table t;
        for (const auto& c : svg_keywords()) t[c.name] = c.rgb;
        return t;
    }();
    if (spec == HTML4 || spec == CSS2) return vga;
    if (spec == CSS21) return css21;
    if (spec == CSS3) return svg;
    throw ColorError(spec + " is not a supported specification for color name lookups; supported specifications are: ('html4', 'css2', 'css21', 'css3').");
}

// value -> preferred name: alphabetical, later synonyms replace earlier ones, "grey" never replaces "gray"
std::map<uint32_t, std::string> reverse_of(const Table& t) {
    std::map<uint32_t, std::string> back;
    for (const auto& [name, rgb] : t)
        if (name.find("grey") == std::string::npos) back[rgb] = name;
    return back;
}

bool is_hex_digit(uint32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hex_value(uint32_t c) {
    if (c <= '9') return (int)(c - '0');
    return (int)((c | 0x20) - 'a' + 10);
}

std::string ascii_lower(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    return s;
}

std::string hex_of(uint32_t rgb) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%06x", rgb);
    return buf;
}

long long clip(long long v) { return std::max(0LL, std::min(255LL, v)); }

// Python's repr() of a finite double.
std::string py_float(double x) {
    if (x == 0) return std::signbit(x) ? "-0.0" : "0.0";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    std::string sign;
    if (sci[0] == '-') { sign = "-"; sci.erase(0, 1); }
    size_t e = sci.find('e');
    int exponent = std::stoi(sci.substr(e + 1));
    std::string digits;
    for (size_t i = 0; i < e; ++i)
        if (sci[i] != '.') digits += sci[i];
    if (exponent < -4 || exponent >= 16) {
        std::string mant = digits.substr(0, 1);
        if (digits.size() > 1) mant += "." + digits.substr(1);
        char ex[16];
        std::snprintf(ex, sizeof ex, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        return sign + mant + ex;
    }
    if (exponent < 0) return sign + "0." + std::string(-exponent - 1, '0') + digits;
    if ((int)digits.size() <= exponent + 1) return sign + digits + std::string(exponent + 1 - digits.size(), '0') + ".0";
    return sign + digits.substr(0, exponent + 1) + "." + digits.substr(exponent + 1);
}

std::string before_percent(const std::string& s) { return s.substr(0, s.find('%')); }

std::string normalize_percent(const std::string& s) {
    std::string body = before_percent(s);
    if (body.find('.') != std::string::npos) {
        double v = std::strtod(body.c_str(), nullptr);
        if (v < 0) return "0%";
        if (v > 100) return "100%";
        return py_float(v) + "%";
    }
    long long v = std::stoll(body);
    if (v < 0) return "0%";
    if (v > 100) return "100%";
    return std::to_string(v) + "%";
}

std::vector<uint32_t> code_points(const std::string& s) {
    std::vector<uint32_t> out;
    for (size_t i = 0; i < s.size();) {
        unsigned char b = (unsigned char)s[i];
        int extra = b < 0x80 ? 0 : b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
        uint32_t cp = extra == 0 ? b : extra == 1 ? (b & 0x1f) : extra == 2 ? (b & 0x0f) : (b & 0x07);
        for (int k = 1; k <= extra && i + k < s.size(); ++k) cp = (cp << 6) | ((unsigned char)s[i + k] & 0x3f);
        out.push_back(cp);
        i += extra + 1;
    }
    return out;
}

bool py_space(uint32_t c) { return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f); }

}  // namespace

std::vector<std::string> names(const std::string& spec) {
    std::vector<std::string> out;
    for (const auto& entry : table_for(spec)) out.push_back(entry.first);
    return out;  // std::map iterates in sorted order
}

std::string normalize_hex(const std::string& hex_value) {
    bool ok = (hex_value.size() == 4 || hex_value.size() == 7) && hex_value[0] == '#';
    for (size_t i = 1; ok && i < hex_value.size(); ++i) ok = is_hex_digit((unsigned char)hex_value[i]);
    if (!ok) throw ColorError("\"" + hex_value + "\" is not a valid hexadecimal color value.");
    std::string out = "#";
    for (size_t i = 1; i < hex_value.size(); ++i) {
        char c = (char)std::tolower((unsigned char)hex_value[i]);
        out += c;
        if (hex_value.size() == 4) out += c;
    }
    return out;
}

Channels normalize_integer_triplet(const Channels& rgb) { return {clip(rgb[0]), clip(rgb[1]), clip(rgb[2])}; }

Percents normalize_percent_triplet(const Percents& rgb) {
    return {normalize_percent(rgb[0]), normalize_percent(rgb[1]), normalize_percent(rgb[2])};
}

std::string name_to_hex(const std::string& name, const std::string& spec) {
    const Table& t = table_for(spec);
    auto it = t.find(ascii_lower(name));
    if (it == t.end()) throw ColorError("\"" + name + "\" is not defined as a named color in " + spec);
    return hex_of(it->second);
}

Channels name_to_rgb(const std::string& name, const std::string& spec) { return hex_to_rgb(name_to_hex(name, spec)); }

Percents name_to_rgb_percent(const std::string& name, const std::string& spec) { return rgb_to_rgb_percent(name_to_rgb(name, spec)); }

std::string hex_to_name(const std::string& hex_value, const std::string& spec) {
    const Table& t = table_for(spec);
    uint32_t rgb = (uint32_t)std::stoul(normalize_hex(hex_value).substr(1), nullptr, 16);
    auto back = reverse_of(t);
    auto it = back.find(rgb);
    if (it == back.end()) throw ColorError("\"" + hex_value + "\" has no defined color name in " + spec + ".");
    return it->second;
}

Channels hex_to_rgb(const std::string& hex_value) {
    uint32_t rgb = (uint32_t)std::stoul(normalize_hex(hex_value).substr(1), nullptr, 16);
    return {(long long)(rgb >> 16), (long long)((rgb >> 8) & 0xff), (long long)(rgb & 0xff)};
}

Percents hex_to_rgb_percent(const std::string& hex_value) { return rgb_to_rgb_percent(hex_to_rgb(hex_value)); }

std::string rgb_to_hex(const Channels& rgb) {
    Channels c = normalize_integer_triplet(rgb);
    return hex_of((uint32_t)(c[0] << 16 | c[1] << 8 | c[2]));
}

std::string rgb_to_name(const Channels& rgb, const std::string& spec) { return hex_to_name(rgb_to_hex(rgb), spec); }

Percents rgb_to_rgb_percent(const Channels& rgb) {
    Percents out;
    Channels c = normalize_integer_triplet(rgb);
    for (int i = 0; i < 3; ++i) {
        switch (c[i]) {
            case 255: out[i] = "100%"; break;
            case 128: out[i] = "50%"; break;
            case 64: out[i] = "25%"; break;
            case 32: out[i] = "12.5%"; break;
            case 16: out[i] = "6.25%"; break;
            case 0: out[i] = "0%"; break;
            default: {
                char buf[32];
                std::snprintf(buf, sizeof buf, "%.2f%%", (double)c[i] / 255 * 100);
                out[i] = buf;
            }
        }
    }
    return out;
}

Channels rgb_percent_to_rgb(const Percents& rgb) {
    Percents p = normalize_percent_triplet(rgb);
    Channels out;
    for (int i = 0; i < 3; ++i) out[i] = (long long)std::nearbyint(std::strtod(before_percent(p[i]).c_str(), nullptr) / 100 * 255);
    return out;
}

std::string rgb_percent_to_hex(const Percents& rgb) { return rgb_to_hex(rgb_percent_to_rgb(rgb)); }

std::string rgb_percent_to_name(const Percents& rgb, const std::string& spec) { return rgb_to_name(rgb_percent_to_rgb(rgb), spec); }

Channels html5_parse_simple_color(const std::string& value) {
    std::vector<uint32_t> cps = code_points(value);
    if (cps.size() != 7) throw ColorError("An HTML5 simple color must be a Unicode string seven characters long.");
    if (cps[0] != '#') throw ColorError("An HTML5 simple color must begin with the character '#' (U+0023).");
    for (int i = 1; i < 7; ++i)
        if (!is_hex_digit(cps[i])) throw ColorError("An HTML5 simple color must contain exactly six ASCII hex digits.");
    Channels out;
    for (int i = 0; i < 3; ++i) out[i] = hex_value(cps[1 + 2 * i]) * 16 + hex_value(cps[2 + 2 * i]);
    return out;
}

std::string html5_serialize_simple_color(const Channels& rgb) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "#%02llx%02llx%02llx", rgb[0], rgb[1], rgb[2]);
    return buf;
}

Channels html5_parse_legacy_color(const std::string& value) {
    if (value.empty()) throw ColorError("HTML5 legacy color parsing forbids empty string as a value.");
    std::vector<uint32_t> cps = code_points(value);
    size_t lo = 0, hi = cps.size();
    while (lo < hi && py_space(cps[lo])) ++lo;
    while (hi > lo && py_space(cps[hi - 1])) --hi;
    std::vector<uint32_t> text(cps.begin() + lo, cps.begin() + hi);

    std::string ascii_lowered;
    bool all_ascii = true;
    for (uint32_t c : text) {
        if (c >= 0x80) all_ascii = false;
        ascii_lowered += (char)(c >= 'A' && c <= 'Z' ? c + 32 : c & 0x7f);
    }
    if (all_ascii && ascii_lowered == "transparent")
        throw ColorError("HTML5 legacy color parsing forbids \"transparent\" as a value.");
    if (all_ascii) {
        const Table& svg = table_for(CSS3);
        auto it = svg.find(ascii_lowered);
        if (it != svg.end()) return hex_to_rgb(hex_of(it->second));
    }
    if (text.size() == 4 && text[0] == '#' && is_hex_digit(text[1]) && is_hex_digit(text[2]) && is_hex_digit(text[3]))
        return {hex_value(text[1]) * 17LL, hex_value(text[2]) * 17LL, hex_value(text[3]) * 17LL};

    std::string digits;
    size_t kept = 0;
    for (uint32_t c : text) {
        if (kept >= 128) break;
        if (c > 0xffff) {
            digits += "00";
            kept += 2;
        } else {
            digits += is_hex_digit(c) || c == '#' ? (char)c : '0';
            ++kept;
        }
    }
    if (digits.size() > 128) digits.resize(128);
    if (!digits.empty() && digits[0] == '#') digits.erase(0, 1);
    for (auto& ch : digits)
        if (ch == '#') ch = '0';
    while (digits.empty() || digits.size() % 3) digits += '0';
    size_t width = digits.size() / 3;
    std::array<std::string, 3> parts;
    for (int i = 0; i < 3; ++i) parts[i] = digits.substr(i * width, width);
    if (width > 8) {
        for (auto& p : parts) p = p.substr(p.size() - 8);
        width = 8;
    }
    while (width > 2 && parts[0][0] == '0' && parts[1][0] == '0' && parts[2][0] == '0') {
        for (auto& p : parts) p.erase(0, 1);
        --width;
    }
    Channels out;
    for (int i = 0; i < 3; ++i) out[i] = std::stoll(parts[i].substr(0, 2), nullptr, 16);
    return out;
}

}  // namespace csscolor
