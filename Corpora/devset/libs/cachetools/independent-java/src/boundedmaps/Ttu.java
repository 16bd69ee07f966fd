package boundedmaps;

/** Time-to-use function of a TLRUCache: the expiry time of (key, value) written at time now. */
@FunctionalInterface
public interface Ttu<K, V> {
    double expiry(K key, V value, double now);
}
