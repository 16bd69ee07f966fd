// Definitions of valid formats and values for colors.
//
// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <map>
#include <regex>
#include <string>
#include <vector>

namespace webcolors {

extern const std::string HTML4;
extern const std::string CSS2;
extern const std::string CSS21;
extern const std::string CSS3;

using ColorMap = std::map<std::string, std::string>;

extern const std::regex HEX_COLOR_RE;
extern const ColorMap CSS3_NAMES_TO_HEX;

// Return the name-to-hex mapping for the given specification.
// Throws std::invalid_argument when the given spec is not supported.
const ColorMap& get_name_to_hex_map(const std::string& spec);

// Return the hex-to-name mapping for the given specification.
// Throws std::invalid_argument when the given spec is not supported.
const ColorMap& get_hex_to_name_map(const std::string& spec);

// Return the list of valid color names for the given specification.
std::vector<std::string> names(const std::string& spec = CSS3);

}  // namespace webcolors
