"""strftime-like formatting of durations and duration_isoformat."""
import re
from datetime import timedelta

from .duration import Duration

D_DEFAULT = "P%P"
D_WEEK = "P%p"
D_ALT_EXT = "P%Y-%m-%dT%H:%M:%S"
D_ALT_BAS = "P%Y%m%dT%H%M%S"

_CODE = re.compile(r"%[dfHMSWYCmPp%]")


def _clock(value):
    return value.tdelta if isinstance(value, Duration) else value


def _designators(value):
    out = []
    if isinstance(value, Duration):
        if value.years:
            out.append("%sY" % abs(value.years))
        if value.months:
            out.append("%sM" % abs(value.months))
    span = abs(_clock(value))
    if span.days:
        out.append("%dD" % span.days)
    hours, rest = divmod(span.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours or minutes or seconds or span.microseconds:
        out.append("T")
        if hours:
            out.append("%dH" % hours)
        if minutes:
            out.append("%dM" % minutes)
        if seconds or span.microseconds:
            if span.microseconds:
                out.append(("%d.%06d" % (seconds, span.microseconds)).rstrip("0") + "S")
            else:
                out.append("%dS" % seconds)
    return "".join(out) or "0D"


def _year_field(years, width, yeardigits):
    text = "%0*d" % (width, int(years))
    return text if yeardigits == 4 else "+" + text


def strftime(tdt, format, yeardigits=4):
    clock = _clock(tdt)

    def expand(match):
        code = match.group()[1]
        if code == "%":
            return "%"
        if code == "d":
            return "%02d" % clock.days
        if code == "f":
            return "%06d" % clock.microseconds
        if code == "H":
            return "%02d" % (clock.seconds // 3600)
        if code == "M":
            return "%02d" % (clock.seconds // 60 % 60)
        if code == "S":
            return "%02d" % (clock.seconds % 60)
        if code == "W":
            return "%02d" % int(abs(clock.days / 7))
        if code == "p":
            return "%dW" % abs(clock.days // 7)
        if code == "P":
            return _designators(tdt)
        if code == "Y":
            return _year_field(tdt.years, yeardigits, yeardigits)
        if code == "C":
            return _year_field(tdt.years / 100, yeardigits - 2, yeardigits)
        if code == "m":
            return "%02d" % int(tdt.months)
        return match.group()

    return _CODE.sub(expand, format)


def _negative(value):
    if isinstance(value, Duration):
        return value.years < 0 or value.months < 0 or value.tdelta < timedelta(0)
    return value < timedelta(0)


def duration_isoformat(tduration, format=D_DEFAULT):
    return ("-" if _negative(tduration) else "") + strftime(tduration, format)
