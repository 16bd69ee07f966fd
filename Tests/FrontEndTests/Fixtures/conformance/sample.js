// Conformance sample: a tiny tokenizer for arithmetic expressions.
'use strict';

const DIGITS = '0123456789';
const OPERATORS = '+-*/';

class Token {
  constructor(kind, text, line) {
    this.kind = kind;
    this.text = text;
    this.line = line;
  }

  describe() {
    let label = this.kind.toUpperCase();
    if (this.text.length > 0) {
      label += ' ' + JSON.stringify(this.text);
    } else {
      label += ' <empty>';
    }
    return `${label} @${this.line}`;
  }
}

function scanNumber(source, start) {
  let end = start;
  while (end < source.length && DIGITS.includes(source[end])) {
    end += 1;
  }
  if (end < source.length && source[end] === '.') {
    end += 1;
    while (end < source.length && DIGITS.includes(source[end])) {
      end += 1;
    }
  }
  return end;
}

function tokenize(source, line = 1) {
  const tokens = [];
  let index = 0;
  while (index < source.length) {
    const ch = source[index];
    if (/\s/.test(ch)) {
      index += 1;
    } else if (DIGITS.includes(ch)) {
      const end = scanNumber(source, index);
      tokens.push(new Token('number', source.slice(index, end), line));
      index = end;
    } else if (OPERATORS.includes(ch)) {
      tokens.push(new Token('operator', ch, line));
      index += 1;
    } else {
      throw new Error(`invalid token at line ${line}`);
    }
  }
  return tokens;
}

function main(args) {
  // Tokenize each argument and print one token per line.
  let total = 0;
  args.forEach((text, i) => {
    for (const token of tokenize(text, i + 1)) {
      console.log(token.describe());
      total += 1;
    }
  });
  console.log('tokens: ' + total);
  return total > 0 ? 0 : 1;
}

module.exports = { Token, tokenize, scanNumber };
process.exitCode = main(process.argv.slice(2));
