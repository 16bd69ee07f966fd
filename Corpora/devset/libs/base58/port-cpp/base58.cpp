// Base58 encoding
//
// Implementations of Base58 and Base58Check encodings that are compatible
// with the bitcoin network.

// This module is based upon base58 snippets found scattered over many bitcoin
// tools. From what I gather the original source is from a forum post by Gavin
// Andresen, so direct your praise to him.
#include "base58.hpp"

#include <cstdio>
#include <stdexcept>
#include <utility>

#include "sha256.hpp"

namespace base58 {

const char* const VERSION = "2.1.1";

// 58 character alphabet used
const std::string BITCOIN_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const std::string RIPPLE_ALPHABET = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz";
const std::string XRP_ALPHABET = RIPPLE_ALPHABET;

// Retro compatibility
const std::string& alphabet = BITCOIN_ALPHABET;

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

std::string rstrip(const std::string& s) {
    size_t end = s.size();
    while (end > 0 && is_space(s[end - 1])) --end;
    return s.substr(0, end);
}

// divmod of a big-endian integer by a small divisor, in place; returns the remainder.
unsigned divmod_small(BigInt& n, unsigned divisor) {
    unsigned rem = 0;
    BigInt quotient;
    for (uint8_t byte : n) {
        unsigned cur = rem * 256 + byte;
        uint8_t q = static_cast<uint8_t>(cur / divisor);
        rem = cur % divisor;
        if (!quotient.empty() || q != 0) quotient.push_back(q);
    }
    n = std::move(quotient);
    return rem;
}

// n = n * base + digit for a big-endian integer.
void mul_add_small(BigInt& n, unsigned base, unsigned digit) {
    unsigned carry = digit;
    for (size_t k = n.size(); k-- > 0;) {
        unsigned cur = n[k] * base + carry;
        n[k] = static_cast<uint8_t>(cur & 0xFF);
        carry = cur >> 8;
    }
    while (carry) {
        n.insert(n.begin(), static_cast<uint8_t>(carry & 0xFF));
        carry >>= 8;
    }
}

// repr() of a one-character string, as Python prints it.
std::string py_repr_char(unsigned char c) {
    char buf[8];
    if (c == '\'') return "\"'\"";
    if (c == '\\') return "'\\\\'";
    if (c == '\n') return "'\\n'";
    if (c == '\r') return "'\\r'";
    if (c == '\t') return "'\\t'";
    if (c < 0x20 || c >= 0x7f) {
        std::snprintf(buf, sizeof buf, "'\\x%02x'", c);
        return buf;
    }
    return std::string("'") + static_cast<char>(c) + "'";
}

}  // namespace

Bytes scrub_input(const std::string& v) { return Bytes(v.begin(), v.end()); }

// Encode an integer using Base58
std::string b58encode_int(const BigInt& i, bool default_one, const std::string& alphabet) {
    BigInt n = i;
    while (!n.empty() && n.front() == 0) n.erase(n.begin());
    if (n.empty() && default_one) return alphabet.substr(0, 1);
    std::string string;
    unsigned base = static_cast<unsigned>(alphabet.size());
    while (!n.empty()) {
        unsigned idx = divmod_small(n, base);
        string = alphabet.substr(idx, 1) + string;
    }
    return string;
}

// Encode a string using Base58
std::string b58encode(const Bytes& input, const std::string& alphabet) {
    Bytes v = input;

    size_t origlen = v.size();
    size_t start = 0;
    while (start < v.size() && v[start] == 0) ++start;
    v.erase(v.begin(), v.begin() + start);
    size_t newlen = v.size();

    const BigInt& acc = v;  // first byte is most significant

    std::string result = b58encode_int(acc, false, alphabet);
    std::string prefix;
    for (size_t k = 0; k < origlen - newlen; ++k) prefix += alphabet[0];
    return prefix + result;
}

static const std::map<unsigned char, unsigned>& get_base58_decode_map(const std::string& alphabet, bool autofix) {
    static std::map<std::pair<std::string, bool>, std::map<unsigned char, unsigned>> cache;
    auto key = std::make_pair(alphabet, autofix);
    auto found = cache.find(key);
    if (found != cache.end()) return found->second;

    std::map<unsigned char, unsigned> invmap;
    for (size_t index = 0; index < alphabet.size(); ++index)
        invmap[static_cast<unsigned char>(alphabet[index])] = static_cast<unsigned>(index);

    if (autofix) {
        const char* groups[] = {"0Oo", "Il1"};
        for (const std::string group : groups) {
            std::vector<unsigned char> pivots;
            for (unsigned char c : group)
                if (invmap.count(c)) pivots.push_back(c);
            if (pivots.size() == 1) {
                for (unsigned char alternative : group) invmap[alternative] = invmap[pivots[0]];
            }
        }
    }

    return cache.emplace(key, std::move(invmap)).first->second;
}

// Decode a Base58 encoded string as an integer
BigInt b58decode_int(const std::string& input, const std::string& alphabet, bool autofix) {
    std::string v = input;
    if (alphabet.find(' ') == std::string::npos) v = rstrip(v);
    Bytes bytes = scrub_input(v);

    const auto& map = get_base58_decode_map(alphabet, autofix);

    BigInt decimal;
    unsigned base = static_cast<unsigned>(alphabet.size());
    for (unsigned char c : bytes) {
        auto it = map.find(c);
        if (it == map.end()) throw std::invalid_argument("Invalid character " + py_repr_char(c));
        mul_add_small(decimal, base, it->second);
    }
    return decimal;
}

// Decode a Base58 encoded string
Bytes b58decode(const std::string& input, const std::string& alphabet, bool autofix) {
    std::string v = rstrip(input);

    size_t origlen = v.size();
    size_t start = 0;
    while (start < v.size() && v[start] == alphabet[0]) ++start;
    v = v.substr(start);
    size_t newlen = v.size();

    BigInt acc = b58decode_int(v, alphabet, autofix);

    Bytes result(origlen - newlen, 0);
    result.insert(result.end(), acc.begin(), acc.end());
    return result;
}

// Encode a string using Base58 with a 4 character checksum
std::string b58encode_check(const Bytes& v, const std::string& alphabet) {
    auto first = sha256(v);
    auto digest = sha256(Bytes(first.begin(), first.end()));
    Bytes payload = v;
    payload.insert(payload.end(), digest.begin(), digest.begin() + 4);
    return b58encode(payload, alphabet);
}

// Decode and verify the checksum of a Base58 encoded string
Bytes b58decode_check(const std::string& v, const std::string& alphabet, bool autofix) {
    Bytes result = b58decode(v, alphabet, autofix);
    size_t split = result.size() >= 4 ? result.size() - 4 : 0;
    Bytes check(result.begin() + split, result.end());
    result.resize(split);
    auto first = sha256(result);
    auto digest = sha256(Bytes(first.begin(), first.end()));

    if (check != Bytes(digest.begin(), digest.begin() + 4)) throw std::invalid_argument("Invalid checksum");

    return result;
}

}  // namespace base58
