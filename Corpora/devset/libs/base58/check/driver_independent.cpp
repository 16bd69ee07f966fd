// Check driver for the independent C++ base58: JSON lines in, JSON lines out (bytes and integers as hex).
#include <iostream>
#include <string>

#include "b58.hpp"
#include "jsonl_independent.hpp"

static b58::ByteString unhex(std::string h) {
    if (h.size() % 2) h.insert(h.begin(), '0');
    b58::ByteString out;
    for (size_t i = 0; i < h.size(); i += 2) out.push_back((uint8_t)std::stoul(h.substr(i, 2), nullptr, 16));
    return out;
}

static std::string hexed(const b58::ByteString& b, bool as_integer) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (uint8_t x : b) { out += digits[x >> 4]; out += digits[x & 15]; }
    if (as_integer) out.erase(0, out.find_first_not_of('0') == std::string::npos ? out.size() : out.find_first_not_of('0'));
    return out;
}

static std::string run(const jl::Node& c) {
    const std::string fn = c["fn"].text;
    const std::string& alpha = c["alphabet"].text;
    if (fn == "b58encode") return b58::encode(unhex(c["data"].text), alpha);
    if (fn == "b58encode_check") return b58::encode_check(unhex(c["data"].text), alpha);
    if (fn == "b58encode_int") return b58::encode_int(unhex(c["int"].text), c["default_one"].flag, alpha);
    if (fn == "b58decode") return hexed(b58::decode(c["s"].text, alpha, c["autofix"].flag), false);
    if (fn == "b58decode_check") return hexed(b58::decode_check(c["s"].text, alpha, c["autofix"].flag), false);
    if (fn == "b58decode_int") return hexed(b58::decode_int(c["s"].text, alpha, c["autofix"].flag), true);
    throw std::logic_error("unknown fn " + fn);
}

int main() {
    std::ios::sync_with_stdio(false);
    std::string line;
    while (std::getline(std::cin, line)) {
        jl::Node c = jl::parse(line);
        try {
            std::string answer = run(c);
            std::cout << "{\"ok\": " << jl::quoted(answer) << "}\n";
        } catch (const b58::DecodeError& e) {
            std::cout << "{\"err\": \"ValueError\", \"msg\": " << jl::quoted(e.what()) << "}\n";
        }
    }
}
