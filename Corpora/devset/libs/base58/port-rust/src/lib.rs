//! Base58 encoding
//!
//! Implementations of Base58 and Base58Check encodings that are compatible
//! with the bitcoin network.

// This module is based upon base58 snippets found scattered over many bitcoin
// tools. From what I gather the original source is from a forum post by Gavin
// Andresen, so direct your praise to him.

mod sha256;

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

use sha256::sha256;

pub const VERSION: &str = "2.1.1";

/// 58 character alphabet used
pub const BITCOIN_ALPHABET: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
pub const RIPPLE_ALPHABET: &[u8] = b"rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz";
pub const XRP_ALPHABET: &[u8] = RIPPLE_ALPHABET;

/// Retro compatibility
pub const ALPHABET: &[u8] = BITCOIN_ALPHABET;

/// The errors decoding can raise (Python's ValueError).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    InvalidCharacter(u8),
    InvalidChecksum,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidCharacter(c) => write!(f, "Invalid character {}", py_repr_char(*c)),
            Error::InvalidChecksum => write!(f, "Invalid checksum"),
        }
    }
}

impl std::error::Error for Error {}

/// repr() of a one-character string, as Python prints it.
fn py_repr_char(c: u8) -> String {
    match c {
        b'\'' => "\"'\"".to_string(),
        b'\\' => "'\\\\'".to_string(),
        b'\n' => "'\\n'".to_string(),
        b'\r' => "'\\r'".to_string(),
        b'\t' => "'\\t'".to_string(),
        c if c < 0x20 || c >= 0x7f => format!("'\\x{:02x}'", c),
        c => format!("'{}'", c as char),
    }
}

/// Arbitrary-size non-negative integers are big-endian byte strings
/// (zero is the empty string).
pub type BigInt = Vec<u8>;

pub fn scrub_input(v: &str) -> Vec<u8> {
    v.as_bytes().to_vec()
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn rstrip(v: &[u8]) -> &[u8] {
    let mut end = v.len();
    while end > 0 && is_space(v[end - 1]) {
        end -= 1;
    }
    &v[..end]
}

/// divmod of a big-endian integer by a small divisor; returns (quotient, remainder).
fn divmod_small(n: &[u8], divisor: u32) -> (BigInt, u32) {
    let mut rem = 0u32;
    let mut quotient = Vec::with_capacity(n.len());
    for &byte in n {
        let cur = rem * 256 + byte as u32;
        let q = (cur / divisor) as u8;
        rem = cur % divisor;
        if !quotient.is_empty() || q != 0 {
            quotient.push(q);
        }
    }
    (quotient, rem)
}

/// n * base + digit for a big-endian integer.
fn mul_add_small(n: &mut BigInt, base: u32, digit: u32) {
    let mut carry = digit;
    for byte in n.iter_mut().rev() {
        let cur = *byte as u32 * base + carry;
        *byte = (cur & 0xff) as u8;
        carry = cur >> 8;
    }
    while carry > 0 {
        n.insert(0, (carry & 0xff) as u8);
        carry >>= 8;
    }
}

/// Encode an integer using Base58
pub fn b58encode_int(i: &[u8], default_one: bool, alphabet: &[u8]) -> Vec<u8> {
    let start = i.iter().position(|&b| b != 0).unwrap_or(i.len());
    let mut i: BigInt = i[start..].to_vec();
    if i.is_empty() && default_one {
        return alphabet[0..1].to_vec();
    }
    let mut string: Vec<u8> = Vec::new();
    let base = alphabet.len() as u32;
    while !i.is_empty() {
        let (q, idx) = divmod_small(&i, base);
        i = q;
        string.insert(0, alphabet[idx as usize]);
    }
    string
}

/// Encode a string using Base58
pub fn b58encode(v: &[u8], alphabet: &[u8]) -> Vec<u8> {
    let origlen = v.len();
    let start = v.iter().position(|&b| b != 0).unwrap_or(v.len());
    let v = &v[start..];
    let newlen = v.len();

    let acc = v; // first byte is most significant

    let result = b58encode_int(acc, false, alphabet);
    let mut out = vec![alphabet[0]; origlen - newlen];
    out.extend(result);
    out
}

thread_local! {
    static DECODE_MAPS: RefCell<HashMap<(Vec<u8>, bool), Rc<HashMap<u8, u32>>>> = RefCell::new(HashMap::new());
}

fn get_base58_decode_map(alphabet: &[u8], autofix: bool) -> Rc<HashMap<u8, u32>> {
    let key = (alphabet.to_vec(), autofix);
    if let Some(found) = DECODE_MAPS.with(|m| m.borrow().get(&key).cloned()) {
        return found;
    }
    let mut invmap: HashMap<u8, u32> = alphabet.iter().enumerate().map(|(index, &c)| (c, index as u32)).collect();

    if autofix {
        let groups: [&[u8]; 2] = [b"0Oo", b"Il1"];
        for group in groups {
            let pivots: Vec<u8> = group.iter().copied().filter(|c| invmap.contains_key(c)).collect();
            if pivots.len() == 1 {
                let value = invmap[&pivots[0]];
                for &alternative in group {
                    invmap.insert(alternative, value);
                }
            }
        }
    }

    let map = Rc::new(invmap);
    DECODE_MAPS.with(|m| m.borrow_mut().insert(key, map.clone()));
    map
}

/// Decode a Base58 encoded string as an integer
pub fn b58decode_int(v: &str, alphabet: &[u8], autofix: bool) -> Result<BigInt, Error> {
    let mut v = scrub_input(v);
    if !alphabet.contains(&b' ') {
        v = rstrip(&v).to_vec();
    }

    let map = get_base58_decode_map(alphabet, autofix);

    let mut decimal: BigInt = Vec::new();
    let base = alphabet.len() as u32;
    for c in v {
        match map.get(&c) {
            Some(&digit) => mul_add_small(&mut decimal, base, digit),
            None => return Err(Error::InvalidCharacter(c)),
        }
    }
    Ok(decimal)
}

/// Decode a Base58 encoded string
pub fn b58decode(v: &str, alphabet: &[u8], autofix: bool) -> Result<Vec<u8>, Error> {
    let v = rstrip(v.as_bytes());

    let origlen = v.len();
    let start = v.iter().position(|&b| b != alphabet[0]).unwrap_or(v.len());
    let v = &v[start..];
    let newlen = v.len();

    let acc = b58decode_int(std::str::from_utf8(v).unwrap_or_default(), alphabet, autofix)?;

    let mut result = vec![0u8; origlen - newlen];
    result.extend(acc);
    Ok(result)
}

fn double_sha256(v: &[u8]) -> [u8; 32] {
    sha256(&sha256(v))
}

/// Encode a string using Base58 with a 4 character checksum
pub fn b58encode_check(v: &[u8], alphabet: &[u8]) -> Vec<u8> {
    let digest = double_sha256(v);
    let mut payload = v.to_vec();
    payload.extend_from_slice(&digest[..4]);
    b58encode(&payload, alphabet)
}

/// Decode and verify the checksum of a Base58 encoded string
pub fn b58decode_check(v: &str, alphabet: &[u8], autofix: bool) -> Result<Vec<u8>, Error> {
    let mut result = b58decode(v, alphabet, autofix)?;
    let split = result.len().saturating_sub(4);
    let check = result.split_off(split);
    let digest = double_sha256(&result);

    if check[..] != digest[..4] {
        return Err(Error::InvalidChecksum);
    }

    Ok(result)
}
