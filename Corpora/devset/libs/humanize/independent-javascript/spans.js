'use strict';
// Time spans in words: naturaldelta and naturaltime, with small timedelta/datetime stand-ins.
const py = require('./pynum');
const { intcomma } = require('./numbers');

const US_PER_SECOND = 1000000n;
const US_PER_DAY = 86400n * US_PER_SECOND;

// A timedelta: a whole number of microseconds (BigInt), exposed as days/seconds/microseconds.
class Span {
  constructor({ days = 0, seconds = 0, microseconds = 0 } = {}) {
    this.us = BigInt(days) * US_PER_DAY + BigInt(seconds) * US_PER_SECOND + BigInt(microseconds);
  }

  static ofMicros(us) {
    const s = new Span();
    s.us = us;
    return s;
  }

  // timedelta(seconds=x) for a float, following CPython: exact whole part, scaled fraction, and the
  // sub-microsecond leftover rounded half to even.
  static ofSeconds(x) {
    if (Number.isInteger(x)) return Span.ofMicros(BigInt(x) * US_PER_SECOND);
    const whole = Math.trunc(x);
    let total = BigInt(whole) * US_PER_SECOND;
    const scaled = 1e6 * (x - whole);
    const scaledWhole = Math.trunc(scaled);
    total += BigInt(scaledWhole);
    const leftover = scaled - scaledWhole;
    if (leftover !== 0) {
      let nearest = Math.sign(leftover) * Math.floor(Math.abs(leftover) + 0.5);
      if (Math.abs(nearest - leftover) === 0.5) {
        const odd = Number(total & 1n);
        const half = (leftover + odd) * 0.5;
        nearest = 2 * (Math.sign(half) * Math.floor(Math.abs(half) + 0.5)) - odd;
      }
      total += BigInt(nearest);
    }
    return Span.ofMicros(total);
  }

  get days() {
    const q = this.us / US_PER_DAY;
    return Number(this.us % US_PER_DAY < 0n ? q - 1n : q);
  }

  get seconds() {
    const r = ((this.us % US_PER_DAY) + US_PER_DAY) % US_PER_DAY;
    return Number(r / US_PER_SECOND);
  }

  get microseconds() {
    return Number(((this.us % US_PER_SECOND) + US_PER_SECOND) % US_PER_SECOND);
  }

  abs() {
    return Span.ofMicros(this.us < 0n ? -this.us : this.us);
  }
}

// A naive datetime, as microseconds since 1970-01-01T00:00 (BigInt).
class Moment {
  constructor(year, month, day, hour = 0, minute = 0, second = 0, microsecond = 0) {
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    d.setUTCHours(hour, minute, second, 0);
    this.us = BigInt(d.getTime()) * 1000n + BigInt(microsecond);
  }

  minus(other) {
    return other instanceof Moment ? Span.ofMicros(this.us - other.us) : this.shifted(-other.us);
  }

  shifted(us) {
    const m = Object.create(Moment.prototype);
    m.us = this.us + us;
    return m;
  }

  static now() {
    const d = new Date();
    return new Moment(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(),
      d.getMilliseconds() * 1000);
  }
}

const LOWEST = ['seconds', 'milliseconds', 'microseconds'];
const UNITS = ['microseconds', 'milliseconds', 'seconds', 'minutes', 'hours', 'days', 'months', 'years'];

function plural(n, one, many) {
  return (n === 1 ? one : many).replace('%d', String(n));
}

function checkMinimum(name) {
  const lowered = name.toLowerCase();
  if (!UNITS.includes(lowered)) throw new Error(`unknown unit ${name}`);
  if (!LOWEST.includes(lowered)) throw new RangeError(`Minimum unit '${name}' not supported`);
  return lowered;
}

function withinDay(delta, unit) {
  const secs = delta.seconds;
  if (secs === 0) {
    const us = delta.microseconds;
    if (unit === 'microseconds' && us < 1000) return plural(us, '%d microsecond', '%d microseconds');
    if (unit !== 'seconds') return plural(Math.floor(us / 1000), '%d millisecond', '%d milliseconds');
    return 'a moment';
  }
  if (secs === 1) return 'a second';
  if (secs < 60) return plural(secs, '%d second', '%d seconds');
  if (secs < 3600) {
    const minutes = py.roundEven(secs / 60);
    if (minutes === 1) return 'a minute';
    if (minutes === 60) return 'an hour';
    return plural(minutes, '%d minute', '%d minutes');
  }
  const hours = py.roundEven(secs / 3600);
  if (hours === 1) return 'an hour';
  if (hours === 24) return 'a day';
  return plural(hours, '%d hour', '%d hours');
}

function naturaldelta(value, months = true, minimumUnit = 'seconds') {
  const unit = checkMinimum(minimumUnit);
  let delta;
  if (value instanceof Span) delta = value;
  else {
    try {
      const n = py.toInt(value);
      delta = typeof value === 'string' ? Span.ofSeconds(n) : Span.ofSeconds(value);
    } catch (e) {
      if (e instanceof py.ConversionError) return py.pyStr(value);
      throw e;
    }
  }
  delta = delta.abs();
  const years = Math.floor(delta.days / 365);
  const days = delta.days % 365;
  const monthCount = py.roundEven(days / 30.5);
  if (!years && days < 1) return withinDay(delta, unit);
  if (!years) {
    if (days === 1) return 'a day';
    if (!months || monthCount === 0) return plural(days, '%d day', '%d days');
    if (monthCount === 1) return 'a month';
    if (monthCount === 12) return 'a year';
    return plural(monthCount, '%d month', '%d months');
  }
  if (years === 1) {
    if (!monthCount && !days) return 'a year';
    if (!monthCount || !months) return plural(days, '1 year, %d day', '1 year, %d days');
    if (monthCount === 1) return '1 year, 1 month';
    if (monthCount === 12) return '2 years';
    return plural(monthCount, '1 year, %d month', '1 year, %d months');
  }
  const count = py.roundEven(delta.days / 365);
  return `${intcomma(count)} ${count === 1 ? 'year' : 'years'}`;
}

function naturaltime(value, future = false, months = true, minimumUnit = 'seconds', when = null) {
  const now = when || Moment.now();
  let delta;
  let ahead;
  if (value instanceof Moment) {
    delta = now.minus(value);
    ahead = value.us > now.us;
  } else if (value instanceof Span) {
    delta = value;
    ahead = value.us < 0n;
  } else if (typeof value === 'number') {
    delta = Span.ofSeconds(py.roundEven(value));
    ahead = future;
  } else {
    return py.pyStr(value);
  }
  const text = naturaldelta(delta, months, minimumUnit);
  if (text === 'a moment') return 'now';
  return ahead ? `${text} from now` : `${text} ago`;
}

module.exports = { Span, Moment, naturaldelta, naturaltime };
