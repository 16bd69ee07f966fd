// Normalization utilities for color values.
//
// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <string>

#include "types.hpp"

namespace webcolors {

std::string normalize_hex(const std::string& hex_value);
IntegerRGB normalize_integer_triplet(const IntTuple& rgb_triplet);
PercentRGB normalize_percent_triplet(const PercentTuple& rgb_triplet);

// Internal helper for converting a percentage value to an integer between 0 and
// 255 inclusive.
int percent_to_integer(const std::string& percent);

}  // namespace webcolors
