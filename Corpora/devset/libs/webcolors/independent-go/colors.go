// Package colornames implements the HTML and CSS color names and notations: lookups by name or value,
// conversions between hex, integer and percentage triplets, and the HTML5 color parsing algorithms.
package colornames

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Specification names.
const (
	HTML4 = "html4"
	CSS2  = "css2"
	CSS21 = "css21"
	CSS3  = "css3"
)

// RGB holds integer channels (IntegerRGB and HTML5SimpleColor).
type RGB [3]int64

// Percent holds percentage strings such as "50%" (PercentRGB).
type Percent [3]string

// Error is Python's ValueError.
type Error struct{ Message string }

func (e *Error) Error() string { return e.Message }

func fail(format string, args ...any) error { return &Error{fmt.Sprintf(format, args...)} }

var vga = map[string]uint32{
	"aqua": 0x00ffff, "black": 0x000000, "blue": 0x0000ff, "fuchsia": 0xff00ff, "gray": 0x808080,
	"green": 0x008000, "lime": 0x00ff00, "maroon": 0x800000, "navy": 0x000080, "olive": 0x808000,
	"purple": 0x800080, "red": 0xff0000, "silver": 0xc0c0c0, "teal": 0x008080, "white": 0xffffff,
	"yellow": 0xffff00,
}

type specTables struct {
	byName  map[string]uint32
	byValue map[uint32]string
	sorted  []string
}

var specs = map[string]*specTables{}

func register(spec string, t map[string]uint32) {
	st := &specTables{byName: t, byValue: map[uint32]string{}}
	for n := range t {
		st.sorted = append(st.sorted, n)
	}
	sort.Strings(st.sorted)
	for _, n := range st.sorted { // later synonyms win; "gray" spellings are never replaced by "grey"
		if !strings.Contains(n, "grey") {
			st.byValue[t[n]] = n
		}
	}
	specs[spec] = st
}

func init() {
	register(HTML4, vga)
	register(CSS2, vga)
	css21 := map[string]uint32{"orange": 0xffa500}
	for k, v := range vga {
		css21[k] = v
	}
	register(CSS21, css21)
	register(CSS3, svgKeywords)
}

func lookupSpec(spec string) (*specTables, error) {
	st, ok := specs[spec]
	if !ok {
		return nil, fail("%s is not a supported specification for color name lookups; supported specifications are: ('html4', 'css2', 'css21', 'css3').", spec)
	}
	return st, nil
}

// Names lists the names a spec defines, sorted.
func Names(spec string) ([]string, error) {
	st, err := lookupSpec(spec)
	if err != nil {
		return nil, err
	}
	return append([]string(nil), st.sorted...), nil
}

func isHex(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= 'a' && r <= 'f') || (r >= 'A' && r <= 'F')
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func hexString(v uint32) string { return fmt.Sprintf("#%06x", v) }

func unhex(h string) uint32 {
	v, _ := strconv.ParseUint(h[1:], 16, 32)
	return uint32(v)
}

func splitRGB(v uint32) RGB { return RGB{int64(v >> 16), int64(v >> 8 & 0xff), int64(v & 0xff)} }

// NormalizeHex returns "#" plus six lowercase digits.
func NormalizeHex(value string) (string, error) {
	ok := (len(value) == 4 || len(value) == 7) && value[0] == '#'
	for i := 1; ok && i < len(value); i++ {
		ok = isHex(rune(value[i]))
	}
	if !ok {
		return "", fail("\"%s\" is not a valid hexadecimal color value.", value)
	}
	var b strings.Builder
	b.WriteByte('#')
	for _, r := range strings.ToLower(value[1:]) {
		b.WriteRune(r)
		if len(value) == 4 {
			b.WriteRune(r)
		}
	}
	return b.String(), nil
}

func clip(v int64) int64 {
	if v < 0 {
		return 0
	}
	if v > 255 {
		return 255
	}
	return v
}

// NormalizeIntegerTriplet clips each channel into 0..255.
func NormalizeIntegerTriplet(t RGB) RGB { return RGB{clip(t[0]), clip(t[1]), clip(t[2])} }

func numberPart(s string) string {
	if i := strings.IndexByte(s, '%'); i >= 0 {
		return s[:i]
	}
	return s
}

