package cachetools

type ttlLink[K comparable] struct {
	key        K
	expires    float64
	next, prev *ttlLink[K]
}

func (l *ttlLink[K]) insert(next *ttlLink[K]) {
	l.next = next
	l.prev = next.prev
	l.prev.next = l
	next.prev = l
}

func (l *ttlLink[K]) unlink() {
	next := l.next
	prev := l.prev
	prev.next = next
	next.prev = prev
}

// TTLCache is an LRU cache implementation with per-item time-to-live (TTL) value.
type TTLCache[K comparable, V any] struct {
	*TimedCache[K, V]
	root  *ttlLink[K]
	links *orderedDict[K, *ttlLink[K]]
	ttl   float64
}

// NewTTLCache returns an empty TTLCache; timer may be nil (monotonic seconds).
func NewTTLCache[K comparable, V any](maxsize int64, ttl float64, timer func() float64, getsizeof func(V) int64) (*TTLCache[K, V], error) {
	root := &ttlLink[K]{}
	root.prev = root
	root.next = root
	c := &TTLCache[K, V]{TimedCache: &TimedCache[K, V]{Cache: &Cache[K, V]{}}, root: root,
		links: newOrderedDict[K, *ttlLink[K]](), ttl: ttl}
	if err := c.TimedCache.initTimed(c, c, "TTLCache", maxsize, timer, getsizeof); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *TTLCache[K, V]) Contains(key K) bool {
	link, ok := c.links.get(key) // no reordering
	if !ok {
		return false
	}
	return c.timer.Now() < link.expires
}

func (c *TTLCache[K, V]) GetItem(key K) (V, error) {
	link, ok := c.links.get(key)
	if !ok {
		return c.Cache.GetItem(key)
	}
	c.links.moveToEnd(key)
	if c.timer.Now() < link.expires {
		return c.Cache.GetItem(key)
	}
	return c.Missing(key)
}

func (c *TTLCache[K, V]) SetItem(key K, value V) error {
	now := c.timer.Enter()
	expires := now + c.ttl
	c.Expire(&now)
	err := c.Cache.SetItem(key, value)
	c.timer.Exit()
	if err != nil {
		return err
	}
	link, ok := c.links.get(key)
	if !ok {
		link = &ttlLink[K]{key: key}
		c.links.set(key, link)
	} else {
		c.links.moveToEnd(key)
		link.unlink()
	}
	link.expires = expires
	link.insert(c.root)
	return nil
}

func (c *TTLCache[K, V]) DelItem(key K) error {
	if err := c.Cache.DelItem(key); err != nil {
		return err
	}
	link, _ := c.links.get(key)
	c.links.del(key)
	link.unlink()
	if !(c.timer.Now() < link.expires) {
		return &KeyError{key}
	}
	return nil
}

// Iter returns a snapshot of the unexpired keys, in insertion order.
func (c *TTLCache[K, V]) Iter() []K {
	var out []K
	for _, key := range c.Cache.Iter() {
		// "freeze" time for iterator access
		now := c.timer.Enter()
		link, ok := c.links.get(key)
		if ok && now < link.expires {
			out = append(out, key)
		}
		c.timer.Exit()
	}
	return out
}

// TTL is the time-to-live value of the cache's items.
func (c *TTLCache[K, V]) TTL() float64 { return c.ttl }

// Expire removes expired items from the cache and returns the expired (key, value)
// pairs; a nil time means now.
func (c *TTLCache[K, V]) Expire(time *float64) []Pair[K, V] {
	var now float64
	if time == nil {
		now = c.timer.Now()
	} else {
		now = *time
	}
	root := c.root
	curr := root.next
	expired := []Pair[K, V]{}
	if curr == root || now < curr.expires {
		return expired // fast path: nothing has expired
	}
	for curr != root && !(now < curr.expires) {
		value, _ := c.Cache.GetItem(curr.key)
		expired = append(expired, Pair[K, V]{curr.key, value})
		c.Cache.DelItem(curr.key)
		c.links.del(curr.key)
		next := curr.next
		curr.unlink()
		curr = next
	}
	return expired
}

// Popitem removes and returns the (key, value) pair least recently used that has not
// already expired.
func (c *TTLCache[K, V]) Popitem() (K, V, error) {
	now := c.timer.Enter()
	defer c.timer.Exit()
	c.Expire(&now)
	key, ok := c.links.first()
	if !ok {
		var zv V
		return key, zv, emptyError("TTLCache")
	}
	value, _ := c.Cache.GetItem(key)
	return key, value, c.DelItem(key)
}

func (c *TTLCache[K, V]) Clear() {
	c.TimedCache.Clear()
	c.root.prev = c.root
	c.root.next = c.root
	c.links.clear()
}
