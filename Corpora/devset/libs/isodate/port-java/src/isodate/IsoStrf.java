package isodate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * This module provides an alternative strftime method.
 *
 * <p>The strftime method in this module allows only a subset of Python's strftime format codes,
 * plus a few additional. There are several pre-defined format strings in this module to make ease
 * producing of ISO 8601 conforming strings. Only the duration part (timedelta and Duration) is
 * provided here.
 */
public final class IsoStrf {
    private IsoStrf() {}

    // Date specific format strings
    public static final String DATE_BAS_COMPLETE = "%Y%m%d";
    public static final String DATE_EXT_COMPLETE = "%Y-%m-%d";
    public static final String DATE_BAS_WEEK_COMPLETE = "%YW%W%w";
    public static final String DATE_EXT_WEEK_COMPLETE = "%Y-W%W-%w";
    public static final String DATE_BAS_ORD_COMPLETE = "%Y%j";
    public static final String DATE_EXT_ORD_COMPLETE = "%Y-%j";
    public static final String DATE_BAS_WEEK = "%YW%W";
    public static final String DATE_EXT_WEEK = "%Y-W%W";
    public static final String DATE_BAS_MONTH = "%Y%m";
    public static final String DATE_EXT_MONTH = "%Y-%m";
    public static final String DATE_YEAR = "%Y";
    public static final String DATE_CENTURY = "%C";

    // Time specific format strings
    public static final String TIME_BAS_COMPLETE = "%H%M%S";
    public static final String TIME_EXT_COMPLETE = "%H:%M:%S";
    public static final String TIME_BAS_MINUTE = "%H%M";
    public static final String TIME_EXT_MINUTE = "%H:%M";
    public static final String TIME_HOUR = "%H";

    // Duration formts
    public static final String D_DEFAULT = "P%P";
    public static final String D_WEEK = "P%p";
    public static final String D_ALT_EXT = "P" + DATE_EXT_COMPLETE + "T" + TIME_EXT_COMPLETE;
    public static final String D_ALT_BAS = "P" + DATE_BAS_COMPLETE + "T" + TIME_BAS_COMPLETE;
    public static final String D_ALT_EXT_ORD = "P" + DATE_EXT_ORD_COMPLETE + "T" + TIME_EXT_COMPLETE;
    public static final String D_ALT_BAS_ORD = "P" + DATE_BAS_ORD_COMPLETE + "T" + TIME_BAS_COMPLETE;

    /** A timedelta or a Duration, seen through the attributes the format codes use. */
    private static final class Tdt {
        final Timedelta td;
        final Duration dur; // null for a plain timedelta

        Tdt(Object o) {
            if (o instanceof Duration) {
                dur = (Duration) o;
                td = dur.tdelta;
            } else {
                dur = null;
                td = (Timedelta) o;
            }
        }

        BigDecimal years() {
            if (dur == null) throw new UnsupportedOperationException("'datetime.timedelta' object has no attribute 'years'");
            return dur.years;
        }

        BigDecimal months() {
            if (dur == null) throw new UnsupportedOperationException("'datetime.timedelta' object has no attribute 'months'");
            return dur.months;
        }
    }

    private static String yearPrefix(int yds) {
        return (yds != 4) ? "+" : "";
    }

    private static final Map<String, BiFunction<Tdt, Integer, String>> STRF_D_MAP = new LinkedHashMap<>();

