#include "b58.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "digest.hpp"

namespace b58 {

const std::string kBitcoin = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const std::string kRipple = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz";

namespace {

// Python's repr() of a one-character ASCII string.
std::string py_char_repr(unsigned char ch) {
    switch (ch) {
        case '\t': return "'\\t'";
        case '\n': return "'\\n'";
        case '\r': return "'\\r'";
        case '\\': return "'\\\\'";
        case '\'': return "\"'\"";
        default: break;
    }
    if (ch < 0x20 || ch >= 0x7f) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "'\\x%02x'", ch);
        return buf;
    }
    return std::string("'") + (char)ch + "'";
}

bool is_py_space(unsigned char ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }

std::string trimmed(const std::string& text, const std::string& alphabet) {
    if (alphabet.find(' ') != std::string::npos) return text;
    size_t end = text.size();
    while (end > 0 && is_py_space((unsigned char)text[end - 1])) --end;
    return text.substr(0, end);
}

// digit value per byte, -1 when not a digit
std::array<int, 256> digit_values(const std::string& alphabet, bool autofix) {
    std::array<int, 256> values;
    values.fill(-1);
    for (size_t i = 0; i < alphabet.size(); ++i) values[(unsigned char)alphabet[i]] = (int)i;
    if (autofix) {
        for (const char* group : {"0Oo", "Il1"}) {
            int found = -1, count = 0;
            for (const char* p = group; *p; ++p)
                if (values[(unsigned char)*p] >= 0) { found = values[(unsigned char)*p]; ++count; }
            if (count != 1) continue;
            for (const char* p = group; *p; ++p)
                if (values[(unsigned char)*p] < 0) values[(unsigned char)*p] = found;
        }
    }
    return values;
}

// Repeated division of a big-endian magnitude by 58; digits come out least significant first.
std::string to_digits(ByteString number, const std::string& alphabet) {
    std::string reversed;
    size_t start = 0;
    while (start < number.size() && number[start] == 0) ++start;
    while (start < number.size()) {
        unsigned remainder = 0;
        for (size_t i = start; i < number.size(); ++i) {
            unsigned cur = (remainder << 8) | number[i];
            number[i] = (uint8_t)(cur / 58);
            remainder = cur % 58;
        }
        reversed.push_back(alphabet[remainder]);
        while (start < number.size() && number[start] == 0) ++start;
    }
    return std::string(reversed.rbegin(), reversed.rend());
}

// Accumulate base-58 digits into a little-endian byte vector, then flip.
ByteString from_digits(const std::string& text, const std::array<int, 256>& values) {
    ByteString little;
    for (unsigned char ch : text) {
        int digit = values[ch];
        if (digit < 0) throw DecodeError("Invalid character " + py_char_repr(ch));
        unsigned carry = (unsigned)digit;
        for (auto& byte : little) {
            unsigned cur = byte * 58u + carry;
            byte = (uint8_t)(cur & 0xff);
            carry = cur >> 8;
        }
        while (carry) { little.push_back((uint8_t)(carry & 0xff)); carry >>= 8; }
    }
    return ByteString(little.rbegin(), little.rend());
}

ByteString double_sha_prefix(const ByteString& data) {
    auto once = sha256_digest(data);
    auto twice = sha256_digest(ByteString(once.begin(), once.end()));
    return ByteString(twice.begin(), twice.begin() + 4);
}

}  // namespace

std::string encode_int(const ByteString& magnitude, bool default_one, const std::string& alphabet) {
    std::string digits = to_digits(magnitude, alphabet);
    if (digits.empty() && default_one) return alphabet.substr(0, 1);
    return digits;
}

ByteString decode_int(const std::string& text, const std::string& alphabet, bool autofix) {
    return from_digits(trimmed(text, alphabet), digit_values(alphabet, autofix));
}

std::string encode(const ByteString& data, const std::string& alphabet) {
    size_t zeros = 0;
    while (zeros < data.size() && data[zeros] == 0) ++zeros;
    ByteString rest(data.begin() + zeros, data.end());
    return std::string(zeros, alphabet[0]) + encode_int(rest, false, alphabet);
}

ByteString decode(const std::string& text, const std::string& alphabet, bool autofix) {
    std::string clean = trimmed(text, "");
    size_t zeros = 0;
    while (zeros < clean.size() && clean[zeros] == alphabet[0]) ++zeros;
    ByteString body = from_digits(clean.substr(zeros), digit_values(alphabet, autofix));
    ByteString out(zeros, 0);
    out.insert(out.end(), body.begin(), body.end());
    return out;
}

std::string encode_check(const ByteString& data, const std::string& alphabet) {
    ByteString full(data);
    ByteString sum = double_sha_prefix(data);
    full.insert(full.end(), sum.begin(), sum.end());
    return encode(full, alphabet);
}

ByteString decode_check(const std::string& text, const std::string& alphabet, bool autofix) {
    ByteString full = decode(text, alphabet, autofix);
    size_t cut = full.size() >= 4 ? full.size() - 4 : 0;
    ByteString payload(full.begin(), full.begin() + cut);
    ByteString given(full.begin() + cut, full.end());
    if (double_sha_prefix(payload) != given) throw DecodeError("Invalid checksum");
    return payload;
}

}  // namespace b58
