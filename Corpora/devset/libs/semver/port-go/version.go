// Package semver handles versions with a semver compatible Version type.
//
// See the specification at https://semver.org.
package semver

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// MaxLength is the maximum number of characters in a version string.
const MaxLength = 255

// Names are the names of the different parts of a version.
var Names = []string{"major", "minor", "patch", "prerelease", "build"}

// ValueError reports an invalid version, part or token.
type ValueError struct{ Msg string }

func (e *ValueError) Error() string { return e.Msg }

func valueErrorf(format string, args ...interface{}) error {
	return &ValueError{Msg: fmt.Sprintf(format, args...)}
}

var (
	// lastNumber is the regex for a number in a build.
	lastNumber = regexp.MustCompile(`(\d+)`)
	// lastPrerelease is the regex for a number in a prerelease.
	lastPrerelease = regexp.MustCompile(`^(.*\.)?(\d+)$`)
	// prereleaseIdentifier is the regex for a single valid alphanumeric prerelease identifier.
	prereleaseIdentifier = `0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*`
	// buildIdentifier is the regex for a single valid build identifier.
	buildIdentifier = `[0-9a-zA-Z-]+`

	prereleaseIdentifierRe = regexp.MustCompile(`^(?:` + prereleaseIdentifier + `)$`)
	buildIdentifierRe      = regexp.MustCompile(`^(?:` + buildIdentifier + `)$`)

	// regexTemplate is the regex template for a semver version.
	regexTemplate = `^` +
		`(?P<major>0|[1-9]\d*)` +
		`(?:` +
		`\.` +
		`(?P<minor>0|[1-9]\d*)` +
		`(?:` +
		`\.` +
		`(?P<patch>0|[1-9]\d*)` +
		`)%[1]s` +
		`)%[2]s` +
		`(?:-(?P<prerelease>` +
		`(?:` + prereleaseIdentifier + `)` +
		`(?:\.(?:` + prereleaseIdentifier + `))*` +
		`))?` +
		`(?:\+(?P<build>` +
		`(?:` + buildIdentifier + `)` +
		`(?:\.(?:` + buildIdentifier + `))*` +
		`))?` +
		`\z`
	// versionRegex is the regex for a semver version.
	versionRegex = regexp.MustCompile(fmt.Sprintf(regexTemplate, "", ""))
	// versionRegexOptionalMinorAndPatch is the regex for a semver version that might be shorter.
	versionRegexOptionalMinorAndPatch = regexp.MustCompile(fmt.Sprintf(regexTemplate, "?", "?"))
)

// cmp returns negative if a<b, zero if a==b, positive if a>b.
func cmp(a, b int) int {
	switch {
	case a > b:
		return 1
	case a < b:
		return -1
	}
	return 0
}

func cmpString(a, b string) int {
	return strings.Compare(a, b)
}

// Version is a semver compatible version.
//
// Major is the version when you make incompatible API changes, Minor when you add functionality in a
// backwards-compatible manner, Patch when you make backwards-compatible bug fixes. Prerelease and Build
// are optional (nil when absent).
type Version struct {
	major      int
	minor      int
	patch      int
	prerelease *string
	build      *string
}

func strPtr(s string) *string { return &s }

// New creates a version; it fails if a numeric part is negative or the version exceeds MaxLength.
func New(major, minor, patch int, prerelease, build *string) (*Version, error) {
	lengthError := fmt.Sprintf("Version string exceeds maximum length of %d characters", MaxLength)
	for _, value := range []*string{prerelease, build} {
		if value != nil && len(*value) > MaxLength {
			return nil, valueErrorf("%s", lengthError)
		}
	}

	// Build a list of the arguments except prerelease and build
	versionParts := []struct {
		name  string
		value int
	}{{"major", major}, {"minor", minor}, {"patch", patch}}

	for _, part := range versionParts {
		if part.value < 0 {
			return nil, valueErrorf("'%s' is negative. A version can only be positive.", part.name)
		}
	}

	// Individually bounded parts can still exceed the total limit together.
	// Count both dots and, for nonempty metadata, its '-' or '+' separator.
	length := 2
	for _, part := range versionParts {
		length += len(strconv.Itoa(part.value))
	}
	for _, identifier := range []*string{prerelease, build} {
		if identifier != nil && *identifier != "" {
			length += len(*identifier) + 1
		}
	}
	if length > MaxLength {
		return nil, valueErrorf("%s", lengthError)
	}

	return &Version{major: major, minor: minor, patch: patch, prerelease: prerelease, build: build}, nil
}

