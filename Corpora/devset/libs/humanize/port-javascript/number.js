'use strict';
// Humanizing functions for numbers.

const {
  gettext: _, gettextNoop: N_, ngettext, ngettextNoop: NS_, pgettext: P_, pgettextNoop: PS_,
  decimalSeparator, thousandsSeparator,
} = require('./i18n');
const py = require('./pyformat');

const SUPERSCRIPT_MAP = {
  0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', '-': '⁻',
};

const ORDINAL_SUFFIXES = {
  male: [
    PS_('0 (male)', 'th'), PS_('1 (male)', 'st'), PS_('2 (male)', 'nd'), PS_('3 (male)', 'rd'),
    PS_('4 (male)', 'th'), PS_('5 (male)', 'th'), PS_('6 (male)', 'th'), PS_('7 (male)', 'th'),
    PS_('8 (male)', 'th'), PS_('9 (male)', 'th'),
  ],
  female: [
    PS_('0 (female)', 'th'), PS_('1 (female)', 'st'), PS_('2 (female)', 'nd'), PS_('3 (female)', 'rd'),
    PS_('4 (female)', 'th'), PS_('5 (female)', 'th'), PS_('6 (female)', 'th'), PS_('7 (female)', 'th'),
    PS_('8 (female)', 'th'), PS_('9 (female)', 'th'),
  ],
};

const APNUMBER_WORDS = [
  N_('zero'), N_('one'), N_('two'), N_('three'), N_('four'),
  N_('five'), N_('six'), N_('seven'), N_('eight'), N_('nine'),
];

/** Utility function to handle infinite and nan cases. */
function formatNotFinite(value) {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value) && value < 0) return '-Inf';
  if (!Number.isFinite(value) && value > 0) return '+Inf';
  return '';
}

function isConversionError(e) {
  return e instanceof py.PyValueError || e instanceof py.PyTypeError;
}

/**
 * Converts an integer to its ordinal as a string.
 *
 * For example, 1 is "1st", 2 is "2nd", 3 is "3rd", etc. Works for any integer or
 * anything int() will turn into an integer. Anything else will return the output
 * of str(value).
 *
 *   ordinal(1) === '1st'; ordinal(1002) === '1002nd'; ordinal(111) === '111th'
 *   ordinal('something else') === 'something else'
 */
function ordinal(value, gender = 'male') {
  try {
    if (!Number.isFinite(py.pyFloat(value))) return formatNotFinite(py.pyFloat(value));
    value = py.pyInt(value);
  } catch (e) {
    if (isConversionError(e)) return py.pyStr(value);
    throw e;
  }
  gender = gender === 'male' ? 'male' : 'female';
  const mod100 = ((value % 100) + 100) % 100;
  const digit = [11, 12, 13].includes(mod100) ? 0 : ((value % 10) + 10) % 10;
  return `${value}${P_(...ORDINAL_SUFFIXES[gender][digit])}`;
}

/**
 * Converts an integer to a string containing commas every three digits.
 *
 * For example, 3000 becomes "3,000" and 45000 becomes "45,000". To maintain some
 * compatibility with Django's intcomma, this function also accepts floats.
 *
 *   intcomma(1234567.25) === '1,234,567.25'; intcomma(1234.5454545, 2) === '1,234.55'
 *   intcomma('14308.40', 1) === '14,308.4'; intcomma(null) === 'None'
 */
