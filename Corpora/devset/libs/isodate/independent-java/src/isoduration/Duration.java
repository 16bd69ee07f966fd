package isoduration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/** A span plus calendar years and months, which are kept as exact decimals as written. */
public final class Duration {
    public final BigDecimal years;
    public final BigDecimal months;
    public final Span tdelta;

    public Duration(BigDecimal years, BigDecimal months, Span tdelta) {
        this.years = years;
        this.months = months;
        this.tdelta = tdelta;
    }

    public static Duration zero() { return new Duration(BigDecimal.ZERO, BigDecimal.ZERO, Span.ZERO); }

    public long days() { return tdelta.days; }

    public long seconds() { return tdelta.seconds; }

    public long microseconds() { return tdelta.microseconds; }

    public Duration negate() { return new Duration(years.negate(), months.negate(), tdelta.negate()); }

    public Duration times(long n) {
        BigDecimal f = BigDecimal.valueOf(n);
        return new Duration(years.multiply(f), months.multiply(f), tdelta.times(n));
    }

    public Duration plus(Duration o) { return new Duration(years.add(o.years), months.add(o.months), tdelta.plus(o.tdelta)); }

    public Duration minus(Duration o) {
        return new Duration(years.subtract(o.years), months.subtract(o.months), tdelta.minus(o.tdelta));
    }

    public Duration plus(Span s) { return new Duration(years, months, tdelta.plus(s)); }

    public Duration minus(Span s) { return new Duration(years, months, tdelta.minus(s)); }

    /** span - this. */
    public Duration subtractedFrom(Span s) { return new Duration(years.negate(), months.negate(), s.minus(tdelta)); }

    private static boolean whole(BigDecimal d) { return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0; }

    private static LocalDate shift(LocalDate day, BigDecimal years, BigDecimal months) {
        if (!whole(years) || !whole(months)) {
            throw new IllegalArgumentException("fractional years or months not supported for date calculations");
        }
        long zeroBased = day.getMonthValue() - 1 + months.longValueExact();
        long year = day.getYear() + years.longValueExact() + Math.floorDiv(zeroBased, 12);
        int month = (int) Math.floorMod(zeroBased, 12) + 1;
        int length = YearMonth.of((int) year, month).lengthOfMonth();
        return LocalDate.of((int) year, month, Math.min(day.getDayOfMonth(), length));
    }

    /** date + this: shift by years and months, then add the span's whole days. */
    public LocalDate addTo(LocalDate day) { return shift(day, years, months).plusDays(tdelta.days); }

    /** date - this: shift back by years and months, then subtract the span's whole days. */
    public LocalDate subtractFrom(LocalDate day) { return shift(day, years.negate(), months.negate()).minusDays(tdelta.days); }

    public Span totimedelta(LocalDate start, LocalDate end) {
        if (start == null && end == null) throw new IllegalArgumentException("start or end required");
        if (start != null && end != null) throw new IllegalArgumentException("only start or end allowed");
        if (start != null) return Span.of(addTo(start).toEpochDay() - start.toEpochDay(), 0, 0);
        return Span.of(end.toEpochDay() - subtractFrom(end).toEpochDay(), 0, 0);
    }

    @Override public boolean equals(Object o) {
        if (o instanceof Span) return years.signum() == 0 && months.signum() == 0 && tdelta.equals(o);
        if (!(o instanceof Duration)) return false;
        Duration d = (Duration) o;
        BigDecimal twelve = BigDecimal.valueOf(12);
        return years.multiply(twelve).add(months).compareTo(d.years.multiply(twelve).add(d.months)) == 0 && tdelta.equals(d.tdelta);
    }

    @Override public int hashCode() { return tdelta.hashCode(); }

    static long truncate(BigDecimal d) { return d.setScale(0, RoundingMode.DOWN).longValueExact(); }

    @Override public String toString() {
        StringBuilder b = new StringBuilder();
        if (years.signum() != 0) b.append(truncate(years)).append(" years, ");
        if (months.signum() != 0) {
            b.append(truncate(months)).append(months.compareTo(BigDecimal.ONE) <= 0 ? " month, " : " months, ");
        }
        return b.append(tdelta).toString();
    }
}
