//! Minimal JSON (std only) for the dev-set check drivers: parse one value per line, print values.
#![allow(dead_code)]
use std::fmt::Write;

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(String), // kept as written; as_i64 / as_f64 convert
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    pub fn get(&self, key: &str) -> &Json {
        match self {
            Json::Obj(kv) => kv.iter().find(|(k, _)| k == key).map(|(_, v)| v).unwrap_or(&Json::Null),
            _ => &Json::Null,
        }
    }
    pub fn as_str(&self) -> &str {
        match self { Json::Str(s) => s, _ => panic!("not a string: {:?}", self) }
    }
    pub fn as_i64(&self) -> i64 {
        match self { Json::Num(s) => s.parse().expect("integer"), _ => panic!("not a number: {:?}", self) }
    }
    pub fn as_f64(&self) -> f64 {
        match self { Json::Num(s) => s.parse().expect("number"), _ => panic!("not a number: {:?}", self) }
    }
    pub fn as_bool(&self) -> bool {
        match self { Json::Bool(b) => *b, _ => panic!("not a bool: {:?}", self) }
    }
    pub fn as_arr(&self) -> &Vec<Json> {
        match self { Json::Arr(a) => a, _ => panic!("not an array: {:?}", self) }
    }
    pub fn is_null(&self) -> bool { matches!(self, Json::Null) }
    pub fn str(s: &str) -> Json { Json::Str(s.to_string()) }
    pub fn int(i: i64) -> Json { Json::Num(i.to_string()) }
    pub fn obj(kv: Vec<(&str, Json)>) -> Json { Json::Obj(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect()) }

    pub fn dump(&self) -> String {
        let mut out = String::new();
        self.write_to(&mut out);
        out
    }
    fn write_to(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Num(s) => out.push_str(s),
            Json::Str(s) => write_str(out, s),
            Json::Arr(a) => {
                out.push('[');
                for (i, v) in a.iter().enumerate() {
                    if i > 0 { out.push(','); }
                    v.write_to(out);
                }
                out.push(']');
            }
            Json::Obj(kv) => {
                out.push('{');
                for (i, (k, v)) in kv.iter().enumerate() {
                    if i > 0 { out.push(','); }
                    write_str(out, k);
                    out.push(':');
                    v.write_to(out);
                }
                out.push('}');
            }
        }
    }
}

fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => { let _ = write!(out, "\\u{:04x}", c as u32); }
            c => out.push(c),
        }
    }
    out.push('"');
}

pub fn parse(text: &str) -> Json {
    let chars: Vec<char> = text.chars().collect();
    let mut p = Parser { s: chars, i: 0 };
    let v = p.value();
    p.ws();
    assert!(p.i == p.s.len(), "trailing characters in JSON");
    v
}

struct Parser { s: Vec<char>, i: usize }

impl Parser {
    fn ws(&mut self) { while self.i < self.s.len() && self.s[self.i].is_whitespace() { self.i += 1; } }
    fn lit(&mut self, w: &str, v: Json) -> Json {
        for c in w.chars() { assert_eq!(self.s[self.i], c); self.i += 1; }
        v
    }
    fn value(&mut self) -> Json {
        self.ws();
        match self.s[self.i] {
            'n' => self.lit("null", Json::Null),
            't' => self.lit("true", Json::Bool(true)),
            'f' => self.lit("false", Json::Bool(false)),
            '"' => Json::Str(self.string()),
            '[' => {
                self.i += 1;
                let mut a = Vec::new();
                self.ws();
                if self.s[self.i] == ']' { self.i += 1; return Json::Arr(a); }
                loop {
                    a.push(self.value());
                    self.ws();
                    let c = self.s[self.i]; self.i += 1;
                    if c == ']' { return Json::Arr(a); }
                    assert_eq!(c, ',');
                }
            }
            '{' => {
                self.i += 1;
                let mut kv = Vec::new();
                self.ws();
                if self.s[self.i] == '}' { self.i += 1; return Json::Obj(kv); }
                loop {
                    self.ws();
                    let k = self.string();
                    self.ws();
                    assert_eq!(self.s[self.i], ':'); self.i += 1;
                    kv.push((k, self.value()));
                    self.ws();
                    let c = self.s[self.i]; self.i += 1;
                    if c == '}' { return Json::Obj(kv); }
                    assert_eq!(c, ',');
                }
            }
            _ => {
                let st = self.i;
                while self.i < self.s.len() && "+-0123456789.eE".contains(self.s[self.i]) { self.i += 1; }
                Json::Num(self.s[st..self.i].iter().collect())
            }
        }
    }
    fn hex4(&mut self) -> u32 {
        let h: String = self.s[self.i..self.i + 4].iter().collect();
        self.i += 4;
        u32::from_str_radix(&h, 16).unwrap()
    }
    fn string(&mut self) -> String {
        assert_eq!(self.s[self.i], '"');
        self.i += 1;
        let mut out = String::new();
        loop {
            let c = self.s[self.i]; self.i += 1;
            match c {
                '"' => return out,
                '\\' => {
                    let e = self.s[self.i]; self.i += 1;
                    match e {
                        'n' => out.push('\n'), 't' => out.push('\t'), 'r' => out.push('\r'),
                        'b' => out.push('\u{8}'), 'f' => out.push('\u{c}'),
                        'u' => {
                            let mut cp = self.hex4();
                            if (0xD800..0xDC00).contains(&cp) && self.s.get(self.i) == Some(&'\\') && self.s.get(self.i + 1) == Some(&'u') {
                                self.i += 2;
                                let lo = self.hex4();
                                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                            }
                            out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                        }
                        other => out.push(other),
                    }
                }
                c => out.push(c),
            }
        }
    }
}
