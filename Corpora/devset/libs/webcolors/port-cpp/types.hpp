// Types used to represent colors in various formats.
//
// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <string>

namespace webcolors {

// Represents an integer RGB triplet.
//
// Has three fields, each of type int and in the range 0-255 inclusive.
struct IntegerRGB {
    int red;    // The red portion of the color value.
    int green;  // The green portion of the color value.
    int blue;   // The blue portion of the color value.
};

// Represents a percentage RGB triplet.
//
// Has three fields, each a string representing a percentage value in the range
// 0%-100% inclusive.
struct PercentRGB {
    std::string red;
    std::string green;
    std::string blue;
};

// Represents an HTML5 simple color.
//
// Has three fields, each of type int and in the range 0-255 inclusive.
struct HTML5SimpleColor {
    int red;
    int green;
    int blue;
};

// Any integer triplet (IntegerRGB, HTML5SimpleColor or a plain tuple) is accepted as
// an IntegerRGB; any percentage triplet as a PercentRGB.
using IntTuple = IntegerRGB;
using PercentTuple = PercentRGB;

}  // namespace webcolors
