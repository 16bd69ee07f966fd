//! Implements the hashids algorithm in Rust. For more information, visit http://hashids.org/

pub const VERSION: &str = "1.3.1";

const RATIO_SEPARATORS: f64 = 3.5;
const RATIO_GUARDS: f64 = 12.0;

/// Error raised when the alphabet is unusable.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueError(pub String);

impl std::fmt::Display for ValueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ValueError {}

/// Returns whether a value is an unsigned integer.
fn is_uint(number: i64) -> bool {
    number >= 0
}

/// Splits a string into parts at multiple characters.
fn split(string: &[char], splitters: &[char]) -> Vec<Vec<char>> {
    let mut parts = Vec::new();
    let mut part = Vec::new();
    for &character in string {
        if splitters.contains(&character) {
            parts.push(std::mem::take(&mut part));
        } else {
            part.push(character);
        }
    }
    parts.push(part);
    parts
}

/// Hashes `number` using the given `alphabet` sequence.
fn hash(mut number: i64, alphabet: &[char]) -> Vec<char> {
    let mut hashed = Vec::new();
    let len_alphabet = alphabet.len() as i64;
    loop {
        hashed.insert(0, alphabet[(number % len_alphabet) as usize]);
        number /= len_alphabet;
        if number == 0 {
            return hashed;
        }
    }
}

/// Restores a number from hashed using the given `alphabet` index.
fn unhash(hashed: &[char], alphabet: &[char]) -> Result<i64, ValueError> {
    let mut number: i64 = 0;
    let len_alphabet = alphabet.len() as i64;
    for character in hashed {
        let position = alphabet
            .iter()
            .position(|c| c == character)
            .ok_or_else(|| ValueError("substring not found".to_string()))?;
        number *= len_alphabet;
        number += position as i64;
    }
    Ok(number)
}

/// Reorders `string` according to `salt`.
fn reorder(string: &[char], salt: &[char]) -> Vec<char> {
    let mut string = string.to_vec();
    let len_salt = salt.len();

    if len_salt != 0 {
        let (mut index, mut integer_sum) = (0usize, 0usize);
        for i in (1..string.len()).rev() {
            let integer = salt[index] as usize;
            integer_sum += integer;
            let j = (integer + index + integer_sum) % i;
            string.swap(i, j);
            index = (index + 1) % len_salt;
        }
    }

    string
}

/// Returns the ceiled ratio of two numbers as int.
fn index_from_ratio(dividend: usize, divisor: f64) -> usize {
    (dividend as f64 / divisor).ceil() as usize
}

/// Ensures the minimal hash length.
fn ensure_length(
    encoded: Vec<char>,
    min_length: usize,
    alphabet: &[char],
    guards: &[char],
    values_hash: i64,
) -> Vec<char> {
    let len_guards = guards.len() as i64;
    let mut guard_index = (values_hash + encoded[0] as i64) % len_guards;
    let mut encoded: Vec<char> = std::iter::once(guards[guard_index as usize]).chain(encoded).collect();

    if encoded.len() < min_length {
        guard_index = (values_hash + encoded[2] as i64) % len_guards;
        encoded.push(guards[guard_index as usize]);
    }

    let mut alphabet = alphabet.to_vec();
    let split_at = alphabet.len() / 2;
    while encoded.len() < min_length {
        alphabet = reorder(&alphabet, &alphabet);
        let mut padded = alphabet[split_at..].to_vec();
        padded.extend_from_slice(&encoded);
        padded.extend_from_slice(&alphabet[..split_at]);
        encoded = padded;
        let excess = encoded.len() as i64 - min_length as i64;
        if excess > 0 {
            let from_index = (excess / 2) as usize;
            encoded = encoded[from_index..from_index + min_length].to_vec();
        }
    }

    encoded
}

/// Helper function that does the hash building without argument checks.
fn encode(
    values: &[i64],
    salt: &[char],
    min_length: usize,
    alphabet: &[char],
    separators: &[char],
    guards: &[char],
) -> String {
    let len_alphabet = alphabet.len();
    let len_separators = separators.len() as i64;
    let values_hash: i64 = values.iter().enumerate().map(|(i, x)| x % (i as i64 + 100)).sum();
    let lottery = alphabet[(values_hash % len_alphabet as i64) as usize];
    let mut encoded = vec![lottery];
    let mut alphabet = alphabet.to_vec();

    for (i, &value) in values.iter().enumerate() {
        let mut alphabet_salt = vec![lottery];
        alphabet_salt.extend_from_slice(salt);
        alphabet_salt.extend_from_slice(&alphabet);
        alphabet_salt.truncate(len_alphabet);
        alphabet = reorder(&alphabet, &alphabet_salt);
        let last = hash(value, &alphabet);
        encoded.extend_from_slice(&last);
        let value = value % (last[0] as i64 + i as i64);
        encoded.push(separators[(value % len_separators) as usize]);
    }

    encoded.pop(); // cut off last separator

    if encoded.len() >= min_length {
        encoded.into_iter().collect()
    } else {
        ensure_length(encoded, min_length, &alphabet, guards, values_hash).into_iter().collect()
    }
}

