// Driver for the independent Rust hashids (JSON lines in, JSON lines out).
mod hashids;
mod json;

use json::Json;
use std::io::{BufRead, Write};

fn answer(case: &Json) -> Json {
    let codec = match hashids::Encoder::with_config(case.get("salt").as_str(), case.get("min_length").as_i64(),
                                                    case.get("alphabet").as_str()) {
        Ok(c) => c,
        Err(_) => return Json::obj(vec![("error", Json::str("ValueError"))]),
    };
    let arg = case.get("arg");
    let value = match case.get("op").as_str() {
        "encode" => {
            let vals: Vec<i64> = arg.as_arr().iter().map(|x| x.as_i64()).collect();
            Json::str(&codec.encode_all(&vals))
        }
        "decode" => Json::Arr(codec.decode_all(arg.as_str()).into_iter().map(Json::int).collect()),
        "encode_hex" => Json::str(&codec.encode_hex(arg.as_str())),
        _ => Json::str(&codec.decode_hex(arg.as_str())),
    };
    Json::obj(vec![("ok", value)])
}

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let case = json::parse(&line.unwrap());
        writeln!(out, "{}", answer(&case).dump()).unwrap();
    }
}
