mod hashids;
mod json;

use json::Json;
use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let c = json::parse(&line.unwrap());
        let res = match hashids::Hashids::new(c.get("salt").as_str(), c.get("min_length").as_i64(), c.get("alphabet").as_str()) {
            Err(_) => Json::obj(vec![("error", Json::str("ValueError"))]),
            Ok(h) => {
                let arg = c.get("arg");
                let v = match c.get("op").as_str() {
                    "encode" => Json::str(&h.encode(&arg.as_arr().iter().map(|x| x.as_i64()).collect::<Vec<_>>())),
                    "decode" => Json::Arr(h.decode(arg.as_str()).into_iter().map(Json::int).collect()),
                    "encode_hex" => Json::str(&h.encode_hex(arg.as_str())),
                    _ => Json::str(&h.decode_hex(arg.as_str())),
                };
                Json::obj(vec![("ok", v)])
            }
        };
        writeln!(out, "{}", res.dump()).unwrap();
    }
}
