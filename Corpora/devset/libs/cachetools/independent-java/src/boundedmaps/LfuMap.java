package boundedmaps;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/** LFUCache: evicts the key with the fewest uses; among those, the one that got there first. */
public class LfuMap<K, V> extends SizedMap<K, V> {
    private final Map<K, long[]> usage = new HashMap<>();  // key -> {count, stamp}
    private long clock;

    public LfuMap(long maxsize, ToLongFunction<V> getsizeof) { super(maxsize, getsizeof); }

    private void use(K key) {
        long[] u = usage.get(key);
        long count = u == null ? 1 : u[0] + 1;
        usage.put(key, new long[] {count, ++clock});
    }

    @Override protected void onStored(K key, boolean fresh) { use(key); }

    @Override protected void onRead(K key) { use(key); }

    @Override protected void onRemoved(K key) { usage.remove(key); }

    @Override protected void onCleared() { usage.clear(); }

    @Override protected K victim() {
        K best = null;
        long[] bestUse = null;
        for (Map.Entry<K, long[]> e : usage.entrySet()) {
            long[] u = e.getValue();
            if (bestUse == null || u[0] < bestUse[0] || (u[0] == bestUse[0] && u[1] < bestUse[1])) {
                best = e.getKey();
                bestUse = u;
            }
        }
        if (bestUse == null) throw emptyError();
        return best;
    }

    @Override protected String displayName() { return "LFUCache"; }
}
