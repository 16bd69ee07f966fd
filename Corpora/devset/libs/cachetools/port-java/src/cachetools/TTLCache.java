package cachetools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.ToLongFunction;

/** LRU Cache implementation with per-item time-to-live (TTL) value. */
public class TTLCache<K, V> extends TimedCache<K, V> {

    private static final class Link<K> {
        K key;
        double expires;
        Link<K> next;
        Link<K> prev;

        Link(K key, double expires) {
            this.key = key;
            this.expires = expires;
        }

        void insert(Link<K> next) {
            this.next = next;
            this.prev = next.prev;
            this.prev.next = this;
            next.prev = this;
        }

        void unlink() {
            Link<K> next = this.next;
            Link<K> prev = this.prev;
            prev.next = next;
            next.prev = prev;
        }
    }

    private final Link<K> root;
    private final LinkedHashMap<K, Link<K>> links = new LinkedHashMap<>();
    private final double ttl;

    public TTLCache(long maxsize, double ttl) {
        this(maxsize, ttl, () -> System.nanoTime() / 1e9, null);
    }

    public TTLCache(long maxsize, double ttl, DoubleSupplier timer, ToLongFunction<V> getsizeof) {
        super(maxsize, timer, getsizeof);
        root = new Link<>(null, 0);
        root.prev = root;
        root.next = root;
        this.ttl = ttl;
    }

    private void moveToEnd(K key) {
        links.put(key, links.remove(key));
    }

    @Override
    public boolean contains(K key) {
        Link<K> link = links.get(key); // no reordering
        if (link == null) {
            return false;
        }
        return timer().getAsDouble() < link.expires;
    }

    @Override
    public V getItem(K key) {
        Link<K> link = links.get(key);
        if (link == null) {
            return super.getItem(key);
        }
        moveToEnd(key);
        if (timer().getAsDouble() < link.expires) {
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
            expires = time + ttl;
            expire(time);
            super.setItem(key, value);
        } finally {
            timer().exit();
        }
        Link<K> link = links.get(key);
        if (link == null) {
            link = new Link<>(key, 0);
            links.put(key, link);
        } else {
            moveToEnd(key);
            link.unlink();
        }
        link.expires = expires;
        link.insert(root);
    }

    @Override
    public void delItem(K key) {
        super.delItem(key);
        Link<K> link = links.remove(key);
        link.unlink();
        if (!(timer().getAsDouble() < link.expires)) {
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
                Link<K> link = links.get(key);
                if (link != null && time < link.expires) {
                    result.add(key);
                }
            } finally {
                timer().exit();
            }
        }
        return result;
    }

    /** The time-to-live value of the cache's items. */
    public double ttl() {
        return ttl;
    }

    /** Remove expired items from the cache and return the expired (key, value) pairs. */
    @Override
    public List<Map.Entry<K, V>> expire(Double time) {
        double t = time == null ? timer().getAsDouble() : time;
        Link<K> curr = root.next;
        List<Map.Entry<K, V>> expired = new ArrayList<>();
        if (curr == root || t < curr.expires) {
            return expired; // fast path: nothing has expired
        }
        while (curr != root && !(t < curr.expires)) {
            expired.add(Map.entry(curr.key, super.getItem(curr.key)));
            super.delItem(curr.key);
            links.remove(curr.key);
            Link<K> next = curr.next;
            curr.unlink();
            curr = next;
        }
        return expired;
    }

    /** Remove and return the (key, value) pair least recently used that has not already expired. */
    @Override
    public Map.Entry<K, V> popitem() {
        double time = timer().enter();
        try {
            expire(time);
            if (links.isEmpty()) {
                throw new KeyError(getClass().getSimpleName() + " is empty");
            }
            K key = links.keySet().iterator().next();
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
        root.prev = root;
        root.next = root;
        links.clear();
    }
}
