package boundedmaps;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.ToLongFunction;

/** TLRUCache: each write asks ttu(key, value, now) for the item's expiry time. */
public class TlruMap<K, V> extends ExpiringMap<K, V> {
    private static final class Slot<K> implements DueHeap.Item {
        final double when;
        final K key;
        boolean stale;

        Slot(double when, K key) { this.when = when; this.key = key; }

        @Override public double due() { return when; }
    }

    private final Ttu<K, V> ttu;
    private final DueHeap<Slot<K>> heap = new DueHeap<>();
    private final Map<K, Slot<K>> current = new HashMap<>();

    public TlruMap(long maxsize, Ttu<K, V> ttu, DoubleSupplier timer, ToLongFunction<V> getsizeof) {
        super(maxsize, timer, getsizeof);
        this.ttu = ttu;
    }

    public Ttu<K, V> ttu() { return ttu; }

    @Override public void setItem(K key, V value) {
        double at = enter();
        try {
            double due = ttu.expiry(key, value, at);
            expire(at);
            if (!(at < due)) {
                if (entries.containsKey(key)) delItem(key);
                return;
            }
            super.setItem(key, value);
            deadline.put(key, due);
            Slot<K> slot = new Slot<>(due, key);
            Slot<K> old = current.put(key, slot);
            if (old != null) old.stale = true;
            heap.push(slot);
            compact();
        } finally { leave(); }
    }

    @Override public void delItem(K key) {
        try { super.delItem(key); } finally { compact(); }
    }

    @Override public Map.Entry<K, V> popitem() {
        double at = enter();
        try {
            expire(at);
            K key = victim();
            V value = entries.get(key);
            discard(key);
            return new AbstractMap.SimpleImmutableEntry<>(key, value);
        } finally { leave(); }
    }

    private void compact() {
        if (heap.size() > 2 * entries.size()) {
            List<Slot<K>> live = new ArrayList<>();
            for (Slot<K> s : heap.items) if (!s.stale) live.add(s);
            heap.rebuild(live);
        }
    }

    @Override protected void onRemoved(K key) {
        super.onRemoved(key);
        Slot<K> slot = current.remove(key);
        if (slot != null) slot.stale = true;
    }

    @Override protected void onCleared() {
        super.onCleared();
        heap.items.clear();
        current.clear();
    }

    @Override public List<Map.Entry<K, V>> expire(double at) {
        List<Map.Entry<K, V>> gone = new ArrayList<>();
        while (heap.size() > 0 && (heap.peek().stale || !(at < heap.peek().when))) {
            Slot<K> slot = heap.pop();
            if (!slot.stale) {
                gone.add(new AbstractMap.SimpleImmutableEntry<>(slot.key, entries.get(slot.key)));
                discard(slot.key);
            }
        }
        return gone;
    }

    @Override protected String displayName() { return "TLRUCache"; }
}
