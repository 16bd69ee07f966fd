// Package semver implements Semantic Versioning 2.0.0 values: parsing, ordering, bumping and match
// expressions. Written from the semver API description.
package semver

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// MaxLength is the longest accepted version string.
const MaxLength = 255

var (
	numberRe     = `(?:0|[1-9][0-9]*)`
	preIdentRe   = `(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)`
	buildIdentRe = `[0-9A-Za-z-]+`
	tailRe       = `(?:-(` + preIdentRe + `(?:\.` + preIdentRe + `)*))?(?:\+(` + buildIdentRe + `(?:\.` + buildIdentRe + `)*))?$`
	strictRe     = regexp.MustCompile(`^(` + numberRe + `)\.(` + numberRe + `)\.(` + numberRe + `)` + tailRe)
	looseRe      = regexp.MustCompile(`^(` + numberRe + `)(?:\.(` + numberRe + `)(?:\.(` + numberRe + `))?)?` + tailRe)
	prePieceRe   = regexp.MustCompile(`^` + preIdentRe + `$`)
	buildPieceRe = regexp.MustCompile(`^` + buildIdentRe + `$`)
	digitRunRe   = regexp.MustCompile(`[0-9]+`)
	allDigitsRe  = regexp.MustCompile(`^[0-9]+$`)
)

// Error is the failure of a parse, a validation or an argument check (Python's ValueError).
type Error struct{ Msg string }

func (e *Error) Error() string { return e.Msg }

func errorf(format string, args ...interface{}) error { return &Error{fmt.Sprintf(format, args...)} }

// Version is an immutable semantic version. A nil Pre/Build pointer means "absent".
type Version struct {
	Major, Minor, Patch uint64
	Pre, Build          *string
}

func str(s string) *string { return &s }

// Make validates sizes like the constructor of the original API.
func Make(major, minor, patch uint64, pre, build *string) (Version, error) {
	size := len(strconv.FormatUint(major, 10)) + len(strconv.FormatUint(minor, 10)) + len(strconv.FormatUint(patch, 10)) + 2
	for _, extra := range []*string{pre, build} {
		if extra == nil {
			continue
		}
		if len(*extra) > MaxLength {
			return Version{}, tooLong()
		}
		if *extra != "" {
			size += len(*extra) + 1
		}
	}
	if size > MaxLength {
		return Version{}, tooLong()
	}
	return Version{major, minor, patch, pre, build}, nil
}

func tooLong() error {
	return errorf("Version string exceeds maximum length of %d characters", MaxLength)
}

// Parse reads a version string; loose accepts MAJOR and MAJOR.MINOR.
func Parse(text string, loose bool) (Version, error) {
	if len(text) > MaxLength {
		return Version{}, tooLong()
	}
	re := strictRe
	if loose {
		re = looseRe
	}
	m := re.FindStringSubmatchIndex(text)
	if m == nil {
		return Version{}, errorf("%s is not valid SemVer string", text)
	}
	group := func(i int) (string, bool) {
		if m[2*i] < 0 {
			return "", false
		}
		return text[m[2*i]:m[2*i+1]], true
	}
	var nums [3]uint64
	for i := 0; i < 3; i++ {
		if g, ok := group(i + 1); ok {
			n, err := strconv.ParseUint(g, 10, 64)
			if err != nil {
				return Version{}, errorf("%s is not valid SemVer string", text)
			}
			nums[i] = n
		}
	}
	var pre, build *string
	if g, ok := group(4); ok {
		pre = str(g)
	}
	if g, ok := group(5); ok {
		build = str(g)
	}
	return Make(nums[0], nums[1], nums[2], pre, build)
}

// IsValid reports whether Parse (strict) accepts text.
func IsValid(text string) bool {
	_, err := Parse(text, false)
	return err == nil
}

func (v Version) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d.%d.%d", v.Major, v.Minor, v.Patch)
	if v.Pre != nil && *v.Pre != "" {
		sb.WriteString("-" + *v.Pre)
	}
	if v.Build != nil && *v.Build != "" {
		sb.WriteString("+" + *v.Build)
	}
	return sb.String()
}

