//! Short reversible ids for lists of non-negative integers, written from the hashids API description.

pub const DEFAULT_ALPHABET: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890";
const SEPARATOR_POOL: &str = "cfhistuCFHISTU";

#[derive(Debug, Clone, PartialEq)]
pub enum ConfigError {
    TooFewCharacters(usize),
}

#[derive(Debug, Clone)]
pub struct Encoder {
    salt: Vec<char>,
    min_len: usize,
    digits: Vec<char>,
    seps: Vec<char>,
    guards: Vec<char>,
}

fn scramble(chars: &[char], key: &[char]) -> Vec<char> {
    let mut cells = chars.to_vec();
    if key.is_empty() {
        return cells;
    }
    let (mut pos, mut running) = (0usize, 0usize);
    for top in (1..cells.len()).rev() {
        let code = key[pos] as usize;
        running += code;
        let other = (code + pos + running) % top;
        cells.swap(top, other);
        pos = (pos + 1) % key.len();
    }
    cells
}

fn ceil_ratio(n: usize, d: f64) -> usize {
    (n as f64 / d).ceil() as usize
}

fn split_on(text: &[char], set: &[char]) -> Vec<Vec<char>> {
    let mut parts = vec![Vec::new()];
    for &c in text {
        if set.contains(&c) {
            parts.push(Vec::new());
        } else {
            parts.last_mut().unwrap().push(c);
        }
    }
    parts
}

impl Encoder {
    pub fn with_config(salt: &str, min_len: i64, alphabet: &str) -> Result<Encoder, ConfigError> {
        let mut unique: Vec<char> = Vec::new();
        for c in alphabet.chars() {
            if !unique.contains(&c) {
                unique.push(c);
            }
        }
        if unique.len() < 16 {
            return Err(ConfigError::TooFewCharacters(unique.len()));
        }
        let salt: Vec<char> = salt.chars().collect();
        let mut seps: Vec<char> = SEPARATOR_POOL.chars().filter(|c| unique.contains(c)).collect();
        let mut digits: Vec<char> = unique.iter().copied().filter(|c| !SEPARATOR_POOL.contains(*c)).collect();
        seps = scramble(&seps, &salt);
        let want = ceil_ratio(digits.len(), 3.5);
        if want > seps.len() {
            let short = (want - seps.len()).min(digits.len());
            seps.extend(digits.drain(..short));
        }
        digits = scramble(&digits, &salt);
        let g = ceil_ratio(digits.len(), 12.0);
        let guards: Vec<char> = if digits.len() < 3 {
            let g = g.min(seps.len());
            seps.drain(..g).collect()
        } else {
            digits.drain(..g).collect()
        };
        Ok(Encoder { salt, min_len: min_len.max(0) as usize, digits, seps, guards })
    }

    fn next_digits(&self, cur: &[char], lottery: char) -> Vec<char> {
        let mut key = Vec::with_capacity(cur.len() + self.salt.len() + 1);
        key.push(lottery);
        key.extend_from_slice(&self.salt);
        key.extend_from_slice(cur);
        key.truncate(cur.len());
        scramble(cur, &key)
    }

    /// The id of `values`; empty when there are none or one is negative.
    pub fn encode_all(&self, values: &[i64]) -> String {
        if values.is_empty() || values.iter().any(|&v| v < 0) {
            return String::new();
        }
        let nums: Vec<u64> = values.iter().map(|&v| v as u64).collect();
        self.build(&nums).into_iter().collect()
    }

    fn build(&self, nums: &[u64]) -> Vec<char> {
        let checksum: u64 = nums.iter().enumerate().map(|(i, &n)| n % (i as u64 + 100)).sum();
        let mut digits = self.digits.clone();
        let lottery = digits[(checksum % digits.len() as u64) as usize];
        let mut out = vec![lottery];
        for (i, &n) in nums.iter().enumerate() {
            digits = self.next_digits(&digits, lottery);
            let base = digits.len() as u64;
            let mut rev = Vec::new();
            let mut v = n;
            loop {
                rev.push(digits[(v % base) as usize]);
                v /= base;
                if v == 0 {
                    break;
                }
            }
            rev.reverse();
            let lead = rev[0] as u64;
            out.extend_from_slice(&rev);
            if i + 1 < nums.len() {
                let pick = (n % (lead + i as u64)) % self.seps.len() as u64;
                out.push(self.seps[pick as usize]);
            }
        }
        if out.len() < self.min_len {
            let gl = self.guards.len() as u64;
            out.insert(0, self.guards[((checksum + out[0] as u64) % gl) as usize]);
            if out.len() < self.min_len {
                let g = self.guards[((checksum + out[2] as u64) % gl) as usize];
                out.push(g);
            }
        }
        while out.len() < self.min_len {
            digits = scramble(&digits, &digits.clone());
            let half = digits.len() / 2;
            let mut wrapped: Vec<char> = digits[half..].to_vec();
            wrapped.extend_from_slice(&out);
            wrapped.extend_from_slice(&digits[..half]);
            let extra = wrapped.len().saturating_sub(self.min_len);
            if extra > 0 {
                let left = extra / 2;
                wrapped = wrapped[left..left + self.min_len].to_vec();
            }
            out = wrapped;
        }
        out
    }

    /// The numbers behind `id`, or an empty vector when `id` is not a valid id.
    pub fn decode_all(&self, id: &str) -> Vec<i64> {
        let text: Vec<char> = id.chars().collect();
        if text.is_empty() {
            return Vec::new();
        }
        let parts = split_on(&text, &self.guards);
        let core = if parts.len() == 2 || parts.len() == 3 { &parts[1] } else { &parts[0] };
        if core.is_empty() {
            return Vec::new();
        }
        let lottery = core[0];
        let mut digits = self.digits.clone();
        let mut nums = Vec::new();
        for word in split_on(&core[1..], &self.seps) {
            digits = self.next_digits(&digits, lottery);
            let base = digits.len() as u64;
            let mut total: u64 = 0;
            for c in word {
                match digits.iter().position(|&d| d == c) {
                    Some(p) => total = total.wrapping_mul(base).wrapping_add(p as u64),
                    None => return Vec::new(),
                }
            }
            nums.push(total);
        }
        let again: String = self.build(&nums).into_iter().collect();
        if again != id {
            return Vec::new();
        }
        nums.into_iter().map(|n| n as i64).collect()
    }

    pub fn encode_hex(&self, hex: &str) -> String {
        if hex.is_empty() || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return String::new();
        }
        let bytes = hex.as_bytes();
        let nums: Vec<u64> = bytes
            .chunks(12)
            .map(|chunk| {
                chunk.iter().fold(1u64, |acc, &b| (acc << 4) | (b as char).to_digit(16).unwrap() as u64)
            })
            .collect();
        self.build(&nums).into_iter().collect()
    }

    pub fn decode_hex(&self, id: &str) -> String {
        let mut text = String::new();
        for n in self.decode_all(id) {
            let shown = format!("{:x}", n);
            text.push_str(&shown[1..]);
        }
        text
    }
}
