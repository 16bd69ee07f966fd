//! Check driver for the Rust port of base58: JSON lines in, JSON lines out (bytes and integers as hex).
mod json;

use std::io::{BufRead, Write};

use json::Json;

fn from_hex(h: &str) -> Vec<u8> {
    let s = if h.len() % 2 == 1 { format!("0{}", h) } else { h.to_string() };
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

fn to_hex(b: &[u8], strip: bool) -> String {
    let s: String = b.iter().map(|x| format!("{:02x}", x)).collect();
    if strip { s.trim_start_matches('0').to_string() } else { s }
}

fn answer(c: &Json) -> Result<String, base58::Error> {
    let a = c.get("alphabet").as_str().as_bytes();
    let text = |v: Vec<u8>| String::from_utf8(v).unwrap();
    Ok(match c.get("fn").as_str() {
        "b58encode" => text(base58::b58encode(&from_hex(c.get("data").as_str()), a)),
        "b58encode_check" => text(base58::b58encode_check(&from_hex(c.get("data").as_str()), a)),
        "b58encode_int" => text(base58::b58encode_int(&from_hex(c.get("int").as_str()), c.get("default_one").as_bool(), a)),
        "b58decode" => to_hex(&base58::b58decode(c.get("s").as_str(), a, c.get("autofix").as_bool())?, false),
        "b58decode_check" => to_hex(&base58::b58decode_check(c.get("s").as_str(), a, c.get("autofix").as_bool())?, false),
        "b58decode_int" => to_hex(&base58::b58decode_int(c.get("s").as_str(), a, c.get("autofix").as_bool())?, true),
        other => panic!("unknown fn {}", other),
    })
}

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let c = json::parse(&line.unwrap());
        let res = match answer(&c) {
            Ok(s) => Json::obj(vec![("ok", Json::str(&s))]),
            Err(e) => Json::obj(vec![("err", Json::str("ValueError")), ("msg", Json::str(&e.to_string()))]),
        };
        writeln!(out, "{}", res.dump()).unwrap();
    }
}