/// Helper method that restores the values encoded in a hashid without argument checks.
fn decode(
    hashid: &[char],
    salt: &[char],
    alphabet: &[char],
    separators: &[char],
    guards: &[char],
) -> Result<Vec<i64>, ValueError> {
    let parts = split(hashid, guards);
    let hashid = if (2..=3).contains(&parts.len()) { &parts[1] } else { &parts[0] };

    if hashid.is_empty() {
        return Ok(Vec::new());
    }

    let lottery_char = hashid[0];
    let hashid = &hashid[1..];

    let mut alphabet = alphabet.to_vec();
    let mut numbers = Vec::new();
    for part in split(hashid, separators) {
        let mut alphabet_salt = vec![lottery_char];
        alphabet_salt.extend_from_slice(salt);
        alphabet_salt.extend_from_slice(&alphabet);
        alphabet_salt.truncate(alphabet.len());
        alphabet = reorder(&alphabet, &alphabet_salt);
        numbers.push(unhash(&part, &alphabet)?);
    }
    Ok(numbers)
}

/// Hashes and restores values using the "hashids" algorithm.
#[derive(Debug, Clone)]
pub struct Hashids {
    min_length: usize,
    salt: Vec<char>,
    alphabet: Vec<char>,
    guards: Vec<char>,
    separators: Vec<char>,
}

impl Hashids {
    pub const ALPHABET: &'static str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890";

    /// Initializes a Hashids object with salt, minimum length, and alphabet.
    ///
    /// * `salt` - A string influencing the generated hash ids.
    /// * `min_length` - The minimum length for generated hashes
    /// * `alphabet` - The characters to use for the generated hash ids.
    pub fn new(salt: &str, min_length: i64, alphabet: &str) -> Result<Hashids, ValueError> {
        let min_length = min_length.max(0) as usize;
        let salt: Vec<char> = salt.chars().collect();

        let alphabet: Vec<char> = alphabet.chars().collect();
        let mut separators: Vec<char> = "cfhistuCFHISTU".chars().filter(|x| alphabet.contains(x)).collect();
        let mut alphabet: Vec<char> = alphabet
            .iter()
            .enumerate()
            .filter(|&(i, x)| alphabet.iter().position(|c| c == x) == Some(i) && !separators.contains(x))
            .map(|(_, &x)| x)
            .collect();

        let (mut len_alphabet, len_separators) = (alphabet.len(), separators.len());
        if len_alphabet + len_separators < 16 {
            return Err(ValueError("Alphabet must contain at least 16 unique characters.".to_string()));
        }

        separators = reorder(&separators, &salt);

        let min_separators = index_from_ratio(len_alphabet, RATIO_SEPARATORS);

        let number_of_missing_separators = min_separators as i64 - len_separators as i64;
        if number_of_missing_separators > 0 {
            let n = number_of_missing_separators as usize;
            separators.extend_from_slice(&alphabet[..n]);
            alphabet = alphabet[n..].to_vec();
            len_alphabet = alphabet.len();
        }

        alphabet = reorder(&alphabet, &salt);
        let num_guards = index_from_ratio(len_alphabet, RATIO_GUARDS);
        let guards;
        if len_alphabet < 3 {
            guards = separators[..num_guards].to_vec();
            separators = separators[num_guards..].to_vec();
        } else {
            guards = alphabet[..num_guards].to_vec();
            alphabet = alphabet[num_guards..].to_vec();
        }

        Ok(Hashids { min_length, salt, alphabet, guards, separators })
    }

    /// Builds a hash from the passed `values`.
    ///
    /// ```
    /// let hashids = hashids::Hashids::new("arbitrary salt", 16, "abcdefghijkl0123456").unwrap();
    /// assert_eq!(hashids.encode(&[1, 23, 456]), "1d6216i30h53elk3");
    /// ```
    pub fn encode(&self, values: &[i64]) -> String {
        if values.is_empty() || !values.iter().all(|&x| is_uint(x)) {
            return String::new();
        }

        encode(values, &self.salt, self.min_length, &self.alphabet, &self.separators, &self.guards)
    }

    /// Restore a list of numbers from the passed `hashid`.
    ///
    /// ```
    /// let hashids = hashids::Hashids::new("arbitrary salt", 16, "abcdefghijkl0123456").unwrap();
    /// assert_eq!(hashids.decode("1d6216i30h53elk3"), vec![1, 23, 456]);
    /// ```
    pub fn decode(&self, hashid: &str) -> Vec<i64> {
        if hashid.is_empty() {
            return Vec::new();
        }
        let chars: Vec<char> = hashid.chars().collect();
        match decode(&chars, &self.salt, &self.alphabet, &self.separators, &self.guards) {
            Ok(numbers) if hashid == self.encode(&numbers) => numbers,
            _ => Vec::new(),
        }
    }

    /// Converts a hexadecimal string (e.g. a MongoDB id) to a hashid.
    ///
    /// `encode_hex("507f1f77bcf86cd799439011")` gives `"y42LW46J9luq3Xq9XMly"` with the default settings.
    pub fn encode_hex(&self, hex_str: &str) -> String {
        let chars: Vec<char> = hex_str.chars().collect();
        let mut numbers = Vec::new();
        for chunk in chars.chunks(12) {
            let digits: String = std::iter::once('1').chain(chunk.iter().copied()).collect();
            match i64::from_str_radix(&digits, 16) {
                Ok(n) => numbers.push(n),
                Err(_) => return String::new(),
            }
        }
        self.encode(&numbers)
    }

    /// Restores a hexadecimal string (e.g. a MongoDB id) from a hashid.
    ///
    /// `decode_hex("y42LW46J9luq3Xq9XMly")` gives `"507f1f77bcf86cd799439011"` with the default settings.
    pub fn decode_hex(&self, hashid: &str) -> String {
        self.decode(hashid).iter().map(|x| format!("{:x}", x)[1..].to_string()).collect()
    }
}
