package cachetools

// CacheInfo holds cache statistics.
type CacheInfo struct {
	Hits     int64
	Misses   int64
	Maxsize  *int64 // nil when the cache is not a Cache
	Currsize int64
}

type sized interface {
	Maxsize() int64
	Currsize() int64
}

func makeInfo(cache any, hits, misses int64, length int) CacheInfo {
	if c, ok := cache.(sized); ok {
		maxsize := c.Maxsize()
		return CacheInfo{hits, misses, &maxsize, c.Currsize()}
	}
	return CacheInfo{hits, misses, nil, int64(length)}
}
