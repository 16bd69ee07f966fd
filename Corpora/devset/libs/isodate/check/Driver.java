// Check driver for the Java port of isodate: JSON lines in, JSON lines out.
import isodate.Duration;
import isodate.ISO8601Error;
import isodate.IsoDuration;
import isodate.Timedelta;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

public class Driver {
    static Object render(Object v) {
        if (v instanceof Duration) {
            Duration d = (Duration) v;
            return Arrays.asList(d.years.toString(), d.months.toString(), d.tdelta.days, d.tdelta.seconds, d.tdelta.microseconds);
        }
        if (v instanceof Timedelta) {
            Timedelta t = (Timedelta) v;
            return Arrays.asList(t.days, t.seconds, t.microseconds);
        }
        LocalDate d = (LocalDate) v;
        return Arrays.asList((long) d.getYear(), (long) d.getMonthValue(), (long) d.getDayOfMonth());
    }

    static Map<String, Object> tagged(Object v) {
        String tag = v instanceof Duration ? "dur" : v instanceof Timedelta ? "td" : "date";
        return Json.obj(tag, render(v));
    }

    static LocalDate date(Object o) {
        List<?> l = (List<?>) o;
        return LocalDate.of(((Long) l.get(0)).intValue(), ((Long) l.get(1)).intValue(), ((Long) l.get(2)).intValue());
    }

    static Object answer(Map<String, Object> c) {
        String op = (String) c.get("op");
        String s = (String) c.get("s");
        switch (op) {
            case "parse": return tagged(IsoDuration.parseDuration(s, (Boolean) c.get("as_td")));
            case "format": return IsoDuration.durationIsoformat(IsoDuration.parseDuration(s, (Boolean) c.get("as_td")), (String) c.get("fmt"));
            case "str": return IsoDuration.parseDuration(s, (Boolean) c.get("as_td")).toString();
            default: break;
        }
        Duration d = (Duration) IsoDuration.parseDuration(s, false);
        switch (op) {
            case "add_date": return tagged(d.plus(date(c.get("date"))));
            case "sub_date": return tagged(d.rminus(date(c.get("date"))));
            case "totd": {
                LocalDate day = date(c.get("date"));
                String w = (String) c.get("which");
                LocalDate start = w.equals("start") || w.equals("both") ? day : null;
                LocalDate end = w.equals("end") || w.equals("both") ? day : null;
                return tagged(d.totimedelta(start, end));
            }
            case "mul": return tagged(d.times((Long) c.get("n")));
            case "neg": return tagged(d.negate());
            default: break;
        }
        Duration e = (Duration) IsoDuration.parseDuration((String) c.get("t"), false);
        switch (op) {
            case "eq": return d.equals(e);
            case "add": return tagged(d.plus(e));
            case "sub": return tagged(d.minus(e));
            default: throw new IllegalStateException(op);
        }
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            Map<String, Object> c = (Map<String, Object>) Json.parse(line);
            Object res;
            try {
                res = Json.obj("ok", answer(c));
            } catch (ISO8601Error e) {
                res = Json.obj("err", "ISO8601Error", "msg", e.getMessage());
            } catch (IllegalArgumentException e) {
                res = Json.obj("err", "ValueError", "msg", e.getMessage());
            }
            out.write(Json.dump(res));
            out.write("\n");
        }
        out.flush();
    }
}
