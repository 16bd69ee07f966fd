mod json;
mod semver;

use json::Json;
use semver::{Error, Version};
use std::io::{BufRead, Write};

fn out(v: &Version) -> Json {
    let opt = |s: Option<&str>| s.map_or(Json::Null, Json::str);
    Json::Arr(vec![
        Json::str(&v.to_string()),
        Json::obj(vec![
            ("major", Json::Num(v.major().to_string())),
            ("minor", Json::Num(v.minor().to_string())),
            ("patch", Json::Num(v.patch().to_string())),
            ("prerelease", opt(v.prerelease())),
            ("build", opt(v.build())),
        ]),
    ])
}

fn run(c: &Json) -> Result<Json, Error> {
    let op = c.get("op").as_str();
    if op == "is_valid" {
        return Ok(Json::Bool(Version::is_valid(c.get("v").as_str())));
    }
    let opt = !c.get("opt").is_null() && c.get("opt").as_bool();
    let v = Version::parse(c.get("v").as_str(), opt)?;
    let token = if c.get("token").is_null() { None } else { Some(c.get("token").as_str()) };
    let r = match op {
        "parse" => v.clone(),
        "compare" => return Ok(Json::int(v.compare_str(c.get("w").as_str())? as i64)),
        "match" => return Ok(Json::Bool(v.is_match(c.get("expr").as_str())?)),
        "compatible" => return Ok(Json::Bool(v.is_compatible(&Version::parse(c.get("w").as_str(), false)?))),
        "finalize" => v.finalize_version()?,
        "bump" => match c.get("part").as_str() {
            "major" => v.bump_major()?,
            "minor" => v.bump_minor()?,
            "patch" => v.bump_patch()?,
            "prerelease" => v.bump_prerelease(token, c.get("when_empty").as_bool())?,
            _ => v.bump_build(token)?,
        },
        _ => v.next_version(c.get("part").as_str(), token)?,
    };
    Ok(out(&r))
}

fn main() {
    let stdin = std::io::stdin();
    let mut w = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let c = json::parse(&line.unwrap());
        let res = match run(&c) {
            Ok(v) => Json::obj(vec![("ok", v)]),
            Err(Error::Value(_)) => Json::obj(vec![("error", Json::str("ValueError"))]),
            Err(Error::Type(m)) => Json::obj(vec![("error", Json::str(&m))]),
        };
        writeln!(w, "{}", res.dump()).unwrap();
    }
}
