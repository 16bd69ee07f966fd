// HTML5 color algorithms.
//
// Note that these functions are written in a way that may seem strange to developers
// familiar with Go, because they do not use the most efficient or idiomatic way of
// accomplishing their tasks. This is because, for compliance, these functions are
// written as literal translations of the algorithms in HTML5:
//
// https://html.spec.whatwg.org/multipage/common-microsyntaxes.html#colours
//
// For ease of understanding, the relevant steps of the algorithm from the standard are
// included as comments interspersed in the implementation.
//
// SPDX-License-Identifier: BSD-3-Clause
package webcolors

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const hexdigits = "0123456789abcdefABCDEF"

func isHexDigit(c rune) bool {
	return strings.ContainsRune(hexdigits, c)
}

func parseHex(s string) int {
	v, _ := strconv.ParseInt(s, 16, 64)
	return int(v)
}

// HTML5ParseSimpleColor applies the HTML5 simple color parsing algorithm.
//
//	HTML5ParseSimpleColor("#ffffff") // HTML5SimpleColor{255, 255, 255}
//	HTML5ParseSimpleColor("#fff")    // error
func HTML5ParseSimpleColor(input string) (HTML5SimpleColor, error) {
	// 1. Let input be the string being parsed.
	value := []rune(input)

	// 2. If input is not exactly seven characters long, then return an error.
	if len(value) != 7 {
		return HTML5SimpleColor{}, errors.New(
			"An HTML5 simple color must be a Unicode string seven characters long.")
	}

	// 3. If the first character in input is not a U+0023 NUMBER SIGN character (#), then
	//    return an error.
	if value[0] != '#' {
		return HTML5SimpleColor{}, errors.New(
			"An HTML5 simple color must begin with the character '#' (U+0023).")
	}

	// 4. If the last six characters of input are not all ASCII hex digits, then return
	//    an error.
	for _, c := range value[1:] {
		if !isHexDigit(c) {
			return HTML5SimpleColor{}, errors.New(
				"An HTML5 simple color must contain exactly six ASCII hex digits.")
		}
	}

	// 5. Let result be a simple color.
	//
	// 6. Interpret the second and third characters as a hexadecimal number and let the
	//    result be the red component of result.
	//
	// 7. Interpret the fourth and fifth characters as a hexadecimal number and let the
	//    result be the green component of result.
	//
	// 8. Interpret the sixth and seventh characters as a hexadecimal number and let the
	//    result be the blue component of result.
	//
	// 9. Return result.
	return HTML5SimpleColor{
		parseHex(string(value[1:3])), parseHex(string(value[3:5])), parseHex(string(value[5:7])),
	}, nil
}

// HTML5SerializeSimpleColor applies the HTML5 simple color serialization algorithm.
//
//	HTML5SerializeSimpleColor(IntTuple{0, 0, 0}) // "#000000"
func HTML5SerializeSimpleColor(simpleColor IntTuple) string {
	red, green, blue := simpleColor[0], simpleColor[1], simpleColor[2]

	// 1. Let result be a string consisting of a single "#" (U+0023) character.
	//
	// 2. Convert the red, green, and blue components in turn to two-digit hexadecimal
	//    numbers using lowercase ASCII hex digits, zero-padding if necessary, and append
	//    these numbers to result, in the order red, green, blue.
	//
	// 3. Return result, which will be a valid lowercase simple color.
	return fmt.Sprintf("#%02x%02x%02x", red, green, blue)
}

