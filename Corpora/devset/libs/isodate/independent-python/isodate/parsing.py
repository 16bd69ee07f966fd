"""parse_duration: ISO 8601 duration text -> timedelta or Duration."""
import re
from datetime import timedelta
from decimal import Decimal

from .duration import Duration
from .errors import ISO8601Error

_NUMBER = r"[0-9]+(?:[,.][0-9]+)?"
_DURATION = re.compile(
    r"(?P<sign>[+-])?P(?=[A-Za-z0-9])"
    rf"(?:(?P<years>{_NUMBER})Y)?(?:(?P<months>{_NUMBER})M)?(?:(?P<weeks>{_NUMBER})W)?(?:(?P<days>{_NUMBER})D)?"
    rf"(?:T(?:(?P<hours>{_NUMBER})H)?(?:(?P<minutes>{_NUMBER})M)?(?:(?P<seconds>{_NUMBER})S)?)?"
)
_CLOCK_FIELDS = ("weeks", "days", "hours", "minutes", "seconds")


def parse_duration(datestring, as_timedelta_if_possible=True):
    if not isinstance(datestring, str):
        raise TypeError("Expecting a string %r" % (datestring,))
    found = _DURATION.fullmatch(datestring)
    if not found:
        raise ISO8601Error("Unable to parse duration string %r" % datestring)
    parts = {k: (v or "0").replace(",", ".") for k, v in found.groupdict().items() if k != "sign"}
    clock = {k: float(parts[k]) for k in _CLOCK_FIELDS}
    years, months = Decimal(parts["years"]), Decimal(parts["months"])
    if as_timedelta_if_possible and years == 0 and months == 0:
        result = timedelta(**clock)
        if found.group("sign") == "-":
            result = timedelta(0) - result
        return result
    result = Duration(years=years, months=months, **clock)
    if found.group("sign") == "-":
        result = Duration(0) - result
    return result
