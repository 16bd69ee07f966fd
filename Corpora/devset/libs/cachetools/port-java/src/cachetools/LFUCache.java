package cachetools;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.ToLongFunction;

/** Least Frequently Used (LFU) cache implementation. */
public class LFUCache<K, V> extends Cache<K, V> {

    private static final class Link<K> {
        long count;
        LinkedHashSet<K> keys = new LinkedHashSet<>();
        Link<K> next;
        Link<K> prev;

        Link(long count) {
            this.count = count;
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
    private final Map<K, Link<K>> links = new HashMap<>();

    public LFUCache(long maxsize) {
        this(maxsize, null);
    }

    public LFUCache(long maxsize, ToLongFunction<V> getsizeof) {
        super(maxsize, getsizeof);
        root = new Link<>(0); // sentinel
        root.prev = root;
        root.next = root;
    }

    @Override
    public V getItem(K key) {
        V value = super.getItem(key);
        if (links.containsKey(key)) { // missing() may not store the item
            touch(key);
        }
        return value;
    }

    @Override
    public void setItem(K key, V value) {
        super.setItem(key, value);
        if (links.containsKey(key)) {
            touch(key);
            return;
        }
        Link<K> link = root.next;
        if (link.count != 1) {
            link = new Link<>(1);
            link.next = root.next;
            root.next = link;
            link.next.prev = link;
            link.prev = root;
        }
        link.keys.add(key);
        links.put(key, link);
    }

    @Override
    public void delItem(K key) {
        super.delItem(key);
        Link<K> link = links.remove(key);
        link.keys.remove(key);
        if (link.keys.isEmpty()) {
            link.unlink();
        }
    }

    /** Remove and return the (key, value) pair least frequently used. */
    @Override
    public Map.Entry<K, V> popitem() {
        Link<K> curr = root.next;
        if (curr == root) {
            throw new KeyError(getClass().getSimpleName() + " is empty");
        }
        K key = curr.keys.iterator().next(); // least recently used key with the lowest use count
        V value = super.getItem(key);
        delItem(key);
        return Map.entry(key, value);
    }

    @Override
    public void clear() {
        super.clear();
        root.prev = root;
        root.next = root;
        links.clear();
    }

    /** Increment use count. */
    private void touch(K key) {
        Link<K> link = links.get(key);
        Link<K> curr = link.next;
        if (curr.count != link.count + 1) {
            if (link.keys.size() == 1) {
                link.count += 1;
                return;
            }
            curr = new Link<>(link.count + 1);
            curr.next = link.next;
            link.next = curr;
            curr.next.prev = curr;
            curr.prev = link;
        }
        curr.keys.add(key);
        link.keys.remove(key);
        if (link.keys.isEmpty()) {
            link.unlink();
        }
        links.put(key, curr);
    }
}
