"""Duration: a timedelta plus calendar years and months kept as exact decimals."""
import calendar
from datetime import date, timedelta
from decimal import Decimal


def _as_decimal(value):
    return value if isinstance(value, Decimal) else Decimal(value)


def _shift_months(day, years, months):
    """The same day of month `months` months and `years` years later, clamped to the month's length."""
    if years != int(years) or months != int(months):
        raise ValueError("fractional years or months not supported for date calculations")
    zero_based = day.month - 1 + int(months)
    year = day.year + int(years) + zero_based // 12
    month = zero_based % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last))


class Duration:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0,
                 months=0, years=0):
        self.months = _as_decimal(months)
        self.years = _as_decimal(years)
        self.tdelta = timedelta(days=days, seconds=seconds, microseconds=microseconds,
                                milliseconds=milliseconds, minutes=minutes, hours=hours, weeks=weeks)

    @classmethod
    def _build(cls, years, months, tdelta):
        made = cls()
        made.years, made.months, made.tdelta = years, months, tdelta
        return made

    # timedelta fields
    @property
    def days(self):
        return self.tdelta.days

    @property
    def seconds(self):
        return self.tdelta.seconds

    @property
    def microseconds(self):
        return self.tdelta.microseconds

    def __getstate__(self):
        return self.__dict__

    def __setstate__(self, state):
        self.__dict__.update(state)

    # text
    def __str__(self):
        text = ""
        if self.years:
            text += "%d years, " % int(self.years)
        if self.months:
            text += "%d %s, " % (int(self.months), "month" if self.months <= 1 else "months")
        return text + str(self.tdelta)

    def __repr__(self):
        return "%s.%s(%d, %d, %d, years=%s, months=%s)" % (
            type(self).__module__, type(self).__name__, self.tdelta.days, self.tdelta.seconds,
            self.tdelta.microseconds, self.years, self.months)

    def __hash__(self):
        return hash((self.tdelta, self.months, self.years))

    # comparison
    def __eq__(self, other):
        if isinstance(other, Duration):
            return self.years * 12 + self.months == other.years * 12 + other.months and self.tdelta == other.tdelta
        if isinstance(other, timedelta):
            return self.years == 0 and self.months == 0 and self.tdelta == other
        return NotImplemented

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    # arithmetic
    def __neg__(self):
        return self._build(-self.years, -self.months, -self.tdelta)

    def __mul__(self, factor):
        if isinstance(factor, int) and not isinstance(factor, bool):
            return self._build(self.years * factor, self.months * factor, self.tdelta * factor)
        return NotImplemented

    __rmul__ = __mul__

    def __add__(self, other):
        if isinstance(other, Duration):
            return self._build(self.years + other.years, self.months + other.months, self.tdelta + other.tdelta)
        if isinstance(other, timedelta):
            return self._build(self.years, self.months, self.tdelta + other)
        if isinstance(other, date):
            return _shift_months(other, self.years, self.months) + self.tdelta
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, Duration):
            return self._build(self.years - other.years, self.months - other.months, self.tdelta - other.tdelta)
        if isinstance(other, timedelta):
            return self._build(self.years, self.months, self.tdelta - other)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return self._build(-self.years, -self.months, other - self.tdelta)
        if isinstance(other, date):
            return _shift_months(other, -self.years, -self.months) - self.tdelta
        return NotImplemented

    def totimedelta(self, start=None, end=None):
        if start is None and end is None:
            raise ValueError("start or end required")
        if start is not None and end is not None:
            raise ValueError("only start or end allowed")
        if start is not None:
            return (start + self) - start
        return end - (end - self)
