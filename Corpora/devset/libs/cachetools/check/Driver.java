// Check driver for the Java port of cachetools: one scenario per JSON line in, its results as one JSON line out.
import cachetools.Cache;
import cachetools.FIFOCache;
import cachetools.KeyError;
import cachetools.LFUCache;
import cachetools.LRUCache;
import cachetools.RRCache;
import cachetools.TLRUCache;
import cachetools.TTLCache;
import cachetools.TimedCache;
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

public class Driver {
    static Object entry(Map.Entry<String, Long> e) {
        return Arrays.asList(e.getKey(), e.getValue());
    }

    @SuppressWarnings("unchecked")
    static Object run(Map<String, Object> c) {
        final long[] now = {0};
        String cls = (String) c.get("cls");
        long maxsize = (Long) c.get("maxsize");
        ToLongFunction<Long> sizeof = (Boolean) c.get("sized") ? v -> v : null;
        double ttl = ((Long) c.get("ttl")).doubleValue();
        Cache<String, Long> cache;
        try {
            switch (cls) {
                case "TTLCache": cache = new TTLCache<>(maxsize, ttl, () -> now[0], sizeof); break;
                case "TLRUCache": cache = new TLRUCache<String, Long>(maxsize, (k, v, t) -> t + Math.floorMod(v, 7) - 1, () -> now[0], sizeof); break;
                case "RRCache": cache = new RRCache<>(maxsize, seq -> seq.get(seq.size() / 2), sizeof); break;
                case "FIFOCache": cache = new FIFOCache<>(maxsize, sizeof); break;
                case "LFUCache": cache = new LFUCache<>(maxsize, sizeof); break;
                case "LRUCache": cache = new LRUCache<>(maxsize, sizeof); break;
                default: cache = new Cache<>(maxsize, sizeof); break;
            }
        } catch (IllegalArgumentException e) {
            return Json.obj("init_error", e.getMessage());
        }
        List<Object> out = new ArrayList<>();
        for (Object o : (List<Object>) c.get("ops")) {
            List<Object> op = (List<Object>) o;
            String name = (String) op.get(0);
            try {
                Object res = null;
                switch (name) {
                    case "set": cache.setItem((String) op.get(1), (Long) op.get(2)); break;
                    case "get": res = cache.getItem((String) op.get(1)); break;
                    case "getdef": res = cache.get((String) op.get(1), -1L); break;
                    case "pop": res = cache.pop((String) op.get(1)); break;
                    case "popdef": res = cache.pop((String) op.get(1), -1L); break;
                    case "del": cache.delItem((String) op.get(1)); break;
                    case "contains": res = cache.contains((String) op.get(1)); break;
                    case "len": res = (long) cache.len(); break;
                    case "currsize": res = cache.currsize(); break;
                    case "maxsize": res = cache.maxsize(); break;
                    case "popitem": res = entry(cache.popitem()); break;
                    case "setdefault": res = cache.setdefault((String) op.get(1), (Long) op.get(2)); break;
                    case "tick": now[0] += (Long) op.get(1); res = now[0]; break;
                    case "iter": res = cache.iter(); break;
                    case "repr": res = cache.toString(); break;
                    case "expire":
                        if (cache instanceof TimedCache) {
                            List<Object> l = new ArrayList<>();
                            for (Map.Entry<String, Long> e : ((TimedCache<String, Long>) cache).expire()) l.add(entry(e));
                            res = l;
                        }
                        break;
                    case "clear": cache.clear(); break;
                    default: throw new IllegalStateException(name);
                }
                out.add(Json.obj("ok", res));
            } catch (KeyError e) {
                out.add(Json.obj("err", "KeyError", "arg", e.key));
            } catch (IllegalArgumentException e) {
                out.add(Json.obj("err", "ValueError", "arg", e.getMessage()));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            out.write(Json.dump(run((Map<String, Object>) Json.parse(line))));
            out.write("\n");
        }
        out.flush();
    }
}
