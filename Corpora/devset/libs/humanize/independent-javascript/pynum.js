'use strict';
// Python's number semantics that JavaScript lacks: float()/int() parsing of strings, repr() of floats,
// exact (correctly rounded, half-to-even) fixed and exponential formatting, round(), Fraction.limit_denominator.

const FLOAT_TEXT = /^[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf(?:inity)?|nan)$/i;
const INT_TEXT = /^[+-]?[0-9]+$/;
const PY_SPACE = /^[\s\x1c-\x1f]+|[\s\x1c-\x1f]+$/g;

class ConversionError extends Error {}

const isNumber = (v) => typeof v === 'number' || typeof v === 'bigint';

// Python float(v): numbers pass, strings are parsed; anything else raises ConversionError.
function toFloat(v) {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'string') throw new ConversionError('float');
  const s = v.replace(PY_SPACE, '');
  if (!FLOAT_TEXT.test(s)) throw new ConversionError('float');
  const lower = s.toLowerCase().replace(/^\+/, '');
  if (lower.endsWith('nan')) return NaN;
  if (lower.endsWith('inf') || lower.endsWith('infinity')) return lower.startsWith('-') ? -Infinity : Infinity;
  return Number(s);
}

// Python int(v): floats truncate, strings must be decimal digits; returns a Number (safe range here).
function toInt(v) {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new ConversionError('int');
    return Math.trunc(v) + 0;
  }
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'string') throw new ConversionError('int');
  const s = v.replace(PY_SPACE, '');
  if (!INT_TEXT.test(s)) throw new ConversionError('int');
  return Number(s) + 0;
}

// Python's repr() of a float.
function floatRepr(x) {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expText] = x.toExponential().split('e');
  const exp = Number(expText);
  const sign = mant.startsWith('-') ? '-' : '';
  const digits = mant.replace('-', '').replace('.', '');
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

// Python's str() of a value that a function hands back unchanged.
function pyStr(v) {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : floatRepr(v);
  return String(v);
}

// Exact value of a finite double as a fraction num / den (den a power of two).
function exactRatio(x) {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const negative = hi >>> 31 === 1;
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp2;
  if (biased === 0) exp2 = -1074;
  else {
    mant |= 1n << 52n;
    exp2 = biased - 1075;
  }
  if (negative) mant = -mant;
  return exp2 >= 0 ? [mant << BigInt(exp2), 1n] : [mant, 1n << BigInt(-exp2)];
}

const absBig = (n) => (n < 0n ? -n : n);

// round(num / den) with ties to even; den > 0.
function divRoundEven(num, den) {
  let q = num / den;
  let r = num % den;
  if (r < 0n) {
    q -= 1n;
    r += den;
  }
  const twice = 2n * r;
  if (twice > den || (twice === den && q % 2n !== 0n)) q += 1n;
  return q;
}

const negativeSign = (x) => x < 0 || Object.is(x, -0);

// format(x, '.{nd}f') exactly.
function fixed(x, nd) {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const [num, den] = exactRatio(Math.abs(x));
  const scaled = divRoundEven(num * 10n ** BigInt(nd), den);
  let text = scaled.toString();
  if (nd > 0) {
    text = text.padStart(nd + 1, '0');
    text = `${text.slice(0, -nd)}.${text.slice(-nd)}`;
  }
  return (negativeSign(x) ? '-' : '') + text;
}

// format(x, '.{nd}e') exactly: [mantissa text, exponent integer].
function exponential(x, nd) {
  const sign = negativeSign(x) ? '-' : '';
  if (x === 0) return [sign + (nd > 0 ? '0.' + '0'.repeat(nd) : '0'), 0];
  const [num, den] = exactRatio(Math.abs(x));
  let e = Math.floor(Math.log10(Math.abs(x)));
  const ge = (k) => (k >= 0 ? num >= den * 10n ** BigInt(k) : num * 10n ** BigInt(-k) >= den);
  while (!ge(e)) e -= 1;
  while (ge(e + 1)) e += 1;
  const shift = nd - e;
  let digits = shift >= 0 ? divRoundEven(num * 10n ** BigInt(shift), den) : divRoundEven(num, den * 10n ** BigInt(-shift));
  if (digits === 10n ** BigInt(nd + 1)) {
    digits /= 10n;
    e += 1;
  }
  const t = digits.toString();
  return [sign + (nd > 0 ? `${t[0]}.${t.slice(1)}` : t), e];
}

// Python's round(x) for a float: nearest integer, ties to even.
function roundEven(x) {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

// Python's printf-style '%[0][width][.prec]f' for one number.
function percentFormat(spec, x) {
  const m = /^%(0?)(\d*)(?:\.(\d+))?f$/.exec(spec);
  if (!m) throw new Error(`unsupported format ${spec}`);
  let text = fixed(x, m[3] === undefined ? 6 : Number(m[3]));
  const width = m[2] ? Number(m[2]) : 0;
  if (text.length < width) {
    if (m[1]) {
      const neg = text.startsWith('-');
      const body = neg ? text.slice(1) : text;
      text = (neg ? '-' : '') + body.padStart(width - (neg ? 1 : 0), '0');
    } else text = text.padStart(width, ' ');
  }
  return text;
}

// Fraction(x).limit_denominator(maxDen) on the exact value of x; returns [numerator, denominator] BigInts.
function limitDenominator(x, maxDen) {
  let [n, d] = exactRatio(x);
  const g = gcd(absBig(n), d);
  n /= g;
  d /= g;
  const max = BigInt(maxDen);
  if (d <= max) return [n, d];
  const [origN, origD] = [n, d];
  let [p0, q0, p1, q1] = [0n, 1n, 1n, 0n];
  for (;;) {
    const a = floorDiv(n, d);
    const q2 = q0 + a * q1;
    if (q2 > max) break;
    [p0, q0, p1, q1] = [p1, q1, p0 + a * p1, q2];
    [n, d] = [d, n - a * d];
  }
  const k = floorDiv(max - q0, q1);
  const b1n = p0 + k * p1;
  const b1d = q0 + k * q1;
  // distance of p/q from origN/origD, compared exactly
  const dist = (pn, pd) => absBig(pn * origD - origN * pd) * 1n;
  const d2 = dist(p1, q1) * b1d;
  const d1 = dist(b1n, b1d) * q1;
  return d2 <= d1 ? [p1, q1] : [b1n, b1d];
}

function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}

function floorDiv(a, b) {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

module.exports = {
  ConversionError, isNumber, toFloat, toInt, floatRepr, pyStr, fixed, exponential, roundEven, percentFormat,
  limitDenominator, exactRatio,
};
