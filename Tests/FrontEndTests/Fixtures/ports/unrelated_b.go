// Run-length encoding and decoding of byte strings, e.g. "aaab" <-> "3a1b".
package rle

import (
	"errors"
	"strconv"
	"strings"
)

// ErrMalformed reports input that is not a valid run-length encoding.
var ErrMalformed = errors.New("rle: malformed input")

type run struct {
	count int
	value byte
}

func collectRuns(input string) []run {
	var runs []run
	for i := 0; i < len(input); i++ {
		last := len(runs) - 1
		if last >= 0 && runs[last].value == input[i] {
			runs[last].count++
			continue
		}
		runs = append(runs, run{count: 1, value: input[i]})
	}
	return runs
}

// Encode compresses input into count/byte pairs.
func Encode(input string) string {
	var builder strings.Builder
	for _, r := range collectRuns(input) {
		builder.WriteString(strconv.Itoa(r.count))
		builder.WriteByte(r.value)
	}
	return builder.String()
}

func isDigit(b byte) bool {
	return b >= '0' && b <= '9'
}

// Decode expands a string produced by Encode.
func Decode(encoded string) (string, error) {
	var builder strings.Builder
	start := 0
	for start < len(encoded) {
		end := start
		for end < len(encoded) && isDigit(encoded[end]) {
			end++
		}
		if end == start || end == len(encoded) {
			return "", ErrMalformed
		}
		count, err := strconv.Atoi(encoded[start:end])
		if err != nil || count == 0 {
			return "", ErrMalformed
		}
		builder.WriteString(strings.Repeat(string(encoded[end]), count))
		start = end + 1
	}
	return builder.String(), nil
}

// RoundTrips reports whether Decode(Encode(input)) gives input back.
func RoundTrips(input string) bool {
	decoded, err := Decode(Encode(input))
	if err != nil {
		return false
	}
	return decoded == input
}
