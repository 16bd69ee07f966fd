'use strict';
// Time humanizing functions.
//
// These are largely borrowed from Django's contrib.humanize.

const { gettext: _, ngettext } = require('./i18n');
const { intcomma } = require('./number');
const py = require('./pyformat');

const Unit = Object.freeze({
  MICROSECONDS: 0,
  MILLISECONDS: 1,
  SECONDS: 2,
  MINUTES: 3,
  HOURS: 4,
  DAYS: 5,
  MONTHS: 6,
  YEARS: 7,
});

const US_PER_SECOND = 1000000;
const US_PER_DAY = 86400 * US_PER_SECOND;

/**
 * A span of time, normalised like Python's datetime.timedelta: days (may be
 * negative), seconds in [0, 86400) and microseconds in [0, 1000000).
 */
class Timedelta {
  constructor({ days = 0, seconds = 0, microseconds = 0 } = {}) {
    // Integral parts are exact; a fractional part is rounded once to the nearest
    // microsecond, ties to an even total.
    let total = Math.trunc(days) * US_PER_DAY + Math.trunc(seconds) * US_PER_SECOND + Math.trunc(microseconds);
    let leftover = 0;
    for (const [value, factor] of [[days, US_PER_DAY], [seconds, US_PER_SECOND], [microseconds, 1]]) {
      const frac = value - Math.trunc(value);
      if (frac !== 0) {
        const prod = frac * factor;
        total += Math.trunc(prod);
        leftover += prod - Math.trunc(prod);
      }
    }
    if (leftover !== 0) {
      let whole = Math.sign(leftover) * Math.round(Math.abs(leftover));
      if (Math.abs(whole - leftover) === 0.5) {
        const odd = Math.abs(total % 2);
        whole = 2 * Math.sign((leftover + odd) * 0.5) * Math.round(Math.abs((leftover + odd) * 0.5)) - odd;
      }
      total += whole;
    }
    this._set(total);
  }

  static fromMicroseconds(total) {
    const td = new Timedelta();
    td._set(total);
    return td;
  }

  _set(total) {
    this.days = Math.floor(total / US_PER_DAY);
    const rest = total - this.days * US_PER_DAY;
    this.seconds = Math.floor(rest / US_PER_SECOND);
    this.microseconds = rest - this.seconds * US_PER_SECOND;
  }

  totalMicroseconds() {
    return this.days * US_PER_DAY + this.seconds * US_PER_SECOND + this.microseconds;
  }

  abs() {
    return Timedelta.fromMicroseconds(Math.abs(this.totalMicroseconds()));
  }
}

/** A naive date and time with microseconds (Python's datetime without tzinfo). */
class DateTime {
  constructor(year, month, day, hour = 0, minute = 0, second = 0, microsecond = 0) {
    this.epochMicroseconds = Date.UTC(year, month - 1, day, hour, minute, second) * 1000 + microsecond;
  }

  static fromEpochMicroseconds(us) {
    const dt = Object.create(DateTime.prototype);
    dt.epochMicroseconds = us;
    return dt;
  }

  minus(other) {
    if (other instanceof DateTime) return Timedelta.fromMicroseconds(this.epochMicroseconds - other.epochMicroseconds);
    return DateTime.fromEpochMicroseconds(this.epochMicroseconds - other.totalMicroseconds());
  }

  isAfter(other) {
    return this.epochMicroseconds > other.epochMicroseconds;
  }
}

function _now() {
  const d = new Date();
  // naive local time is intentional
  return new DateTime(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(),
    d.getSeconds(), d.getMilliseconds() * 1000);
}

/** Return an "absolute" value for a timedelta, always representing a time distance. */
function _absTimedelta(delta) {
  return delta.abs();
}

/**
 * Turn a value into a date and a timedelta which represents how long ago it was.
 *
 * If that's not possible, return [null, value].
 */
function _dateAndDelta(value, { now = null, precise = false } = {}) {
  if (!now) {
    now = _now();
  }
  let date;
  let delta;
  if (value instanceof DateTime) {
    date = value;
    delta = now.minus(value);
  } else if (value instanceof Timedelta) {
    date = now.minus(value);
    delta = value;
  } else {
    if (typeof value !== 'number' || Number.isNaN(value)) {
      return [null, value];
    }
    value = precise ? value : py.roundHalfEven(value);
    delta = new Timedelta({ seconds: value });
    date = now.minus(delta);
  }
  return [date, _absTimedelta(delta)];
}

/**
 * Return a natural representation of a timedelta or number of seconds.
 *
 * This is similar to naturaltime, but does not add tense to the result.
 *
 * months: if true, then a number of months (based on 30.5 days) will be used for
 * fuzziness between years. minimumUnit: the lowest unit that can be used.
 *
 * Returns a natural representation of the amount of time elapsed unless value is not
 * a Timedelta or cannot be converted to int; in that case str(value) is returned.
 */
