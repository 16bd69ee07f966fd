// Conformance sample: a tiny tokenizer for arithmetic expressions.
use std::fmt;

const OPERATORS: &str = "+-*/";

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Number,
    Operator,
}

#[derive(Debug, Clone)]
pub struct Token {
    pub kind: Kind,
    pub text: String,
    pub line: usize,
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} {:?} @{}", self.kind, self.text, self.line)
    }
}

fn scan_number(chars: &[char], start: usize) -> usize {
    let mut end = start;
    while end < chars.len() && chars[end].is_ascii_digit() {
        end += 1;
    }
    if end < chars.len() && chars[end] == '.' {
        end += 1;
        while end < chars.len() && chars[end].is_ascii_digit() {
            end += 1;
        }
    }
    end
}

pub fn tokenize(source: &str, line: usize) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = source.chars().collect();
    let mut tokens = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        let ch = chars[index];
        if ch.is_whitespace() {
            index += 1;
        } else if ch.is_ascii_digit() {
            let end = scan_number(&chars, index);
            let text: String = chars[index..end].iter().collect();
            tokens.push(Token { kind: Kind::Number, text, line });
            index = end;
        } else if OPERATORS.contains(ch) {
            tokens.push(Token { kind: Kind::Operator, text: ch.to_string(), line });
            index += 1;
        } else {
            return Err(format!("invalid token at line {}", line));
        }
    }
    Ok(tokens)
}

pub fn count_tokens(lines: &[&str]) -> Result<usize, String> {
    // Tokenize every line and add up the token counts.
    let mut total = 0;
    for (i, text) in lines.iter().enumerate() {
        let tokens = tokenize(text, i + 1)?;
        total += tokens.len();
    }
    if total == 0 {
        return Err(String::from("no tokens found"));
    }
    Ok(total)
}
