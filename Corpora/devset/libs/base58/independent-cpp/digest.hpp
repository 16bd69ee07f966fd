// SHA-256 (FIPS 180-4), enough for Base58Check checksums.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace b58 {
std::array<uint8_t, 32> sha256_digest(const std::vector<uint8_t>& message);
}
