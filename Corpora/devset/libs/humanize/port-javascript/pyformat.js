'use strict';
// Python-compatible number parsing and formatting. JavaScript's toFixed/toExponential round
// exact ties away from zero and String() switches to exponents at other magnitudes, so the
// formats humanize relies on are computed here from the exact binary value of the double.

/** The exact value of a finite double: { neg, digits: BigInt, exp10 } with |x| = digits * 10**exp10. */
function exactDecimal(x) {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const neg = (hi >>> 31) === 1;
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp2;
  if (biased === 0) {
    exp2 = -1074;
  } else {
    mantissa |= 1n << 52n;
    exp2 = biased - 1075;
  }
  if (exp2 >= 0) return { neg, digits: mantissa << BigInt(exp2), exp10: 0 };
  return { neg, digits: mantissa * 5n ** BigInt(-exp2), exp10: exp2 };
}

/** Round a non-negative BigInt digits*10**exp10 to a multiple of 10**target, half to even. */
function roundTo(digits, exp10, target) {
  if (exp10 >= target) return digits * 10n ** BigInt(exp10 - target);
  const div = 10n ** BigInt(target - exp10);
  let q = digits / div;
  const r = digits % div;
  const twice = 2n * r;
  if (twice > div || (twice === div && q % 2n === 1n)) q += 1n;
  return q;
}

/** Python's format(x, '.{n}f'). */
function fixed(x, n) {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const { neg, digits, exp10 } = exactDecimal(x);
  let s = roundTo(digits, exp10, -n).toString();
  if (n > 0) {
    s = s.padStart(n + 1, '0');
    s = s.slice(0, s.length - n) + '.' + s.slice(s.length - n);
  }
  return (neg ? '-' : '') + s;
}

/** Python's format(x, '.{n}e'). */
function exponential(x, n) {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const { neg, digits, exp10 } = exactDecimal(x);
  let mant;
  let e;
  if (digits === 0n) {
    mant = '0'.repeat(n + 1);
    e = 0;
  } else {
    const len = digits.toString().length;
    e = len - 1 + exp10;
    let q = roundTo(digits, exp10, e - n);
    if (q.toString().length > n + 1) {
      e += 1;
      q = roundTo(digits, exp10, e - n);
    }
    mant = q.toString();
  }
  const body = n > 0 ? mant[0] + '.' + mant.slice(1) : mant;
  const sign = e < 0 ? '-' : '+';
  return (neg ? '-' : '') + body + 'e' + sign + String(Math.abs(e)).padStart(2, '0');
}

/** Python's repr(float): shortest round-trip digits, fixed between 1e-4 and 1e16. */
function floatRepr(x) {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expText] = Math.abs(x).toExponential().split('e');
  const e = parseInt(expText, 10);
  const digits = mant.replace('.', '');
  const sign = x < 0 ? '-' : '';
  if (e >= 16 || e < -4) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return sign + m + 'e' + (e < 0 ? '-' : '+') + String(Math.abs(e)).padStart(2, '0');
  }
  if (e >= 0) {
    const intPart = digits.slice(0, e + 1).padEnd(e + 1, '0');
    const frac = digits.slice(e + 1) || '0';
    return sign + intPart + '.' + frac;
  }
  return sign + '0.' + '0'.repeat(-e - 1) + digits;
}

/** Python's str() of a value (int, float, str or None). */
function pyStr(value) {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : floatRepr(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return String(value);
}

/** Python's round(x) for a float: nearest integer, ties to even. */
function roundHalfEven(x) {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** Python's round(x, n) for a float. */
function roundDigits(x, n) {
  return Number(fixed(x, n));
}

const PY_SPACE = /^[\s\x1c-\x1f]+|[\s\x1c-\x1f]+$/g;

class PyValueError extends Error {}
class PyTypeError extends Error {}

/** Python's float(value) for str, int, float; raises PyValueError / PyTypeError. */
function pyFloat(value) {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') throw new PyTypeError(`float() argument must be a string or a real number, not '${pyStr(value)}'`);
  const s = value.replace(PY_SPACE, '');
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return Number(s);
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special) {
    if (special[2].toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  throw new PyValueError(`could not convert string to float: '${value}'`);
}

/** Python's int(value) for str, int, float. */
function pyInt(value) {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new PyValueError('cannot convert float to integer');
    return Math.trunc(value);
  }
  if (typeof value !== 'string') throw new PyTypeError('int() argument must be a string or a number');
  const s = value.replace(PY_SPACE, '');
  if (/^[+-]?\d+$/.test(s)) return Number(s);
  throw new PyValueError(`invalid literal for int() with base 10: '${value}'`);
}

/** Insert "," every three digits of the integer part of a formatted number. */
function groupThousands(text) {
  const m = /^(-?)(\d+)(.*)$/.exec(text);
  if (!m) return text;
  return m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + m[3];
}

/** printf-style "%.Nf" / "%0.Nf" as used by intword's format argument. */
function percentFormat(format, value) {
  return format.replace(/%0?\.(\d+)f/, (_, n) => fixed(value, parseInt(n, 10)));
}

/** str.format() for the single-field forms "{:}", "{:.Nf}" and "{:.N%}". */
function braceFormat(format, value) {
  return format.replace(/\{:(?:\.(\d+)([f%]))?\}/, (_, n, type) => {
    if (type === undefined) return pyStr(value);
    if (type === '%') return fixed(value * 100, parseInt(n, 10)) + '%';
    return fixed(value, parseInt(n, 10));
  });
}

module.exports = {
  exactDecimal, fixed, exponential, floatRepr, pyStr, roundHalfEven, roundDigits, pyFloat, pyInt,
  PyValueError, PyTypeError, groupThousands, percentFormat, braceFormat,
};
