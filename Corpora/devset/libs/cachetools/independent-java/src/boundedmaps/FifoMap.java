package boundedmaps;

import java.util.function.ToLongFunction;

/** FIFOCache: evicts the key written longest ago. */
public class FifoMap<K, V> extends QueueOrderedMap<K, V> {
    public FifoMap(long maxsize, ToLongFunction<V> getsizeof) { super(maxsize, getsizeof, false); }

    @Override protected String displayName() { return "FIFOCache"; }
}
