//! Check driver for the independent Rust base58: JSON lines in, JSON lines out (bytes and integers as hex).
mod jsonl_independent;

use std::io::{BufRead, Write};

use jsonl_independent::{parse, quote, Val};

fn unhex(h: &str) -> Vec<u8> {
    let padded = if h.len() % 2 == 1 { format!("0{}", h) } else { h.to_owned() };
    (0..padded.len()).step_by(2).map(|i| u8::from_str_radix(&padded[i..i + 2], 16).unwrap()).collect()
}

fn hexed(bytes: &[u8], as_int: bool) -> String {
    let s: String = bytes.iter().map(|b| format!("{:02x}", b)).collect();
    if as_int { s.trim_start_matches('0').to_owned() } else { s }
}

fn run(c: &Val) -> Result<String, b58codec::DecodeFailure> {
    let alpha = c.field("alphabet").text().as_bytes();
    let s = c.field("s").text();
    let fix = c.field("autofix").truthy();
    let ascii = |v: Vec<u8>| String::from_utf8(v).unwrap();
    Ok(match c.field("fn").text() {
        "b58encode" => ascii(b58codec::b58encode(&unhex(c.field("data").text()), alpha)),
        "b58encode_check" => ascii(b58codec::b58encode_check(&unhex(c.field("data").text()), alpha)),
        "b58encode_int" => ascii(b58codec::b58encode_int(&unhex(c.field("int").text()), c.field("default_one").truthy(), alpha)),
        "b58decode" => hexed(&b58codec::b58decode(s, alpha, fix)?, false),
        "b58decode_check" => hexed(&b58codec::b58decode_check(s, alpha, fix)?, false),
        "b58decode_int" => hexed(&b58codec::b58decode_int(s, alpha, fix)?, true),
        other => panic!("unknown fn {}", other),
    })
}

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let c = parse(&line.unwrap());
        match run(&c) {
            Ok(s) => writeln!(out, "{{\"ok\": {}}}", quote(&s)).unwrap(),
            Err(e) => writeln!(out, "{{\"err\": \"ValueError\", \"msg\": {}}}", quote(&e.to_string())).unwrap(),
        }
    }
}
