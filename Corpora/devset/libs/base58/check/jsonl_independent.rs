//! Minimal JSON reader for the independent check drivers (flat objects of strings, booleans, numbers).

#[derive(Debug, Clone)]
pub enum Val {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    List(Vec<Val>),
    Map(Vec<(String, Val)>),
}

impl Val {
    pub fn field(&self, key: &str) -> &Val {
        match self {
            Val::Map(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v).unwrap_or(&Val::Null),
            _ => &Val::Null,
        }
    }
    pub fn text(&self) -> &str {
        match self {
            Val::Str(s) => s,
            _ => "",
        }
    }
    pub fn truthy(&self) -> bool {
        matches!(self, Val::Bool(true))
    }
}

pub fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

struct Cursor<'a> {
    chars: Vec<char>,
    at: usize,
    _src: &'a str,
}

impl<'a> Cursor<'a> {
    fn ws(&mut self) {
        while self.at < self.chars.len() && self.chars[self.at].is_ascii_whitespace() {
            self.at += 1;
        }
    }
    fn next(&mut self) -> char {
        let c = self.chars[self.at];
        self.at += 1;
        c
    }
    fn hex4(&mut self) -> u32 {
        let s: String = self.chars[self.at..self.at + 4].iter().collect();
        self.at += 4;
        u32::from_str_radix(&s, 16).unwrap()
    }
    fn string(&mut self) -> String {
        self.next();
        let mut out = String::new();
        loop {
            let c = self.next();
            match c {
                '"' => return out,
                '\\' => match self.next() {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    'u' => {
                        let mut cp = self.hex4();
                        if (0xd800..0xdc00).contains(&cp) && self.chars.get(self.at) == Some(&'\\') {
                            self.at += 2;
                            let lo = self.hex4();
                            cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                        }
                        out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                    }
                    other => out.push(other),
                },
                other => out.push(other),
            }
        }
    }
    fn value(&mut self) -> Val {
        self.ws();
        match self.chars[self.at] {
            '{' => {
                self.next();
                let mut m = Vec::new();
                self.ws();
                if self.chars[self.at] == '}' {
                    self.next();
                    return Val::Map(m);
                }
                loop {
                    self.ws();
                    let k = self.string();
                    self.ws();
                    self.next();
                    let v = self.value();
                    m.push((k, v));
                    self.ws();
                    if self.next() == '}' {
                        return Val::Map(m);
                    }
                }
            }
            '[' => {
                self.next();
                let mut l = Vec::new();
                self.ws();
                if self.chars[self.at] == ']' {
                    self.next();
                    return Val::List(l);
                }
                loop {
                    l.push(self.value());
                    self.ws();
                    if self.next() == ']' {
                        return Val::List(l);
                    }
                }
            }
            '"' => Val::Str(self.string()),
            't' => {
                self.at += 4;
                Val::Bool(true)
            }
            'f' => {
                self.at += 5;
                Val::Bool(false)
            }
            'n' => {
                self.at += 4;
                Val::Null
            }
            _ => {
                let start = self.at;
                while self.at < self.chars.len() && "+-0123456789.eE".contains(self.chars[self.at]) {
                    self.at += 1;
                }
                let s: String = self.chars[start..self.at].iter().collect();
                Val::Num(s.parse().unwrap())
            }
        }
    }
}

pub fn parse(src: &str) -> Val {
    let mut c = Cursor { chars: src.chars().collect(), at: 0, _src: src };
    c.value()
}