function naturaldelta(value, months = true, minimumUnit = 'seconds') {
  const tmp = Unit[minimumUnit.toUpperCase()];
  if (![Unit.SECONDS, Unit.MILLISECONDS, Unit.MICROSECONDS].includes(tmp)) {
    throw new RangeError(`Minimum unit '${minimumUnit}' not supported`);
  }
  const minUnit = tmp;

  let delta;
  if (value instanceof Timedelta) {
    delta = value;
  } else {
    try {
      py.pyInt(value); // Explicitly don't support string such as "NaN" or "inf"
      value = py.pyFloat(value);
      delta = new Timedelta({ seconds: value });
    } catch (e) {
      if (e instanceof py.PyValueError || e instanceof py.PyTypeError) return py.pyStr(value);
      throw e;
    }
  }

  const useMonths = months;

  delta = delta.abs();
  let years = Math.floor(delta.days / 365);
  const days = delta.days % 365;
  const numMonths = py.roundHalfEven(days / 30.5);

  if (years === 0 && days < 1) {
    if (delta.seconds === 0) {
      if (minUnit === Unit.MICROSECONDS && delta.microseconds < 1000) {
        return ngettext('%d microsecond', '%d microseconds', delta.microseconds).replace('%d', delta.microseconds);
      }
      if (minUnit === Unit.MILLISECONDS
        || (minUnit === Unit.MICROSECONDS && delta.microseconds >= 1000 && delta.microseconds < 1000000)) {
        const milliseconds = delta.microseconds / 1000;
        return ngettext('%d millisecond', '%d milliseconds', Math.trunc(milliseconds))
          .replace('%d', Math.trunc(milliseconds));
      }
      return _('a moment');
    }
    if (delta.seconds === 1) {
      return _('a second');
    }
    if (delta.seconds < 60) {
      return ngettext('%d second', '%d seconds', delta.seconds).replace('%d', delta.seconds);
    }
    if (delta.seconds >= 60 && delta.seconds < 3600) {
      const minutes = py.roundHalfEven(delta.seconds / 60);
      if (minutes === 1) {
        return _('a minute');
      }
      if (minutes === 60) {
        return _('an hour');
      }
      return ngettext('%d minute', '%d minutes', minutes).replace('%d', minutes);
    }
    if (delta.seconds >= 3600) {
      const hours = py.roundHalfEven(delta.seconds / 3600);
      if (hours === 1) {
        return _('an hour');
      }
      if (hours === 24) {
        return _('a day');
      }
      return ngettext('%d hour', '%d hours', hours).replace('%d', hours);
    }
  } else if (years === 0) {
    if (days === 1) {
      return _('a day');
    }
    if (!useMonths) {
      return ngettext('%d day', '%d days', days).replace('%d', days);
    }
    if (numMonths === 0) {
      return ngettext('%d day', '%d days', days).replace('%d', days);
    }
    if (numMonths === 1) {
      return _('a month');
    }
    if (numMonths === 12) {
      return _('a year');
    }
    return ngettext('%d month', '%d months', numMonths).replace('%d', numMonths);
  } else if (years === 1) {
    if (numMonths === 0 && days === 0) {
      return _('a year');
    }
    if (numMonths === 0) {
      return ngettext('1 year, %d day', '1 year, %d days', days).replace('%d', days);
    }
    if (useMonths) {
      if (numMonths === 1) {
        return _('1 year, 1 month');
      }
      if (numMonths === 12) {
        years += 1;
        return ngettext('%d year', '%d years', years).replace('%d', years);
      }
      return ngettext('1 year, %d month', '1 year, %d months', numMonths).replace('%d', numMonths);
    }
    return ngettext('1 year, %d day', '1 year, %d days', days).replace('%d', days);
  }

  years = py.roundHalfEven(delta.days / 365);
  return ngettext('%d year', '%d years', years).replace('%d', '%s').replace('%s', intcomma(years));
}

/**
 * Return a natural representation of a time in a resolution that makes sense.
 *
 * This is more or less compatible with Django's naturaltime filter.
 *
 * value: a DateTime, a Timedelta, or a number of seconds. future: ignored for
 * DateTimes and Timedeltas, where the tense is always figured out based on the
 * current time; for numbers, the return value will be past tense by default,
 * unless future is true. when: point in time relative to which value is
 * interpreted; defaults to the current local time.
 */
function naturaltime(value, future = false, months = true, minimumUnit = 'seconds', when = null) {
  value = _convertAwareDatetime(value);
  when = _convertAwareDatetime(when);

  const now = when || _now();

  const [date, delta] = _dateAndDelta(value, { now });
  if (date === null) {
    return py.pyStr(value);
  }
  // determine tense by value only if datetime/timedelta were passed
  if (value instanceof DateTime || value instanceof Timedelta) {
    future = date.isAfter(now);
  }

  const ago = future ? _('%s from now') : _('%s ago');
  const text = naturaldelta(delta, months, minimumUnit);

  if (text === _('a moment')) {
    return _('now');
  }

  return ago.replace('%s', text);
}

/** Convert aware datetime to naive datetime and pass through any other type. */
function _convertAwareDatetime(value) {
  if (value === null || value === undefined) {
    return null;
  }
  // DateTime values of this port are always naive.
  return value;
}

module.exports = { Unit, Timedelta, DateTime, naturaldelta, naturaltime };
