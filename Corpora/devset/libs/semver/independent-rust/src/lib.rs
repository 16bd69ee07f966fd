//! Semantic Versioning 2.0.0 values: parsing, precedence, bumping, match expressions.
//! Written from the semver API description (no regex crate: a small hand-written scanner).

use std::cmp::Ordering;
use std::fmt;

pub const MAX_LENGTH: usize = 255;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SemverError(pub String);

impl fmt::Display for SemverError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

type Res<T> = Result<T, SemverError>;

fn fail<T>(msg: String) -> Res<T> {
    Err(SemverError(msg))
}

fn too_long<T>() -> Res<T> {
    fail(format!("Version string exceeds maximum length of {} characters", MAX_LENGTH))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
    pub prerelease: Option<String>,
    pub build: Option<String>,
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-'
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// A numeric part: `0` or digits without a leading zero.
fn is_number(s: &str) -> bool {
    all_digits(s) && (s == "0" || !s.starts_with('0'))
}

fn is_pre_ident(s: &str) -> bool {
    if all_digits(s) {
        return is_number(s);
    }
    !s.is_empty() && s.chars().all(is_ident_char)
}

fn is_build_ident(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_ident_char)
}

fn valid_dotted(s: &str, piece: fn(&str) -> bool) -> bool {
    s.split('.').all(piece)
}

fn bump_digits(s: &str) -> String {
    (s.parse::<u64>().unwrap_or(0) + 1).to_string()
}

fn check_token(token: &str, piece: fn(&str) -> bool, what: &str) -> Res<()> {
    if valid_dotted(token, piece) {
        Ok(())
    } else {
        fail(format!(
            "'{}' is not a valid {} token. It may only consist of dot-separated identifiers, made of alphanumerics and hyphens.",
            token, what
        ))
    }
}

fn compare_ident(a: &str, b: &str) -> Ordering {
    match (all_digits(a), all_digits(b)) {
        (true, true) => {
            let (x, y) = (a.trim_start_matches('0'), b.trim_start_matches('0'));
            x.len().cmp(&y.len()).then_with(|| x.cmp(y))
        }
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        (false, false) => a.cmp(b),
    }
}

fn compare_pre(a: &Option<String>, b: &Option<String>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(x), Some(y)) => {
            if x == y {
                return Ordering::Equal;
            }
            let xs: Vec<&str> = x.split('.').collect();
            let ys: Vec<&str> = y.split('.').collect();
            for (p, q) in xs.iter().zip(ys.iter()) {
                let o = compare_ident(p, q);
                if o != Ordering::Equal {
                    return o;
                }
            }
            xs.len().cmp(&ys.len())
        }
    }
}

impl Version {
    /// Builds a version, checking only sizes (like the original constructor).
    pub fn new(major: u64, minor: u64, patch: u64, prerelease: Option<String>, build: Option<String>) -> Res<Version> {
        let mut size = major.to_string().len() + minor.to_string().len() + patch.to_string().len() + 2;
        for extra in [&prerelease, &build].into_iter().flatten() {
            if extra.chars().count() > MAX_LENGTH {
                return too_long();
            }
            if !extra.is_empty() {
                size += extra.chars().count() + 1;
            }
        }
        if size > MAX_LENGTH {
            return too_long();
        }
        Ok(Version { major, minor, patch, prerelease, build })
    }

