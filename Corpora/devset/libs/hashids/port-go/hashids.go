// Package hashids implements the hashids algorithm in Go. For more information, visit http://hashids.org/
package hashids

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Version is the version of the hashids algorithm implemented here.
const Version = "1.3.1"

const (
	ratioSeparators = 3.5
	ratioGuards     = 12
)

// DefaultAlphabet is the alphabet used when none is given.
const DefaultAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890"

// isUint returns whether a value is an unsigned integer.
func isUint(number int64) bool {
	return number >= 0
}

// split splits a string into parts at multiple characters.
func split(s []rune, splitters []rune) [][]rune {
	parts := [][]rune{}
	part := []rune{}
	for _, character := range s {
		if containsRune(splitters, character) {
			parts = append(parts, part)
			part = []rune{}
		} else {
			part = append(part, character)
		}
	}
	return append(parts, part)
}

func containsRune(s []rune, r rune) bool {
	return indexRune(s, r) >= 0
}

func indexRune(s []rune, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// hash hashes `number` using the given `alphabet` sequence.
func hash(number int64, alphabet []rune) []rune {
	hashed := []rune{}
	lenAlphabet := int64(len(alphabet))
	for {
		hashed = append([]rune{alphabet[number%lenAlphabet]}, hashed...)
		number /= lenAlphabet
		if number == 0 {
			return hashed
		}
	}
}

// unhash restores a number from hashed using the given `alphabet` index.
func unhash(hashed []rune, alphabet []rune) (int64, error) {
	var number int64
	lenAlphabet := int64(len(alphabet))
	for _, character := range hashed {
		position := indexRune(alphabet, character)
		if position < 0 {
			return 0, errors.New("substring not found")
		}
		number *= lenAlphabet
		number += int64(position)
	}
	return number, nil
}

// reorder reorders `s` according to `salt`.
func reorder(s []rune, salt []rune) []rune {
	lenSalt := len(salt)
	if lenSalt == 0 {
		return s
	}
	out := append([]rune{}, s...)
	index, integerSum := 0, 0
	for i := len(out) - 1; i > 0; i-- {
		integer := int(salt[index])
		integerSum += integer
		j := (integer + index + integerSum) % i
		out[i], out[j] = out[j], out[i]
		index = (index + 1) % lenSalt
	}
	return out
}

// indexFromRatio returns the ceiled ratio of two numbers as int.
func indexFromRatio(dividend int, divisor float64) int {
	return int(math.Ceil(float64(dividend) / divisor))
}

func concat(parts ...[]rune) []rune {
	out := []rune{}
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// ensureLength ensures the minimal hash length.
func ensureLength(encoded []rune, minLength int, alphabet, guards []rune, valuesHash int64) []rune {
	lenGuards := int64(len(guards))
	guardIndex := (valuesHash + int64(encoded[0])) % lenGuards
	encoded = concat([]rune{guards[guardIndex]}, encoded)

	if len(encoded) < minLength {
		guardIndex = (valuesHash + int64(encoded[2])) % lenGuards
		encoded = append(encoded, guards[guardIndex])
	}

	splitAt := len(alphabet) / 2
	for len(encoded) < minLength {
		alphabet = reorder(alphabet, alphabet)
		encoded = concat(alphabet[splitAt:], encoded, alphabet[:splitAt])
		excess := len(encoded) - minLength
		if excess > 0 {
			fromIndex := excess / 2
			encoded = encoded[fromIndex : fromIndex+minLength]
		}
	}
	return encoded
}

// encode is the helper function that does the hash building without argument checks.
func encode(values []int64, salt []rune, minLength int, alphabet, separators, guards []rune) []rune {
	lenAlphabet := len(alphabet)
	lenSeparators := int64(len(separators))
	var valuesHash int64
	for i, x := range values {
		valuesHash += x % int64(i+100)
	}
	lottery := alphabet[valuesHash%int64(lenAlphabet)]
	encoded := []rune{lottery}

	for i, value := range values {
		alphabetSalt := concat([]rune{lottery}, salt, alphabet)[:lenAlphabet]
		alphabet = reorder(alphabet, alphabetSalt)
		last := hash(value, alphabet)
		encoded = append(encoded, last...)
		value %= int64(last[0]) + int64(i)
		encoded = append(encoded, separators[value%lenSeparators])
	}

	encoded = encoded[:len(encoded)-1] // cut off last separator

	if len(encoded) >= minLength {
		return encoded
	}
	return ensureLength(encoded, minLength, alphabet, guards, valuesHash)
}

// decode is the helper method that restores the values encoded in a hashid without argument checks.
func decode(hashid []rune, salt, alphabet, separators, guards []rune) ([]int64, error) {
	parts := split(hashid, guards)
	if len(parts) >= 2 && len(parts) <= 3 {
		hashid = parts[1]
	} else {
		hashid = parts[0]
	}

	if len(hashid) == 0 {
		return []int64{}, nil
	}

	lotteryChar := hashid[0]
	hashid = hashid[1:]

	numbers := []int64{}
	for _, part := range split(hashid, separators) {
		alphabetSalt := concat([]rune{lotteryChar}, salt, alphabet)[:len(alphabet)]
		alphabet = reorder(alphabet, alphabetSalt)
		number, err := unhash(part, alphabet)
		if err != nil {
			return nil, err
		}
		numbers = append(numbers, number)
	}
	return numbers, nil
}

// Hashids hashes and restores values using the "hashids" algorithm.
type Hashids struct {
	minLength  int
	salt       []rune
	alphabet   []rune
	guards     []rune
	separators []rune
}

// New initializes a Hashids object with salt, minimum length, and alphabet.
//
// salt: a string influencing the generated hash ids.
// minLength: the minimum length for generated hashes.
// alphabet: the characters to use for the generated hash ids.
func New(salt string, minLength int, alphabet string) (*Hashids, error) {
	h := &Hashids{salt: []rune(salt)}
	if minLength > 0 {
		h.minLength = minLength
	}

	alpha := []rune(alphabet)
	separators := []rune{}
	for _, x := range "cfhistuCFHISTU" {
		if containsRune(alpha, x) {
			separators = append(separators, x)
		}
	}
	unique := []rune{}
	for i, x := range alpha {
		if indexRune(alpha, x) == i && !containsRune(separators, x) {
			unique = append(unique, x)
		}
	}
	alpha = unique

	lenAlphabet, lenSeparators := len(alpha), len(separators)
	if lenAlphabet+lenSeparators < 16 {
		return nil, errors.New("Alphabet must contain at least 16 unique characters.")
	}

	separators = reorder(separators, h.salt)

	minSeparators := indexFromRatio(lenAlphabet, ratioSeparators)

	numberOfMissingSeparators := minSeparators - lenSeparators
	if numberOfMissingSeparators > 0 {
		separators = concat(separators, alpha[:numberOfMissingSeparators])
		alpha = alpha[numberOfMissingSeparators:]
		lenAlphabet = len(alpha)
	}

	alpha = reorder(alpha, h.salt)
	numGuards := indexFromRatio(lenAlphabet, ratioGuards)
	var guards []rune
	if lenAlphabet < 3 {
		guards = separators[:numGuards]
		separators = separators[numGuards:]
	} else {
		guards = alpha[:numGuards]
		alpha = alpha[numGuards:]
	}

	h.alphabet = alpha
	h.guards = guards
	h.separators = separators
	return h, nil
}

// Encode builds a hash from the passed `values`.
//
//	h, _ := New("arbitrary salt", 16, "abcdefghijkl0123456")
//	h.Encode(1, 23, 456) // "1d6216i30h53elk3"
func (h *Hashids) Encode(values ...int64) string {
	if len(values) == 0 {
		return ""
	}
	for _, x := range values {
		if !isUint(x) {
			return ""
		}
	}
	return string(encode(values, h.salt, h.minLength, h.alphabet, h.separators, h.guards))
}

// Decode restores a slice of numbers from the passed `hashid`.
//
//	h, _ := New("arbitrary salt", 16, "abcdefghijkl0123456")
//	h.Decode("1d6216i30h53elk3") // [1 23 456]
func (h *Hashids) Decode(hashid string) []int64 {
	if hashid == "" {
		return []int64{}
	}
	numbers, err := decode([]rune(hashid), h.salt, h.alphabet, h.separators, h.guards)
	if err != nil {
		return []int64{}
	}
	if hashid == h.Encode(numbers...) {
		return numbers
	}
	return []int64{}
}

// EncodeHex converts a hexadecimal string (e.g. a MongoDB id) to a hashid.
//
//	h.EncodeHex("507f1f77bcf86cd799439011") // "y42LW46J9luq3Xq9XMly"
func (h *Hashids) EncodeHex(hexStr string) string {
	numbers := []int64{}
	for i := 0; i < len(hexStr); i += 12 {
		end := i + 12
		if end > len(hexStr) {
			end = len(hexStr)
		}
		number, err := strconv.ParseInt("1"+hexStr[i:end], 16, 64)
		if err != nil {
			return ""
		}
		numbers = append(numbers, number)
	}
	return h.Encode(numbers...)
}

// DecodeHex restores a hexadecimal string (e.g. a MongoDB id) from a hashid.
//
//	h.DecodeHex("y42LW46J9luq3Xq9XMly") // "507f1f77bcf86cd799439011"
func (h *Hashids) DecodeHex(hashid string) string {
	var b strings.Builder
	for _, x := range h.Decode(hashid) {
		b.WriteString(fmt.Sprintf("%x", x)[1:])
	}
	return b.String()
}
