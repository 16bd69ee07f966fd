package isoduration;

import java.math.BigDecimal;
import java.math.MathContext;

/** strftime-style rendering of spans and durations, and duration_isoformat. */
public final class DurationFormat {
    public static final String D_DEFAULT = "P%P";
    public static final String D_WEEK = "P%p";
    public static final String D_ALT_EXT = "P%Y-%m-%dT%H:%M:%S";
    public static final String D_ALT_BAS = "P%Y%m%dT%H%M%S";

    private DurationFormat() {}

    private static Span spanOf(Object value) { return value instanceof Duration ? ((Duration) value).tdelta : (Span) value; }

    private static String designators(Object value) {
        StringBuilder b = new StringBuilder();
        if (value instanceof Duration) {
            Duration d = (Duration) value;
            if (d.years.signum() != 0) b.append(d.years.abs().toString()).append('Y');
            if (d.months.signum() != 0) b.append(d.months.abs().toString()).append('M');
        }
        Span span = spanOf(value).abs();
        if (span.days != 0) b.append(span.days).append('D');
        long hours = span.seconds / 3600;
        long minutes = span.seconds % 3600 / 60;
        long secs = span.seconds % 60;
        if (hours != 0 || minutes != 0 || secs != 0 || span.microseconds != 0) {
            b.append('T');
            if (hours != 0) b.append(hours).append('H');
            if (minutes != 0) b.append(minutes).append('M');
            if (span.microseconds != 0) {
                String frac = String.format("%06d", span.microseconds).replaceAll("0+$", "");
                b.append(secs).append('.').append(frac).append('S');
            } else if (secs != 0) {
                b.append(secs).append('S');
            }
        }
        return b.length() == 0 ? "0D" : b.toString();
    }

    private static String padded(long v, int width) {
        return width > 0 ? String.format("%0" + width + "d", v) : Long.toString(v);
    }

    public static String strftime(Object value, String format, int yeardigits) {
        Span span = spanOf(value);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                out.append(c);
                i++;
                continue;
            }
            char code = format.charAt(i + 1);
            String piece;
            switch (code) {
                case '%': piece = "%"; break;
                case 'd': piece = String.format("%02d", span.days); break;
                case 'f': piece = String.format("%06d", span.microseconds); break;
                case 'H': piece = String.format("%02d", span.seconds / 3600); break;
                case 'M': piece = String.format("%02d", span.seconds / 60 % 60); break;
                case 'S': piece = String.format("%02d", span.seconds % 60); break;
                case 'W': piece = String.format("%02d", (long) Math.abs(span.days / 7.0)); break;
                case 'p': piece = Math.abs(Math.floorDiv(span.days, 7L)) + "W"; break;
                case 'P': piece = designators(value); break;
                case 'Y':
                case 'C': {
                    BigDecimal years = ((Duration) value).years;
                    if (code == 'C') years = years.divide(BigDecimal.valueOf(100), MathContext.DECIMAL128);
                    piece = padded(Duration.truncate(years), code == 'Y' ? yeardigits : yeardigits - 2);
                    if (yeardigits != 4) piece = "+" + piece;
                    break;
                }
                case 'm': piece = String.format("%02d", Duration.truncate(((Duration) value).months)); break;
                default: piece = null;
            }
            if (piece == null) {
                out.append(c);
                i++;
            } else {
                out.append(piece);
                i += 2;
            }
        }
        return out.toString();
    }

    public static String strftime(Object value, String format) { return strftime(value, format, 4); }

    private static boolean negative(Object value) {
        if (value instanceof Duration) {
            Duration d = (Duration) value;
            return d.years.signum() < 0 || d.months.signum() < 0 || d.tdelta.isNegative();
        }
        return ((Span) value).isNegative();
    }

    public static String isoformat(Object value, String format) {
        return (negative(value) ? "-" : "") + strftime(value, format);
    }

    public static String isoformat(Object value) { return isoformat(value, D_DEFAULT); }
}
