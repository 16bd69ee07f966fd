'use strict';
// The JMESPath lexer: an expression becomes a list of {type, value, start, end} tokens.
const { EmptyExpressionError, LexerError } = require('./errors');
const { decode, DecodeFailure } = require('./pyjson');

const SINGLE = {
  '.': 'dot', '*': 'star', ']': 'rbracket', ',': 'comma', ':': 'colon', '@': 'current',
  '(': 'lparen', ')': 'rparen', '{': 'lbrace', '}': 'rbrace',
};
const PAIRED = {
  '|': ['|', 'or', 'pipe'],
  '&': ['&', 'and', 'expref'],
  '<': ['=', 'lte', 'lt'],
  '>': ['=', 'gte', 'gt'],
  '!': ['=', 'ne', 'not'],
};
const isDigit = (c) => c !== null && c >= '0' && c <= '9';
const isIdentStart = (c) => c !== null && /^[A-Za-z_]$/.test(c);
const isIdentPart = (c) => isIdentStart(c) || isDigit(c);
const SKIPPED = new Set([' ', '\t', '\n', '\r']);
// Python's str.isspace() for the code points that can matter here
const isPySpace = (c) => /^[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/.test(c);

// Reads code points; like the reference implementation, the index never passes the last one.
class Reader {
  constructor(text) {
    this.cps = Array.from(text);
    this.at = 0;
    this.ch = this.cps[0];
  }

  step() {
    if (this.at >= this.cps.length - 1) this.ch = null;
    else this.ch = this.cps[++this.at];
    return this.ch;
  }

  upcoming() {
    return this.ch === null ? null : this.cps[this.at + 1] ?? null;
  }

  rest(from) {
    return this.cps.slice(from).join('');
  }
}

const token = (type, value, start, end) => ({ type, value, start, end });

class Lexer {
  * tokenize(expression) {
    if (!expression) throw new EmptyExpressionError();
    const rd = new Reader(expression);
    while (rd.ch !== null) {
      const c = rd.ch;
      const at = rd.at;
      if (c in SINGLE) {
        yield token(SINGLE[c], c, at, at + 1);
        rd.step();
      } else if (isIdentStart(c)) {
        const word = this.run(rd, isIdentPart);
        yield token('unquoted_identifier', word, at, at + word.length);
      } else if (SKIPPED.has(c)) {
        rd.step();
      } else if (c === '[') {
        const nxt = rd.step();
        if (nxt === ']') {
          rd.step();
          yield token('flatten', '[]', at, at + 2);
        } else if (nxt === '?') {
          rd.step();
          yield token('filter', '[?', at, at + 2);
        } else {
          yield token('lbracket', '[', at, at + 1);
        }
      } else if (c in PAIRED) {
        const [second, doubled, single] = PAIRED[c];
        if (rd.step() === second) {
          rd.step();
          yield token(doubled, c + second, at, at + 1);
        } else {
          yield token(single, c, at, at);
        }
      } else if (c === '=') {
        if (rd.step() !== '=') throw new LexerError(at, '=', "Unknown token '='");
        rd.step();
        yield token('eq', '==', at, at + 1);
      } else if (isDigit(c)) {
        const digits = this.run(rd, isDigit);
        yield token('number', Number(digits), at, at + digits.length);
      } else if (c === '-') {
        if (!isDigit(rd.upcoming())) throw new LexerError(at, '-', "Unknown token '-'");
        rd.step();
        const digits = '-' + this.run(rd, isDigit);
        yield token('number', Number(digits), at, at + digits.length);
      } else if (c === "'") {
        const [body, width] = this.delimited(rd, "'");
        yield token('literal', body.split("\\'").join("'"), at, width);
      } else if (c === '`') {
        const [body, width] = this.delimited(rd, '`');
        yield token('literal', this.jsonLiteral(body, at, rd), at, width);
      } else if (c === '"') {
        const [body, width] = this.delimited(rd, '"');
        yield token('quoted_identifier', this.quoted(body, at), at, width);
      } else {
        throw new LexerError(at, c, `Unknown token ${c}`);
      }
    }
    const n = rd.cps.length;
    yield token('eof', '', n, n);
  }

  run(rd, accept) {
    const from = rd.at;
    while (rd.step() !== null && accept(rd.ch));
    const to = rd.ch === null ? rd.cps.length : rd.at;
    return rd.cps.slice(from, to).join('');
  }

  delimited(rd, delim) {
    const start = rd.at;
    let body = '';
    const unclosed = () => new LexerError(start, rd.rest(start), `Unclosed ${delim} delimiter`);
    rd.step();
    while (rd.ch !== delim) {
      if (rd.ch === null) throw unclosed();
      if (rd.ch === '\\') {
        body += '\\';
        if (rd.step() === null) throw unclosed();
      }
      body += rd.ch;
      rd.step();
    }
    rd.step();
    return [body, rd.at - start];
  }

  jsonLiteral(body, start, rd) {
    const text = body.split('\\`').join('`');
    try {
      return decode(text);
    } catch (e) {
      if (!(e instanceof DecodeFailure)) throw e;
    }
    const cps = Array.from(text);
    let k = 0;
    while (k < cps.length && isPySpace(cps[k])) k++;
    try {
      const value = decode('"' + cps.slice(k).join('') + '"');
      process.emitWarning('deprecated string literal syntax', 'PendingDeprecationWarning');
      return value;
    } catch (e) {
      if (!(e instanceof DecodeFailure)) throw e;
      throw new LexerError(start, rd.rest(start), `Bad token ${text}`);
    }
  }

  quoted(body, start) {
    const lexeme = `"${body}"`;
    try {
      return decode(lexeme);
    } catch (e) {
      if (!(e instanceof DecodeFailure)) throw e;
      throw new LexerError(start, lexeme, e.message);
    }
  }
}

module.exports = { Lexer };
