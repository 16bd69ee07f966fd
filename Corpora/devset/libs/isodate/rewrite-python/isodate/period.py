"""A duration with a calendar part (years, months) kept apart from a fixed part (a timedelta)."""

from datetime import timedelta
from decimal import Decimal

_LONG_MONTHS = frozenset((1, 3, 5, 7, 8, 10, 12))
_SHORT_MONTHS = frozenset((4, 6, 9, 11))


def _as_decimal(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def _is_leap(year):
    return year % 400 == 0 or (year % 100 != 0 and year % 4 == 0)


def _month_length(year, month):
    if month in _LONG_MONTHS:
        return 31
    if month in _SHORT_MONTHS:
        return 30
    return 29 if _is_leap(year) else 28


def _shift_calendar(day, years, months):
    """Move a date by whole years and months, clamping the day to the target month's length."""
    if not (float(years).is_integer() and float(months).is_integer()):
        raise ValueError("fractional years or months not supported for date calculations")
    zero_based = day.month + months - 1
    carry = int(zero_based // 12) if zero_based >= 0 else -int((-zero_based + 11) // 12)
    month = zero_based - carry * 12 + 1
    year = day.year + years + carry
    last = _month_length(year, month)
    return day.replace(year=int(year), month=int(month), day=min(day.day, last))


class Duration:
    """Years and months (Decimals) plus a timedelta for everything smaller.

    Durations compare equal when their total months and their timedeltas are equal; they
    cannot be ordered. Adding one to a date follows XML Schema: shift the calendar part
    first (clamping the day), then add the timedelta.
    """

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                 weeks=0, months=0, years=0):
        self.years = _as_decimal(years)
        self.months = _as_decimal(months)
        self.tdelta = timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks)

    @classmethod
    def _make(cls, years, months, tdelta):
        made = cls(years=years, months=months)
        made.tdelta = tdelta
        return made

    def __getattr__(self, name):
        return getattr(self.tdelta, name)

    def __getstate__(self):
        return self.__dict__

    def __setstate__(self, state):
        self.__dict__.update(state)

    def _total_months(self):
        return self.years * 12 + self.months

    def __eq__(self, other):
        if isinstance(other, Duration):
            return self._total_months() == other._total_months() and self.tdelta == other.tdelta
        return self.years == 0 and self.months == 0 and self.tdelta == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash((self.tdelta, self.months, self.years))

    def __neg__(self):
        return Duration._make(-self.years, -self.months, -self.tdelta)

    def __mul__(self, factor):
        if not isinstance(factor, int):
            return NotImplemented
        return Duration._make(self.years * factor, self.months * factor, self.tdelta * factor)

    __rmul__ = __mul__

    def __add__(self, other):
        if isinstance(other, Duration):
            return Duration._make(self.years + other.years, self.months + other.months,
                                  self.tdelta + other.tdelta)
        if all(hasattr(other, a) for a in ("year", "month", "day")):
            return self.tdelta + _shift_calendar(other, self.years, self.months)
        if isinstance(other, timedelta):
            return Duration._make(self.years, self.months, self.tdelta + other)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, Duration):
            return Duration._make(self.years - other.years, self.months - other.months,
                                  self.tdelta - other.tdelta)
        if isinstance(other, timedelta):
            return Duration._make(self.years, self.months, self.tdelta - other)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return Duration._make(-self.years, -self.months, other - self.tdelta)
        if all(hasattr(other, a) for a in ("year", "month", "day")):
            return _shift_calendar(other, -self.years, -self.months) - self.tdelta
        return NotImplemented

    def totimedelta(self, start=None, end=None):
        """The exact timedelta this duration spans from *start* (or up to *end*)."""
        if start is None and end is None:
            raise ValueError("start or end required")
        if start is not None and end is not None:
            raise ValueError("only start or end allowed")
        if start is not None:
            return (start + self) - start
        return end - (end - self)

    def __str__(self):
        pieces = []
        if self.years:
            pieces.append("%d years" % self.years)
        if self.months:
            pieces.append(("%d month" if self.months <= 1 else "%d months") % self.months)
        pieces.append(str(self.tdelta))
        return ", ".join(pieces)

    def __repr__(self):
        td = self.tdelta
        return (f"{type(self).__module__}.{type(self).__name__}"
                f"({td.days}, {td.seconds}, {td.microseconds}, years={int(self.years)}, months={int(self.months)})")
