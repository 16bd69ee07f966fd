// Package hashids encodes lists of non-negative integers as short reversible ids.
// Written from the hashids API description.
package hashids

import (
	"errors"
	"strings"
)

// DefaultAlphabet is the alphabet used when none is supplied.
const DefaultAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890"

const separatorPool = "cfhistuCFHISTU"

// ErrSmallAlphabet is returned for alphabets with fewer than 16 distinct characters.
var ErrSmallAlphabet = errors.New("hashids: alphabet needs 16 or more distinct characters")

// Codec holds one configuration (salt, minimum length, alphabet).
type Codec struct {
	salt      []rune
	minLength int
	digits    []rune
	seps      []rune
	guards    []rune
}

func permute(chars []rune, key []rune) []rune {
	cells := append([]rune(nil), chars...)
	if len(key) == 0 {
		return cells
	}
	pos, running := 0, 0
	for top := len(cells) - 1; top > 0; top-- {
		code := int(key[pos])
		running += code
		other := (code + pos + running) % top
		cells[top], cells[other] = cells[other], cells[top]
		pos = (pos + 1) % len(key)
	}
	return cells
}

func ceilDiv(n int, d float64) int {
	q := float64(n) / d
	c := int(q)
	if float64(c) < q {
		c++
	}
	return c
}

func containsRune(set []rune, r rune) bool {
	for _, x := range set {
		if x == r {
			return true
		}
	}
	return false
}

// NewCodec builds a codec; minLength below zero counts as zero.
func NewCodec(salt string, minLength int, alphabet string) (*Codec, error) {
	var unique []rune
	for _, r := range alphabet {
		if !containsRune(unique, r) {
			unique = append(unique, r)
		}
	}
	if len(unique) < 16 {
		return nil, ErrSmallAlphabet
	}
	if minLength < 0 {
		minLength = 0
	}
	var seps, digits []rune
	for _, r := range separatorPool {
		if containsRune(unique, r) {
			seps = append(seps, r)
		}
	}
	for _, r := range unique {
		if !strings.ContainsRune(separatorPool, r) {
			digits = append(digits, r)
		}
	}
	key := []rune(salt)
	seps = permute(seps, key)
	if want := ceilDiv(len(digits), 3.5); want > len(seps) {
		short := want - len(seps)
		if short > len(digits) {
			short = len(digits)
		}
		seps = append(seps, digits[:short]...)
		digits = append([]rune(nil), digits[short:]...)
	}
	digits = permute(digits, key)
	g := ceilDiv(len(digits), 12)
	var guards []rune
	if len(digits) < 3 {
		if g > len(seps) {
			g = len(seps)
		}
		guards, seps = seps[:g], seps[g:]
	} else {
		guards, digits = digits[:g], digits[g:]
	}
	return &Codec{salt: key, minLength: minLength, digits: digits, seps: seps, guards: guards}, nil
}

func (c *Codec) nextDigits(cur []rune, lottery rune) []rune {
	key := make([]rune, 0, len(cur)+len(c.salt)+1)
	key = append(key, lottery)
	key = append(key, c.salt...)
	key = append(key, cur...)
	return permute(cur, key[:len(cur)])
}

