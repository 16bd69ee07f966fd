// Check driver for the independent JavaScript jmespath lexer: JSON lines in, JSON lines out.
'use strict';
const path = require('path');
const readline = require('readline');
const { Lexer } = require(path.join(__dirname, '..', 'independent-javascript', 'lexer.js'));
const { LexerError, EmptyExpressionError } = require(path.join(__dirname, '..', 'independent-javascript', 'errors.js'));

function handle(c) {
  try {
    return { ok: [...new Lexer().tokenize(c.expr)] };
  } catch (e) {
    if (e instanceof LexerError) return { err: 'LexerError', pos: e.lexerPosition, value: e.lexerValue, msg: e.message };
    if (e instanceof EmptyExpressionError) return { err: 'EmptyExpressionError', msg: e.message };
    throw e;
  }
}

const lines = [];
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => lines.push(JSON.stringify(handle(JSON.parse(line)))));
rl.on('close', () => process.stdout.write(lines.join('\n') + (lines.length ? '\n' : '')));
