// Functions which convert between various types of color values.
//
// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <string>

#include "definitions.hpp"
#include "types.hpp"

namespace webcolors {

std::string name_to_hex(const std::string& name, const std::string& spec = CSS3);
IntegerRGB name_to_rgb(const std::string& name, const std::string& spec = CSS3);
PercentRGB name_to_rgb_percent(const std::string& name, const std::string& spec = CSS3);

std::string hex_to_name(const std::string& hex_value, const std::string& spec = CSS3);
IntegerRGB hex_to_rgb(const std::string& hex_value);
PercentRGB hex_to_rgb_percent(const std::string& hex_value);

std::string rgb_to_name(const IntTuple& rgb_triplet, const std::string& spec = CSS3);
std::string rgb_to_hex(const IntTuple& rgb_triplet);
PercentRGB rgb_to_rgb_percent(const IntTuple& rgb_triplet);

std::string rgb_percent_to_name(const PercentTuple& rgb_percent_triplet, const std::string& spec = CSS3);
std::string rgb_percent_to_hex(const PercentTuple& rgb_percent_triplet);
IntegerRGB rgb_percent_to_rgb(const PercentTuple& rgb_percent_triplet);

}  // namespace webcolors
