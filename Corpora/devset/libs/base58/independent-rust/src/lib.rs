//! Base58 and Base58Check encoding with any 58-symbol alphabet (Bitcoin by default).

mod sha;

use std::fmt;

pub const BITCOIN: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
pub const RIPPLE: &[u8] = b"rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz";
pub const VERSION: &str = "2.1.1";

/// Why a decode was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeFailure {
    BadSymbol(u8),
    ChecksumMismatch,
}

impl fmt::Display for DecodeFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeFailure::BadSymbol(b) => write!(f, "Invalid character {}", python_repr(*b)),
            DecodeFailure::ChecksumMismatch => f.write_str("Invalid checksum"),
        }
    }
}

impl std::error::Error for DecodeFailure {}

fn python_repr(b: u8) -> String {
    match b {
        b'\t' => "'\\t'".into(),
        b'\n' => "'\\n'".into(),
        b'\r' => "'\\r'".into(),
        b'\\' => "'\\\\'".into(),
        b'\'' => "\"'\"".into(),
        0x20..=0x7e => format!("'{}'", b as char),
        _ => format!("'\\x{:02x}'", b),
    }
}

fn strip_end(text: &[u8], alphabet: &[u8]) -> Vec<u8> {
    if alphabet.contains(&b' ') {
        return text.to_vec();
    }
    let mut end = text.len();
    while end > 0 && matches!(text[end - 1], b' ' | b'\t'..=b'\r') {
        end -= 1;
    }
    text[..end].to_vec()
}

fn symbol_table(alphabet: &[u8], autofix: bool) -> [i16; 256] {
    let mut table = [-1i16; 256];
    for (i, &b) in alphabet.iter().enumerate() {
        table[b as usize] = i as i16;
    }
    if autofix {
        for group in [b"0Oo", b"Il1"] {
            let known: Vec<i16> = group.iter().map(|&b| table[b as usize]).filter(|&v| v >= 0).collect();
            if known.len() == 1 {
                for &b in group.iter() {
                    if table[b as usize] < 0 {
                        table[b as usize] = known[0];
                    }
                }
            }
        }
    }
    table
}

/// Big-endian magnitude -> base-58 text.
pub fn b58encode_int(magnitude: &[u8], default_one: bool, alphabet: &[u8]) -> Vec<u8> {
    let mut work: Vec<u8> = magnitude.iter().copied().skip_while(|&b| b == 0).collect();
    let mut symbols = Vec::new();
    while !work.is_empty() {
        let mut rem: u32 = 0;
        for byte in work.iter_mut() {
            let acc = (rem << 8) | *byte as u32;
            *byte = (acc / 58) as u8;
            rem = acc % 58;
        }
        symbols.push(alphabet[rem as usize]);
        let nz = work.iter().position(|&b| b != 0).unwrap_or(work.len());
        work.drain(..nz);
    }
    if symbols.is_empty() && default_one {
        symbols.push(alphabet[0]);
    }
    symbols.reverse();
    symbols
}

fn accumulate(text: &[u8], table: &[i16; 256]) -> Result<Vec<u8>, DecodeFailure> {
    let mut le: Vec<u8> = Vec::new();
    for &b in text {
        let d = table[b as usize];
        if d < 0 {
            return Err(DecodeFailure::BadSymbol(b));
        }
        let mut carry = d as u32;
        for byte in le.iter_mut() {
            let acc = *byte as u32 * 58 + carry;
            *byte = (acc & 0xff) as u8;
            carry = acc >> 8;
        }
        while carry > 0 {
            le.push((carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    le.reverse();
    Ok(le)
}

/// Base-58 text -> big-endian magnitude (empty for zero).
pub fn b58decode_int(text: &str, alphabet: &[u8], autofix: bool) -> Result<Vec<u8>, DecodeFailure> {
    accumulate(&strip_end(text.as_bytes(), alphabet), &symbol_table(alphabet, autofix))
}

pub fn b58encode(data: &[u8], alphabet: &[u8]) -> Vec<u8> {
    let zeros = data.iter().take_while(|&&b| b == 0).count();
    let mut out = vec![alphabet[0]; zeros];
    out.extend(b58encode_int(&data[zeros..], false, alphabet));
    out
}

pub fn b58decode(text: &str, alphabet: &[u8], autofix: bool) -> Result<Vec<u8>, DecodeFailure> {
    let clean = strip_end(text.as_bytes(), b"");
    let zeros = clean.iter().take_while(|&&b| b == alphabet[0]).count();
    let mut out = vec![0u8; zeros];
    out.extend(accumulate(&clean[zeros..], &symbol_table(alphabet, autofix))?);
    Ok(out)
}

fn check_bytes(data: &[u8]) -> [u8; 4] {
    let twice = sha::digest(&sha::digest(data));
    [twice[0], twice[1], twice[2], twice[3]]
}

pub fn b58encode_check(data: &[u8], alphabet: &[u8]) -> Vec<u8> {
    let mut full = data.to_vec();
    full.extend_from_slice(&check_bytes(data));
    b58encode(&full, alphabet)
}

pub fn b58decode_check(text: &str, alphabet: &[u8], autofix: bool) -> Result<Vec<u8>, DecodeFailure> {
    let full = b58decode(text, alphabet, autofix)?;
    let split = full.len().saturating_sub(4);
    let (payload, tail) = full.split_at(split);
    if check_bytes(payload)[..] != *tail {
        return Err(DecodeFailure::ChecksumMismatch);
    }
    Ok(payload.to_vec())
}
