'use strict';
// A JSON decoder that follows Python's json.loads: NaN/Infinity accepted, control characters rejected in
// strings, and failures reported with Python's wording (the part before the colon).

class DecodeFailure extends Error {}

const BLANK = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const HEX4 = /^[0-9a-fA-F]{4}$/;

function decode(text) {
  const cs = Array.from(text);
  let i = 0;
  const fail = (why) => {
    throw new DecodeFailure(why);
  };
  const blanks = () => {
    while (i < cs.length && BLANK.has(cs[i])) i++;
  };
  const word = (w) => {
    const wc = Array.from(w);
    if (wc.every((c, k) => cs[i + k] === c)) {
      i += wc.length;
      return true;
    }
    return false;
  };

  function hex4() {
    if (i + 4 >= cs.length) fail('Invalid \\uXXXX escape');
    const h = cs.slice(i, i + 4).join('');
    if (!HEX4.test(h)) fail('Invalid \\uXXXX escape');
    i += 4;
    return parseInt(h, 16);
  }

  function str() {
    i++;
    let out = '';
    for (;;) {
      if (i >= cs.length) fail('Unterminated string starting at');
      const c = cs[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c.codePointAt(0) < 0x20) fail('Invalid control character at');
      if (c !== '\\') {
        out += c;
        i++;
        continue;
      }
      const e = cs[i + 1];
      i += 2;
      if (e === undefined) fail('Unterminated string starting at');
      if (e in ESCAPES) {
        out += ESCAPES[e];
      } else if (e === 'u') {
        let unit = hex4();
        if (unit >= 0xd800 && unit <= 0xdbff && cs[i] === '\\' && cs[i + 1] === 'u') {
          const save = i;
          i += 2;
          const low = hex4();
          if (low >= 0xdc00 && low <= 0xdfff) unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
          else i = save;
        }
        out += String.fromCodePoint(unit);
      } else {
        fail('Invalid \\escape');
      }
    }
  }

  function num() {
    const rest = cs.slice(i, i + 400).join('');
    const m = /^-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/.exec(rest);
    if (!m) fail('Expecting value');
    i += m[0].length;
    return Number(m[0]);
  }

  function val() {
    if (i >= cs.length) fail('Expecting value');
    const c = cs[i];
    if (c === '"') return str();
    if (c === '[') {
      i++;
      const arr = [];
      blanks();
      if (cs[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        blanks();
        arr.push(val());
        blanks();
        if (cs[i] === ']') {
          i++;
          return arr;
        }
        if (cs[i] !== ',') fail("Expecting ',' delimiter");
        i++;
      }
    }
    if (c === '{') {
      i++;
      const obj = {};
      blanks();
      if (cs[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        blanks();
        if (cs[i] !== '"') fail('Expecting property name enclosed in double quotes');
        const key = str();
        blanks();
        if (cs[i] !== ':') fail("Expecting ':' delimiter");
        i++;
        blanks();
        obj[key] = val();
        blanks();
        if (cs[i] === '}') {
          i++;
          return obj;
        }
        if (cs[i] !== ',') fail("Expecting ',' delimiter");
        i++;
      }
    }
    if (word('null')) return null;
    if (word('true')) return true;
    if (word('false')) return false;
    if (word('NaN')) return NaN;
    if (word('Infinity')) return Infinity;
    if (word('-Infinity')) return -Infinity;
    return num();
  }

  blanks();
  const result = val();
  blanks();
  if (i !== cs.length) fail('Extra data');
  return result;
}

module.exports = { decode, DecodeFailure };