    pub fn parse(text: &str, optional_minor_and_patch: bool) -> Res<Version> {
        if text.chars().count() > MAX_LENGTH {
            return too_long();
        }
        let invalid = || SemverError(format!("{} is not valid SemVer string", text));
        if !text.is_ascii() {
            return Err(invalid());
        }
        let (rest, build) = match text.find('+') {
            Some(i) => (&text[..i], Some(&text[i + 1..])),
            None => (text, None),
        };
        let (core, pre) = match rest.find('-') {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        if let Some(b) = build {
            if !valid_dotted(b, is_build_ident) {
                return Err(invalid());
            }
        }
        if let Some(p) = pre {
            if !valid_dotted(p, is_pre_ident) {
                return Err(invalid());
            }
        }
        let nums: Vec<&str> = core.split('.').collect();
        let allowed = if optional_minor_and_patch { 1..=3 } else { 3..=3 };
        if !allowed.contains(&nums.len()) || !nums.iter().all(|n| is_number(n)) {
            return Err(invalid());
        }
        let mut parts = [0u64; 3];
        for (slot, n) in parts.iter_mut().zip(nums.iter()) {
            *slot = n.parse().map_err(|_| invalid())?;
        }
        Version::new(parts[0], parts[1], parts[2], pre.map(str::to_string), build.map(str::to_string))
    }

    pub fn is_valid(text: &str) -> bool {
        Version::parse(text, false).is_ok()
    }

    pub fn finalize(&self) -> Version {
        Version { major: self.major, minor: self.minor, patch: self.patch, prerelease: None, build: None }
    }

    pub fn precedence(&self, other: &Version) -> Ordering {
        (self.major, self.minor, self.patch)
            .cmp(&(other.major, other.minor, other.patch))
            .then_with(|| compare_pre(&self.prerelease, &other.prerelease))
    }

    pub fn compare_str(&self, other: &str) -> Res<i32> {
        let w = Version::parse(other, false)?;
        Ok(self.precedence(&w) as i32)
    }

    pub fn satisfies(&self, expr: &str) -> Res<bool> {
        let (op, target) = if ["<=", ">=", "==", "!="].iter().any(|p| expr.starts_with(p)) {
            (&expr[..2], &expr[2..])
        } else if expr.starts_with('<') || expr.starts_with('>') {
            (&expr[..1], &expr[1..])
        } else if expr.chars().next().map_or(false, |c| c.is_ascii_digit()) {
            ("==", expr)
        } else {
            return fail(format!(
                "match_expr parameter should be in format <op><ver>, where <op> is one of ['<', '>', '==', '<=', '>=', '!=']. You provided: '{}'",
                expr
            ));
        };
        let o = self.compare_str(target)?;
        Ok(match op {
            "<" => o < 0,
            ">" => o > 0,
            "<=" => o <= 0,
            ">=" => o >= 0,
            "==" => o == 0,
            _ => o != 0,
        })
    }

    pub fn compatible_with(&self, other: &Version) -> bool {
        let key = |v: &Version| (v.major, v.minor, v.patch, v.prerelease.clone());
        if self.major == 0 && other.major == 0 && key(self) != key(other) {
            return false;
        }
        self.major == other.major && other.minor >= self.minor && self.prerelease == other.prerelease
    }

    pub fn bump_major(&self) -> Res<Version> {
        Version::new(self.major + 1, 0, 0, None, None)
    }

    pub fn bump_minor(&self) -> Res<Version> {
        Version::new(self.major, self.minor + 1, 0, None, None)
    }

    pub fn bump_patch(&self) -> Res<Version> {
        Version::new(self.major, self.minor, self.patch + 1, None, None)
    }

    /// `token`: None stands for Python's None (default "rc" prefix).
    pub fn bump_prerelease(&self, token: Option<&str>, bump_when_empty: bool) -> Res<Version> {
        let mut patch = self.patch;
        let pre = match self.prerelease.as_deref() {
            Some(cur) if !cur.is_empty() => {
                if all_digits(cur) {
                    bump_digits(cur)
                } else {
                    match cur.rfind('.') {
                        Some(dot) if all_digits(&cur[dot + 1..]) => format!("{}{}", &cur[..=dot], bump_digits(&cur[dot + 1..])),
                        _ => format!("{}.0", cur),
                    }
                }
            }
            _ => {
                if bump_when_empty {
                    patch += 1;
                }
                match token {
                    None => "rc.1".to_string(),
                    Some("") => "1".to_string(),
                    Some(t) => {
                        check_token(t, is_pre_ident, "prerelease")?;
                        format!("{}.1", t)
                    }
                }
            }
        };
        Version::new(self.major, self.minor, patch, Some(pre), None)
    }

    pub fn bump_build(&self, token: Option<&str>) -> Res<Version> {
        let start = match (self.build.as_deref(), token) {
            (Some(b), _) if !b.is_empty() => b.to_string(),
            (_, None) => "build.0".to_string(),
            (_, Some("")) => "0".to_string(),
            (_, Some(t)) => {
                check_token(t, is_build_ident, "build")?;
                format!("{}.0", t)
            }
        };
        let bytes = start.as_bytes();
        let next = match bytes.iter().rposition(|b| b.is_ascii_digit()) {
            None => format!("{}.0", start),
            Some(end) => {
                let mut begin = end;
                while begin > 0 && bytes[begin - 1].is_ascii_digit() {
                    begin -= 1;
                }
                let old = &start[begin..=end];
                let bumped = bump_digits(old);
                let width = old.len().max(bumped.len());
                format!("{}{:0>w$}{}", &start[..begin], bumped, &start[end + 1..], w = width)
            }
        };
        Version::new(self.major, self.minor, self.patch, self.prerelease.clone(), Some(next))
    }

    pub fn next_version(&self, part: &str, token: Option<&str>) -> Res<Version> {
        if !["major", "minor", "patch", "prerelease"].contains(&part) {
            return fail(format!(
                "Invalid part. Expected one of ('major', 'minor', 'patch', 'prerelease'), but got '{}'",
                part
            ));
        }
        let pre = self.prerelease.as_deref().filter(|p| !p.is_empty());
        if pre.is_some()
            && (part == "patch" || (part == "minor" && self.patch == 0) || (part == "major" && self.minor == 0 && self.patch == 0))
        {
            return Ok(self.finalize());
        }
        match part {
            "major" => return self.bump_major(),
            "minor" => return self.bump_minor(),
            "patch" => return self.bump_patch(),
            _ => {}
        }
        if let (Some(cur), Some(tok)) = (pre, token) {
            if !tok.is_empty() {
                check_token(tok, is_pre_ident, "prerelease")?;
                if let Some(tail) = cur.strip_prefix(tok).filter(|t| all_digits(t)) {
                    let cand = Version::new(self.major, self.minor, self.patch, Some(format!("{}{}", tok, bump_digits(tail))), None)?;
                    if cand.precedence(self) == Ordering::Greater {
                        return Ok(cand);
                    }
                    return Version::new(self.major, self.minor, self.patch + 1, cand.prerelease, None);
                }
                if cur != tok && !cur.starts_with(&format!("{}.", tok)) {
                    let cand = Version::new(self.major, self.minor, self.patch, Some(format!("{}.1", tok)), None)?;
                    if cand.precedence(self) == Ordering::Greater {
                        return Ok(cand);
                    }
                    return self.bump_patch()?.bump_prerelease(token, false);
                }
            }
        }
        self.bump_prerelease(token, true)
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)?;
        if let Some(p) = self.prerelease.as_deref().filter(|p| !p.is_empty()) {
            write!(f, "-{}", p)?;
        }
        if let Some(b) = self.build.as_deref().filter(|b| !b.is_empty()) {
            write!(f, "+{}", b)?;
        }
        Ok(())
    }
}
