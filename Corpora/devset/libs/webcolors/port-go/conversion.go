// Functions which convert between various types of color values.
//
// SPDX-License-Identifier: BSD-3-Clause
package webcolors

import (
	"fmt"
	"strconv"
	"strings"
)

// Conversions from color names to other formats.
// --------------------------------------------------------------------------------

// NameToHex converts a color name to a normalized hexadecimal color value.
//
// The color name will be normalized to lower-case before being looked up.
//
//	NameToHex("white", CSS3)     // "#ffffff"
//	NameToHex("navy", CSS3)      // "#000080"
//	NameToHex("goldenrod", HTML4) // error: "goldenrod" is not defined as a named color in html4
func NameToHex(name string, spec string) (string, error) {
	colorMap, err := getNameToHexMap(spec)
	if err != nil {
		return "", err
	}
	if hexValue, ok := colorMap[strings.ToLower(name)]; ok && hexValue != "" {
		return hexValue, nil
	}
	return "", fmt.Errorf("\"%s\" is not defined as a named color in %s", name, spec)
}

// NameToRGB converts a color name to an integer triplet suitable for use in an rgb()
// triplet specifying that color.
func NameToRGB(name string, spec string) (IntegerRGB, error) {
	hexValue, err := NameToHex(name, spec)
	if err != nil {
		return IntegerRGB{}, err
	}
	return HexToRGB(hexValue)
}

// NameToRGBPercent converts a color name to a triplet of percentages suitable for use
// in an rgb() triplet specifying that color.
func NameToRGBPercent(name string, spec string) (PercentRGB, error) {
	rgb, err := NameToRGB(name, spec)
	if err != nil {
		return PercentRGB{}, err
	}
	return RGBToRGBPercent(IntTuple{rgb.Red, rgb.Green, rgb.Blue}), nil
}

// Conversions from hexadecimal color values to other formats.
// --------------------------------------------------------------------------------

// HexToName converts a hexadecimal color value to its corresponding normalized color
// name, if any such name exists.
//
// Spelling variants: some values representing named gray colors can map to either of
// two names in CSS3; this function always returns the variant spelled "gray".
func HexToName(hexValue string, spec string) (string, error) {
	colorMap, err := getHexToNameMap(spec)
	if err != nil {
		return "", err
	}
	normalized, err := NormalizeHex(hexValue)
	if err != nil {
		return "", err
	}
	if name, ok := colorMap[normalized]; ok && name != "" {
		return name, nil
	}
	return "", fmt.Errorf("\"%s\" has no defined color name in %s.", hexValue, spec)
}

// HexToRGB converts a hexadecimal color value to an integer triplet.
func HexToRGB(hexValue string) (IntegerRGB, error) {
	normalized, err := NormalizeHex(hexValue)
	if err != nil {
		return IntegerRGB{}, err
	}
	intValue, _ := strconv.ParseInt(normalized[1:], 16, 64)
	return IntegerRGB{int(intValue >> 16), int(intValue >> 8 & 0xFF), int(intValue & 0xFF)}, nil
}

// HexToRGBPercent converts a hexadecimal color value to a triplet of percentages.
func HexToRGBPercent(hexValue string) (PercentRGB, error) {
	rgb, err := HexToRGB(hexValue)
	if err != nil {
		return PercentRGB{}, err
	}
	return RGBToRGBPercent(IntTuple{rgb.Red, rgb.Green, rgb.Blue}), nil
}

// Conversions from integer rgb() triplets to other formats.
// --------------------------------------------------------------------------------

// RGBToName converts an integer triplet to its corresponding normalized color name,
// if any such name exists. To determine the name, the triplet is converted to a
// normalized hexadecimal value.
func RGBToName(rgbTriplet IntTuple, spec string) (string, error) {
	n := NormalizeIntegerTriplet(rgbTriplet)
	return HexToName(RGBToHex(IntTuple{n.Red, n.Green, n.Blue}), spec)
}

// RGBToHex converts an integer triplet to a normalized hexadecimal value.
func RGBToHex(rgbTriplet IntTuple) string {
	n := NormalizeIntegerTriplet(rgbTriplet)
	return fmt.Sprintf("#%02x%02x%02x", n.Red, n.Green, n.Blue)
}

// RGBToRGBPercent converts an integer triplet to a triplet of percentages.
//
// Floating-point precision: for some common integer values, special-case logic is
// used to ensure a precise result (128 always converts to "50%", 32 to "12.5%"), but
// for all other values a float64 is used and rounded to two decimal places.
func RGBToRGBPercent(rgbTriplet IntTuple) PercentRGB {
	// In order to maintain precision for common values,
	// special-case them.
	specials := map[int]string{
		255: "100%",
		128: "50%",
		64:  "25%",
		32:  "12.5%",
		16:  "6.25%",
		0:   "0%",
	}
	convert := func(d int) string {
		if s, ok := specials[d]; ok {
			return s
		}
		return fmt.Sprintf("%.02f%%", float64(d)/255.0*100)
	}
	n := NormalizeIntegerTriplet(rgbTriplet)
	return PercentRGB{convert(n.Red), convert(n.Green), convert(n.Blue)}
}

// Conversions from percentage rgb() triplets to other formats.
// --------------------------------------------------------------------------------

// RGBPercentToName converts a triplet of percentages to its corresponding normalized
// color name, if any such name exists.
func RGBPercentToName(rgbPercentTriplet PercentTuple, spec string) (string, error) {
	p := NormalizePercentTriplet(rgbPercentTriplet)
	rgb := RGBPercentToRGB(PercentTuple{p.Red, p.Green, p.Blue})
	return RGBToName(IntTuple{rgb.Red, rgb.Green, rgb.Blue}, spec)
}

// RGBPercentToHex converts a triplet of percentages to a normalized hexadecimal color
// value.
func RGBPercentToHex(rgbPercentTriplet PercentTuple) string {
	p := NormalizePercentTriplet(rgbPercentTriplet)
	rgb := RGBPercentToRGB(PercentTuple{p.Red, p.Green, p.Blue})
	return RGBToHex(IntTuple{rgb.Red, rgb.Green, rgb.Blue})
}

// RGBPercentToRGB converts a triplet of percentages to an integer triplet. Some
// precision may be lost in this conversion.
func RGBPercentToRGB(rgbPercentTriplet PercentTuple) IntegerRGB {
	p := NormalizePercentTriplet(rgbPercentTriplet)
	return IntegerRGB{percentToInteger(p.Red), percentToInteger(p.Green), percentToInteger(p.Blue)}
}
