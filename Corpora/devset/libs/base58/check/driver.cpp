// Check driver for the C++ port of base58: JSON lines in, JSON lines out (bytes and integers as hex).
#include <iostream>
#include <stdexcept>
#include <string>

#include "base58.hpp"
#include "minijson.hpp"

using minijson::quote;

static base58::Bytes from_hex(const std::string& h) {
    base58::Bytes out;
    std::string s = h.size() % 2 ? "0" + h : h;
    for (size_t i = 0; i < s.size(); i += 2) out.push_back(static_cast<uint8_t>(std::stoi(s.substr(i, 2), nullptr, 16)));
    return out;
}

static std::string to_hex(const base58::Bytes& b, bool strip) {
    static const char* d = "0123456789abcdef";
    std::string out;
    for (uint8_t x : b) { out += d[x >> 4]; out += d[x & 15]; }
    if (strip) {
        size_t k = out.find_first_not_of('0');
        out = k == std::string::npos ? "" : out.substr(k);
    }
    return out;
}

static std::string answer(const minijson::Value& c) {
    const std::string fn = c["fn"].str;
    const std::string a = c["alphabet"].str;
    if (fn == "b58encode") return quote(base58::b58encode(from_hex(c["data"].str), a));
    if (fn == "b58encode_check") return quote(base58::b58encode_check(from_hex(c["data"].str), a));
    if (fn == "b58encode_int") return quote(base58::b58encode_int(from_hex(c["int"].str), c["default_one"].b, a));
    if (fn == "b58decode") return quote(to_hex(base58::b58decode(c["s"].str, a, c["autofix"].b), false));
    if (fn == "b58decode_check") return quote(to_hex(base58::b58decode_check(c["s"].str, a, c["autofix"].b), false));
    if (fn == "b58decode_int") return quote(to_hex(base58::b58decode_int(c["s"].str, a, c["autofix"].b), true));
    throw std::runtime_error("unknown fn " + fn);
}

int main() {
    std::ios::sync_with_stdio(false);
    std::string line;
    while (std::getline(std::cin, line)) {
        minijson::Value c = minijson::parse(line);
        try {
            std::cout << minijson::ok(answer(c)) << "\n";
        } catch (const std::invalid_argument& e) {
            std::cout << minijson::err("ValueError", e.what()) << "\n";
        }
    }
}
