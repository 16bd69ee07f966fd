// Check driver for the independent Java isodate: JSON lines in, JSON lines out.
import isoduration.Duration;
import isoduration.DurationFormat;
import isoduration.DurationParser;
import isoduration.Iso8601Error;
import isoduration.Span;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

public class IndependentDriver {
    static Object tagged(Object v) {
        if (v instanceof Duration) {
            Duration d = (Duration) v;
            return JsonLines.obj("dur", Arrays.asList(d.years.toString(), d.months.toString(), d.tdelta.days, d.tdelta.seconds, d.tdelta.microseconds));
        }
        if (v instanceof Span) {
            Span s = (Span) v;
            return JsonLines.obj("td", Arrays.asList(s.days, s.seconds, s.microseconds));
        }
        LocalDate d = (LocalDate) v;
        return JsonLines.obj("date", Arrays.asList((long) d.getYear(), (long) d.getMonthValue(), (long) d.getDayOfMonth()));
    }

    static LocalDate day(Object o) {
        List<?> l = (List<?>) o;
        return LocalDate.of(((Long) l.get(0)).intValue(), ((Long) l.get(1)).intValue(), ((Long) l.get(2)).intValue());
    }

    static Object answer(Map<String, Object> c) {
        String op = (String) c.get("op");
        String s = (String) c.get("s");
        if (op.equals("parse")) return tagged(DurationParser.parse(s, (Boolean) c.get("as_td")));
        if (op.equals("format")) return DurationFormat.isoformat(DurationParser.parse(s, (Boolean) c.get("as_td")), (String) c.get("fmt"));
        if (op.equals("str")) return DurationParser.parse(s, (Boolean) c.get("as_td")).toString();
        Duration d = (Duration) DurationParser.parse(s, false);
        switch (op) {
            case "add_date": return tagged(d.addTo(day(c.get("date"))));
            case "sub_date": return tagged(d.subtractFrom(day(c.get("date"))));
            case "totd": {
                String w = (String) c.get("which");
                LocalDate at = day(c.get("date"));
                boolean start = w.equals("start") || w.equals("both");
                boolean end = w.equals("end") || w.equals("both");
                return tagged(d.totimedelta(start ? at : null, end ? at : null));
            }
            case "mul": return tagged(d.times((Long) c.get("n")));
            case "neg": return tagged(d.negate());
            default: break;
        }
        Duration e = (Duration) DurationParser.parse((String) c.get("t"), false);
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
            Map<String, Object> c = (Map<String, Object>) JsonLines.read(line);
            Object res;
            try {
                res = JsonLines.obj("ok", answer(c));
            } catch (Iso8601Error e) {
                res = JsonLines.obj("err", "ISO8601Error", "msg", e.getMessage());
            } catch (IllegalArgumentException e) {
                res = JsonLines.obj("err", "ValueError", "msg", e.getMessage());
            }
            out.write(JsonLines.write(res));
            out.write("\n");
        }
        out.flush();
    }
}
