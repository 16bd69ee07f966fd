package isoduration;

/**
 * A fixed-length span with microsecond resolution, normalised like Python's timedelta: days may be negative,
 * seconds are in 0..86399 and microseconds in 0..999999.
 */
public final class Span implements Comparable<Span> {
    static final long US_PER_SECOND = 1_000_000L;
    static final long US_PER_DAY = 86_400L * US_PER_SECOND;

    public final long days;
    public final long seconds;
    public final long microseconds;

    private Span(long totalMicros) {
        this.days = Math.floorDiv(totalMicros, US_PER_DAY);
        long rest = Math.floorMod(totalMicros, US_PER_DAY);
        this.seconds = rest / US_PER_SECOND;
        this.microseconds = rest % US_PER_SECOND;
    }

    public static final Span ZERO = new Span(0);

    public static Span ofMicros(long totalMicros) { return new Span(totalMicros); }

    public static Span of(long days, long seconds, long micros) {
        return new Span(days * US_PER_DAY + seconds * US_PER_SECOND + micros);
    }

    /**
     * Builds a span from floating-point amounts the way CPython's timedelta constructor does: whole parts are
     * exact, each fractional part is scaled to microseconds in double arithmetic, and the accumulated leftover
     * below one microsecond is rounded half to even at the end.
     */
    public static Span fromAmounts(double weeks, double days, double hours, double minutes, double seconds) {
        double[][] parts = {
            {seconds, US_PER_SECOND}, {minutes, 60 * US_PER_SECOND}, {hours, 3600 * US_PER_SECOND},
            {days, US_PER_DAY}, {weeks, 7 * US_PER_DAY},
        };
        long whole = 0;
        double leftover = 0.0;
        for (double[] part : parts) {
            double amount = part[0];
            if (amount == 0.0) continue;
            long scale = (long) part[1];
            double intPart = amount < 0 ? Math.ceil(amount) : Math.floor(amount);
            whole += (long) intPart * scale;
            double frac = amount - intPart;
            if (frac == 0.0) continue;
            double scaled = scale * frac;
            double scaledInt = scaled < 0 ? Math.ceil(scaled) : Math.floor(scaled);
            whole += (long) scaledInt;
            leftover += scaled - scaledInt;
        }
        if (leftover != 0.0) {
            double nearest = roundAway(leftover);
            if (Math.abs(nearest - leftover) == 0.5) {
                long odd = whole & 1L;
                nearest = 2.0 * roundAway((leftover + odd) * 0.5) - odd;
            }
            whole += (long) nearest;
        }
        return new Span(whole);
    }

    private static double roundAway(double v) {
        double mag = Math.abs(v);
        double r = Math.floor(mag);
        if (mag - r >= 0.5) r += 1;
        return Math.copySign(r, v);
    }

    public long totalMicros() { return days * US_PER_DAY + seconds * US_PER_SECOND + microseconds; }

    public Span plus(Span o) { return new Span(totalMicros() + o.totalMicros()); }

    public Span minus(Span o) { return new Span(totalMicros() - o.totalMicros()); }

    public Span negate() { return new Span(-totalMicros()); }

    public Span times(long n) { return new Span(totalMicros() * n); }

    public Span abs() { return days < 0 ? negate() : this; }

    public boolean isNegative() { return days < 0; }

    @Override public int compareTo(Span o) { return Long.compare(totalMicros(), o.totalMicros()); }

    @Override public boolean equals(Object o) { return o instanceof Span && ((Span) o).totalMicros() == totalMicros(); }

    @Override public int hashCode() { return Long.hashCode(totalMicros()); }

    /** Python's str(timedelta): "[D day[s], ]H:MM:SS[.ffffff]". */
    @Override public String toString() {
        StringBuilder b = new StringBuilder();
        if (days != 0) b.append(days).append(Math.abs(days) == 1 ? " day, " : " days, ");
        b.append(String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60));
        if (microseconds != 0) b.append(String.format(".%06d", microseconds));
        return b.toString();
    }
}
