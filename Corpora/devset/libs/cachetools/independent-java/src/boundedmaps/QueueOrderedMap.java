package boundedmaps;

import java.util.LinkedHashSet;
import java.util.function.ToLongFunction;

/** Evicts from the front of a queue of keys; writes (and optionally reads) move a key to the back. */
abstract class QueueOrderedMap<K, V> extends SizedMap<K, V> {
    protected final LinkedHashSet<K> queue = new LinkedHashSet<>();
    private final boolean readsCount;

    QueueOrderedMap(long maxsize, ToLongFunction<V> getsizeof, boolean readsCount) {
        super(maxsize, getsizeof);
        this.readsCount = readsCount;
    }

    private void toBack(K key) {
        queue.remove(key);
        queue.add(key);
    }

    @Override protected void onStored(K key, boolean fresh) { toBack(key); }

    @Override protected void onRead(K key) { if (readsCount) toBack(key); }

    @Override protected void onRemoved(K key) { queue.remove(key); }

    @Override protected void onCleared() { queue.clear(); }

    @Override protected K victim() {
        for (K key : queue) return key;
        throw emptyError();
    }
}
