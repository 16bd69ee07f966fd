// Types used to represent colors in various formats.
//
// SPDX-License-Identifier: BSD-3-Clause
package webcolors

// IntegerRGB represents an integer RGB triplet.
//
// Has three fields, each of type int and in the range 0-255 inclusive.
type IntegerRGB struct {
	Red   int // The red portion of the color value.
	Green int // The green portion of the color value.
	Blue  int // The blue portion of the color value.
}

// PercentRGB represents a percentage RGB triplet.
//
// Has three fields, each of type string and representing a percentage value in the
// range 0%-100% inclusive.
type PercentRGB struct {
	Red   string
	Green string
	Blue  string
}

// HTML5SimpleColor represents an HTML5 simple color.
//
// Has three fields, each of type int and in the range 0-255 inclusive.
type HTML5SimpleColor struct {
	Red   int
	Green int
	Blue  int
}

// IntTuple is any integer triplet: an IntegerRGB, an HTML5SimpleColor or a plain array.
type IntTuple = [3]int

// PercentTuple is any percentage triplet.
type PercentTuple = [3]string
