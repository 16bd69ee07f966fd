// SHA-256 (FIPS 180-4), because the C++ standard library has no hash functions.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace base58 {

std::array<uint8_t, 32> sha256(const std::vector<uint8_t>& data);

}  // namespace base58