// HTML5ParseLegacyColor applies the HTML5 legacy color parsing algorithm.
//
// Note that, since this algorithm is intended to handle many types of malformed color
// values present in real-world Web documents, it is *extremely* forgiving of input,
// but the results of parsing inputs with high levels of "junk" (i.e., text other than
// a color value) may be surprising.
//
//	HTML5ParseLegacyColor("black")       // HTML5SimpleColor{0, 0, 0}
//	HTML5ParseLegacyColor("chucknorris") // HTML5SimpleColor{192, 0, 0}
//	HTML5ParseLegacyColor("Window")      // HTML5SimpleColor{0, 13, 0}
func HTML5ParseLegacyColor(input string) (HTML5SimpleColor, error) {
	// 1. Let input be the string being parsed.
	// 2. If input is the empty string, then return an error.
	if input == "" {
		return HTML5SimpleColor{}, errors.New("HTML5 legacy color parsing forbids empty string as a value.")
	}

	// 3. Strip leading and trailing ASCII whitespace from input.
	stripped := strings.TrimSpace(input)

	// 4. If input is an ASCII case-insensitive match for the string "transparent", then
	//    return an error.
	if strings.ToLower(stripped) == "transparent" {
		return HTML5SimpleColor{}, errors.New("HTML5 legacy color parsing forbids \"transparent\" as a value.")
	}

	// 5. If input is an ASCII case-insensitive match for one of the named colors, then
	//    return the simple color corresponding to that keyword.
	//
	//    Note: CSS2 System Colors are not recognized.
	if keywordHex, ok := css3NamesToHex[strings.ToLower(stripped)]; ok && keywordHex != "" {
		return HTML5ParseSimpleColor(keywordHex)
	}

	value := []rune(stripped)

	// 6. If input's code point length is four, and the first character in input is
	//    U+0023 (#), and the last three characters of input are all ASCII hex digits,
	//    then:
	if len(value) == 4 && value[0] == '#' && isHexDigit(value[1]) && isHexDigit(value[2]) && isHexDigit(value[3]) {
		// 1. Let result be a simple color.
		//
		// 2. Interpret the second character of input as a hexadecimal digit; let the red
		//    component of result be the resulting number multiplied by 17.
		//
		// 3. Interpret the third character of input as a hexadecimal digit; let the
		//    green component of result be the resulting number multiplied by 17.
		//
		// 4. Interpret the fourth character of input as a hexadecimal digit; let the
		//    blue component of result be the resulting number multiplied by 17.
		result := HTML5SimpleColor{
			parseHex(string(value[1])) * 17, parseHex(string(value[2])) * 17, parseHex(string(value[3])) * 17,
		}

		// 5. Return result.
		return result, nil
	}

	// 7. Replace any code points greater than U+FFFF in input (i.e., any characters that
	//    are not in the basic multilingual plane) with the two-character string "00".
	replaced := make([]rune, 0, len(value))
	for _, c := range value {
		if c > 0xFFFF {
			replaced = append(replaced, '0', '0')
		} else {
			replaced = append(replaced, c)
		}
	}
	value = replaced

	// 8. If input's code point length is greater than 128, truncate input, leaving only
	//    the first 128 characters.
	if len(value) > 128 {
		value = value[:128]
	}

	// 9. If the first character in input is a U+0023 NUMBER SIGN character (#), remove
	//    it.
	if len(value) > 0 && value[0] == '#' {
		value = value[1:]
	}

	// 10. Replace any character in input that is not an ASCII hex digit with the
	// character U+0030 DIGIT ZERO (0).
	for i, c := range value {
		if !isHexDigit(c) {
			value[i] = '0'
		}
	}

	// 11. While input's code point length is zero or not a multiple of three, append a
	//     U+0030 DIGIT ZERO (0) character to input.
	for len(value) == 0 || len(value)%3 != 0 {
		value = append(value, '0')
	}

	// 12. Split input into three strings of equal code point length, to obtain three
	//     components. Let length be the code point length that all of those components
	//     have (one third the code point length of input).
	length := len(value) / 3
	red := string(value[:length])
	green := string(value[length : length*2])
	blue := string(value[length*2:])

	// 13. If length is greater than 8, then remove the leading length-8 characters in
	//     each component, and let length be 8.
	if length > 8 {
		red, green, blue = red[length-8:], green[length-8:], blue[length-8:]
		length = 8
	}

	// 14. While length is greater than two and the first character in each component is
	//     a U+0030 DIGIT ZERO (0) character, remove that character and reduce length by
	//     one.
	for length > 2 && red[0] == '0' && green[0] == '0' && blue[0] == '0' {
		red, green, blue = red[1:], green[1:], blue[1:]
		length--
	}

	// 15. If length is still greater than two, truncate each component, leaving only the
	//     first two characters in each.
	if length > 2 {
		red, green, blue = red[:2], green[:2], blue[:2]
	}

	// 16. Let result be a simple color.
	//
	// 17. Interpret the first component as a hexadecimal number; let the red component
	//     of result be the resulting number.
	//
	// 18. Interpret the second component as a hexadecimal number; let the green
	//     component of result be the resulting number.
	//
	// 19. Interpret the third component as a hexadecimal number; let the blue component
	//     of result be the resulting number.
	//
	// 20. Return result.
	return HTML5SimpleColor{parseHex(red), parseHex(green), parseHex(blue)}, nil
}
