// Base58 encoding
//
// Implementations of Base58 and Base58Check encodings that are compatible
// with the bitcoin network.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace base58 {

extern const char* const VERSION;

// 58 character alphabet used
extern const std::string BITCOIN_ALPHABET;
extern const std::string RIPPLE_ALPHABET;
extern const std::string XRP_ALPHABET;

using Bytes = std::vector<uint8_t>;

// Arbitrary-size non-negative integers are passed around as big-endian byte
// strings (no leading zero bytes; zero is the empty string).
using BigInt = Bytes;

Bytes scrub_input(const std::string& v);

std::string b58encode_int(const BigInt& i, bool default_one = true,
                          const std::string& alphabet = BITCOIN_ALPHABET);
std::string b58encode(const Bytes& v, const std::string& alphabet = BITCOIN_ALPHABET);
BigInt b58decode_int(const std::string& v, const std::string& alphabet = BITCOIN_ALPHABET,
                     bool autofix = false);
Bytes b58decode(const std::string& v, const std::string& alphabet = BITCOIN_ALPHABET, bool autofix = false);
std::string b58encode_check(const Bytes& v, const std::string& alphabet = BITCOIN_ALPHABET);
Bytes b58decode_check(const std::string& v, const std::string& alphabet = BITCOIN_ALPHABET,
                      bool autofix = false);

}  // namespace base58
