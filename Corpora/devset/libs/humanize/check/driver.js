// Check driver for the JavaScript port of humanize: JSON lines in, JSON lines out.
'use strict';
const path = require('path');
const readline = require('readline');
const h = require(path.join(__dirname, '..', 'port-javascript', 'index.js'));

function decode(v) {
  if (v && typeof v === 'object' && 'td' in v) return new h.Timedelta({ days: v.td[0], seconds: v.td[1], microseconds: v.td[2] });
  if (v && typeof v === 'object' && 'dt' in v) return new h.DateTime(...v.dt);
  return v;
}

function answer(c) {
  const a = c.args.map(decode);
  try {
    switch (c.fn) {
      case 'clamp': return { ok: h.clamp(a[0], a[1] === 'intword' ? h.intword : a[1], a[2], a[3], a[4], a[5]) };
      case 'naturaltime': return { ok: h.naturaltime(a[0], a[1], a[2], a[3], a[4]) };
      default: return { ok: h[c.fn](...a) };
    }
  } catch (e) {
    if (e instanceof RangeError) return { err: 'ValueError', msg: e.message };
    throw e;
  }
}

const out = [];
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => out.push(JSON.stringify(answer(JSON.parse(line)))));
rl.on('close', () => process.stdout.write(out.join('\n') + (out.length ? '\n' : '')));
