'use strict';

const { LexerError, EmptyExpressionError } = require('./exceptions');

const ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';

// Python's json.loads reports the first problem of a string literal with one of
// these messages; JSON.parse words them differently.
function jsonStringError(lexeme) {
  for (let i = 1; i < lexeme.length - 1; i++) {
    const c = lexeme[i];
    if (c.charCodeAt(0) < 0x20) return 'Invalid control character at';
    if (c === '\\') {
      const e = lexeme[i + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(lexeme.slice(i + 2, i + 6))) return 'Invalid \\uXXXX escape';
        i += 5;
      } else if ('"\\/bfnrt'.includes(e)) {
        i += 1;
      } else {
        return 'Invalid \\escape';
      }
    }
  }
  return 'Expecting value';
}

class Lexer {
  * tokenize(expression) {
    this._initializeForExpression(expression);
    while (this._current !== null) {
      if (this._current in Lexer.SIMPLE_TOKENS) {
        yield {
          type: Lexer.SIMPLE_TOKENS[this._current],
          value: this._current,
          start: this._position, end: this._position + 1,
        };
        this._next();
      } else if (Lexer.START_IDENTIFIER.has(this._current)) {
        const start = this._position;
        let buff = this._current;
        while (Lexer.VALID_IDENTIFIER.has(this._next())) {
          buff += this._current;
        }
        yield { type: 'unquoted_identifier', value: buff, start, end: start + buff.length };
      } else if (Lexer.WHITESPACE.has(this._current)) {
        this._next();
      } else if (this._current === '[') {
        const start = this._position;
        const nextChar = this._next();
        if (nextChar === ']') {
          this._next();
          yield { type: 'flatten', value: '[]', start, end: start + 2 };
        } else if (nextChar === '?') {
          this._next();
          yield { type: 'filter', value: '[?', start, end: start + 2 };
        } else {
          yield { type: 'lbracket', value: '[', start, end: start + 1 };
        }
      } else if (this._current === "'") {
        yield this._consumeRawStringLiteral();
      } else if (this._current === '|') {
        yield this._matchOrElse('|', 'or', 'pipe');
      } else if (this._current === '&') {
        yield this._matchOrElse('&', 'and', 'expref');
      } else if (this._current === '`') {
        yield this._consumeLiteral();
      } else if (Lexer.VALID_NUMBER.has(this._current)) {
        const start = this._position;
        const buff = this._consumeNumber();
        yield { type: 'number', value: parseInt(buff, 10), start, end: start + buff.length };
      } else if (this._current === '-') {
        // Negative number.
        const start = this._position;
        const buff = this._consumeNumber();
        if (buff.length > 1) {
          yield { type: 'number', value: parseInt(buff, 10), start, end: start + buff.length };
        } else {
          throw new LexerError(start, buff, `Unknown token '${buff}'`);
        }
      } else if (this._current === '"') {
        yield this._consumeQuotedIdentifier();
      } else if (this._current === '<') {
        yield this._matchOrElse('=', 'lte', 'lt');
      } else if (this._current === '>') {
        yield this._matchOrElse('=', 'gte', 'gt');
      } else if (this._current === '!') {
        yield this._matchOrElse('=', 'ne', 'not');
      } else if (this._current === '=') {
        if (this._next() === '=') {
          yield { type: 'eq', value: '==', start: this._position - 1, end: this._position };
          this._next();
        } else {
          let position;
          if (this._current === null) {
            // If we're at the EOF, we never advanced
            // the position so we don't need to rewind
            // it back one location.
            position = this._position;
          } else {
            position = this._position - 1;
          }
          throw new LexerError(position, '=', "Unknown token '='");
        }
      } else {
        throw new LexerError(this._position, this._current, `Unknown token ${this._current}`);
      }
    }
    yield { type: 'eof', value: '', start: this._length, end: this._length };
  }

  _consumeNumber() {
    let buff = this._current;
    while (Lexer.VALID_NUMBER.has(this._next())) {
      buff += this._current;
    }
    return buff;
  }

  _initializeForExpression(expression) {
    if (!expression) {
      throw new EmptyExpressionError();
    }
    this._position = 0;
    this._expression = expression;
    this._chars = Array.from(this._expression);
    this._current = this._chars[this._position];
    this._length = this._chars.length;
  }

  _next() {
    if (this._position === this._length - 1) {
      this._current = null;
    } else {
      this._position += 1;
      this._current = this._chars[this._position];
    }
    return this._current;
  }

  _consumeUntil(delimiter) {
    // Consume until the delimiter is reached,
    // allowing for the delimiter to be escaped with "\".
    const start = this._position;
    let buff = '';
    this._next();
    while (this._current !== delimiter) {
      if (this._current === '\\') {
        buff += '\\';
        this._next();
      }
      if (this._current === null) {
        // We're at the EOF.
        throw new LexerError(start, this._chars.slice(start).join(''), `Unclosed ${delimiter} delimiter`);
      }
      buff += this._current;
      this._next();
    }
    // Skip the closing delimiter.
    this._next();
    return buff;
  }

  _consumeLiteral() {
    const start = this._position;
    const lexeme = this._consumeUntil('`').split('\\`').join('`');
    let parsedJson;
    try {
      // Assume it is valid JSON and attempt to parse.
      parsedJson = JSON.parse(lexeme);
    } catch (e) {
      try {
        // Invalid JSON values should be converted to quoted
        // JSON strings during the JEP-12 deprecation period.
        parsedJson = JSON.parse(`"${lexeme.trimStart()}"`);
        process.emitWarning('deprecated string literal syntax', 'PendingDeprecationWarning');
      } catch (e2) {
        throw new LexerError(start, this._chars.slice(start).join(''), `Bad token ${lexeme}`);
      }
    }
    const tokenLen = this._position - start;
    return { type: 'literal', value: parsedJson, start, end: tokenLen };
  }

  _consumeQuotedIdentifier() {
    const start = this._position;
    const lexeme = '"' + this._consumeUntil('"') + '"';
    try {
      const tokenLen = this._position - start;
      return { type: 'quoted_identifier', value: JSON.parse(lexeme), start, end: tokenLen };
    } catch (e) {
      const errorMessage = jsonStringError(lexeme);
      throw new LexerError(start, lexeme, errorMessage);
    }
  }

  _consumeRawStringLiteral() {
    const start = this._position;
    const lexeme = this._consumeUntil("'").split("\\'").join("'");
    const tokenLen = this._position - start;
    return { type: 'literal', value: lexeme, start, end: tokenLen };
  }

  _matchOrElse(expected, matchType, elseType) {
    const start = this._position;
    const current = this._current;
    const nextChar = this._next();
    if (nextChar === expected) {
      this._next();
      return { type: matchType, value: current + nextChar, start, end: start + 1 };
    }
    return { type: elseType, value: current, start, end: start };
  }
}

Lexer.START_IDENTIFIER = new Set(ASCII_LETTERS + '_');
Lexer.VALID_IDENTIFIER = new Set(ASCII_LETTERS + DIGITS + '_');
Lexer.VALID_NUMBER = new Set(DIGITS);
Lexer.WHITESPACE = new Set(' \t\n\r');
Lexer.SIMPLE_TOKENS = {
  '.': 'dot',
  '*': 'star',
  ']': 'rbracket',
  ',': 'comma',
  ':': 'colon',
  '@': 'current',
  '(': 'lparen',
  ')': 'rparen',
  '{': 'lbrace',
  '}': 'rbrace',
};

module.exports = { Lexer };
