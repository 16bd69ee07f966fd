'use strict';
// Number humanizing (English): ordinal, intcomma, intword, apnumber, fractional, scientific, clamp, metric.
const py = require('./pynum');

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SUFFIXES = ['th', 'st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th'];
const SCALE = [
  [3, 'thousand'], [6, 'million'], [9, 'billion'], [12, 'trillion'], [15, 'quadrillion'], [18, 'quintillion'],
  [21, 'sextillion'], [24, 'septillion'], [27, 'octillion'], [30, 'nonillion'], [33, 'decillion'], [100, 'googol'],
];
const SUPER = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };
const UP = 'kMGTPEZYRQ';
const DOWN = 'mμnpfazyrq';
const TIGHT = new Set(['°', '′', '″']);

function notFinite(x) {
  if (Number.isNaN(x)) return 'NaN';
  return x > 0 ? '+Inf' : '-Inf';
}

// float() as a test, then int(); returns {n} or {text} (non-finite), throws ConversionError otherwise.
function integerOf(value) {
  const f = py.toFloat(value);
  if (!Number.isFinite(f)) return { text: notFinite(f) };
  return { n: py.toInt(value) };
}

function guarded(value, body) {
  let parsed;
  try {
    parsed = integerOf(value);
  } catch (e) {
    if (e instanceof py.ConversionError) return py.pyStr(value);
    throw e;
  }
  return parsed.text !== undefined ? parsed.text : body(parsed.n);
}

const mod = (a, b) => ((a % b) + b) % b;

function ordinal(value, gender = 'male') {
  void gender;
  return guarded(value, (n) => {
    const lastTwo = mod(n, 100);
    return String(n) + (lastTwo >= 11 && lastTwo <= 13 ? 'th' : SUFFIXES[mod(n, 10)]);
  });
}

function groupThousands(text) {
  const m = /^(-?)(\d+)(.*)$/s.exec(text);
  if (!m) return text;
  return m[1] + m[2].replace(/\B(?=(\d{3})+$)/g, ',') + m[3];
}

function intcomma(value, ndigits = null) {
  if (value === null || value === undefined) return 'None';
  let number = typeof value === 'string' ? value.split(',').join('') : value;
  let isFloat = typeof number === 'number' && !Number.isInteger(number);
  try {
    const f = py.toFloat(number);
    if (!Number.isFinite(f)) return notFinite(f);
    if (typeof number === 'string') {
      if (number.includes('.')) {
        number = f;
        isFloat = true;
      } else {
        number = py.toInt(number);
      }
    }
  } catch (e) {
    if (e instanceof py.ConversionError) return py.pyStr(value);
    throw e;
  }
  let text;
  if (ndigits !== null && ndigits !== undefined) text = py.fixed(number, ndigits);
  else text = isFloat ? py.floatRepr(number) : String(number);
  return groupThousands(text);
}

function intword(value, format = '%.1f') {
  return guarded(value, (n) => {
    let sign = '';
    if (n < 0) {
      sign = '-';
      n = -n;
    }
    if (n < 1000) return sign + String(n);
    for (let i = 0; i < SCALE.length; i++) {
      const [exp, word] = SCALE[i];
      const next = SCALE[i + 1];
      if (next && n >= 10 ** next[0]) continue;
      let shown = py.percentFormat(format, n / 10 ** exp);
      let name = word;
      if (next && Number(shown) >= 10 ** (next[0] - exp)) {
        name = next[1];
        shown = py.percentFormat(format, n / 10 ** next[0]);
      }
      return `${sign}${shown} ${name}`;
    }
    return sign + String(n);
  });
}

function apnumber(value) {
  return guarded(value, (n) => (n >= 0 && n < 10 ? WORDS[n] : String(n)));
}

function fractional(value) {
  let x;
  try {
    x = py.toFloat(value);
  } catch (e) {
    if (e instanceof py.ConversionError) return py.pyStr(value);
    throw e;
  }
  if (!Number.isFinite(x)) return notFinite(x);
  let whole = Math.trunc(x);
  let [top, bottom] = py.limitDenominator(x - whole, 1000);
  if (top === bottom || top === -bottom) {
    whole += x > 0 ? 1 : -1;
    top = 0n;
  }
  if (whole && !top) return String(whole);
  if (!whole) return `${top}/${bottom}`;
  return `${whole} ${top < 0n ? -top : top}/${bottom}`;
}

function superscript(n) {
  return Array.from(String(n), (c) => SUPER[c]).join('');
}

function scientific(value, precision = 2) {
  let x;
  try {
    x = py.toFloat(value);
  } catch (e) {
    if (e instanceof py.ConversionError) return py.pyStr(value);
    throw e;
  }
  if (!Number.isFinite(x)) return notFinite(x);
  const [mantissa, exp] = py.exponential(x, Math.trunc(precision));
  return `${mantissa} x 10${superscript(exp)}`;
}

// str.format with one replacement field of the kinds humanize's callers use: {:}, {:.Nf}, {:.N%}.
function strFormat(pattern, v) {
  return pattern.replace(/\{(?::([^}]*))?\}/g, (_, spec = '') => {
    if (spec === '') return py.pyStr(v);
    const m = /^\.(\d+)([f%])$/.exec(spec);
    if (!m) throw new Error(`unsupported format spec ${spec}`);
    if (m[2] === 'f') return py.fixed(v, Number(m[1]));
    return py.fixed(v * 100, Number(m[1])) + '%';
  });
}

function clamp(value, format = '{:}', floor = null, ceil = null, floorToken = '<', ceilToken = '>') {
  if (value === null || value === undefined) return null;
  let token = '';
  if (floor !== null && floor !== undefined && value < floor) {
    value = floor;
    token = floorToken;
  } else if (ceil !== null && ceil !== undefined && value > ceil) {
    value = ceil;
    token = ceilToken;
  }
  if (typeof format === 'string') return token + strFormat(format, value);
  if (typeof format === 'function') return token + format(value);
  throw new RangeError('Invalid format. Must be either a valid formatting string, or a function that accepts value and returns a string.');
}

const powerOfTen = (k) => Number(`1e${k}`);

function metric(value, unit = '', precision = 3) {
  let exponent = value !== 0 ? Math.floor(Math.log10(Math.abs(value))) : 0;
  if (exponent >= 33 || exponent < -30) return scientific(value, precision - 1) + unit;
  let shown;
  for (;;) {
    const group = Math.floor(exponent / 3) * 3;
    const scaled = value / powerOfTen(group);
    const decimals = Math.max(0, precision - (exponent - group) - 1);
    shown = py.fixed(scaled, decimals);
    if (Math.abs(Number(shown)) < 10 ** (exponent - group + 1) || exponent >= 32) break;
    exponent += 1;
  }
  let prefix = '';
  if (exponent >= 3) prefix = UP[Math.floor(exponent / 3) - 1];
  else if (exponent < 0) prefix = DOWN[Math.floor((-exponent - 1) / 3)];
  const gap = (!unit && !prefix) || TIGHT.has(unit) ? '' : ' ';
  return `${shown}${gap}${prefix}${unit}`;
}

module.exports = { ordinal, intcomma, intword, apnumber, fractional, scientific, clamp, metric, notFinite };
