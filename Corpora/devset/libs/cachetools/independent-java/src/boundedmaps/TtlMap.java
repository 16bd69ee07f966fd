package boundedmaps;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.ToLongFunction;

/** TTLCache: every write keeps the item alive for ttl time units. */
public class TtlMap<K, V> extends ExpiringMap<K, V> {
    private final double lifetime;
    private final LinkedHashSet<K> byWrite = new LinkedHashSet<>();

    public TtlMap(long maxsize, double ttl, DoubleSupplier timer, ToLongFunction<V> getsizeof) {
        super(maxsize, timer, getsizeof);
        this.lifetime = ttl;
    }

    public double ttl() { return lifetime; }

    @Override public void setItem(K key, V value) {
        double at = enter();
        try {
            expire(at);
            super.setItem(key, value);
            deadline.put(key, at + lifetime);
            byWrite.remove(key);
            byWrite.add(key);
        } finally { leave(); }
    }

    @Override protected void onRemoved(K key) {
        super.onRemoved(key);
        byWrite.remove(key);
    }

    @Override protected void onCleared() {
        super.onCleared();
        byWrite.clear();
    }

    @Override public List<Map.Entry<K, V>> expire(double at) {
        List<Map.Entry<K, V>> gone = new ArrayList<>();
        for (K key : new ArrayList<>(byWrite)) {
            if (deadline.get(key) > at) break;
            gone.add(new AbstractMap.SimpleImmutableEntry<>(key, entries.get(key)));
            discard(key);
        }
        return gone;
    }

    @Override protected String displayName() { return "TTLCache"; }
}
