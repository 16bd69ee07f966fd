import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import sorted.SortedList;

/** JSON-lines driver for the independent Java SortedList. */
public class IndependentSortedListDriver {
    static Integer opt(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    @SuppressWarnings("unchecked")
    static List<Long> longs(Object o) {
        List<Long> out = new ArrayList<>();
        for (Object x : (List<Object>) o) out.add(((Number) x).longValue());
        return out;
    }

    static Long num(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    static Object step(SortedList<Long> sl, List<Object> op) {
        String name = (String) op.get(0);
        switch (name) {
            case "add": sl.add(num(op.get(1))); return null;
            case "update": case "iadd": sl.update(longs(op.get(1))); return null;
            case "contains": return sl.contains(num(op.get(1)));
            case "discard": sl.discard(num(op.get(1))); return null;
            case "remove": sl.remove(num(op.get(1))); return null;
            case "get": return sl.get(opt(op.get(1)));
            case "slice": return sl.slice(opt(op.get(1)), opt(op.get(2)), opt(op.get(3)));
            case "del": sl.deleteAt(opt(op.get(1))); return null;
            case "delslice": sl.deleteSlice(opt(op.get(1)), opt(op.get(2)), opt(op.get(3))); return null;
            case "pop": return op.get(1) == null ? sl.pop() : sl.pop(opt(op.get(1)));
            case "index": return sl.indexOf(num(op.get(1)), opt(op.get(2)), opt(op.get(3)));
            case "count": return sl.count(num(op.get(1)));
            case "bisect_left": return sl.bisectLeft(num(op.get(1)));
            case "bisect_right": return sl.bisectRight(num(op.get(1)));
            case "islice": return sl.islice(opt(op.get(1)), opt(op.get(2)), (Boolean) op.get(3));
            case "irange":
                return sl.irange(num(op.get(1)), num(op.get(2)), (Boolean) op.get(3), (Boolean) op.get(4),
                        (Boolean) op.get(5));
            case "len": return sl.size();
            case "mul": return sl.times(opt(op.get(1))).toList();
            case "imul": sl.timesInPlace(opt(op.get(1))); return null;
            case "plus": return sl.plus(longs(op.get(1))).toList();
            case "cmp": {
                List<Long> o = longs(op.get(1));
                int c = sl.compareWith(o);
                boolean eq = sl.sameAs(o);
                return Arrays.asList(eq, !eq, c < 0, c > 0, c <= 0, c >= 0);
            }
            case "reversed": return sl.reversed();
            case "copy": return sl.copy().toList();
            case "clear": sl.clear(); return null;
            case "repr": return sl.toString();
            default: throw new IllegalStateException(name);
        }
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, "UTF-8");
        String line;
        while ((line = in.readLine()) != null) {
            Map<String, Object> c = (Map<String, Object>) Json.parse(line);
            SortedList<Long> sl = new SortedList<>(longs(c.get("init")));
            sl.resetLoad(((Number) c.get("load")).intValue());
            List<Object> results = new ArrayList<>();
            for (Object op : (List<Object>) c.get("ops")) {
                try {
                    results.add(step(sl, (List<Object>) op));
                } catch (IndexOutOfBoundsException e) {
                    results.add(Json.obj("error", "IndexError"));
                } catch (IllegalArgumentException e) {
                    results.add(Json.obj("error", "ValueError"));
                }
            }
            boolean ok = true;
            PrintStream real = System.out;
            try {
                System.setOut(new PrintStream(new java.io.ByteArrayOutputStream()));
                sl.checkInvariants();
            } catch (IllegalStateException e) {
                ok = false;
            } finally {
                System.setOut(real);
            }
            List<Object> layout = new ArrayList<>(sl.chunkLengths());
            out.println(Json.dump(Json.obj("results", results, "list", sl.toList(), "layout", layout, "check", ok)));
        }
        out.flush();
    }
}