function intcomma(value, ndigits = null) {
  const thousandsSep = thousandsSeparator();
  const decimalSep = decimalSeparator();
  let isInt;
  try {
    if (typeof value === 'string') {
      value = value.split(thousandsSep).join('').split(decimalSep).join('.');
      if (!Number.isFinite(py.pyFloat(value))) return formatNotFinite(py.pyFloat(value));
      if (value.includes('.')) {
        value = py.pyFloat(value);
        isInt = false;
      } else {
        value = py.pyInt(value);
        isInt = true;
      }
    } else if (!(typeof value === 'number' && Number.isInteger(value))) {
      if (!Number.isFinite(py.pyFloat(value))) return formatNotFinite(py.pyFloat(value));
      isInt = false;
    } else {
      isInt = true;
    }
  } catch (e) {
    if (isConversionError(e)) return py.pyStr(value);
    throw e;
  }

  let result;
  if (ndigits !== null && ndigits !== undefined) {
    result = py.groupThousands(py.fixed(value, ndigits));
  } else {
    result = py.groupThousands(isInt ? String(value) : py.floatRepr(value));
  }
  if (thousandsSep !== ',' || decimalSep !== '.') {
    result = result.replace(/[,.]/g, (c) => (c === ',' ? thousandsSep : decimalSep));
  }
  return result;
}

const powers = [3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 100].map((x) => 10 ** x);
const humanPowers = [
  NS_('thousand', 'thousand'),
  NS_('million', 'million'),
  NS_('billion', 'billion'),
  NS_('trillion', 'trillion'),
  NS_('quadrillion', 'quadrillion'),
  NS_('quintillion', 'quintillion'),
  NS_('sextillion', 'sextillion'),
  NS_('septillion', 'septillion'),
  NS_('octillion', 'octillion'),
  NS_('nonillion', 'nonillion'),
  NS_('decillion', 'decillion'),
  NS_('googol', 'googol'),
];