// pyFloat renders a float the way Python's repr() does.
func pyFloat(x float64) string {
	if x == 0 {
		if math.Signbit(x) {
			return "-0.0"
		}
		return "0.0"
	}
	sci := strconv.FormatFloat(x, 'e', -1, 64)
	sign := ""
	if sci[0] == '-' {
		sign, sci = "-", sci[1:]
	}
	e := strings.IndexByte(sci, 'e')
	exp, _ := strconv.Atoi(sci[e+1:])
	digits := strings.Replace(sci[:e], ".", "", 1)
	switch {
	case exp < -4 || exp >= 16:
		mant := digits[:1]
		if len(digits) > 1 {
			mant += "." + digits[1:]
		}
		es := "+"
		if exp < 0 {
			es, exp = "-", -exp
		}
		return fmt.Sprintf("%s%se%s%02d", sign, mant, es, exp)
	case exp < 0:
		return sign + "0." + strings.Repeat("0", -exp-1) + digits
	case len(digits) <= exp+1:
		return sign + digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	}
	return sign + digits[:exp+1] + "." + digits[exp+1:]
}

func normalizePercent(s string) string {
	body := numberPart(s)
	if strings.Contains(body, ".") {
		v, _ := strconv.ParseFloat(body, 64)
		switch {
		case v < 0:
			return "0%"
		case v > 100:
			return "100%"
		}
		return pyFloat(v) + "%"
	}
	v, _ := strconv.ParseInt(body, 10, 64)
	switch {
	case v < 0:
		return "0%"
	case v > 100:
		return "100%"
	}
	return strconv.FormatInt(v, 10) + "%"
}

// NormalizePercentTriplet clips and reprints each percentage.
func NormalizePercentTriplet(t Percent) Percent {
	return Percent{normalizePercent(t[0]), normalizePercent(t[1]), normalizePercent(t[2])}
}

// NameToHex looks a name up (case-insensitively) in a spec.
func NameToHex(name, spec string) (string, error) {
	st, err := lookupSpec(spec)
	if err != nil {
		return "", err
	}
	v, ok := st.byName[asciiLower(name)]
	if !ok {
		return "", fail("\"%s\" is not defined as a named color in %s", name, spec)
	}
	return hexString(v), nil
}

// NameToRGB is NameToHex then HexToRGB.
func NameToRGB(name, spec string) (RGB, error) {
	h, err := NameToHex(name, spec)
	if err != nil {
		return RGB{}, err
	}
	return HexToRGB(h)
}

// NameToRGBPercent is NameToRGB then RGBToRGBPercent.
func NameToRGBPercent(name, spec string) (Percent, error) {
	t, err := NameToRGB(name, spec)
	if err != nil {
		return Percent{}, err
	}
	return RGBToRGBPercent(t), nil
}

// HexToName finds the preferred name of a hex value.
func HexToName(value, spec string) (string, error) {
	st, err := lookupSpec(spec)
	if err != nil {
		return "", err
	}
	h, err := NormalizeHex(value)
	if err != nil {
		return "", err
	}
	n, ok := st.byValue[unhex(h)]
	if !ok {
		return "", fail("\"%s\" has no defined color name in %s.", value, spec)
	}
	return n, nil
}

// HexToRGB reads a hex value's channels.
func HexToRGB(value string) (RGB, error) {
	h, err := NormalizeHex(value)
	if err != nil {
		return RGB{}, err
	}
	return splitRGB(unhex(h)), nil
}

// HexToRGBPercent is HexToRGB then RGBToRGBPercent.
func HexToRGBPercent(value string) (Percent, error) {
	t, err := HexToRGB(value)
	if err != nil {
		return Percent{}, err
	}
	return RGBToRGBPercent(t), nil
}

// RGBToHex clips and prints #rrggbb.
func RGBToHex(t RGB) string {
	c := NormalizeIntegerTriplet(t)
	return hexString(uint32(c[0]<<16 | c[1]<<8 | c[2]))
}

// RGBToName is RGBToHex then HexToName.
func RGBToName(t RGB, spec string) (string, error) { return HexToName(RGBToHex(t), spec) }

var exactPercents = map[int64]string{255: "100%", 128: "50%", 64: "25%", 32: "12.5%", 16: "6.25%", 0: "0%"}

// RGBToRGBPercent converts channels to percentages.
func RGBToRGBPercent(t RGB) Percent {
	var out Percent
	for i, c := range NormalizeIntegerTriplet(t) {
		if s, ok := exactPercents[c]; ok {
			out[i] = s
		} else {
			out[i] = strconv.FormatFloat(float64(c)/255*100, 'f', 2, 64) + "%"
		}
	}
	return out
}

