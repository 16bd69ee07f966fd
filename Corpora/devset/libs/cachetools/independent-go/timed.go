package boundedcache

// timing holds the per-item deadlines of TTL and TLRU caches and the frozen clock.
type timing[K comparable, V any] struct {
	source   func() float64
	depth    int
	frozen   float64
	deadline map[K]float64
	ttl      float64
	byWrite  *keyList[K]                 // TTL: keys in order of last write
	ttu      func(K, V, float64) float64 // TLRU
	heap     *dueHeap[K]                 // TLRU
	current  map[K]*dueEntry[K]          // TLRU
}

// hold freezes the clock until the returned release function runs (nested holds share one reading).
func (t *timing[K, V]) hold() func() {
	if t.depth == 0 {
		t.frozen = t.source()
	}
	t.depth++
	return func() { t.depth-- }
}

func (t *timing[K, V]) now() float64 {
	if t.depth > 0 {
		return t.frozen
	}
	return t.source()
}

func (t *timing[K, V]) alive(k K) bool { return t.now() < t.deadline[k] }

func (t *timing[K, V]) forget(k K) {
	delete(t.deadline, k)
	if t.byWrite != nil {
		t.byWrite.remove(k)
	}
	if t.current != nil {
		if e, ok := t.current[k]; ok {
			e.stale = true
			delete(t.current, k)
		}
	}
}

func (t *timing[K, V]) reset() {
	t.deadline = map[K]float64{}
	if t.byWrite != nil {
		t.byWrite.reset()
	}
	if t.heap != nil {
		*t.heap = (*t.heap)[:0]
		t.current = map[K]*dueEntry[K]{}
	}
}

func (t *timing[K, V]) write(c *Cache[K, V], k K, v V) error {
	at := t.now()
	if t.heap == nil {
		c.expireAt(at)
		if err := c.store(k, v); err != nil {
			return err
		}
		t.deadline[k] = at + t.ttl
		t.byWrite.pushBack(k)
		return nil
	}
	due := t.ttu(k, v, at)
	c.expireAt(at)
	if !(at < due) {
		if _, ok := c.values[k]; ok {
			return t.remove(c, k)
		}
		return nil
	}
	if err := c.store(k, v); err != nil {
		return err
	}
	t.deadline[k] = due
	e := &dueEntry[K]{due: due, key: k}
	if old, ok := t.current[k]; ok {
		old.stale = true
	}
	t.current[k] = e
	t.heap.push(e)
	t.compact(c)
	return nil
}

func (t *timing[K, V]) remove(c *Cache[K, V], k K) error {
	if t.heap != nil {
		defer t.compact(c)
	}
	if _, ok := c.values[k]; !ok {
		return missingKey(k)
	}
	dead := !t.alive(k)
	c.drop(k)
	if dead {
		return missingKey(k)
	}
	return nil
}

// compact rebuilds the heap without stale entries once it is more than twice the item count.
func (t *timing[K, V]) compact(c *Cache[K, V]) {
	if len(*t.heap) > 2*len(c.values) {
		kept := dueHeap[K]{}
		for _, e := range *t.heap {
			if !e.stale {
				kept = append(kept, e)
			}
		}
		kept.heapify()
		*t.heap = kept
	}
}

func (c *Cache[K, V]) expireAt(at float64) []Pair[K, V] {
	t := c.timing
	gone := []Pair[K, V]{}
	if t.heap == nil {
		for {
			k, ok := t.byWrite.front()
			if !ok || t.deadline[k] > at {
				return gone
			}
			gone = append(gone, Pair[K, V]{k, c.values[k]})
			c.drop(k)
		}
	}
	for len(*t.heap) > 0 && ((*t.heap)[0].stale || !(at < (*t.heap)[0].due)) {
		e := t.heap.pop()
		if !e.stale {
			gone = append(gone, Pair[K, V]{e.key, c.values[e.key]})
			c.drop(e.key)
		}
	}
	return gone
}

// Expire removes the items whose deadline is not after at (nil: now) and returns them.
func (c *Cache[K, V]) Expire(at *float64) []Pair[K, V] {
	if c.timing == nil {
		return nil
	}
	defer c.timing.hold()()
	when := c.timing.now()
	if at != nil {
		when = *at
	}
	return c.expireAt(when)
}

// Timed reports whether the cache has Expire.
func (c *Cache[K, V]) Timed() bool { return c.timing != nil }

// TTL is the time to live of a TTL cache.
func (c *Cache[K, V]) TTL() float64 { return c.timing.ttl }

// NewTTLCache: an LRU cache whose items live ttl time units after their last write.
func NewTTLCache[K comparable, V any](maxsize int64, ttl float64, timer func() float64, getsizeof func(V) int64) (*Cache[K, V], error) {
	c, err := NewLRUCache[K, V](maxsize, getsizeof)
	if err != nil {
		return nil, err
	}
	c.kind = "TTLCache"
	c.timing = &timing[K, V]{source: timer, deadline: map[K]float64{}, ttl: ttl, byWrite: newKeyList[K]()}
	return c, nil
}

// NewTLRUCache: an LRU cache whose items expire at ttu(key, value, now).
func NewTLRUCache[K comparable, V any](maxsize int64, ttu func(K, V, float64) float64, timer func() float64, getsizeof func(V) int64) (*Cache[K, V], error) {
	c, err := NewLRUCache[K, V](maxsize, getsizeof)
	if err != nil {
		return nil, err
	}
	c.kind = "TLRUCache"
	c.timing = &timing[K, V]{source: timer, deadline: map[K]float64{}, ttu: ttu, heap: &dueHeap[K]{}, current: map[K]*dueEntry[K]{}}
	return c, nil
}
