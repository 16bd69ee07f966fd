package isodate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * This module defines a Duration class.
 *
 * <p>The class Duration allows to define durations in years and months and can be used as
 * limited replacement for timedelta objects.
 */
public final class Duration {

    /**
     * A divmod function with boundaries.
     *
     * <p>Assumes that all the maths is done with BigDecimals. divideToIntegralValue truncates
     * instead of flooring, so the floor is done manually here.
     */
    static BigDecimal[] fquotmod(BigDecimal val, int low, int high) {
        BigDecimal a = val.subtract(BigDecimal.valueOf(low));
        BigDecimal b = BigDecimal.valueOf(high - low);
        BigDecimal div = a.divide(b, 0, RoundingMode.FLOOR);
        BigDecimal mod = a.subtract(div.multiply(b));
        // if we were not using Decimal, it would look like this.
        // div, mod = divmod(val - low, high - low)
        mod = mod.add(BigDecimal.valueOf(low));
        return new BigDecimal[] {div, mod};
    }

    /** Determines the number of days of a specific month in a specific year. */
    static int maxDaysInMonth(long year, long month) {
        if (month == 1 || month == 3 || month == 5 || month == 7 || month == 8 || month == 10 || month == 12) {
            return 31;
        }
        if (month == 4 || month == 6 || month == 9 || month == 11) {
            return 30;
        }
        if ((year % 400) == 0 || (year % 100) != 0 && (year % 4) == 0) {
            return 29;
        }
        return 28;
    }

    public BigDecimal years;
    public BigDecimal months;
    public Timedelta tdelta;

    /**
     * A class which represents a duration.
     *
     * <p>The difference to timedelta is, that this class handles also differences given in years
     * and months. A Duration treats differences given in year, months separately from all other
     * components.
     *
     * <p>A Duration can be used almost like any timedelta object, however there are some
     * restrictions:
     *
     * <ul>
     *   <li>It is not really possible to compare Durations, because it is unclear, whether a
     *       duration of 1 year is bigger than 365 days or not.
     *   <li>Equality is only tested between the two (year, month vs. timedelta) basic components.
     * </ul>
     *
     * <p>A Duration can also be converted into a date, but this requires a start date or an end
     * date. The algorithm to add a duration to a date is defined at
     * http://www.w3.org/TR/xmlschema-2/#adding-durations-to-dateTimes
     */
    public Duration(double days, double seconds, double microseconds, double milliseconds, double minutes,
                    double hours, double weeks, BigDecimal months, BigDecimal years) {
        this.months = months;
        this.years = years;
        this.tdelta = Timedelta.of(days, seconds, microseconds, milliseconds, minutes, hours, weeks);
    }

    public Duration(BigDecimal years, BigDecimal months) {
        this(0, 0, 0, 0, 0, 0, 0, months, years);
    }

