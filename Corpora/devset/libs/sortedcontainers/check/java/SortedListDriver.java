import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import sortedcontainers.SortedList;

public class SortedListDriver {
    static Integer optInt(Object o) { return o == null ? null : ((Long) o).intValue(); }

    @SuppressWarnings("unchecked")
    static List<Long> longs(Object o) { return (List<Long>) o; }

    static List<Object> drain(Iterator<Long> it) {
        List<Object> out = new ArrayList<>();
        while (it.hasNext()) out.add(it.next());
        return out;
    }

    static List<Object> all(SortedList<Long> sl) { return drain(sl.iterator()); }

    static Object run(SortedList<Long> sl, List<Object> op) {
        String name = (String) op.get(0);
        Object a0 = op.size() > 1 ? op.get(1) : null;
        switch (name) {
            case "add": sl.add((Long) a0); return null;
            case "update": sl.update(longs(a0)); return null;
            case "iadd": sl.plusAssign(longs(a0)); return null;
            case "contains": return sl.contains((Long) a0);
            case "discard": sl.discard((Long) a0); return null;
            case "remove": sl.remove((Long) a0); return null;
            case "get": return sl.get(optInt(a0));
            case "slice": return new ArrayList<Object>(sl.getSlice(optInt(a0), optInt(op.get(2)), optInt(op.get(3))));
            case "del": sl.delete((int) optInt(a0)); return null;
            case "delslice": sl.deleteSlice(optInt(a0), optInt(op.get(2)), optInt(op.get(3))); return null;
            case "pop": return a0 == null ? sl.pop() : sl.pop(optInt(a0));
            case "index": return (long) sl.index((Long) a0, optInt(op.get(2)), optInt(op.get(3)));
            case "count": return (long) sl.count((Long) a0);
            case "bisect_left": return (long) sl.bisectLeft((Long) a0);
            case "bisect_right": return (long) sl.bisectRight((Long) a0);
            case "islice": return drain(sl.islice(optInt(a0), optInt(op.get(2)), (Boolean) op.get(3)));
            case "irange": return drain(sl.irange((Long) a0, (Long) op.get(2),
                    new boolean[] {(Boolean) op.get(3), (Boolean) op.get(4)}, (Boolean) op.get(5)));
            case "len": return (long) sl.size();
            case "mul": return all(sl.times(optInt(a0)));
            case "imul": sl.timesAssign(optInt(a0)); return null;
            case "plus": return all(sl.plus(longs(a0)));
            case "cmp": {
                List<Long> o = longs(a0);
                List<Object> r = new ArrayList<>();
                r.add(sl.eq(o)); r.add(sl.ne(o)); r.add(sl.lt(o)); r.add(sl.gt(o)); r.add(sl.le(o)); r.add(sl.ge(o));
                return r;
            }
            case "reversed": return drain(sl.reversed());
            case "copy": return all(sl.copy());
            case "clear": sl.clear(); return null;
            case "repr": return sl.toString();
            default: throw new IllegalStateException("unknown op " + name);
        }
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] argv) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, "UTF-8");
        String line;
        while ((line = in.readLine()) != null) {
            Map<String, Object> c = (Map<String, Object>) Json.parse(line);
            SortedList<Long> sl = new SortedList<>(longs(c.get("init")));
            sl.reset(optInt(c.get("load")));
            List<Object> results = new ArrayList<>();
            for (Object op : (List<Object>) c.get("ops")) {
                try {
                    results.add(run(sl, (List<Object>) op));
                } catch (IllegalArgumentException e) {
                    results.add(Json.obj("error", "ValueError"));
                } catch (IndexOutOfBoundsException e) {
                    results.add(Json.obj("error", "IndexError"));
                }
            }
            boolean ok = true;
            try { sl.check(); } catch (IllegalStateException e) { ok = false; }
            List<Object> layout = new ArrayList<>();
            for (Integer n : sl.sublistLengths()) layout.add((long) n);
            out.println(Json.dump(Json.obj("results", results, "list", all(sl), "layout", layout, "check", ok)));
        }
        out.flush();
    }
}
