package cachetools;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/** First In First Out (FIFO) cache implementation. */
public class FIFOCache<K, V> extends Cache<K, V> {
    private final LinkedHashMap<K, Void> order = new LinkedHashMap<>();

    public FIFOCache(long maxsize) {
        this(maxsize, null);
    }

    public FIFOCache(long maxsize, ToLongFunction<V> getsizeof) {
        super(maxsize, getsizeof);
    }

    @Override
    public void setItem(K key, V value) {
        super.setItem(key, value);
        if (order.containsKey(key)) {
            order.remove(key);
            order.put(key, null);
        } else {
            order.put(key, null);
        }
    }

    @Override
    public void delItem(K key) {
        super.delItem(key);
        order.remove(key);
    }

    /** Remove and return the (key, value) pair first inserted. */
    @Override
    public Map.Entry<K, V> popitem() {
        if (order.isEmpty()) {
            throw new KeyError(getClass().getSimpleName() + " is empty");
        }
        K key = order.keySet().iterator().next();
        V value = super.getItem(key);
        delItem(key);
        return Map.entry(key, value);
    }

    @Override
    public void clear() {
        super.clear();
        order.clear();
    }
}
