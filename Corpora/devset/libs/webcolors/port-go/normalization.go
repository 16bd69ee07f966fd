// Normalization utilities for color values.
//
// SPDX-License-Identifier: BSD-3-Clause
package webcolors

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// NormalizeHex normalizes a hexadecimal color value to a string consisting of the
// character `#` followed by six lowercase hexadecimal digits (what HTML5 terms a
// "valid lowercase simple color").
//
// If the supplied value cannot be interpreted as a hexadecimal color value, an error
// is returned.
//
//	NormalizeHex("#0099cc") // "#0099cc"
//	NormalizeHex("#0099CC") // "#0099cc"
//	NormalizeHex("#09c")    // "#0099cc"
//	NormalizeHex("#0099gg") // error: "#0099gg" is not a valid hexadecimal color value.
func NormalizeHex(hexValue string) (string, error) {
	match := hexColorRE.FindStringSubmatch(hexValue)
	if match == nil {
		return "", fmt.Errorf("\"%s\" is not a valid hexadecimal color value.", hexValue)
	}
	hexDigits := match[1]
	if len(hexDigits) == 3 {
		var b strings.Builder
		for _, s := range hexDigits {
			b.WriteRune(s)
			b.WriteRune(s)
		}
		hexDigits = b.String()
	}
	return "#" + strings.ToLower(hexDigits), nil
}

// normalizeIntegerRGB is an internal normalization function for clipping integer
// values into the permitted range (0-255, inclusive).
func normalizeIntegerRGB(value int) int {
	if value < 0 {
		return 0
	}
	if value > 255 {
		return 255
	}
	return value
}

// NormalizeIntegerTriplet normalizes an integer rgb() triplet so that all values are
// within the range 0..255.
//
//	NormalizeIntegerTriplet(IntTuple{270, -20, -0}) // IntegerRGB{255, 0, 0}
func NormalizeIntegerTriplet(rgbTriplet IntTuple) IntegerRGB {
	return IntegerRGB{
		normalizeIntegerRGB(rgbTriplet[0]),
		normalizeIntegerRGB(rgbTriplet[1]),
		normalizeIntegerRGB(rgbTriplet[2]),
	}
}

// floatRepr formats a float the way Python's repr does for ordinary magnitudes:
// the shortest digits that round-trip, always with a decimal point.
func floatRepr(value float64) string {
	s := strconv.FormatFloat(value, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// normalizePercentRGB is an internal normalization function for clipping percent
// values into the permitted range (0%-100%, inclusive).
func normalizePercentRGB(value string) string {
	value = strings.Split(value, "%")[0]
	if strings.Contains(value, ".") {
		percent, _ := strconv.ParseFloat(value, 64)
		if percent < 0 {
			return "0%"
		}
		if percent > 100 {
			return "100%"
		}
		return floatRepr(percent) + "%"
	}
	percent, _ := strconv.ParseInt(value, 10, 64)
	if percent < 0 {
		return "0%"
	}
	if percent > 100 {
		return "100%"
	}
	return strconv.FormatInt(percent, 10) + "%"
}

// NormalizePercentTriplet normalizes a percentage rgb() triplet so that all values
// are within the range 0%..100%.
//
//	NormalizePercentTriplet(PercentTuple{"-10%", "-0%", "500%"}) // PercentRGB{"0%", "0%", "100%"}
func NormalizePercentTriplet(rgbTriplet PercentTuple) PercentRGB {
	return PercentRGB{
		normalizePercentRGB(rgbTriplet[0]),
		normalizePercentRGB(rgbTriplet[1]),
		normalizePercentRGB(rgbTriplet[2]),
	}
}

// percentToInteger is an internal helper for converting a percentage value to an
// integer between 0 and 255 inclusive.
func percentToInteger(percent string) int {
	value, _ := strconv.ParseFloat(strings.Split(percent, "%")[0], 64)
	return int(math.RoundToEven(value / 100 * 255))
}
