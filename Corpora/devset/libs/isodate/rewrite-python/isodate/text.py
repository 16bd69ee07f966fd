"""Reading and writing durations as ISO 8601 text."""

import re
from datetime import timedelta
from decimal import Decimal

from .errors import ISO8601Error
from .period import Duration

D_DEFAULT = "P%P"
D_WEEK = "P%p"
D_ALT_EXT = "P%Y-%m-%dT%H:%M:%S"
D_ALT_BAS = "P%Y%m%dT%H%M%S"
D_ALT_EXT_ORD = "P%Y-%jT%H:%M:%S"
D_ALT_BAS_ORD = "P%Y%jT%H%M%S"

_NUMBER = r"[0-9]+(?:[,.][0-9]+)?"
_PERIOD = re.compile(
    rf"^(?P<sign>[+-])?P(?!\b)"
    rf"(?:(?P<years>{_NUMBER})Y)?(?:(?P<months>{_NUMBER})M)?"
    rf"(?:(?P<weeks>{_NUMBER})W)?(?:(?P<days>{_NUMBER})D)?"
    rf"(?:T(?:(?P<hours>{_NUMBER})H)?(?:(?P<minutes>{_NUMBER})M)?(?:(?P<seconds>{_NUMBER})S)?)?$"
)
_FIXED_FIELDS = ("weeks", "days", "hours", "minutes", "seconds")


def _alternative_format(text, want_timedelta):
    """'P' followed by a date-time (PYYYY-MM-DDThh:mm:ss and friends): not supported here."""
    raise ISO8601Error("Unable to parse duration string %r" % text)


def parse_duration(datestring, as_timedelta_if_possible=True):
    """Parse '[+-]PnYnMnWnDTnHnMnS' (any part optional, ',' or '.' for fractions).

    Returns a timedelta when there are no years or months (and *as_timedelta_if_possible*),
    otherwise a Duration.
    """
    if not isinstance(datestring, str):
        raise TypeError("Expecting a string %r" % datestring)
    found = _PERIOD.match(datestring)
    if found is None:
        if datestring.startswith("P"):
            return _alternative_format(datestring, as_timedelta_if_possible)
        raise ISO8601Error("Unable to parse duration string %r" % datestring)

    def number(name, kind):
        raw = found.group(name)
        return kind(raw.replace(",", ".")) if raw else kind("0")

    years, months = number("years", Decimal), number("months", Decimal)
    fixed = {name: number(name, float) for name in _FIXED_FIELDS}
    negative = found.group("sign") == "-"
    if as_timedelta_if_possible and years == 0 and months == 0:
        span = timedelta(**fixed)
        return timedelta(0) - span if negative else span
    span = Duration(years=years, months=months, **fixed)
    return Duration(0) - span if negative else span


def _designators(value):
    """The %P body: nYnM then days and a T-part from the absolute timedelta."""
    out = []
    if isinstance(value, Duration):
        out += [f"{abs(value.years)}Y"] if value.years else []
        out += [f"{abs(value.months)}M"] if value.months else []
    total = abs((value.days * 86400 + value.seconds) * 1_000_000 + value.microseconds)
    minutes_total, micro = divmod(total, 60_000_000)
    secs, micro = divmod(micro, 1_000_000)
    hours_total, mins = divmod(minutes_total, 60)
    days, hours = divmod(hours_total, 24)
    if days:
        out.append(f"{days}D")
    clock = []
    if hours:
        clock.append(f"{hours}H")
    if mins:
        clock.append(f"{mins}M")
    if secs or micro:
        clock.append(("%d.%06d" % (secs, micro)).rstrip("0") + "S" if micro else f"{secs}S")
    if clock:
        out.append("T" + "".join(clock))
    return "".join(out) or "0D"


def _year_field(value, yeardigits, width):
    return ("+" if yeardigits != 4 else "") + "%0*d" % (width, value)


_CODES = {
    "%%": lambda v, w: "%",
    "%P": lambda v, w: _designators(v),
    "%p": lambda v, w: f"{abs(v.days // 7)}W",
    "%Y": lambda v, w: _year_field(v.years, w, w),
    "%C": lambda v, w: _year_field(v.years / 100, w, w - 2),
    "%m": lambda v, w: "%02d" % v.months,
    "%W": lambda v, w: "%02d" % abs(v.days / 7),
    "%d": lambda v, w: "%02d" % v.days,
    "%H": lambda v, w: "%02d" % (v.seconds / 3600),
    "%M": lambda v, w: "%02d" % ((v.seconds / 60) % 60),
    "%S": lambda v, w: "%02d" % (v.seconds % 60),
    "%f": lambda v, w: "%06d" % v.microseconds,
}
_CODE_RE = re.compile("|".join(re.escape(code) for code in ("%d", "%f", "%H", "%m", "%M", "%S", "%W", "%Y", "%C", "%%", "%P", "%p")))


def strftime(value, format, yeardigits=4):
    """Expand the duration format codes (%P %p %Y %C %m %W %d %H %M %S %f %%) in *format*."""
    return _CODE_RE.sub(lambda m: _CODES[m.group(0)](value, yeardigits), format)


def _is_negative(value):
    if isinstance(value, Duration):
        return value.years < 0 or value.months < 0 or value.tdelta < timedelta(0)
    return isinstance(value, timedelta) and value < timedelta(0)


def duration_isoformat(tduration, format=D_DEFAULT):
    """ISO text for a timedelta or Duration, '-' first when any part is negative."""
    return ("-" if _is_negative(tduration) else "") + strftime(tduration, format)
