// Check driver for the JavaScript port of the jmespath lexer: JSON lines in, JSON lines out.
'use strict';
const path = require('path');
const readline = require('readline');
const { Lexer } = require(path.join(__dirname, '..', 'port-javascript', 'lexer.js'));
const { LexerError, EmptyExpressionError } = require(path.join(__dirname, '..', 'port-javascript', 'exceptions.js'));

function answer(c) {
  try {
    return { ok: Array.from(new Lexer().tokenize(c.expr)) };
  } catch (e) {
    if (e instanceof LexerError) return { err: 'LexerError', pos: e.lexerPosition, value: e.lexerValue, msg: e.message };
    if (e instanceof EmptyExpressionError) return { err: 'EmptyExpressionError', msg: e.message };
    throw e;
  }
}

const out = [];
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => out.push(JSON.stringify(answer(JSON.parse(line)))));
rl.on('close', () => process.stdout.write(out.join('\n') + (out.length ? '\n' : '')));
