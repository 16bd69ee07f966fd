package isodate;

/**
 * A minimal equivalent of Python's datetime.timedelta: a duration normalised to days, seconds
 * (0..86399) and microseconds (0..999999), where only days may be negative.
 */
public final class Timedelta implements Comparable<Timedelta> {
    public static final Timedelta ZERO = new Timedelta(0, 0, 0);

    public final long days;
    public final long seconds;
    public final long microseconds;

    private Timedelta(long days, long seconds, long microseconds) {
        this.days = days;
        this.seconds = seconds;
        this.microseconds = microseconds;
    }

    /** Build from a total number of microseconds. */
    public static Timedelta ofMicros(long total) {
        long us = Math.floorMod(total, 1_000_000L);
        long secs = Math.floorDiv(total, 1_000_000L);
        long s = Math.floorMod(secs, 86_400L);
        long d = Math.floorDiv(secs, 86_400L);
        return new Timedelta(d, s, us);
    }

    private static final long[] FACTORS = {
        86_400_000_000L, // days
        1_000_000L, // seconds
        1L, // microseconds
        1_000L, // milliseconds
        60_000_000L, // minutes
        3_600_000_000L, // hours
        604_800_000_000L, // weeks
    };

    /**
     * timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks): the integral
     * parts are summed exactly, the fractional parts are summed as doubles and rounded once,
     * half to even.
     */
    public static Timedelta of(double days, double seconds, double microseconds, double milliseconds,
                               double minutes, double hours, double weeks) {
        double[] values = {days, seconds, microseconds, milliseconds, minutes, hours, weeks};
        long x = 0;
        double leftover = 0.0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            double whole = v < 0 ? Math.ceil(v) : Math.floor(v);
            double frac = v - whole;
            x += (long) whole * FACTORS[i];
            if (frac != 0.0) {
                double prod = frac * FACTORS[i];
                double prodWhole = prod < 0 ? Math.ceil(prod) : Math.floor(prod);
                x += (long) prodWhole;
                leftover += prod - prodWhole;
            }
        }
        if (leftover != 0.0) {
            double wholeUs = Math.round(leftover);
            if (Math.abs(wholeUs - leftover) == 0.5) {
                // exactly halfway: round so that the total is even
                long xIsOdd = x & 1;
                wholeUs = 2.0 * Math.round((leftover + xIsOdd) * 0.5) - xIsOdd;
            }
            x += (long) wholeUs;
        }
        return ofMicros(x);
    }

    public static Timedelta ofDays(long days) {
        return new Timedelta(days, 0, 0);
    }

    public long totalMicros() {
        return (days * 86_400L + seconds) * 1_000_000L + microseconds;
    }

    public Timedelta plus(Timedelta other) {
        return ofMicros(totalMicros() + other.totalMicros());
    }

    public Timedelta minus(Timedelta other) {
        return ofMicros(totalMicros() - other.totalMicros());
    }

    public Timedelta negate() {
        return ofMicros(-totalMicros());
    }

    public Timedelta times(long n) {
        return ofMicros(totalMicros() * n);
    }

    @Override
    public int compareTo(Timedelta o) {
        return Long.compare(totalMicros(), o.totalMicros());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timedelta && ((Timedelta) o).totalMicros() == totalMicros();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(totalMicros());
    }

    /** Same text as Python's str(timedelta): "[D day[s], ]H:MM:SS[.UUUUUU]". */
    @Override
    public String toString() {
        long mm = seconds / 60, ss = seconds % 60;
        long hh = mm / 60;
        mm = mm % 60;
        String s = String.format("%d:%02d:%02d", hh, mm, ss);
        if (days != 0) {
            s = String.format("%d day%s, ", days, Math.abs(days) != 1 ? "s" : "") + s;
        }
        if (microseconds != 0) {
            s = s + String.format(".%06d", microseconds);
        }
        return s;
    }
}
