package isodate;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * This module provides an ISO 8601:2004 duration parser.
 *
 * <p>It also provides a wrapper to strftime. This wrapper makes it easier to format timedelta or
 * Duration instances as ISO conforming strings.
 */
public final class IsoDuration {
    private IsoDuration() {}

    // regular expression to parse ISO duration strings.
    static final Pattern ISO8601_PERIOD_REGEX = Pattern.compile(
            "^(?<sign>[+-])?"
                    + "P(?!\\b)"
                    + "(?<years>[0-9]+([,.][0-9]+)?Y)?"
                    + "(?<months>[0-9]+([,.][0-9]+)?M)?"
                    + "(?<weeks>[0-9]+([,.][0-9]+)?W)?"
                    + "(?<days>[0-9]+([,.][0-9]+)?D)?"
                    + "((?<separator>T)(?<hours>[0-9]+([,.][0-9]+)?H)?"
                    + "(?<minutes>[0-9]+([,.][0-9]+)?M)?"
                    + "(?<seconds>[0-9]+([,.][0-9]+)?S)?)?$");

    private static final String[] GROUPS = {
        "sign", "years", "months", "weeks", "days", "separator", "hours", "minutes", "seconds"
    };

    /**
     * Parses an ISO 8601 durations into timedelta or Duration objects.
     *
     * <p>If the ISO date string does not contain years or months, a timedelta instance is
     * returned, else a Duration instance is returned.
     *
     * <p>The following duration formats are supported:
     *
     * <pre>
     *   -PnnW                  duration in weeks
     *   -PnnYnnMnnDTnnHnnMnnS  complete duration specification
     * </pre>
     *
     * The '-' is optional.
     *
     * <p>Limitations: ISO standard defines some restrictions about where to use fractional numbers
     * and which component and format combinations are allowed. This parser implementation ignores
     * all those restrictions and returns something when it is able to find all necessary
     * components. In detail: it does not check, whether only the last component has fractions; it
     * allows weeks specified with all other combinations.
     *
     * <p>The alternative formats (PYYYYMMDDThhmmss, PYYYY-MM-DDThh:mm:ss, ...) are not supported by
     * this port.
     */
    public static Object parseDuration(String datestring, boolean asTimedeltaIfPossible) {
        if (datestring == null) {
            throw new IllegalArgumentException("Expecting a string null");
        }
        Matcher match = ISO8601_PERIOD_REGEX.matcher(datestring);
        if (!match.find()) {
            throw new ISO8601Error("Unable to parse duration string " + pyRepr(datestring));
        }
        Map<String, String> groups = new LinkedHashMap<>();
        for (String key : GROUPS) {
            groups.put(key, match.group(key));
        }
        Map<String, BigDecimal> decimals = new LinkedHashMap<>();
        Map<String, Double> floats = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : groups.entrySet()) {
            String key = e.getKey();
            String val = e.getValue();
            if (!key.equals("separator") && !key.equals("sign")) {
                if (val == null) {
                    val = "0n";
                }
                String number = val.substring(0, val.length() - 1).replace(",", ".");
                if (key.equals("years") || key.equals("months")) {
                    decimals.put(key, new BigDecimal(number));
                } else {
                    // these values are passed into a timedelta object,
                    // which works with floats.
                    floats.put(key, Double.parseDouble(number));
                }
            }
        }
        if (asTimedeltaIfPossible && decimals.get("years").signum() == 0 && decimals.get("months").signum() == 0) {
            Timedelta ret = Timedelta.of(floats.get("days"), floats.get("seconds"), 0, 0, floats.get("minutes"),
                    floats.get("hours"), floats.get("weeks"));
            if ("-".equals(groups.get("sign"))) {
                ret = Timedelta.ZERO.minus(ret);
            }
            return ret;
        }
        Duration ret = new Duration(floats.get("days"), floats.get("seconds"), 0, 0, floats.get("minutes"),
                floats.get("hours"), floats.get("weeks"), decimals.get("months"), decimals.get("years"));
        if ("-".equals(groups.get("sign"))) {
            ret = new Duration().minus(ret);
        }
        return ret;
    }

    public static Object parseDuration(String datestring) {
        return parseDuration(datestring, true);
    }

    /**
     * Format duration strings.
     *
     * <p>This method is just a wrapper around IsoStrf.strftime and uses P%P (D_DEFAULT) as
     * default format.
     */
    public static String durationIsoformat(Object tduration, String format) {
        // TODO: implement better decision for negative Durations.
        //       should be done in Duration class in consistent way with timedelta.
        String ret;
        if ((tduration instanceof Duration
                        && (((Duration) tduration).years.signum() < 0
                                || ((Duration) tduration).months.signum() < 0
                                || ((Duration) tduration).tdelta.compareTo(Timedelta.ZERO) < 0))
                || (tduration instanceof Timedelta && ((Timedelta) tduration).compareTo(Timedelta.ZERO) < 0)) {
            ret = "-";
        } else {
            ret = "";
        }
        ret += IsoStrf.strftime(tduration, format);
        return ret;
    }

    public static String durationIsoformat(Object tduration) {
        return durationIsoformat(tduration, IsoStrf.D_DEFAULT);
    }

    /** Python-style repr of a string, for error messages. */
    static String pyRepr(String s) {
        char quote = s.contains("'") && !s.contains("\"") ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        for (char c : s.toCharArray()) {
            if (c == quote || c == '\\') sb.append('\\').append(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\t') sb.append("\\t");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", (int) c));
            else sb.append(c);
        }
        return sb.append(quote).toString();
    }
}
