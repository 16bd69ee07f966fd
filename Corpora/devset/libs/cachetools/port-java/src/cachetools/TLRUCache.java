package cachetools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.ToLongFunction;

/** Time-aware Least Recently Used (TLRU) cache implementation. */
public class TLRUCache<K, V> extends TimedCache<K, V> {

    private static final int HEAP_CLEANUP_FACTOR = 2; // clean up the heap if size > N * len(items)

    /** Time-to-use function: (key, value, now) -> expiry time. */
    @FunctionalInterface
    public interface Ttu<K, V> {
        double apply(K key, V value, double time);
    }

    private static final class Item<K> {
        final K key;
        final double expires;
        boolean removed = false;

        Item(K key, double expires) {
            this.key = key;
            this.expires = expires;
        }

        boolean lessThan(Item<K> other) {
            return expires < other.expires;
        }
    }

    private final LinkedHashMap<K, Item<K>> items = new LinkedHashMap<>();
    private List<Item<K>> order = new ArrayList<>();
    private final Ttu<K, V> ttu;

    public TLRUCache(long maxsize, Ttu<K, V> ttu) {
        this(maxsize, ttu, () -> System.nanoTime() / 1e9, null);
    }

    public TLRUCache(long maxsize, Ttu<K, V> ttu, DoubleSupplier timer, ToLongFunction<V> getsizeof) {
        super(maxsize, timer, getsizeof);
        this.ttu = ttu;
    }

    // heapq, as in Python's standard library

    private static <K> void heappush(List<Item<K>> heap, Item<K> item) {
        heap.add(item);
        siftdown(heap, 0, heap.size() - 1);
    }

    private static <K> Item<K> heappop(List<Item<K>> heap) {
        Item<K> lastelt = heap.remove(heap.size() - 1);
        if (!heap.isEmpty()) {
            Item<K> returnitem = heap.get(0);
            heap.set(0, lastelt);
            siftup(heap, 0);
            return returnitem;
        }
        return lastelt;
    }

    private static <K> void heapify(List<Item<K>> heap) {
        for (int i = heap.size() / 2 - 1; i >= 0; i--) {
            siftup(heap, i);
        }
    }

    private static <K> void siftdown(List<Item<K>> heap, int startpos, int pos) {
        Item<K> newitem = heap.get(pos);
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            Item<K> parent = heap.get(parentpos);
            if (newitem.lessThan(parent)) {
                heap.set(pos, parent);
                pos = parentpos;
                continue;
            }
            break;
        }
        heap.set(pos, newitem);
    }

    private static <K> void siftup(List<Item<K>> heap, int pos) {
        int endpos = heap.size();
        int startpos = pos;
        Item<K> newitem = heap.get(pos);
        int childpos = 2 * pos + 1;
        while (childpos < endpos) {
            int rightpos = childpos + 1;
            if (rightpos < endpos && !heap.get(childpos).lessThan(heap.get(rightpos))) {
                childpos = rightpos;
            }
            heap.set(pos, heap.get(childpos));
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        heap.set(pos, newitem);
        siftdown(heap, startpos, pos);
    }

    private void moveToEnd(K key) {
        items.put(key, items.remove(key));
    }

    @Override
    public boolean contains(K key) {
        Item<K> item = items.get(key); // no reordering
        if (item == null) {
            return false;
        }
        return timer().getAsDouble() < item.expires;
    }

    @Override
    public V getItem(K key) {
        Item<K> item = items.get(key);
        if (item == null) {
            return super.getItem(key);
        }
        moveToEnd(key);
        if (timer().getAsDouble() < item.expires) {
            return super.getItem(key);
        } else {
            return missing(key);
        }
    }

    @Override
    public void setItem(K key, V value) {
        double expires;
        double time = timer().enter();
        try {
            expire(time);
            expires = ttu.apply(key, value, time);
            if (!(time < expires)) {
                // Updating an existing item with an already expired
                // one should remove the existing item.
                removeItem(key);
                return;
            }
            super.setItem(key, value);
        } finally {
            timer().exit();
        }
        // Removing an existing item would break the heap structure, so
        // only mark it as removed for now.
        Item<K> item = items.get(key);
        if (item != null) {
            item.removed = true;
            moveToEnd(key);
        }
        item = new Item<>(key, expires);
        items.put(key, item);
        heappush(order, item);
    }

    @Override
    public void delItem(K key) {
        double time = timer().enter();
        try {
            // no expire() for performance reasons, e.g. when evicting
            super.delItem(key);
        } finally {
            timer().exit();
        }
        Item<K> item = items.remove(key);
        item.removed = true;
        if (!(time < item.expires)) {
            throw new KeyError(key);
        }
    }

    @Override
    public List<K> iter() {
        // Iterate over a snapshot of keys, in insertion order. Items may also expire
        // meanwhile.
        List<K> result = new ArrayList<>();
        for (K key : super.iter()) {
            // "freeze" time for iterator access
            double time = timer().enter();
            try {
                Item<K> item = items.get(key);
                if (item != null && time < item.expires) {
                    result.add(key);
                }
            } finally {
                timer().exit();
            }
        }
        return result;
    }

    /** The time-to-use function used by the cache. */
    public Ttu<K, V> ttu() {
        return ttu;
    }

    /** Remove expired items from the cache and return the expired (key, value) pairs. */
    @Override
    public List<Map.Entry<K, V>> expire(Double time) {
        double t = time == null ? timer().getAsDouble() : time;
        // clean up the heap if too many items are marked as removed
        if (order.size() > items.size() * HEAP_CLEANUP_FACTOR) {
            List<Item<K>> kept = new ArrayList<>();
            for (Item<K> item : order) {
                if (!item.removed) kept.add(item);
            }
            order = kept;
            heapify(order);
        }
        List<Map.Entry<K, V>> expired = new ArrayList<>();
        if (order.isEmpty() || (!order.get(0).removed && t < order.get(0).expires)) {
            return expired; // fast path: nothing has expired
        }
        while (!order.isEmpty() && (order.get(0).removed || !(t < order.get(0).expires))) {
            Item<K> item = heappop(order);
            if (!item.removed) {
                expired.add(Map.entry(item.key, super.getItem(item.key)));
                super.delItem(item.key);
                items.remove(item.key);
            }
        }
        return expired;
    }

    /** Remove and return the (key, value) pair least recently used that has not already expired. */
    @Override
    public Map.Entry<K, V> popitem() {
        double time = timer().enter();
        try {
            expire(time);
            if (items.isEmpty()) {
                throw new KeyError(getClass().getSimpleName() + " is empty");
            }
            K key = items.keySet().iterator().next();
            V value = super.getItem(key);
            delItem(key);
            return Map.entry(key, value);
        } finally {
            timer().exit();
        }
    }

    @Override
    public void clear() {
        super.clear();
        items.clear();
        order.clear();
    }

    private void removeItem(K key) {
        Item<K> item = items.remove(key);
        if (item != null) {
            item.removed = true;
            super.delItem(key);
        }
    }
}
