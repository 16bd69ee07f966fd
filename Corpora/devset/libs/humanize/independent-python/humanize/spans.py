"""Time spans in words: naturaldelta and naturaltime."""
import datetime as dt

from .numbers import intcomma

_ALLOWED_MINIMUM = ("seconds", "milliseconds", "microseconds")
_ALL_UNITS = ("microseconds", "milliseconds", "seconds", "minutes", "hours", "days", "months", "years")


def _plural(count, one, many):
    return (one if count == 1 else many) % count


def _minimum_unit(name):
    lowered = name.lower()
    if lowered not in _ALL_UNITS:
        raise KeyError(name.upper())
    if lowered not in _ALLOWED_MINIMUM:
        raise ValueError(f"Minimum unit '{name}' not supported")
    return lowered


def _sub_second(delta, unit):
    if unit == "microseconds" and delta.microseconds < 1000:
        return _plural(delta.microseconds, "%d microsecond", "%d microseconds")
    if unit in ("milliseconds", "microseconds"):
        return _plural(delta.microseconds // 1000, "%d millisecond", "%d milliseconds")
    return "a moment"


def _within_day(delta, unit):
    secs = delta.seconds
    if secs == 0:
        return _sub_second(delta, unit)
    if secs == 1:
        return "a second"
    if secs < 60:
        return _plural(secs, "%d second", "%d seconds")
    if secs < 3600:
        minutes = round(secs / 60)
        if minutes == 1:
            return "a minute"
        if minutes == 60:
            return "an hour"
        return _plural(minutes, "%d minute", "%d minutes")
    hours = round(secs / 3600)
    if hours == 1:
        return "an hour"
    if hours == 24:
        return "a day"
    return _plural(hours, "%d hour", "%d hours")


def naturaldelta(value, months=True, minimum_unit="seconds"):
    unit = _minimum_unit(minimum_unit)
    if isinstance(value, dt.timedelta):
        delta = value
    else:
        try:
            seconds = int(value)
            delta = dt.timedelta(seconds=seconds if isinstance(value, str) else value)
        except (ValueError, TypeError):
            return str(value)
    delta = abs(delta)
    years, days = divmod(delta.days, 365)
    month_count = round(days / 30.5)
    if not years and days < 1:
        return _within_day(delta, unit)
    if not years:
        if days == 1:
            return "a day"
        if not months or month_count == 0:
            return _plural(days, "%d day", "%d days")
        if month_count == 1:
            return "a month"
        if month_count == 12:
            return "a year"
        return _plural(month_count, "%d month", "%d months")
    if years == 1:
        if not month_count and not days:
            return "a year"
        if not month_count or not months:
            return _plural(days, "1 year, %d day", "1 year, %d days")
        if month_count == 1:
            return "1 year, 1 month"
        if month_count == 12:
            return "2 years"
        return _plural(month_count, "1 year, %d month", "1 year, %d months")
    count = round(delta.days / 365)
    return ("%s year" if count == 1 else "%s years") % intcomma(count)


def naturaltime(value, future=False, months=True, minimum_unit="seconds", when=None):
    now = when or dt.datetime.now()
    if isinstance(value, dt.datetime):
        moment, delta = value, now - value
    elif isinstance(value, dt.timedelta):
        moment, delta = now - value, value
    else:
        try:
            seconds = round(value)
        except (TypeError, ValueError):
            return str(value)
        delta = dt.timedelta(seconds=seconds)
        moment = None
    ahead = future if moment is None else moment > now
    text = naturaldelta(delta, months, minimum_unit)
    if text == "a moment":
        return "now"
    return f"{text} from now" if ahead else f"{text} ago"