// Parts returns the version as a map with the five part names (absent strings are nil).
func (v Version) Parts() map[string]interface{} {
	opt := func(p *string) interface{} {
		if p == nil {
			return nil
		}
		return *p
	}
	return map[string]interface{}{"major": v.Major, "minor": v.Minor, "patch": v.Patch,
		"prerelease": opt(v.Pre), "build": opt(v.Build)}
}

// Finalized drops prerelease and build.
func (v Version) Finalized() Version { return Version{Major: v.Major, Minor: v.Minor, Patch: v.Patch} }

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpIdent(a, b string) int {
	an, bn := allDigitsRe.MatchString(a), allDigitsRe.MatchString(b)
	switch {
	case an && bn:
		x, _ := strconv.ParseUint(a, 10, 64)
		y, _ := strconv.ParseUint(b, 10, 64)
		return cmpUint(x, y)
	case an:
		return -1
	case bn:
		return 1
	}
	return strings.Compare(a, b)
}

func cmpPre(a, b *string) int {
	if a == nil && b == nil {
		return 0
	}
	if a == nil {
		return 1
	}
	if b == nil {
		return -1
	}
	if *a == *b {
		return 0
	}
	xs, ys := strings.Split(*a, "."), strings.Split(*b, ".")
	for i := 0; i < len(xs) && i < len(ys); i++ {
		if c := cmpIdent(xs[i], ys[i]); c != 0 {
			return c
		}
	}
	return cmpUint(uint64(len(xs)), uint64(len(ys)))
}

// Cmp orders two versions by precedence (-1, 0, 1); build metadata is ignored.
func (v Version) Cmp(w Version) int {
	if c := cmpUint(v.Major, w.Major); c != 0 {
		return c
	}
	if c := cmpUint(v.Minor, w.Minor); c != 0 {
		return c
	}
	if c := cmpUint(v.Patch, w.Patch); c != 0 {
		return c
	}
	return cmpPre(v.Pre, w.Pre)
}

// CmpString compares with a version string (parsed strictly).
func (v Version) CmpString(other string) (int, error) {
	w, err := Parse(other, false)
	if err != nil {
		return 0, err
	}
	return v.Cmp(w), nil
}

// Matches evaluates an expression like ">=1.0.0" (a bare version means "==").
func (v Version) Matches(expr string) (bool, error) {
	var op, target string
	switch {
	case strings.HasPrefix(expr, "<=") || strings.HasPrefix(expr, ">=") || strings.HasPrefix(expr, "==") || strings.HasPrefix(expr, "!="):
		op, target = expr[:2], expr[2:]
	case strings.HasPrefix(expr, "<") || strings.HasPrefix(expr, ">"):
		op, target = expr[:1], expr[1:]
	case expr != "" && expr[0] >= '0' && expr[0] <= '9':
		op, target = "==", expr
	default:
		return false, errorf("match_expr parameter should be in format <op><ver>, where <op> is one of "+
			"['<', '>', '==', '<=', '>=', '!=']. You provided: '%s'", expr)
	}
	c, err := v.CmpString(target)
	if err != nil {
		return false, err
	}
	switch op {
	case "<":
		return c < 0, nil
	case ">":
		return c > 0, nil
	case "<=":
		return c <= 0, nil
	case ">=":
		return c >= 0, nil
	case "==":
		return c == 0, nil
	}
	return c != 0, nil
}

func samePre(a, b *string) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

// CompatibleWith reports whether other can replace v under the API's compatibility rule.
func (v Version) CompatibleWith(other Version) bool {
	if v.Major == 0 && other.Major == 0 &&
		(v.Minor != other.Minor || v.Patch != other.Patch || !samePre(v.Pre, other.Pre)) {
		return false
	}
	return v.Major == other.Major && other.Minor >= v.Minor && samePre(v.Pre, other.Pre)
}

func (v Version) NextMajor() (Version, error) { return Make(v.Major+1, 0, 0, nil, nil) }
func (v Version) NextMinor() (Version, error) { return Make(v.Major, v.Minor+1, 0, nil, nil) }
func (v Version) NextPatch() (Version, error) { return Make(v.Major, v.Minor, v.Patch+1, nil, nil) }

func checkToken(token string, piece *regexp.Regexp, what string) error {
	for _, p := range strings.Split(token, ".") {
		if !piece.MatchString(p) {
			return errorf("'%s' is not a valid %s token. It may only consist of dot-separated identifiers, "+
				"made of alphanumerics and hyphens.", token, what)
		}
	}
	return nil
}

