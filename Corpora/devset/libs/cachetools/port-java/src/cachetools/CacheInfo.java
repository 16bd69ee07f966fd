package cachetools;

/** Named tuple holding cache statistics. */
public final class CacheInfo {
    public final long hits;
    public final long misses;
    public final Long maxsize;
    public final long currsize;

    public CacheInfo(long hits, long misses, Long maxsize, long currsize) {
        this.hits = hits;
        this.misses = misses;
        this.maxsize = maxsize;
        this.currsize = currsize;
    }

    static CacheInfo makeInfo(Object cache, long hits, long misses) {
        if (cache instanceof Cache) {
            Cache<?, ?> c = (Cache<?, ?>) cache;
            return new CacheInfo(hits, misses, c.maxsize(), c.currsize());
        }
        return new CacheInfo(hits, misses, null, ((java.util.Map<?, ?>) cache).size());
    }

    @Override
    public String toString() {
        return String.format("CacheInfo(hits=%d, misses=%d, maxsize=%s, currsize=%d)", hits, misses,
                maxsize == null ? "None" : maxsize.toString(), currsize);
    }
}