    static {
        STRF_D_MAP.put("%d", (tdt, yds) -> String.format("%02d", tdt.td.days));
        STRF_D_MAP.put("%f", (tdt, yds) -> String.format("%06d", tdt.td.microseconds));
        STRF_D_MAP.put("%H", (tdt, yds) -> String.format("%02d", (long) (tdt.td.seconds / 60.0 / 60)));
        STRF_D_MAP.put("%m", (tdt, yds) -> String.format("%02d", tdt.months().longValue()));
        STRF_D_MAP.put("%M", (tdt, yds) -> String.format("%02d", (long) ((tdt.td.seconds / 60.0) % 60)));
        STRF_D_MAP.put("%S", (tdt, yds) -> String.format("%02d", tdt.td.seconds % 60));
        STRF_D_MAP.put("%W", (tdt, yds) -> String.format("%02d", (long) Math.abs(tdt.td.days / 7.0)));
        STRF_D_MAP.put("%Y", (tdt, yds) -> yearPrefix(yds) + String.format("%0" + yds + "d", tdt.years().longValue()));
        STRF_D_MAP.put("%C", (tdt, yds) -> yearPrefix(yds)
                + String.format("%0" + (yds - 2) + "d", tdt.years().movePointLeft(2).longValue()));
        STRF_D_MAP.put("%%", (tdt, yds) -> "%");
    }

    private static final Pattern DURATION_CODES = Pattern.compile("%d|%f|%H|%m|%M|%S|%W|%Y|%C|%%|%P|%p");

    /** This is the work method for timedelta and Duration instances. See strftime for more details. */
    private static String strfduration(Tdt tdt, String format, int yeardigits) {
        Matcher m = DURATION_CODES.matcher(format);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(repl(tdt, m.group(0), yeardigits)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Lookup format command and return corresponding replacement. */
    private static String repl(Tdt tdt, String code, int yeardigits) {
        if (STRF_D_MAP.containsKey(code)) {
            return STRF_D_MAP.get(code).apply(tdt, yeardigits);
        } else if (code.equals("%P")) {
            List<String> ret = new ArrayList<>();
            if (tdt.dur != null) {
                if (tdt.dur.years.signum() != 0) {
                    ret.add(tdt.dur.years.abs().toString() + "Y");
                }
                if (tdt.dur.months.signum() != 0) {
                    ret.add(tdt.dur.months.abs().toString() + "M");
                }
            }
            long usecs = Math.abs((tdt.td.days * 24 * 60 * 60 + tdt.td.seconds) * 1000000 + tdt.td.microseconds);
            long seconds = usecs / 1000000;
            usecs = usecs % 1000000;
            long minutes = seconds / 60;
            seconds = seconds % 60;
            long hours = minutes / 60;
            minutes = minutes % 60;
            long days = hours / 24;
            hours = hours % 24;
            if (days != 0) {
                ret.add(days + "D");
            }
            if (hours != 0 || minutes != 0 || seconds != 0 || usecs != 0) {
                ret.add("T");
                if (hours != 0) {
                    ret.add(hours + "H");
                }
                if (minutes != 0) {
                    ret.add(minutes + "M");
                }
                if (seconds != 0 || usecs != 0) {
                    if (usecs != 0) {
                        ret.add(String.format("%d.%06d", seconds, usecs).replaceAll("0+$", ""));
                    } else {
                        ret.add(String.format("%d", seconds));
                    }
                    ret.add("S");
                }
            }
            // at least one component has to be there.
            return ret.isEmpty() ? "0D" : String.join("", ret);
        } else if (code.equals("%p")) {
            return Math.abs(Math.floorDiv(tdt.td.days, 7)) + "W";
        }
        return code;
    }

    /**
     * Directive Meaning.
     *
     * <pre>
     * %d    Day of the month as a decimal number [01,31].
     * %f    Microsecond as a decimal number [0,999999], zero-padded on the left
     * %H    Hour (24-hour clock) as a decimal number [00,23].
     * %m    Month as a decimal number [01,12].
     * %M    Minute as a decimal number [00,59].
     * %S    Second as a decimal number [00,61].
     * %W    Week number of the year as a decimal number [00,53].
     * %Y    Year with century as a decimal number. [0000,9999]
     * %C    Century as a decimal number. [00,99]
     * %P    ISO8601 duration format.
     * %p    ISO8601 duration format in weeks.
     * %%    A literal '%' character.
     * </pre>
     */
    public static String strftime(Object tdt, String format, int yeardigits) {
        return strfduration(new Tdt(tdt), format, yeardigits);
    }

    public static String strftime(Object tdt, String format) {
        return strftime(tdt, format, 4);
    }
}
