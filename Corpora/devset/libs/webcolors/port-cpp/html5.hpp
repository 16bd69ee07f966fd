// HTML5 color algorithms.
//
// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <string>

#include "types.hpp"

namespace webcolors {

HTML5SimpleColor html5_parse_simple_color(const std::string& value);
std::string html5_serialize_simple_color(const IntTuple& simple_color);
HTML5SimpleColor html5_parse_legacy_color(const std::string& value);

}  // namespace webcolors