    public Duration() {
        this(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** Provide direct access to attributes of the included timedelta. */
    public long days() {
        return tdelta.days;
    }

    public long seconds() {
        return tdelta.seconds;
    }

    public long microseconds() {
        return tdelta.microseconds;
    }

    /** Return a string representation of this duration similar to timedelta. */
    @Override
    public String toString() {
        StringBuilder params = new StringBuilder();
        if (years.signum() != 0) {
            params.append(String.format("%d years", years.longValue())).append(", ");
        }
        if (months.signum() != 0) {
            String fmt = "%d months";
            if (months.compareTo(BigDecimal.ONE) <= 0) {
                fmt = "%d month";
            }
            params.append(String.format(fmt, months.longValue())).append(", ");
        }
        params.append(tdelta.toString());
        return params.toString();
    }

    /** Return a string suitable for debugging. */
    public String repr() {
        return String.format("isodate.duration.Duration(%d, %d, %d, years=%d, months=%d)", tdelta.days,
                tdelta.seconds, tdelta.microseconds, years.longValue(), months.longValue());
    }

    @Override
    public int hashCode() {
        return tdelta.hashCode() * 31 + years.multiply(BigDecimal.valueOf(12)).add(months).stripTrailingZeros().hashCode();
    }

    /** A simple unary minus. Returns a new Duration instance with all it's negated. */
    public Duration negate() {
        Duration negduration = new Duration(years.negate(), months.negate());
        negduration.tdelta = tdelta.negate();
        return negduration;
    }

    /** Durations can be added with Duration, timedelta and date objects. */
    public Duration plus(Duration other) {
        Duration newduration = new Duration(years.add(other.years), months.add(other.months));
        newduration.tdelta = tdelta.plus(other.tdelta);
        return newduration;
    }

    public Duration plus(Timedelta other) {
        Duration newduration = new Duration(years, months);
        newduration.tdelta = tdelta.plus(other);
        return newduration;
    }

    private void requireIntegral() {
        if (!(isInteger(years) && isInteger(months))) {
            throw new IllegalArgumentException("fractional years or months not supported for date calculations");
        }
    }

    private static boolean isInteger(BigDecimal d) {
        double f = d.doubleValue();
        return f == Math.rint(f);
    }

    public LocalDate plus(LocalDate other) {
        requireIntegral();
        BigDecimal newmonth = BigDecimal.valueOf(other.getMonthValue()).add(months);
        BigDecimal[] carryMonth = fquotmod(newmonth, 1, 13);
        newmonth = carryMonth[1];
        BigDecimal newyear = BigDecimal.valueOf(other.getYear()).add(years).add(carryMonth[0]);
        int maxdays = maxDaysInMonth(newyear.longValue(), newmonth.longValue());
        int newday;
        if (other.getDayOfMonth() > maxdays) {
            newday = maxdays;
        } else {
            newday = other.getDayOfMonth();
        }
        LocalDate newdt = LocalDate.of(newyear.intValue(), newmonth.intValue(), newday);
        // does a timedelta + date
        return newdt.plusDays(tdelta.days);
    }

    public Duration times(long other) {
        BigDecimal n = BigDecimal.valueOf(other);
        Duration newduration = new Duration(years.multiply(n), months.multiply(n));
        newduration.tdelta = tdelta.times(other);
        return newduration;
    }

    /** It is possible to subtract Duration and timedelta objects from Duration objects. */
    public Duration minus(Duration other) {
        Duration newduration = new Duration(years.subtract(other.years), months.subtract(other.months));
        newduration.tdelta = tdelta.minus(other.tdelta);
        return newduration;
    }

    public Duration minus(Timedelta other) {
        Duration newduration = new Duration(years, months);
        newduration.tdelta = tdelta.minus(other);
        return newduration;
    }

    /**
     * It is possible to subtract Duration objects from date and timedelta objects (other - this).
     *
     * <p>TODO: there is some weird behaviour in date - timedelta ... if timedelta has seconds or
     * microseconds set, then date - timedelta != date + (-timedelta); for now we follow this
     * behaviour to avoid surprises when mixing timedeltas with Durations.
     */
    public Duration rminus(Timedelta other) {
        Duration tmpdur = new Duration();
        tmpdur.tdelta = other;
        return tmpdur.minus(this);
    }

    public LocalDate rminus(LocalDate other) {
        requireIntegral();
        BigDecimal newmonth = BigDecimal.valueOf(other.getMonthValue()).subtract(months);
        BigDecimal[] carryMonth = fquotmod(newmonth, 1, 13);
        newmonth = carryMonth[1];
        BigDecimal newyear = BigDecimal.valueOf(other.getYear()).subtract(years).add(carryMonth[0]);
        int maxdays = maxDaysInMonth(newyear.longValue(), newmonth.longValue());
        int newday;
        if (other.getDayOfMonth() > maxdays) {
            newday = maxdays;
        } else {
            newday = other.getDayOfMonth();
        }
        LocalDate newdt = LocalDate.of(newyear.intValue(), newmonth.intValue(), newday);
        return newdt.minusDays(tdelta.days);
    }

    /**
     * If the years, month part and the timedelta part are both equal, then the two Durations are
     * considered equal.
     */
    @Override
    public boolean equals(Object other) {
        if (other instanceof Duration) {
            Duration o = (Duration) other;
            BigDecimal twelve = BigDecimal.valueOf(12);
            return years.multiply(twelve).add(months).compareTo(o.years.multiply(twelve).add(o.months)) == 0
                    && tdelta.equals(o.tdelta);
        }
        // check if other can be compared against timedelta object
        if (years.signum() == 0 && months.signum() == 0) {
            return tdelta.equals(other);
        }
        return false;
    }

    /**
     * Convert this duration into a timedelta object.
     *
     * <p>This method requires a start date or end date, but raises an exception if both are
     * given.
     */
    public Timedelta totimedelta(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            throw new IllegalArgumentException("start or end required");
        }
        if (start != null && end != null) {
            throw new IllegalArgumentException("only start or end allowed");
        }
        if (start != null) {
            return Timedelta.ofDays(plus(start).toEpochDay() - start.toEpochDay());
        }
        return Timedelta.ofDays(end.toEpochDay() - rminus(end).toEpochDay());
    }
}
