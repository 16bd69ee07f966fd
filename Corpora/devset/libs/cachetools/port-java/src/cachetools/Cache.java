package cachetools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Extensible memoizing collections.
 *
 * <p>Mutable mapping to serve as a simple cache or cache base class.
 */
public class Cache<K, V> {
    private static final Object MARKER = new Object();

    private final ToLongFunction<V> getsizeof;
    private Map<K, Long> size = null;
    private LinkedHashMap<K, V> data;
    private long currsize;
    private final long maxsize;

    public Cache(long maxsize) {
        this(maxsize, null);
    }

    public Cache(long maxsize, ToLongFunction<V> getsizeof) {
        if (maxsize < 0) {
            throw new IllegalArgumentException("maxsize must be non-negative");
        }
        this.getsizeof = getsizeof;
        if (getsizeof != null) {
            this.size = new HashMap<>();
        }
        this.data = new LinkedHashMap<>();
        this.currsize = 0;
        this.maxsize = maxsize;
    }

    /** Python-style repr of a key or value. */
    static String repr(Object o) {
        if (o == null) return "None";
        if (o instanceof String) return "'" + ((String) o).replace("\\", "\\\\").replace("'", "\\'") + "'";
        if (o instanceof Boolean) return ((Boolean) o) ? "True" : "False";
        return o.toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<K, V> e : data.entrySet()) {
            if (!first) sb.append(", ");
            first = false;
            sb.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
        }
        sb.append("}");
        return String.format("%s(%s, maxsize=%s, currsize=%s)", getClass().getSimpleName(), sb, maxsize, currsize);
    }

    public V getItem(K key) {
        if (data.containsKey(key)) {
            return data.get(key);
        }
        return missing(key);
    }

    public void setItem(K key, V value) {
        if (size == null) {
            if (maxsize < 1) {
                throw new IllegalArgumentException("value too large");
            } else if (data.containsKey(key)) {
                data.put(key, value);
            } else {
                while (currsize + 1 > maxsize) {
                    popitem();
                }
                data.put(key, value);
                currsize += 1;
            }
        } else {
            long itemsize = getsizeof(value);
            if (itemsize > maxsize) {
                throw new IllegalArgumentException("value too large");
            }
            if (itemsize < 0) {
                throw new IllegalArgumentException("value size must be non-negative");
            }
            long diffsize;
            if (!data.containsKey(key)) {
                diffsize = itemsize;
                while (currsize + diffsize > maxsize) {
                    popitem();
                }
            } else {
                diffsize = itemsize - size.get(key);
                while (currsize + diffsize > maxsize) {
                    popitem();
                    if (!data.containsKey(key)) {
                        diffsize = itemsize;
                    }
                }
            }
            data.put(key, value);
            size.put(key, itemsize);
            currsize += diffsize;
        }
    }

    public void delItem(K key) {
        if (size == null) {
            if (!data.containsKey(key)) throw new KeyError(key);
            data.remove(key);
            currsize -= 1;
        } else {
            if (!size.containsKey(key)) throw new KeyError(key);
            long itemsize = size.remove(key);
            data.remove(key);
            currsize -= itemsize;
        }
    }

    public boolean contains(K key) {
        return data.containsKey(key);
    }

    protected V missing(K key) {
        throw new KeyError(key);
    }

    public List<K> iter() {
        return new ArrayList<>(data.keySet());
    }

    public int len() {
        return data.size();
    }

    // Note that we cannot simply use the generic get(), pop() and setdefault() of a map,
    // since these rely on getItem throwing a KeyError on cache miss. This is not the case
    // if missing() is overridden for a Cache subclass, so we have to roll our own,
    // somewhat less elegant versions.

    public V get(K key, V dflt) {
        if (contains(key)) {
            return getItem(key);
        } else {
            return dflt;
        }
    }

    public V get(K key) {
        return get(key, null);
    }

    @SuppressWarnings("unchecked")
    private V popImpl(K key, Object dflt) {
        V value;
        if (contains(key)) {
            value = getItem(key);
            delItem(key);
        } else if (dflt == MARKER) {
            throw new KeyError(key);
        } else {
            value = (V) dflt;
        }
        return value;
    }

    public V pop(K key) {
        return popImpl(key, MARKER);
    }

    public V pop(K key, V dflt) {
        return popImpl(key, dflt);
    }

    public V setdefault(K key, V dflt) {
        V value;
        if (contains(key)) {
            value = getItem(key);
        } else {
            setItem(key, dflt);
            value = dflt;
        }
        return value;
    }

    /** Remove and return an item: the first one in iteration order (mapping default). */
    public Map.Entry<K, V> popitem() {
        List<K> keys = iter();
        if (keys.isEmpty()) {
            throw new KeyError(null);
        }
        K key = keys.get(0);
        V value = getItem(key);
        delItem(key);
        return Map.entry(key, value);
    }

    // Although the generic clear() that pops items in a loop works perfectly well, it has
    // O(n) complexity; for large caches this becomes a significant performance bottleneck,
    // so we provide an optimized version for each Cache subclass.

    public void clear() {
        if (size != null) {
            size.clear();
        }
        data.clear();
        currsize = 0;
    }

    /** The maximum size of the cache. */
    public long maxsize() {
        return maxsize;
    }

    /** The current size of the cache. */
    public long currsize() {
        return currsize;
    }

    /** Return the size of a cache element's value. */
    public long getsizeof(V value) {
        return getsizeof == null ? 1 : getsizeof.applyAsLong(value);
    }
}
