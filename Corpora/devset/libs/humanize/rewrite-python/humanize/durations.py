"""Spans of time in words: '3 minutes', 'a year', '2 hours ago'."""

import datetime as dt

from ._text import tr, tr_plural
from .numbers import intcomma

_FINE_UNITS = {"seconds": 2, "milliseconds": 1, "microseconds": 0}
_ALL_UNITS = ("microseconds", "milliseconds", "seconds", "minutes", "hours", "days", "months", "years")


def _count(one, many, n, shown=None):
    return tr_plural(one, many, n) % (n if shown is None else shown)


def _under_a_day(span, finest):
    secs, micro = span.seconds, span.microseconds
    if secs == 0:
        if finest == "microseconds" and micro < 1000:
            return _count("%d microsecond", "%d microseconds", micro)
        if finest == "milliseconds" or (finest == "microseconds" and 1000 <= micro < 1_000_000):
            return _count("%d millisecond", "%d milliseconds", int(micro / 1000), micro / 1000)
        return tr("a moment")
    if secs == 1:
        return tr("a second")
    if secs < 60:
        return _count("%d second", "%d seconds", secs)
    if secs < 3600:
        mins = round(secs / 60)
        return {1: tr("a minute"), 60: tr("an hour")}.get(mins) or _count("%d minute", "%d minutes", mins)
    hrs = round(secs / 3600)
    return {1: tr("an hour"), 24: tr("a day")}.get(hrs) or _count("%d hour", "%d hours", hrs)


def _under_two_years(years, days, months, use_months):
    if years == 0:
        if days == 1:
            return tr("a day")
        if not use_months or months == 0:
            return _count("%d day", "%d days", days)
        return {1: tr("a month"), 12: tr("a year")}.get(months) or _count("%d month", "%d months", months)
    if months == 0:
        return tr("a year") if days == 0 else _count("1 year, %d day", "1 year, %d days", days)
    if not use_months:
        return _count("1 year, %d day", "1 year, %d days", days)
    if months == 1:
        return tr("1 year, 1 month")
    if months == 12:
        return _count("%d year", "%d years", 2)
    return _count("1 year, %d month", "1 year, %d months", months)


def _check_unit(minimum_unit):
    name = minimum_unit.lower()
    if name not in _ALL_UNITS:
        raise KeyError(minimum_unit.upper())
    if name not in _FINE_UNITS:
        raise ValueError(f"Minimum unit '{minimum_unit}' not supported")
    return name


def naturaldelta(value, months=True, minimum_unit="seconds"):
    """A timedelta or a number of seconds in words, without tense."""
    finest = _check_unit(minimum_unit)
    if isinstance(value, dt.timedelta):
        span = value
    else:
        try:
            int(value)
            value = float(value)
            span = dt.timedelta(seconds=value)
        except (ValueError, TypeError):
            return str(value)
        except OverflowError:
            if value != value or value in (float("inf"), float("-inf")):
                return str(value)
            raise
    span = abs(span)
    years, days = divmod(span.days, 365)
    month_count = round(days / 30.5)
    if years == 0 and days < 1:
        return _under_a_day(span, finest)
    if years <= 1:
        return _under_two_years(years, days, month_count, months)
    total_years = round(span.days / 365)
    return tr_plural("%d year", "%d years", total_years).replace("%d", "%s") % intcomma(total_years)


def _naive(moment):
    if isinstance(moment, dt.datetime) and moment.tzinfo is not None:
        return dt.datetime.fromtimestamp(moment.timestamp())
    return moment


def naturaltime(value, future=False, months=True, minimum_unit="seconds", when=None):
    """Like naturaldelta, with 'ago' / 'from now' (tense from the value for datetimes and timedeltas)."""
    value = _naive(value)
    now = _naive(when) or dt.datetime.now()
    if isinstance(value, dt.datetime):
        then, span = value, now - value
    elif isinstance(value, dt.timedelta):
        then, span = now - value, value
    else:
        try:
            span = dt.timedelta(seconds=round(value))
            then = now - span
        except (ValueError, TypeError):
            return str(value)
    if isinstance(value, (dt.datetime, dt.timedelta)):
        future = then > now
    words = naturaldelta(abs(span), months, minimum_unit)
    if words == tr("a moment"):
        return tr("now")
    return (tr("%s from now") if future else tr("%s ago")) % words