// RGBPercentToRGB converts percentages to channels (round half to even).
func RGBPercentToRGB(t Percent) RGB {
	var out RGB
	for i, p := range NormalizePercentTriplet(t) {
		v, _ := strconv.ParseFloat(numberPart(p), 64)
		out[i] = int64(math.RoundToEven(v / 100 * 255))
	}
	return out
}

// RGBPercentToHex is RGBPercentToRGB then RGBToHex.
func RGBPercentToHex(t Percent) string { return RGBToHex(RGBPercentToRGB(t)) }

// RGBPercentToName is RGBPercentToRGB then RGBToName.
func RGBPercentToName(t Percent, spec string) (string, error) {
	return RGBToName(RGBPercentToRGB(t), spec)
}

func hexDigit(r rune) int64 {
	v, _ := strconv.ParseInt(string(r), 16, 64)
	return v
}

// HTML5ParseSimpleColor parses exactly "#rrggbb".
func HTML5ParseSimpleColor(value string) (RGB, error) {
	rs := []rune(value)
	if len(rs) != 7 {
		return RGB{}, &Error{"An HTML5 simple color must be a Unicode string seven characters long."}
	}
	if rs[0] != '#' {
		return RGB{}, &Error{"An HTML5 simple color must begin with the character '#' (U+0023)."}
	}
	for _, r := range rs[1:] {
		if !isHex(r) {
			return RGB{}, &Error{"An HTML5 simple color must contain exactly six ASCII hex digits."}
		}
	}
	return RGB{hexDigit(rs[1])*16 + hexDigit(rs[2]), hexDigit(rs[3])*16 + hexDigit(rs[4]), hexDigit(rs[5])*16 + hexDigit(rs[6])}, nil
}

// HTML5SerializeSimpleColor prints #rrggbb.
func HTML5SerializeSimpleColor(t RGB) string {
	return fmt.Sprintf("#%02x%02x%02x", t[0], t[1], t[2])
}

func pySpace(r rune) bool { return r == ' ' || (r >= 0x09 && r <= 0x0d) || (r >= 0x1c && r <= 0x1f) }

// HTML5ParseLegacyColor implements the HTML rules for parsing a legacy color value.
func HTML5ParseLegacyColor(value string) (RGB, error) {
	if value == "" {
		return RGB{}, &Error{"HTML5 legacy color parsing forbids empty string as a value."}
	}
	trimmed := strings.TrimFunc(value, pySpace)
	lowered := asciiLower(trimmed)
	if lowered == "transparent" {
		return RGB{}, &Error{"HTML5 legacy color parsing forbids \"transparent\" as a value."}
	}
	if v, ok := svgKeywords[lowered]; ok {
		return splitRGB(v), nil
	}
	rs := []rune(trimmed)
	if len(rs) == 4 && rs[0] == '#' && isHex(rs[1]) && isHex(rs[2]) && isHex(rs[3]) {
		return RGB{hexDigit(rs[1]) * 17, hexDigit(rs[2]) * 17, hexDigit(rs[3]) * 17}, nil
	}
	var expanded []rune
	for _, r := range rs {
		if r > 0xffff {
			expanded = append(expanded, '0', '0')
		} else {
			expanded = append(expanded, r)
		}
	}
	if len(expanded) > 128 {
		expanded = expanded[:128]
	}
	if len(expanded) > 0 && expanded[0] == '#' {
		expanded = expanded[1:]
	}
	digits := make([]byte, 0, len(expanded)+3)
	for _, r := range expanded {
		if isHex(r) {
			digits = append(digits, byte(r))
		} else {
			digits = append(digits, '0')
		}
	}
	for len(digits) == 0 || len(digits)%3 != 0 {
		digits = append(digits, '0')
	}
	width := len(digits) / 3
	parts := [3]string{string(digits[:width]), string(digits[width : 2*width]), string(digits[2*width:])}
	if width > 8 {
		for i := range parts {
			parts[i] = parts[i][width-8:]
		}
		width = 8
	}
	for width > 2 && parts[0][0] == '0' && parts[1][0] == '0' && parts[2][0] == '0' {
		for i := range parts {
			parts[i] = parts[i][1:]
		}
		width--
	}
	var out RGB
	for i, p := range parts {
		if len(p) > 2 {
			p = p[:2]
		}
		v, _ := strconv.ParseInt(p, 16, 64)
		out[i] = v
	}
	return out, nil
}