function bisectRight(list, x) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < list[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Converts a large integer to a friendly text representation.
 *
 * Works best for numbers over 1 million. For example, 1_000_000 becomes "1.0 million",
 * 1_200_000 becomes "1.2 million" and "1_200_000_000" becomes "1.2 billion". Supports
 * up to decillion (33 digits) and googol (100 digits).
 *
 *   intword('100') === '100'; intword('12400') === '12.4 thousand'
 *   intword('1234000', '%0.3f') === '1.234 million'
 */
function intword(value, format = '%.1f') {
  try {
    if (!Number.isFinite(py.pyFloat(value))) return formatNotFinite(py.pyFloat(value));
    value = py.pyInt(value);
  } catch (e) {
    if (isConversionError(e)) return py.pyStr(value);
    throw e;
  }

  let negativePrefix;
  if (value < 0) {
    value *= -1;
    negativePrefix = '-';
  } else {
    negativePrefix = '';
  }

  if (value < powers[0]) {
    return `${negativePrefix}${value}`;
  }

  let ord = bisectRight(powers, value);
  const largestOrdinal = ord === powers.length;

  // Consider the biggest power of 10 that is smaller than value
  ord -= 1;
  const power = powers[ord];
  const chopped = value / power;
  let roundedValue = Number(py.percentFormat(format, chopped));

  if (!largestOrdinal && roundedValue === Math.floor(powers[ord + 1] / power)) {
    // After rounding, we end up just at the next power. Compare against the
    // integer ratio between the two powers instead of roundedValue * power.
    ord += 1;
    roundedValue = 1.0;
  }

  const [singular, plural] = humanPowers[ord];
  const unit = ngettext(singular, plural, Math.ceil(roundedValue));
  const decimalSep = decimalSeparator();
  const number = py.percentFormat(format, roundedValue).replace('.', decimalSep);
  return `${negativePrefix}${number} ${unit}`;
}

/**
 * Converts an integer to Associated Press style.
 *
 *   apnumber(0) === 'zero'; apnumber(10) === '10'; apnumber('7') === 'seven'
 */
function apnumber(value) {
  try {
    if (!Number.isFinite(py.pyFloat(value))) return formatNotFinite(py.pyFloat(value));
    value = py.pyInt(value);
  } catch (e) {
    if (isConversionError(e)) return py.pyStr(value);
    throw e;
  }
  if (!(value >= 0 && value < 10)) {
    return String(value);
  }
  return _(APNUMBER_WORDS[value]);
}

// Exact fraction of a finite double, [numerator, denominator] as BigInts in lowest terms.
function fractionFromFloat(x) {
  const { neg, digits, exp10 } = py.exactDecimal(x);
  let num = exp10 >= 0 ? digits * 10n ** BigInt(exp10) : digits;
  let den = exp10 >= 0 ? 1n : 10n ** BigInt(-exp10);
  const g = gcd(num, den);
  num /= g;
  den /= g;
  return [neg ? -num : num, den];
}

function gcd(a, b) {
  a = a < 0n ? -a : a;
  while (b) [a, b] = [b, a % b];
  return a || 1n;
}

function floorDiv(a, b) {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function absDiff(p, q, num, den) {
  // |p/q - num/den| as a fraction [n, d]
  const n = p * den - num * q;
  return [n < 0n ? -n : n, q * den];
}

// Fraction.limit_denominator: closest fraction with denominator at most maxDenominator.
function limitDenominator([num, den], maxDenominator) {
  const maxD = BigInt(maxDenominator);
  if (den <= maxD) return [num, den];
  let [p0, q0, p1, q1] = [0n, 1n, 1n, 0n];
  let [n, d] = [num, den];
  for (;;) {
    const a = floorDiv(n, d);
    const q2 = q0 + a * q1;
    if (q2 > maxD) break;
    [p0, q0, p1, q1] = [p1, q1, p0 + a * p1, q2];
    [n, d] = [d, n - a * d];
  }
  const k = floorDiv(maxD - q0, q1);
  const bound1 = [p0 + k * p1, q0 + k * q1];
  const bound2 = [p1, q1];
  const [e2n, e2d] = absDiff(bound2[0], bound2[1], num, den);
  const [e1n, e1d] = absDiff(bound1[0], bound1[1], num, den);
  if (e2n * e1d <= e1n * e2d) return bound2;
  return bound1;
}

/**
 * Convert to fractional number.
 *
 * There will be some cases where one might not want to show ugly decimal places for
 * floats and decimals. This function returns a human-readable fractional number in
 * form of fractions and mixed fractions.
 *
 *   fractional(0.3) === '3/10'; fractional(1.3) === '1 3/10'; fractional(1) === '1'
 */
function fractional(value) {
  let number;
  try {
    number = py.pyFloat(value);
    if (!Number.isFinite(number)) return formatNotFinite(number);
  } catch (e) {
    if (isConversionError(e)) return py.pyStr(value);
    throw e;
  }

  const wholeNumber = Math.trunc(number);
  const [numerator, denominator] = limitDenominator(fractionFromFloat(number - wholeNumber), 1000);
  if (denominator === 1n) {
    // The fractional part reduced to a whole number: either an integer was passed
    // in, or the fractional part rounded up to 1/1 (e.g. 2.9999999). Fold it into
    // the integer part instead of emitting a degenerate "0/1" or "2 1/1".
    return `${BigInt(wholeNumber) + numerator}`;
  }

  if (!wholeNumber) {
    return `${numerator}/${denominator}`;
  }

  // Math.trunc rounds toward zero, so for a negative number both wholeNumber and
  // numerator carry the minus sign; the sign already rides on the whole part.
  return `${wholeNumber} ${numerator < 0n ? -numerator : numerator}/${denominator}`;
}

/**
 * Return number in string scientific notation z.wq x 10ⁿ.
 *
 *   scientific(0.3) === '3.00 x 10⁻¹'; scientific(-1000) === '-1.00 x 10³'
 *   scientific(1000, 1) === '1.0 x 10³'; scientific('foo') === 'foo'
 */
function scientific(value, precision = 2) {
  try {
    value = py.pyFloat(value);
    if (!Number.isFinite(value)) return formatNotFinite(value);
  } catch (e) {
    if (isConversionError(e)) return py.pyStr(value);
    throw e;
  }
  const n = py.exponential(value, Math.trunc(precision));
  const [part1, part2] = n.split('e');
  // Normalise exponent: parseInt strips the "+" sign and leading zeros,
  // while preserving "-" and a single "0" for 10⁰.
  const exponent = String(parseInt(part2, 10)).split('').map((c) => SUPERSCRIPT_MAP[c]).join('');
  return part1 + ' x 10' + exponent;
}

/**
 * Returns number with the specified format, clamped between floor and ceil.
 *
 * If the number is larger than ceil or smaller than floor, then the respective limit
 * will be returned, formatted and prepended with a token specifying as such.
 * The format is either a format string ("{:}", "{:.2f}", "{:.0%}") or a function.
 *
 *   clamp(0.0001, '{:}', 0.01) === '<0.01'; clamp(0.999, '{:.0%}', null, 0.99) === '>99%'
 */
function clamp(value, format = '{:}', floor = null, ceil = null, floorToken = '<', ceilToken = '>') {
  if (value === null || value === undefined) {
    return null;
  }

  if (!Number.isFinite(value)) {
    return formatNotFinite(value);
  }

  let token;
  if (floor !== null && floor !== undefined && value < floor) {
    value = floor;
    token = floorToken;
  } else if (ceil !== null && ceil !== undefined && value > ceil) {
    value = ceil;
    token = ceilToken;
  } else {
    token = '';
  }

  if (typeof format === 'string') {
    return token + py.braceFormat(format, value);
  }

  if (typeof format === 'function') {
    return token + format(value);
  }

  throw new Error('Invalid format. Must be either a valid formatting string, or a function '
    + 'that accepts value and returns a string.');
}

/**
 * Return a value with a metric SI unit-prefix appended.
 *
 *   metric(1500, 'V') === '1.50 kV'; metric(2e8, 'W') === '200 MW'
 *   metric(220e-6, 'F') === '220 μF'; metric(1e-14, '', 4) === '10.00 f'
 *
 * For numbers that are either too huge or too tiny to represent without resorting
 * to either leading or trailing zeroes, it falls back to scientific().
 */
function metric(value, unit = '', precision = 3) {
  if (!Number.isFinite(value)) {
    return formatNotFinite(value);
  }
  let exponent = value !== 0 ? Math.floor(Math.log10(Math.abs(value))) : 0;

  if (exponent >= 33 || exponent < -30) {
    return scientific(value, precision - 1) + unit;
  }

  const mod3 = (e) => ((e % 3) + 3) % 3;
  const oldBucket = Math.floor(exponent / 3) * 3;
  value /= Number(`1e${oldBucket}`);
  let digits = Math.trunc(Math.max(0, precision - mod3(exponent) - 1));
  // Absorb a rounding carry (9.999 -> 10.0) by bumping the exponent.
  if (exponent < 30 && py.roundDigits(Math.abs(value), digits) >= 10 ** (mod3(exponent) + 1)) {
    exponent += 1;
    const newBucket = Math.floor(exponent / 3) * 3;
    value /= 10 ** (newBucket - oldBucket);
    digits = Math.trunc(Math.max(0, precision - mod3(exponent) - 1));
  }

  let ordinal_;
  if (exponent >= 3) {
    ordinal_ = 'kMGTPEZYRQ'[Math.floor(exponent / 3) - 1];
  } else if (exponent < 0) {
    ordinal_ = 'mμnpfazyrq'[Math.floor((-exponent - 1) / 3)];
  } else {
    ordinal_ = '';
  }
  const value_ = py.fixed(value, digits);
  let space;
  if (!(unit || ordinal_) || ['°', '′', '″'].includes(unit)) {
    space = '';
  } else {
    space = ' ';
  }

  return `${value_}${space}${ordinal_}${unit}`;
}

module.exports = {
  ordinal, intcomma, intword, apnumber, fractional, scientific, clamp, metric, powers,
};
