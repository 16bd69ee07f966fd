// A tiny arithmetic tokenizer, written for the clonescan conformance suite.
use core::array::ArrayTrait;

const MAX_TOKENS: u32 = 1024;

#[derive(Drop)]
struct Token {
    kind: felt252,
    value: u32,
}

fn classify(c: u8) -> felt252 {
    if c == '+' || c == '-' || c == '*' || c == '/' {
        return 'operator';
    } else if c >= '0' && c <= '9' {
        return 'number';
    }
    'invalid'
}

fn tokenize(text: @Array<u8>) -> Array<Token> {
    let mut tokens = ArrayTrait::new();
    let mut i: u32 = 0;
    loop {
        if i >= text.len() || i >= MAX_TOKENS {
            break;
        }
        let kind = classify(*text.at(i));
        if kind == 'invalid' {
            panic_with_felt252(kind);
        }
        tokens.append(Token { kind: kind, value: i });
        i += 1;
    };
    tokens
}
