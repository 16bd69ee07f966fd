// Check driver for the independent JavaScript humanize: JSON lines in, JSON lines out.
'use strict';
const path = require('path');
const readline = require('readline');
const h = require(path.join(__dirname, '..', 'independent-javascript', 'index.js'));

function decode(v) {
  if (v && typeof v === 'object' && 'td' in v) return new h.Span({ days: v.td[0], seconds: v.td[1], microseconds: v.td[2] });
  if (v && typeof v === 'object' && 'dt' in v) return new h.Moment(...v.dt);
  return v;
}

function handle(c) {
  const a = c.args.map(decode);
  try {
    if (c.fn === 'clamp') return { ok: h.clamp(a[0], a[1] === 'intword' ? h.intword : a[1], a[2], a[3], a[4], a[5]) };
    return { ok: h[c.fn](...a) };
  } catch (e) {
    if (e instanceof RangeError) return { err: 'ValueError', msg: e.message };
    throw e;
  }
}

const lines = [];
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => lines.push(JSON.stringify(handle(JSON.parse(line)))));
rl.on('close', () => process.stdout.write(lines.join('\n') + (lines.length ? '\n' : '')));
