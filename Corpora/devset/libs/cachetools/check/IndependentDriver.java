// Check driver for the independent Java cache classes: one scenario per JSON line in, its results out.
import boundedmaps.ExpiringMap;
import boundedmaps.FifoMap;
import boundedmaps.KeyMissing;
import boundedmaps.LfuMap;
import boundedmaps.LruMap;
import boundedmaps.RandomMap;
import boundedmaps.SizeError;
import boundedmaps.SizedMap;
import boundedmaps.TlruMap;
import boundedmaps.TtlMap;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

public class IndependentDriver {
    @SuppressWarnings("unchecked")
    static Object scenario(Map<String, Object> c) {
        final long[] clock = {0};
        long maxsize = (Long) c.get("maxsize");
        ToLongFunction<Long> sizer = (Boolean) c.get("sized") ? v -> v : null;
        double ttl = ((Long) c.get("ttl")).doubleValue();
        SizedMap<String, Long> cache;
        try {
            switch ((String) c.get("cls")) {
                case "TTLCache": cache = new TtlMap<>(maxsize, ttl, () -> clock[0], sizer); break;
                case "TLRUCache": cache = new TlruMap<String, Long>(maxsize, (k, v, t) -> t + Math.floorMod(v, 7L) - 1, () -> clock[0], sizer); break;
                case "RRCache": cache = new RandomMap<>(maxsize, seq -> seq.get(seq.size() / 2), sizer); break;
                case "FIFOCache": cache = new FifoMap<>(maxsize, sizer); break;
                case "LFUCache": cache = new LfuMap<>(maxsize, sizer); break;
                case "LRUCache": cache = new LruMap<>(maxsize, sizer); break;
                default: cache = new SizedMap<>(maxsize, sizer); break;
            }
        } catch (SizeError e) {
            return JsonLines.obj("init_error", e.getMessage());
        }
        List<Object> results = new ArrayList<>();
        for (Object raw : (List<Object>) c.get("ops")) {
            List<Object> op = (List<Object>) raw;
            String what = (String) op.get(0);
            String key = op.size() > 1 && op.get(1) instanceof String ? (String) op.get(1) : null;
            try {
                Object res = null;
                switch (what) {
                    case "set": cache.setItem(key, (Long) op.get(2)); break;
                    case "get": res = cache.getItem(key); break;
                    case "getdef": res = cache.get(key, -1L); break;
                    case "pop": res = cache.pop(key); break;
                    case "popdef": res = cache.pop(key, -1L); break;
                    case "del": cache.delItem(key); break;
                    case "contains": res = cache.contains(key); break;
                    case "len": res = (long) cache.length(); break;
                    case "currsize": res = cache.currsize(); break;
                    case "maxsize": res = cache.maxsize(); break;
                    case "popitem": {
                        Map.Entry<String, Long> e = cache.popitem();
                        res = Arrays.asList(e.getKey(), e.getValue());
                        break;
                    }
                    case "setdefault": res = cache.setdefault(key, (Long) op.get(2)); break;
                    case "tick": clock[0] += (Long) op.get(1); res = clock[0]; break;
                    case "iter": res = new ArrayList<Object>(cache.keys()); break;
                    case "repr": res = cache.toString(); break;
                    case "expire":
                        if (cache instanceof ExpiringMap) {
                            List<Object> pairs = new ArrayList<>();
                            for (Map.Entry<String, Long> e : ((ExpiringMap<String, Long>) cache).expire()) pairs.add(Arrays.asList(e.getKey(), e.getValue()));
                            res = pairs;
                        }
                        break;
                    case "clear": cache.clear(); break;
                    default: throw new IllegalStateException(what);
                }
                results.add(JsonLines.obj("ok", res));
            } catch (KeyMissing e) {
                results.add(JsonLines.obj("err", "KeyError", "arg", e.hasArgument() ? e.argument() : null));
            } catch (SizeError e) {
                results.add(JsonLines.obj("err", "ValueError", "arg", e.getMessage()));
            }
        }
        return results;
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            out.write(JsonLines.write(scenario((Map<String, Object>) JsonLines.read(line))));
            out.write("\n");
        }
        out.flush();
    }
}
