package boundedmaps;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A mutable mapping whose values' sizes add up to at most {@code maxsize}. This base class evicts the
 * oldest inserted key; subclasses choose another victim through the hooks at the bottom.
 */
public class SizedMap<K, V> {
    protected final LinkedHashMap<K, V> entries = new LinkedHashMap<>();
    private final Map<K, Long> weights = new HashMap<>();
    private final long limit;
    private final ToLongFunction<V> sizer;
    protected long total;

    public SizedMap(long maxsize, ToLongFunction<V> getsizeof) {
        if (maxsize < 0) throw new SizeError("maxsize must be non-negative");
        this.limit = maxsize;
        this.sizer = getsizeof == null ? v -> 1L : getsizeof;
    }

    public SizedMap(long maxsize) { this(maxsize, null); }

    public long sizeOf(V value) { return sizer.applyAsLong(value); }

    public long maxsize() { return limit; }

    public long currsize() { return total; }

    /** Called when a key is missing; throws KeyMissing unless a subclass supplies a value. */
    protected V missing(K key) { throw new KeyMissing(key); }

    public V getItem(K key) {
        if (entries.containsKey(key)) {
            V value = entries.get(key);
            onRead(key);
            return value;
        }
        return missing(key);
    }

    public void setItem(K key, V value) {
        long weight = sizeOf(value);
        if (weight > limit) throw new SizeError("value too large");
        if (weight < 0) throw new SizeError("value size must be non-negative");
        while (weight - weights.getOrDefault(key, 0L) > limit - total) popitem();
        boolean fresh = !entries.containsKey(key);
        total += weight - weights.getOrDefault(key, 0L);
        entries.put(key, value);
        weights.put(key, weight);
        onStored(key, fresh);
    }

    public void delItem(K key) {
        if (!entries.containsKey(key)) throw new KeyMissing(key);
        discard(key);
    }

    /** Removes a present key and its bookkeeping without any policy checks. */
    protected final void discard(K key) {
        total -= weights.remove(key);
        entries.remove(key);
        onRemoved(key);
    }

    public boolean contains(K key) { return entries.containsKey(key); }

    public List<K> keys() { return new ArrayList<>(entries.keySet()); }

    public int length() { return entries.size(); }

    public V get(K key, V fallback) { return contains(key) ? getItem(key) : fallback; }

    public V pop(K key) {
        if (!contains(key)) throw new KeyMissing(key);
        V value = getItem(key);
        delItem(key);
        return value;
    }

    public V pop(K key, V fallback) {
        if (!contains(key)) return fallback;
        V value = getItem(key);
        delItem(key);
        return value;
    }

    public V setdefault(K key, V fallback) {
        if (contains(key)) return getItem(key);
        setItem(key, fallback);
        return fallback;
    }

    public Map.Entry<K, V> popitem() {
        K key = victim();
        return new AbstractMap.SimpleImmutableEntry<>(key, pop(key));
    }

    public void clear() {
        entries.clear();
        weights.clear();
        total = 0;
        onCleared();
    }

    protected String displayName() { return "Cache"; }

    @Override
    public String toString() {
        return displayName() + "(" + PyText.dict(entries) + ", maxsize=" + limit + ", currsize=" + total + ")";
    }

    // ---- policy hooks -------------------------------------------------------------------------

    protected void onStored(K key, boolean fresh) {}

    protected void onRead(K key) {}

    protected void onRemoved(K key) {}

    protected void onCleared() {}

    /** The key popitem() removes. */
    protected K victim() {
        for (K key : entries.keySet()) return key;
        throw new KeyMissing();
    }

    protected final KeyMissing emptyError() { return new KeyMissing(displayName() + " is empty"); }
}
