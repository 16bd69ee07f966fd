// Base58 and Base58Check codec with a configurable 58-character alphabet.
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace b58 {

using ByteString = std::vector<uint8_t>;

extern const std::string kBitcoin;
extern const std::string kRipple;

// Decoding problems (bad digit, bad checksum); what() is the message.
struct DecodeError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Integers are big-endian magnitudes (no sign).
std::string encode_int(const ByteString& magnitude, bool default_one = true, const std::string& alphabet = kBitcoin);
ByteString decode_int(const std::string& text, const std::string& alphabet = kBitcoin, bool autofix = false);

std::string encode(const ByteString& data, const std::string& alphabet = kBitcoin);
ByteString decode(const std::string& text, const std::string& alphabet = kBitcoin, bool autofix = false);

std::string encode_check(const ByteString& data, const std::string& alphabet = kBitcoin);
ByteString decode_check(const std::string& text, const std::string& alphabet = kBitcoin, bool autofix = false);

}  // namespace b58
