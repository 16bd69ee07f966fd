package boundedmaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.ToLongFunction;

/** LRU eviction plus a per-item deadline; an item is alive while now < deadline. */
public abstract class ExpiringMap<K, V> extends LruMap<K, V> {
    private final DoubleSupplier source;
    private int frozenDepth;
    private double frozenAt;
    protected final Map<K, Double> deadline = new HashMap<>();

    protected ExpiringMap(long maxsize, DoubleSupplier timer, ToLongFunction<V> getsizeof) {
        super(maxsize, getsizeof);
        this.source = timer;
    }

    /** The current time, frozen for the duration of the outermost public operation. */
    public double now() { return frozenDepth > 0 ? frozenAt : source.getAsDouble(); }

    protected double enter() {
        if (frozenDepth++ == 0) frozenAt = source.getAsDouble();
        return frozenAt;
    }

    protected void leave() { frozenDepth--; }

    protected boolean alive(K key, double at) { return at < deadline.get(key); }

    public abstract List<Map.Entry<K, V>> expire(double at);

    public List<Map.Entry<K, V>> expire() {
        double at = enter();
        try { return expire(at); } finally { leave(); }
    }

    @Override public boolean contains(K key) {
        if (!entries.containsKey(key)) return false;
        double at = enter();
        try { return alive(key, at); } finally { leave(); }
    }

    @Override public V getItem(K key) {
        double at = enter();
        try {
            if (entries.containsKey(key) && !alive(key, at)) return missing(key);
            return super.getItem(key);
        } finally { leave(); }
    }

    @Override public void delItem(K key) {
        double at = enter();
        try {
            boolean dead = entries.containsKey(key) && !alive(key, at);
            super.delItem(key);
            if (dead) throw new KeyMissing(key);
        } finally { leave(); }
    }

    @Override public List<K> keys() {
        double at = enter();
        try {
            List<K> live = new ArrayList<>();
            for (K k : entries.keySet()) if (alive(k, at)) live.add(k);
            return live;
        } finally { leave(); }
    }

    @Override public int length() {
        double at = enter();
        try { expire(at); return entries.size(); } finally { leave(); }
    }

    @Override public long currsize() {
        double at = enter();
        try { expire(at); return total; } finally { leave(); }
    }

    @Override public String toString() {
        double at = enter();
        try { expire(at); return super.toString(); } finally { leave(); }
    }

    @Override public Map.Entry<K, V> popitem() {
        double at = enter();
        try { expire(at); return super.popitem(); } finally { leave(); }
    }

    @Override protected void onRemoved(K key) {
        super.onRemoved(key);
        deadline.remove(key);
    }

    @Override protected void onCleared() {
        super.onCleared();
        deadline.clear();
    }
}
