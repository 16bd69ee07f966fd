// A tiny arithmetic tokenizer, written for the clonescan conformance suite.
module lexer

const max_tokens = 1024

struct Token {
	kind  string
	value int
	line  int
}

fn classify(c u8) string {
	if c == `+` || c == `-` || c == `*` || c == `/` {
		return 'operator'
	} else if c == ` ` || c == `\t` {
		return 'space'
	} else if c >= `0` && c <= `9` {
		return 'number'
	}
	return 'invalid'
}

fn tokenize(text string) []Token {
	mut tokens := []Token{}
	mut line := 1
	for i in 0 .. text.len {
		if text[i] == `\n` {
			line += 1
			continue
		}
		kind := classify(text[i])
		if kind == 'space' {
			continue
		}
		if kind == 'invalid' {
			eprintln('invalid token at line ${line}')
			break
		}
		tokens << Token{
			kind: kind
			value: i
			line: line
		}
	}
	if tokens.len > max_tokens {
		println('too many tokens')
	}
	return tokens
}