func plusOne(digits string) string {
	n, _ := strconv.ParseUint(digits, 10, 64)
	return strconv.FormatUint(n+1, 10)
}

// NextPrerelease bumps the prerelease counter; token nil means the default "rc".
func (v Version) NextPrerelease(token *string, bumpWhenEmpty bool) (Version, error) {
	patch := v.Patch
	var pre string
	if v.Pre != nil && *v.Pre != "" {
		cur := *v.Pre
		if allDigitsRe.MatchString(cur) {
			pre = plusOne(cur)
		} else if dot := strings.LastIndexByte(cur, '.'); dot >= 0 && allDigitsRe.MatchString(cur[dot+1:]) {
			pre = cur[:dot+1] + plusOne(cur[dot+1:])
		} else {
			pre = cur + ".0"
		}
	} else {
		if bumpWhenEmpty {
			patch++
		}
		switch {
		case token == nil:
			pre = "rc.1"
		case *token == "":
			pre = "1"
		default:
			if err := checkToken(*token, prePieceRe, "prerelease"); err != nil {
				return Version{}, err
			}
			pre = *token + ".1"
		}
	}
	return Make(v.Major, v.Minor, patch, str(pre), nil)
}

// NextBuild bumps the build counter; token nil means "build".
func (v Version) NextBuild(token *string) (Version, error) {
	var start string
	switch {
	case v.Build != nil && *v.Build != "":
		start = *v.Build
	case token == nil:
		start = "build.0"
	case *token == "":
		start = "0"
	default:
		if err := checkToken(*token, buildPieceRe, "build"); err != nil {
			return Version{}, err
		}
		start = *token + ".0"
	}
	runs := digitRunRe.FindAllStringIndex(start, -1)
	var next string
	if len(runs) == 0 {
		next = start + ".0"
	} else {
		last := runs[len(runs)-1]
		old := start[last[0]:last[1]]
		bumped := plusOne(old)
		if len(bumped) < len(old) {
			bumped = strings.Repeat("0", len(old)-len(bumped)) + bumped
		}
		next = start[:last[0]] + bumped + start[last[1]:]
	}
	return Make(v.Major, v.Minor, v.Patch, v.Pre, str(next))
}

// Next returns the next version for part ("major", "minor", "patch" or "prerelease").
func (v Version) Next(part string, token *string) (Version, error) {
	switch part {
	case "major", "minor", "patch", "prerelease":
	default:
		return Version{}, errorf("Invalid part. Expected one of ('major', 'minor', 'patch', 'prerelease'), but got '%s'", part)
	}
	hasPre := v.Pre != nil && *v.Pre != ""
	if hasPre && (part == "patch" || (part == "minor" && v.Patch == 0) || (part == "major" && v.Minor == 0 && v.Patch == 0)) {
		return v.Finalized(), nil
	}
	switch part {
	case "major":
		return v.NextMajor()
	case "minor":
		return v.NextMinor()
	case "patch":
		return v.NextPatch()
	}
	if hasPre && token != nil && *token != "" {
		tok := *token
		if err := checkToken(tok, prePieceRe, "prerelease"); err != nil {
			return Version{}, err
		}
		cur := *v.Pre
		if strings.HasPrefix(cur, tok) && allDigitsRe.MatchString(cur[len(tok):]) {
			cand, err := Make(v.Major, v.Minor, v.Patch, str(tok+plusOne(cur[len(tok):])), nil)
			if err != nil {
				return Version{}, err
			}
			if cand.Cmp(v) > 0 {
				return cand, nil
			}
			return Make(v.Major, v.Minor, v.Patch+1, cand.Pre, nil)
		}
		if cur != tok && !strings.HasPrefix(cur, tok+".") {
			cand, err := Make(v.Major, v.Minor, v.Patch, str(tok+".1"), nil)
			if err != nil {
				return Version{}, err
			}
			if cand.Cmp(v) > 0 {
				return cand, nil
			}
			bumped, err := v.NextPatch()
			if err != nil {
				return Version{}, err
			}
			return bumped.NextPrerelease(token, false)
		}
	}
	return v.NextPrerelease(token, true)
}