func writeNumber(n uint64, digits []rune) []rune {
	base := uint64(len(digits))
	var rev []rune
	for {
		rev = append(rev, digits[n%base])
		n /= base
		if n == 0 {
			break
		}
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}

func readNumber(text []rune, digits []rune) (uint64, bool) {
	var total uint64
	base := uint64(len(digits))
	for _, r := range text {
		at := -1
		for i, d := range digits {
			if d == r {
				at = i
				break
			}
		}
		if at < 0 {
			return 0, false
		}
		total = total*base + uint64(at)
	}
	return total, true
}

// EncodeInts returns the id of values, or "" when there are none or one is negative.
func (c *Codec) EncodeInts(values []int64) string {
	if len(values) == 0 {
		return ""
	}
	nums := make([]uint64, len(values))
	for i, v := range values {
		if v < 0 {
			return ""
		}
		nums[i] = uint64(v)
	}
	return string(c.encode(nums))
}

func (c *Codec) encode(nums []uint64) []rune {
	var checksum uint64
	for i, n := range nums {
		checksum += n % uint64(i+100)
	}
	digits := c.digits
	lottery := digits[checksum%uint64(len(digits))]
	out := []rune{lottery}
	for i, n := range nums {
		digits = c.nextDigits(digits, lottery)
		written := writeNumber(n, digits)
		out = append(out, written...)
		if i+1 < len(nums) {
			pick := (n % uint64(int(written[0])+i)) % uint64(len(c.seps))
			out = append(out, c.seps[pick])
		}
	}
	if len(out) < c.minLength {
		gl := uint64(len(c.guards))
		out = append([]rune{c.guards[(checksum+uint64(out[0]))%gl]}, out...)
		if len(out) < c.minLength {
			out = append(out, c.guards[(checksum+uint64(out[2]))%gl])
		}
	}
	for len(out) < c.minLength {
		digits = permute(digits, digits)
		half := len(digits) / 2
		wrapped := append(append(append([]rune(nil), digits[half:]...), out...), digits[:half]...)
		if extra := len(wrapped) - c.minLength; extra > 0 {
			wrapped = wrapped[extra/2 : extra/2+c.minLength]
		}
		out = wrapped
	}
	return out
}

func splitAt(text []rune, set []rune) [][]rune {
	parts := [][]rune{{}}
	for _, r := range text {
		if containsRune(set, r) {
			parts = append(parts, []rune{})
		} else {
			parts[len(parts)-1] = append(parts[len(parts)-1], r)
		}
	}
	return parts
}

// DecodeString returns the numbers behind id, or nil when id is not a valid id of this codec.
func (c *Codec) DecodeString(id string) []int64 {
	text := []rune(id)
	if len(text) == 0 {
		return nil
	}
	parts := splitAt(text, c.guards)
	core := parts[0]
	if len(parts) == 2 || len(parts) == 3 {
		core = parts[1]
	}
	if len(core) == 0 {
		return nil
	}
	lottery := core[0]
	digits := c.digits
	var nums []uint64
	for _, word := range splitAt(core[1:], c.seps) {
		digits = c.nextDigits(digits, lottery)
		n, ok := readNumber(word, digits)
		if !ok {
			return nil
		}
		nums = append(nums, n)
	}
	if string(c.encode(nums)) != id {
		return nil
	}
	res := make([]int64, len(nums))
	for i, n := range nums {
		res[i] = int64(n)
	}
	return res
}

func isHexDigit(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= 'a' && r <= 'f') || (r >= 'A' && r <= 'F')
}

// EncodeHexString encodes a hexadecimal string in chunks of 12 digits.
func (c *Codec) EncodeHexString(hex string) string {
	if hex == "" {
		return ""
	}
	var nums []uint64
	for start := 0; start < len(hex); start += 12 {
		end := start + 12
		if end > len(hex) {
			end = len(hex)
		}
		n := uint64(1)
		for _, r := range hex[start:end] {
			if !isHexDigit(r) {
				return ""
			}
			var v uint64
			switch {
			case r <= '9':
				v = uint64(r - '0')
			case r >= 'a':
				v = uint64(r-'a') + 10
			default:
				v = uint64(r-'A') + 10
			}
			n = n<<4 | v
		}
		nums = append(nums, n)
	}
	return string(c.encode(nums))
}

// DecodeHexString is the inverse of EncodeHexString ("" for an invalid id).
func (c *Codec) DecodeHexString(id string) string {
	var sb strings.Builder
	for _, n := range c.DecodeString(id) {
		const hexdigits = "0123456789abcdef"
		var rev []byte
		for v := uint64(n); v > 0; v >>= 4 {
			rev = append(rev, hexdigits[v&15])
		}
		// drop the leading 1 (the last digit produced)
		for i := len(rev) - 2; i >= 0; i-- {
			sb.WriteByte(rev[i])
		}
	}
	return sb.String()
}
