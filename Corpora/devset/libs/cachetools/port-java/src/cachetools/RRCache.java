package cachetools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Random Replacement (RR) cache implementation. */
public class RRCache<K, V> extends Cache<K, V> {
    private static final Random RANDOM = new Random();

    private final Function<List<K>, K> choice;
    private final Map<K, Integer> index = new HashMap<>();
    private final List<K> keys = new ArrayList<>();

    public RRCache(long maxsize) {
        this(maxsize, null, null);
    }

    public RRCache(long maxsize, Function<List<K>, K> choice, ToLongFunction<V> getsizeof) {
        super(maxsize, getsizeof);
        this.choice = choice != null ? choice : seq -> seq.get(RANDOM.nextInt(seq.size()));
    }

    /** The choice function used by the cache. */
    public Function<List<K>, K> choice() {
        return choice;
    }

    @Override
    public void setItem(K key, V value) {
        super.setItem(key, value);
        if (!index.containsKey(key)) {
            index.put(key, keys.size());
            keys.add(key);
        }
    }

    @Override
    public void delItem(K key) {
        super.delItem(key);
        int i = index.remove(key);
        if (i != keys.size() - 1) {
            K last = keys.get(keys.size() - 1);
            keys.set(i, last);
            index.put(last, i);
        }
        keys.remove(keys.size() - 1);
    }

    /** Remove and return a random (key, value) pair. */
    @Override
    public Map.Entry<K, V> popitem() {
        if (keys.isEmpty()) {
            throw new KeyError(getClass().getSimpleName() + " is empty");
        }
        K key = choice.apply(keys);
        V value = super.getItem(key);
        delItem(key);
        return Map.entry(key, value);
    }

    @Override
    public void clear() {
        super.clear();
        index.clear();
        keys.clear();
    }
}
