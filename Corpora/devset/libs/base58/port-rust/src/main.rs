//! Base58 encode or decode FILE, or standard input, to standard output.
//!
//!     base58 [-d|--decode] [-c|--check] [FILE]

use std::io::{Read, Write};
use std::process::exit;

use base58::{b58decode, b58decode_check, b58encode, b58encode_check, BITCOIN_ALPHABET};

fn main() {
    let mut decode = false;
    let mut check = false;
    let mut file = String::from("-");
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "-d" | "--decode" => decode = true,
            "-c" | "--check" => check = true,
            "-h" | "--help" => {
                println!("usage: base58 [-h] [-d] [-c] [FILE]\n");
                println!("Base58 encode or decode FILE, or standard input, to standard output.\n");
                println!("options:\n  -d, --decode  decode data\n  -c, --check   append a checksum before encoding");
                return;
            }
            _ => file = arg,
        }
    }

    let mut data = Vec::new();
    let read = if file == "-" {
        std::io::stdin().read_to_end(&mut data)
    } else {
        std::fs::File::open(&file).and_then(|mut f| f.read_to_end(&mut data))
    };
    if let Err(e) = read {
        eprintln!("base58: error: can't open '{}': {}", file, e);
        exit(2);
    }

    let result = match (decode, check) {
        (false, false) => Ok(b58encode(&data, BITCOIN_ALPHABET)),
        (false, true) => Ok(b58encode_check(&data, BITCOIN_ALPHABET)),
        (true, false) => b58decode(&String::from_utf8_lossy(&data), BITCOIN_ALPHABET, false),
        (true, true) => b58decode_check(&String::from_utf8_lossy(&data), BITCOIN_ALPHABET, false),
    };
    match result {
        Ok(bytes) => {
            std::io::stdout().write_all(&bytes).unwrap();
        }
        Err(e) => {
            eprintln!("{}", e);
            exit(1);
        }
    }
}
