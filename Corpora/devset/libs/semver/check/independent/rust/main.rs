// Driver for the independent Rust semver (JSON lines in and out).
mod json;
mod semver;

use json::Json;
use semver::Version;
use std::io::{BufRead, Write};

fn show(v: &Version) -> Json {
    let opt = |s: &Option<String>| s.as_deref().map_or(Json::Null, Json::str);
    Json::Arr(vec![
        Json::str(&v.to_string()),
        Json::obj(vec![
            ("major", Json::Num(v.major.to_string())),
            ("minor", Json::Num(v.minor.to_string())),
            ("patch", Json::Num(v.patch.to_string())),
            ("prerelease", opt(&v.prerelease)),
            ("build", opt(&v.build)),
        ]),
    ])
}

fn run(c: &Json) -> Result<Json, semver::SemverError> {
    let text = c.get("v").as_str();
    if c.get("op").as_str() == "is_valid" {
        return Ok(Json::Bool(Version::is_valid(text)));
    }
    let opt = match c.get("opt") { Json::Bool(b) => *b, _ => false };
    let v = Version::parse(text, opt)?;
    let token = match c.get("token") { Json::Str(s) => Some(s.as_str()), _ => None };
    Ok(match c.get("op").as_str() {
        "parse" => show(&v),
        "compare" => Json::int(v.compare_str(c.get("w").as_str())? as i64),
        "match" => Json::Bool(v.satisfies(c.get("expr").as_str())?),
        "compatible" => Json::Bool(v.compatible_with(&Version::parse(c.get("w").as_str(), false)?)),
        "finalize" => show(&v.finalize()),
        "bump" => show(&match c.get("part").as_str() {
            "major" => v.bump_major()?,
            "minor" => v.bump_minor()?,
            "patch" => v.bump_patch()?,
            "prerelease" => v.bump_prerelease(token, c.get("when_empty").as_bool())?,
            _ => v.bump_build(token)?,
        }),
        _ => show(&v.next_version(c.get("part").as_str(), token)?),
    })
}

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let c = json::parse(&line.unwrap());
        let answer = match run(&c) {
            Ok(v) => Json::obj(vec![("ok", v)]),
            Err(_) => Json::obj(vec![("error", Json::str("ValueError"))]),
        };
        writeln!(out, "{}", answer.dump()).unwrap();
    }
}
