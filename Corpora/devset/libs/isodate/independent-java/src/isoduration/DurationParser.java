package isoduration;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** parse_duration: [+-]P[nY][nM][nW][nD][T[nH][nM][nS]] into a Span or a Duration. */
public final class DurationParser {
    private static final String NUM = "([0-9]+(?:[,.][0-9]+)?)";
    private static final Pattern SHAPE = Pattern.compile(
        "([+-])?P(?=[A-Za-z0-9])(?:" + NUM + "Y)?(?:" + NUM + "M)?(?:" + NUM + "W)?(?:" + NUM + "D)?"
            + "(?:T(?:" + NUM + "H)?(?:" + NUM + "M)?(?:" + NUM + "S)?)?");

    private DurationParser() {}

    private static String field(Matcher m, int group) {
        String s = m.group(group);
        return s == null ? "0" : s.replace(',', '.');
    }

    /** Returns a Span when allowed and years and months are zero, else a Duration. */
    public static Object parse(String text, boolean asSpanIfPossible) {
        if (text == null) throw new NullPointerException("Expecting a string");
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) throw new Iso8601Error("Unable to parse duration string " + PyRepr.string(text));
        BigDecimal years = new BigDecimal(field(m, 2));
        BigDecimal months = new BigDecimal(field(m, 3));
        Span span = Span.fromAmounts(Double.parseDouble(field(m, 4)), Double.parseDouble(field(m, 5)),
            Double.parseDouble(field(m, 6)), Double.parseDouble(field(m, 7)), Double.parseDouble(field(m, 8)));
        boolean negative = "-".equals(m.group(1));
        if (asSpanIfPossible && years.signum() == 0 && months.signum() == 0) return negative ? Span.ZERO.minus(span) : span;
        Duration d = new Duration(years, months, span);
        return negative ? Duration.zero().minus(d) : d;
    }

    public static Object parse(String text) { return parse(text, true); }
}