// validateIdentifiers checks that a dot-separated identifier string consists only of identifiers allowed
// by the SemVer grammar; what is the human readable name of the checked part, used for the error message.
func validateIdentifiers(value string, pattern *regexp.Regexp, what string) error {
	for _, identifier := range strings.Split(value, ".") {
		if !pattern.MatchString(identifier) {
			return valueErrorf("%q is not a valid %s. It may only consist of "+
				"dot-separated identifiers, made of alphanumerics and "+
				"hyphens.", value, what)
		}
	}
	return nil
}

type prereleaseKey struct {
	kind       int
	length     int
	identifier string
}

func isDecimal(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func makePrereleaseKey(identifier string) prereleaseKey {
	if !isDecimal(identifier) {
		return prereleaseKey{1, 0, identifier}
	}
	// Compare decimal values without converting arbitrarily long
	// identifiers to integers. Keep constructor leading zeros.
	normalized := strings.TrimLeft(identifier, "0")
	if normalized == "" {
		normalized = "0"
	}
	return prereleaseKey{0, len(normalized), normalized}
}

func (a prereleaseKey) compare(b prereleaseKey) int {
	if c := cmp(a.kind, b.kind); c != 0 {
		return c
	}
	if c := cmp(a.length, b.length); c != 0 {
		return c
	}
	return cmpString(a.identifier, b.identifier)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func natCmp(a, b *string) int {
	var aParts, bParts []prereleaseKey
	for _, x := range strings.Split(deref(a), ".") {
		aParts = append(aParts, makePrereleaseKey(x))
	}
	for _, x := range strings.Split(deref(b), ".") {
		bParts = append(bParts, makePrereleaseKey(x))
	}

	for i := 0; i < len(aParts) && i < len(bParts); i++ {
		if cmpResult := aParts[i].compare(bParts[i]); cmpResult != 0 {
			return cmpResult
		}
	}

	return cmp(len(aParts), len(bParts))
}

// Major is the major part of a version.
func (v *Version) Major() int { return v.major }

// Minor is the minor part of a version.
func (v *Version) Minor() int { return v.minor }

// Patch is the patch part of a version.
func (v *Version) Patch() int { return v.patch }

// Prerelease is the prerelease part of a version (nil when absent).
func (v *Version) Prerelease() *string { return v.prerelease }

// Build is the build part of a version (nil when absent).
func (v *Version) Build() *string { return v.build }

// ToTuple converts the Version to a slice with all the parts: (5, 3, 1, nil, nil).
func (v *Version) ToTuple() []interface{} {
	return []interface{}{v.major, v.minor, v.patch, v.prerelease, v.build}
}

// ToDict converts the Version to a map with the keys major, minor, patch, prerelease and build.
func (v *Version) ToDict() map[string]interface{} {
	return map[string]interface{}{
		"major":      v.major,
		"minor":      v.minor,
		"patch":      v.patch,
		"prerelease": v.prerelease,
		"build":      v.build,
	}
}

// incrementPrerelease checks if the last part of a dot-separated string is numeric. If yes,
// increase it. Else, add '.0'.
func incrementPrerelease(s string) string {
	match := lastPrerelease.FindStringSubmatchIndex(s)
	if match != nil {
		n, _ := strconv.Atoi(s[match[4]:match[5]])
		next := strconv.Itoa(n + 1)
		if match[2] >= 0 && match[3] > match[2] {
			s = s[match[2]:match[3]] + next
		} else {
			s = next
		}
	} else {
		s += ".0"
	}
	return s
}

// incrementString looks for the last sequence of number(s) in a string and increments it.
//
// Source: http://code.activestate.com/recipes/442460-increment-numbers-in-a-string/#c1
func incrementString(s string) string {
	matches := lastNumber.FindAllStringIndex(s, -1)
	if len(matches) > 0 {
		match := matches[len(matches)-1]
		n, _ := strconv.Atoi(s[match[0]:match[1]])
		next := strconv.Itoa(n + 1)
		start, end := match[0], match[1]
		cut := end - len(next)
		if cut < start {
			cut = start
		}
		s = s[:cut] + next + s[end:]
	}
	return s
}

// BumpMajor raises the major part of the version and returns a new Version: 3.4.5 -> 4.0.0.
func (v *Version) BumpMajor() (*Version, error) {
	return New(v.major+1, 0, 0, nil, nil)
}

// BumpMinor raises the minor part of the version and returns a new Version: 3.4.5 -> 3.5.0.
func (v *Version) BumpMinor() (*Version, error) {
	return New(v.major, v.minor+1, 0, nil, nil)
}

// BumpPatch raises the patch part of the version and returns a new Version: 3.4.5 -> 3.4.6.
func (v *Version) BumpPatch() (*Version, error) {
	return New(v.major, v.minor, v.patch+1, nil, nil)
}

// BumpPrerelease raises the prerelease part of the version and returns a new Version.
//
// When bumpWhenEmpty is true, bumps the patch version when called with a version that has no prerelease
// segment, so the return value will be considered a newer version. Adds ".0" to the prerelease if the
// last part of the dot-separated prerelease is not a number. A nil token means "rc".
//
//	3.4.5 -> prerelease "rc.1"; with token "" -> "1"; with bumpWhenEmpty -> 3.4.6-rc.1
func (v *Version) BumpPrerelease(token *string, bumpWhenEmpty bool) (*Version, error) {
	patch := v.patch
	var prerelease string
	if v.prerelease != nil {
		prerelease = incrementPrerelease(*v.prerelease)
	} else {
		if bumpWhenEmpty {
			patch++
		}
		if token != nil && *token == "" {
			prerelease = "1"
		} else if token == nil {
			prerelease = "rc.1"
		} else {
			if err := validateIdentifiers(*token, prereleaseIdentifierRe, "prerelease token"); err != nil {
				return nil, err
			}
			prerelease = *token + ".1"
		}
	}

	return New(v.major, v.minor, patch, &prerelease, nil)
}

// BumpBuild raises the build part of the version and returns a new Version. A nil token means "build".
//
//	3.4.5-rc.1+build.9 -> 3.4.5-rc.1+build.10
//	3.4.5-rc.1+alpha   -> 3.4.5-rc.1+alpha.0
func (v *Version) BumpBuild(token *string) (*Version, error) {
	var build string
	if v.build != nil {
		build = *v.build
	} else if token != nil && *token == "" {
		build = "0"
	} else if token == nil {
		build = "build.0"
	} else {
		if err := validateIdentifiers(*token, buildIdentifierRe, "build token"); err != nil {
			return nil, err
		}
		build = *token + ".0"
	}

	build = incrementString(build)
	if v.build != nil && build == *v.build {
		// incrementString leaves a build without any digits
		// unchanged. Raise it nevertheless by appending ".0",
		// analogous to incrementPrerelease (see gh-460).
		build += ".0"
	}
	return New(v.major, v.minor, v.patch, v.prerelease, &build)
}

// Compare compares v with other: negative if v < other, zero if equal, strictly positive if v > other.
//
//	Parse("1.0.0").Compare(Parse("2.0.0")) == -1
func (v *Version) Compare(other *Version) int {
	if x := cmp(v.major, other.major); x != 0 {
		return x
	}
	if x := cmp(v.minor, other.minor); x != 0 {
		return x
	}
	if x := cmp(v.patch, other.patch); x != 0 {
		return x
	}

	rc1, rc2 := v.prerelease, other.prerelease
	if deref(rc1) == deref(rc2) && (rc1 == nil) == (rc2 == nil) {
		return 0
	}
	if deref(rc1) == "" {
		if deref(rc2) != "" {
			return 1
		}
		return 0
	} else if deref(rc2) == "" {
		return -1
	}

	return natCmp(rc1, rc2)
}

// CompareString parses other and compares v with it.
func (v *Version) CompareString(other string) (int, error) {
	o, err := Parse(other, false)
	if err != nil {
		return 0, err
	}
	return v.Compare(o), nil
}

// NextVersion determines the next version, preserving natural order.
//
// "major", "minor" and "patch" raise the respective parts like the Bump* functions. The real difference
// is the "prerelease" part: it gives you the next patch version of the prerelease:
//
//	0.1.4 -> next "prerelease" -> 0.1.5-rc.1
//
// Switching to an earlier prerelease token advances the patch version so the result remains greater
// than the original version (1.2.3-rc.1 -> "prerelease", "alpha" -> 1.2.4-alpha.1). Old-style counters
// also advance the patch version if incrementing the counter would move backwards under SemVer's lexical
// ordering (1.2.3-rc9 -> 1.2.4-rc10).
func (v *Version) NextVersion(part string, prereleaseToken *string) (*Version, error) {
	// "build" is currently not used, that's why we use Names[:4]
	validParts := Names[:4]
	valid := false
	for _, p := range validParts {
		valid = valid || p == part
	}
	if !valid {
		return nil, valueErrorf("Invalid part. Expected one of ('major', 'minor', 'patch', 'prerelease'), but got %q", part)
	}
	version := v
	if deref(version.prerelease) != "" &&
		(part == "patch" ||
			(part == "minor" && version.patch == 0) ||
			(part == "major" && version.minor == 0 && version.patch == 0)) {
		return version.Replace(map[string]interface{}{"prerelease": nil, "build": nil})
	}

	// Only check the main parts:
	switch part {
	case "major":
		return version.BumpMajor()
	case "minor":
		return version.BumpMinor()
	case "patch":
		return version.BumpPatch()
	}
	if deref(version.prerelease) != "" && deref(prereleaseToken) != "" {
		token := *prereleaseToken
		if err := validateIdentifiers(token, prereleaseIdentifierRe, "prerelease token"); err != nil {
			return nil, err
		}
		// Handle old-style prereleases like "rc3" (no dot separator)
		oldStyle := regexp.MustCompile(`^` + regexp.QuoteMeta(token) + `(\d+)$`)
		if match := oldStyle.FindStringSubmatch(*version.prerelease); match != nil {
			num, _ := strconv.Atoi(match[1])
			candidate, err := version.Replace(map[string]interface{}{
				"prerelease": fmt.Sprintf("%s%d", token, num+1), "build": nil})
			if err != nil {
				return nil, err
			}
			if candidate.Compare(version) > 0 {
				return candidate, nil
			}
			bumped, err := candidate.BumpPatch()
			if err != nil {
				return nil, err
			}
			return bumped.Replace(map[string]interface{}{"prerelease": *candidate.prerelease})
		}

		if !(*version.prerelease == token || strings.HasPrefix(*version.prerelease, token+".")) {
			candidate, err := version.Replace(map[string]interface{}{"prerelease": token + ".1", "build": nil})
			if err != nil {
				return nil, err
			}
			if candidate.Compare(version) > 0 {
				return candidate, nil
			}
			bumped, err := version.BumpPatch()
			if err != nil {
				return nil, err
			}
			return bumped.BumpPrerelease(&token, false)
		}
	}
	return version.BumpPrerelease(prereleaseToken, true)
}

// String renders the version: major.minor.patch[-prerelease][+build].
func (v *Version) String() string {
	version := fmt.Sprintf("%d.%d.%d", v.major, v.minor, v.patch)
	if deref(v.prerelease) != "" {
		version += "-" + *v.prerelease
	}
	if deref(v.build) != "" {
		version += "+" + *v.build
	}
	return version
}

// FinalizeVersion removes any prerelease and build metadata from the version: 1.2.3-rc.5 -> 1.2.3.
func (v *Version) FinalizeVersion() (*Version, error) {
	return New(v.major, v.minor, v.patch, nil, nil)
}

// Match compares v to a match expression: an optional operator and a version. Valid operators are
// "<" smaller than, ">" greater than, ">=" greater or equal than, "<=" smaller or equal than, "==" equal
// and "!=" not equal.
//
//	Parse("2.0.0").Match(">=1.0.0") == true
//	Parse("1.0.0").Match(">1.0.0") == false
//	Parse("4.0.4").Match("4.0.4") == true
func (v *Version) Match(matchExpr string) (bool, error) {
	prefix := matchExpr
	if len(prefix) > 2 {
		prefix = prefix[:2]
	}
	var matchVersion string
	if prefix == ">=" || prefix == "<=" || prefix == "==" || prefix == "!=" {
		matchVersion = matchExpr[2:]
	} else if prefix != "" && (prefix[0] == '>' || prefix[0] == '<') {
		prefix = prefix[:1]
		matchVersion = matchExpr[1:]
	} else if matchExpr != "" && strings.ContainsRune("0123456789", rune(matchExpr[0])) {
		prefix = "=="
		matchVersion = matchExpr
	} else {
		return false, valueErrorf("match_expr parameter should be in format <op><ver>, "+
			"where <op> is one of "+
			"['<', '>', '==', '<=', '>=', '!=']. "+
			"You provided: %q", matchExpr)
	}

	possibilitiesDict := map[string][]int{
		">":  {1},
		"<":  {-1},
		"==": {0},
		"!=": {-1, 1},
		">=": {0, 1},
		"<=": {-1, 0},
	}

	possibilities := possibilitiesDict[prefix]
	cmpRes, err := v.CompareString(matchVersion)
	if err != nil {
		return false, err
	}

	for _, p := range possibilities {
		if cmpRes == p {
			return true, nil
		}
	}
	return false, nil
}

// Parse parses a version string to a Version.
//
// If optionalMinorAndPatch is true, the version string can contain optional minor and patch parts,
// which are then set to zero. By default the string has to follow the semver specification.
//
//	Parse("3.4.5-pre.2+build.4") -> Version{3, 4, 5, "pre.2", "build.4"}
func Parse(version string, optionalMinorAndPatch bool) (*Version, error) {
	if len(version) > MaxLength {
		return nil, valueErrorf("Version string exceeds maximum length of %d characters", MaxLength)
	}

	re := versionRegex
	if optionalMinorAndPatch {
		re = versionRegexOptionalMinorAndPatch
	}
	match := re.FindStringSubmatchIndex(version)
	if match == nil {
		return nil, valueErrorf("%s is not valid SemVer string", version)
	}

	// matchedVersionParts maps each named group to its text; groups that did not take part are absent
	matchedVersionParts := map[string]string{}
	for i, name := range re.SubexpNames() {
		if name != "" && match[2*i] >= 0 {
			matchedVersionParts[name] = version[match[2*i]:match[2*i+1]]
		}
	}

	atoi := func(s string) int {
		if s == "" {
			return 0
		}
		n, _ := strconv.Atoi(s)
		return n
	}
	var prerelease, build *string
	if s, ok := matchedVersionParts["prerelease"]; ok {
		prerelease = strPtr(s)
	}
	if s, ok := matchedVersionParts["build"]; ok {
		build = strPtr(s)
	}
	return New(atoi(matchedVersionParts["major"]), atoi(matchedVersionParts["minor"]),
		atoi(matchedVersionParts["patch"]), prerelease, build)
}

// Replace replaces one or more parts of a version and returns a new Version. Valid keys are major,
// minor, patch (int), prerelease and build (string or nil).
func (v *Version) Replace(parts map[string]interface{}) (*Version, error) {
	version := v.ToDict()
	var unknown []string
	for k, val := range parts {
		if _, ok := version[k]; !ok {
			unknown = append(unknown, k)
			continue
		}
		version[k] = val
	}
	if len(unknown) > 0 {
		return nil, fmt.Errorf("replace() got %d unexpected keyword argument(s): %s",
			len(unknown), strings.Join(unknown, ", "))
	}
	optional := func(x interface{}) *string {
		switch s := x.(type) {
		case string:
			return &s
		case *string:
			return s
		}
		return nil
	}
	return New(version["major"].(int), version["minor"].(int), version["patch"].(int),
		optional(version["prerelease"]), optional(version["build"]))
}

// IsValid checks if the string is a valid semver version.
func IsValid(version string) bool {
	_, err := Parse(version, false)
	return err == nil
}

// parts4 returns the defined parts among (major, minor, patch, prerelease), like version[:4].
func (v *Version) parts4() []interface{} {
	p := []interface{}{v.major, v.minor, v.patch}
	if v.prerelease != nil {
		p = append(p, *v.prerelease)
	}
	return p
}

func equalParts(a, b []interface{}) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// IsCompatible checks if the current version is compatible with other version.
//
// The result is true if either of the following is true:
//   - both versions are equal, or
//   - both majors are equal and higher than 0. Same for both minors. Both pre-releases are equal, or
//   - both majors are equal and higher than 0. The minor of b's minor version is higher then a's.
//     Both pre-releases are equal.
//
// The algorithm does *not* check patches.
//
//	New(1, 1, 0).IsCompatible(New(1, 0, 0)) == false
//	New(1, 0, 0).IsCompatible(New(1, 1, 0)) == true
func (v *Version) IsCompatible(other *Version) bool {
	// All major-0 versions should be incompatible with anything but itself
	if v.major == 0 && other.major == 0 && !equalParts(v.parts4(), other.parts4()) {
		return false
	}

	return v.major == other.major &&
		other.minor >= v.minor &&
		(v.prerelease == nil) == (other.prerelease == nil) && deref(v.prerelease) == deref(other.prerelease)
}
