package boundedmaps;

import java.util.function.ToLongFunction;

/** LRUCache: evicts the key used longest ago (reads and writes both count as use). */
public class LruMap<K, V> extends QueueOrderedMap<K, V> {
    public LruMap(long maxsize, ToLongFunction<V> getsizeof) { super(maxsize, getsizeof, true); }

    @Override protected String displayName() { return "LRUCache"; }
}
