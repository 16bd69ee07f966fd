package cachetools;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/** Least Recently Used (LRU) cache implementation. */
public class LRUCache<K, V> extends Cache<K, V> {
    private final LinkedHashMap<K, Void> order = new LinkedHashMap<>();

    public LRUCache(long maxsize) {
        this(maxsize, null);
    }

    public LRUCache(long maxsize, ToLongFunction<V> getsizeof) {
        super(maxsize, getsizeof);
    }

    private void moveToEnd(K key) {
        order.remove(key);
        order.put(key, null);
    }

    @Override
    public V getItem(K key) {
        V value = super.getItem(key);
        if (order.containsKey(key)) { // missing() may not store the item
            moveToEnd(key);
        }
        return value;
    }

    @Override
    public void setItem(K key, V value) {
        super.setItem(key, value);
        if (order.containsKey(key)) {
            moveToEnd(key);
        } else {
            order.put(key, null);
        }
    }

    @Override
    public void delItem(K key) {
        super.delItem(key);
        order.remove(key);
    }

    /** Remove and return the (key, value) pair least recently used. */
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
