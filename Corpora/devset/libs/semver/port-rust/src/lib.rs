//! Version handling by a semver compatible version type.
//!
//! See specification at https://semver.org.

use std::cmp::Ordering;
use std::fmt;

/// Maximum number of characters in a version string.
pub const MAX_LENGTH: usize = 255;

/// The names of the different parts of a version.
pub const NAMES: [&str; 5] = ["major", "minor", "patch", "prerelease", "build"];

/// Errors raised by version handling.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// An invalid version string, part or token.
    Value(String),
    /// An unexpected argument.
    Type(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Value(m) | Error::Type(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Error {}

fn length_error() -> Error {
    Error::Value(format!("Version string exceeds maximum length of {} characters", MAX_LENGTH))
}

/// Return negative if a<b, zero if a==b, positive if a>b.
fn cmp<T: Ord>(a: T, b: T) -> i32 {
    match a.cmp(&b) {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// A number part of the grammar: `0|[1-9]\d*`.
fn is_number(s: &str) -> bool {
    is_digits(s) && (s == "0" || !s.starts_with('0'))
}

/// A single valid alphanumeric prerelease identifier: `0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*`.
fn is_prerelease_identifier(s: &str) -> bool {
    is_number(s)
        || (!s.is_empty()
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && s.bytes().any(|b| b.is_ascii_alphabetic() || b == b'-'))
}

/// A single valid build identifier: `[0-9a-zA-Z-]+`.
fn is_build_identifier(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Check that a dot-separated identifier string consists only of identifiers allowed by the SemVer
/// grammar; `what` is the human readable name of the checked part, used for the error message.
fn validate_identifiers(value: &str, pattern: fn(&str) -> bool, what: &str) -> Result<(), Error> {
    for identifier in value.split('.') {
        if !pattern(identifier) {
            return Err(Error::Value(format!(
                "{:?} is not a valid {}. It may only consist of dot-separated identifiers, made of \
                 alphanumerics and hyphens.",
                value, what
            )));
        }
    }
    Ok(())
}

/// Sort key of one prerelease identifier: numbers (by value, leading zeros ignored) before the others.
fn prerelease_key(identifier: &str) -> (u8, usize, String) {
    if !is_digits(identifier) {
        return (1, 0, identifier.to_string());
    }
    // Compare decimal values without converting arbitrarily long
    // identifiers to integers. Keep constructor leading zeros.
    let trimmed = identifier.trim_start_matches('0');
    let normalized = if trimmed.is_empty() { "0" } else { trimmed };
    (0, normalized.len(), normalized.to_string())
}

fn nat_cmp(a: Option<&str>, b: Option<&str>) -> i32 {
    let a_parts: Vec<_> = a.unwrap_or("").split('.').map(prerelease_key).collect();
    let b_parts: Vec<_> = b.unwrap_or("").split('.').map(prerelease_key).collect();

    for (sub_a, sub_b) in a_parts.iter().zip(b_parts.iter()) {
        let cmp_result = cmp(sub_a, sub_b);
        if cmp_result != 0 {
            return cmp_result;
        }
    }

    cmp(a_parts.len(), b_parts.len())
}

/// A semver compatible version.
///
/// * `major` - version when you make incompatible API changes.
/// * `minor` - version when you add functionality in a backwards-compatible manner.
/// * `patch` - version when you make backwards-compatible bug fixes.
/// * `prerelease` - an optional prerelease string
/// * `build` - an optional build string
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Version {
    major: u64,
    minor: u64,
    patch: u64,
    prerelease: Option<String>,
    build: Option<String>,
}

/// A replacement for one part in [`Version::replace`].
#[derive(Debug, Clone)]
pub enum Part {
    Number(u64),
    Text(Option<String>),
}

impl Version {
    /// Create a version; fails if the version exceeds [`MAX_LENGTH`].
    pub fn new(
        major: u64,
        minor: u64,
        patch: u64,
        prerelease: Option<String>,
        build: Option<String>,
    ) -> Result<Version, Error> {
        for value in [&prerelease, &build].into_iter().flatten() {
            if value.chars().count() > MAX_LENGTH {
                return Err(length_error());
            }
        }

        // Individually bounded parts can still exceed the total limit together.
        // Count both dots and, for nonempty metadata, its '-' or '+' separator.
        let mut length = [major, minor, patch].iter().map(|v| v.to_string().len()).sum::<usize>() + 2;
        for identifier in [&prerelease, &build].into_iter().flatten() {
            if !identifier.is_empty() {
                length += identifier.chars().count() + 1;
            }
        }
        if length > MAX_LENGTH {
            return Err(length_error());
        }

        Ok(Version { major, minor, patch, prerelease, build })
    }

    /// The major part of a version.
    pub fn major(&self) -> u64 {
        self.major
    }

    /// The minor part of a version.
    pub fn minor(&self) -> u64 {
        self.minor
    }

    /// The patch part of a version.
    pub fn patch(&self) -> u64 {
        self.patch
    }

    /// The prerelease part of a version.
    pub fn prerelease(&self) -> Option<&str> {
        self.prerelease.as_deref()
    }

    /// The build part of a version.
    pub fn build(&self) -> Option<&str> {
        self.build.as_deref()
    }

    /// Convert the version to a tuple: `(5, 3, 1, None, None)`.
    pub fn to_tuple(&self) -> (u64, u64, u64, Option<String>, Option<String>) {
        (self.major, self.minor, self.patch, self.prerelease.clone(), self.build.clone())
    }

    /// Check if the last part of a dot-separated string is numeric. If yes,
    /// increase it. Else, add '.0'
    fn increment_prerelease(string: &str) -> String {
        // ^(.*\.)?(\d+)$
        let (head, last) = match string.rfind('.') {
            Some(dot) => (Some(&string[..=dot]), &string[dot + 1..]),
            None => (None, string),
        };
        if is_digits(last) {
            let next = (last.parse::<u64>().unwrap() + 1).to_string();
            match head {
                Some(head) => format!("{}{}", head, next),
                None => next,
            }
        } else {
            format!("{}.0", string)
        }
    }

    /// Look for the last sequence of number(s) in a string and increment.
    ///
    /// Source: http://code.activestate.com/recipes/442460-increment-numbers-in-a-string/#c1
    fn increment_string(string: &str) -> String {
        let bytes = string.as_bytes();
        let end = match bytes.iter().rposition(|b| b.is_ascii_digit()) {
            Some(i) => i + 1,
            None => return string.to_string(),
        };
        let mut start = end;
        while start > 0 && bytes[start - 1].is_ascii_digit() {
            start -= 1;
        }
        let next = (string[start..end].parse::<u64>().unwrap() + 1).to_string();
        let cut = std::cmp::max(end as isize - next.len() as isize, start as isize) as usize;
        format!("{}{}{}", &string[..cut], next, &string[end..])
    }

    /// Raise the major part of the version: `3.4.5` gives `4.0.0`.
    pub fn bump_major(&self) -> Result<Version, Error> {
        Version::new(self.major + 1, 0, 0, None, None)
    }

    /// Raise the minor part of the version: `3.4.5` gives `3.5.0`.
    pub fn bump_minor(&self) -> Result<Version, Error> {
        Version::new(self.major, self.minor + 1, 0, None, None)
    }

    /// Raise the patch part of the version: `3.4.5` gives `3.4.6`.
    pub fn bump_patch(&self) -> Result<Version, Error> {
        Version::new(self.major, self.minor, self.patch + 1, None, None)
    }

    /// Raise the prerelease part of the version.
    ///
    /// When `bump_when_empty` is set, bumps the patch version when called with a version that has no
    /// prerelease segment, so the return value will be considered a newer version. Adds `.0` to the
    /// prerelease if the last part of the dot-separated prerelease is not a number. `token` defaults to
    /// `"rc"` (pass `None`).
    ///
    /// `3.4.5` gives prerelease `rc.1`; with token `""` it gives `1`; with `bump_when_empty`, `3.4.6-rc.1`.
    pub fn bump_prerelease(&self, token: Option<&str>, bump_when_empty: bool) -> Result<Version, Error> {
        let mut patch = self.patch;
        let prerelease = match &self.prerelease {
            Some(prerelease) => Version::increment_prerelease(prerelease),
            None => {
                if bump_when_empty {
                    patch += 1;
                }
                match token {
                    Some("") => "1".to_string(),
                    None => "rc.1".to_string(),
                    Some(token) => {
                        validate_identifiers(token, is_prerelease_identifier, "prerelease token")?;
                        format!("{}.1", token)
                    }
                }
            }
        };

        Version::new(self.major, self.minor, patch, Some(prerelease), None)
    }

    /// Raise the build part of the version. `token` defaults to `"build"` (pass `None`).
    ///
    /// `3.4.5-rc.1+build.9` gives `3.4.5-rc.1+build.10`; `3.4.5-rc.1+alpha` gives `3.4.5-rc.1+alpha.0`.
    pub fn bump_build(&self, token: Option<&str>) -> Result<Version, Error> {
        let mut build = match (&self.build, token) {
            (Some(build), _) => build.clone(),
            (None, Some("")) => "0".to_string(),
            (None, None) => "build.0".to_string(),
            (None, Some(token)) => {
                validate_identifiers(token, is_build_identifier, "build token")?;
                format!("{}.0", token)
            }
        };

        build = Version::increment_string(&build);
        if Some(&build) == self.build.as_ref() {
            // increment_string leaves a build without any digits
            // unchanged. Raise it nevertheless by appending ".0",
            // analogous to increment_prerelease (see gh-460).
            build.push_str(".0");
        }
        Version::new(self.major, self.minor, self.patch, self.prerelease.clone(), Some(build))
    }

    /// Compare self with other: negative if self < other, zero if equal and strictly positive if
    /// self > other. `Version::parse("1.0.0")?.compare(&Version::parse("2.0.0")?)` is `-1`.
    pub fn compare(&self, other: &Version) -> i32 {
        let x = cmp((self.major, self.minor, self.patch), (other.major, other.minor, other.patch));
        if x != 0 {
            return x;
        }

        let (rc1, rc2) = (self.prerelease.as_deref(), other.prerelease.as_deref());
        if rc1 == rc2 {
            return 0;
        }
        let empty = |rc: Option<&str>| rc.map_or(true, str::is_empty);
        if empty(rc1) {
            return if empty(rc2) { 0 } else { 1 };
        } else if empty(rc2) {
            return -1;
        }

        nat_cmp(rc1, rc2)
    }

    /// Parse `other` and compare self with it.
    pub fn compare_str(&self, other: &str) -> Result<i32, Error> {
        Ok(self.compare(&Version::parse(other, false)?))
    }

    /// Determines next version, preserving natural order.
    ///
    /// "major", "minor" and "patch" raise the respective parts like the `bump_*` functions. The real
    /// difference is using the "prerelease" part. It gives you the next patch version of the prerelease:
    /// `0.1.4` gives `0.1.5-rc.1`. Switching to an earlier prerelease token advances the patch version so
    /// the result remains greater than the original version (`1.2.3-rc.1` with "alpha" gives
    /// `1.2.4-alpha.1`). Old-style counters also advance the patch version if incrementing the counter
    /// would move backwards under SemVer's lexical ordering (`1.2.3-rc9` gives `1.2.4-rc10`).
    pub fn next_version(&self, part: &str, prerelease_token: Option<&str>) -> Result<Version, Error> {
        // "build" is currently not used, that's why we use [..4]
        let validparts = &NAMES[..4];
        if !validparts.contains(&part) {
            return Err(Error::Value(format!(
                "Invalid part. Expected one of {:?}, but got {:?}",
                validparts, part
            )));
        }
        let version = self;
        let has_prerelease = version.prerelease.as_deref().map_or(false, |p| !p.is_empty());
        if has_prerelease
            && (part == "patch"
                || (part == "minor" && version.patch == 0)
                || (part == "major" && version.minor == 0 && version.patch == 0))
        {
            return version.replace(&[("prerelease", Part::Text(None)), ("build", Part::Text(None))]);
        }

        // Only check the main parts:
        match part {
            "major" => return version.bump_major(),
            "minor" => return version.bump_minor(),
            "patch" => return version.bump_patch(),
            _ => {}
        }
        if let (true, Some(token)) = (has_prerelease, prerelease_token.filter(|t| !t.is_empty())) {
            validate_identifiers(token, is_prerelease_identifier, "prerelease token")?;
            let prerelease = version.prerelease.as_deref().unwrap();
            // Handle old-style prereleases like "rc3" (no dot separator)
            if let Some(digits) = prerelease.strip_prefix(token).filter(|d| is_digits(d)) {
                let num: u64 = digits.parse().unwrap();
                let candidate = version.replace(&[
                    ("prerelease", Part::Text(Some(format!("{}{}", token, num + 1)))),
                    ("build", Part::Text(None)),
                ])?;
                if candidate.compare(version) > 0 {
                    return Ok(candidate);
                }
                return candidate.bump_patch()?.replace(&[("prerelease", Part::Text(candidate.prerelease.clone()))]);
            }

            if !(prerelease == token || prerelease.starts_with(&format!("{}.", token))) {
                let candidate = version.replace(&[
                    ("prerelease", Part::Text(Some(format!("{}.1", token)))),
                    ("build", Part::Text(None)),
                ])?;
                if candidate.compare(version) > 0 {
                    return Ok(candidate);
                }
                return version.bump_patch()?.bump_prerelease(Some(token), false);
            }
        }
        version.bump_prerelease(prerelease_token, true)
    }

    /// Remove any prerelease and build metadata from the version: `1.2.3-rc.5` gives `1.2.3`.
    pub fn finalize_version(&self) -> Result<Version, Error> {
        Version::new(self.major, self.minor, self.patch, None, None)
    }

    /// Compare self to match a match expression: an optional operator and a version. Valid operators
    /// are `<` smaller than, `>` greater than, `>=` greator or equal than, `<=` smaller or equal than,
    /// `==` equal and `!=` not equal.
    ///
    /// `2.0.0` matches `">=1.0.0"`; `1.0.0` does not match `">1.0.0"`; `4.0.4` matches `"4.0.4"`.
    pub fn is_match(&self, match_expr: &str) -> Result<bool, Error> {
        let mut prefix: &str = &match_expr[..match_expr.len().min(2)];
        let match_version;
        if [">=", "<=", "==", "!="].contains(&prefix) {
            match_version = &match_expr[2..];
        } else if prefix.starts_with('>') || prefix.starts_with('<') {
            prefix = &prefix[..1];
            match_version = &match_expr[1..];
        } else if match_expr.starts_with(|c: char| c.is_ascii_digit()) {
            prefix = "==";
            match_version = match_expr;
        } else {
            return Err(Error::Value(format!(
                "match_expr parameter should be in format <op><ver>, where <op> is one of \
                 ['<', '>', '==', '<=', '>=', '!=']. You provided: {:?}",
                match_expr
            )));
        }

        let possibilities: &[i32] = match prefix {
            ">" => &[1],
            "<" => &[-1],
            "==" => &[0],
            "!=" => &[-1, 1],
            ">=" => &[0, 1],
            _ => &[-1, 0], // "<="
        };

        let cmp_res = self.compare_str(match_version)?;

        Ok(possibilities.contains(&cmp_res))
    }

    /// Parse version string to a Version.
    ///
    /// If `optional_minor_and_patch` is set, the version string can contain optional minor and patch
    /// parts, which are then set to zero. By default the string has to follow the semver specification.
    ///
    /// `Version::parse("3.4.5-pre.2+build.4", false)` gives major 3, minor 4, patch 5, prerelease
    /// `pre.2` and build `build.4`.
    pub fn parse(version: &str, optional_minor_and_patch: bool) -> Result<Version, Error> {
        if version.chars().count() > MAX_LENGTH {
            return Err(length_error());
        }
        let invalid = || Error::Value(format!("{} is not valid SemVer string", version));

        // major(.minor(.patch)?)?(-prerelease)?(+build)?
        let (rest, build) = match version.find('+') {
            Some(i) => (&version[..i], Some(&version[i + 1..])),
            None => (version, None),
        };
        let (core, prerelease) = match rest.find('-') {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        let numbers: Vec<&str> = core.split('.').collect();
        if numbers.len() > 3 || (!optional_minor_and_patch && numbers.len() != 3) {
            return Err(invalid());
        }
        if !numbers.iter().all(|n| is_number(n)) {
            return Err(invalid());
        }
        if let Some(p) = prerelease {
            if !p.split('.').all(is_prerelease_identifier) {
                return Err(invalid());
            }
        }
        if let Some(b) = build {
            if !b.split('.').all(is_build_identifier) {
                return Err(invalid());
            }
        }

        let part = |i: usize| numbers.get(i).map_or(Ok(0), |n| n.parse::<u64>().map_err(|_| invalid()));
        Version::new(part(0)?, part(1)?, part(2)?, prerelease.map(String::from), build.map(String::from))
    }

    /// Replace one or more parts of a version and return a new Version. Valid keys are `major`,
    /// `minor`, `patch`, `prerelease`, or `build`.
    pub fn replace(&self, parts: &[(&str, Part)]) -> Result<Version, Error> {
        let mut version = self.clone();
        let mut unknownkeys = Vec::new();
        for (key, value) in parts {
            match (*key, value) {
                ("major", Part::Number(n)) => version.major = *n,
                ("minor", Part::Number(n)) => version.minor = *n,
                ("patch", Part::Number(n)) => version.patch = *n,
                ("prerelease", Part::Text(t)) => version.prerelease = t.clone(),
                ("build", Part::Text(t)) => version.build = t.clone(),
                _ => unknownkeys.push(*key),
            }
        }
        if !unknownkeys.is_empty() {
            return Err(Error::Type(format!(
                "replace() got {} unexpected keyword argument(s): {}",
                unknownkeys.len(),
                unknownkeys.join(", ")
            )));
        }
        Version::new(version.major, version.minor, version.patch, version.prerelease, version.build)
    }

    /// Check if the string is a valid semver version.
    pub fn is_valid(version: &str) -> bool {
        Version::parse(version, false).is_ok()
    }

    /// Check if current version is compatible with other version.
    ///
    /// The result is true, if either of the following is true:
    ///
    /// * both versions are equal, or
    /// * both majors are equal and higher than 0. Same for both minors. Both pre-releases are equal, or
    /// * both majors are equal and higher than 0. The minor of b's minor version is higher then a's.
    ///   Both pre-releases are equal.
    ///
    /// The algorithm does *not* check patches.
    pub fn is_compatible(&self, other: &Version) -> bool {
        // All major-0 versions should be incompatible with anything but itself
        let first4 = |v: &Version| (v.major, v.minor, v.patch, v.prerelease.clone());
        if 0 == self.major && self.major == other.major && first4(self) != first4(other) {
            return false;
        }

        self.major == other.major && other.minor >= self.minor && self.prerelease == other.prerelease
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)?;
        if let Some(prerelease) = self.prerelease.as_deref().filter(|p| !p.is_empty()) {
            write!(f, "-{}", prerelease)?;
        }
        if let Some(build) = self.build.as_deref().filter(|b| !b.is_empty()) {
            write!(f, "+{}", build)?;
        }
        Ok(())
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Version) -> Option<Ordering> {
        Some(self.compare(other).cmp(&0))
    }
}

/// Keep the VersionInfo name for compatibility.
pub type VersionInfo = Version;
