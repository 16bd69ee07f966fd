package cachetools

const heapCleanupFactor = 2 // clean up the heap if size > N * len(items)

type tlruItem[K comparable] struct {
	key     K
	expires float64
	removed bool
}

func (i *tlruItem[K]) less(other *tlruItem[K]) bool { return i.expires < other.expires }

// heapq, as in Python's standard library.

func heappush[K comparable](heap *[]*tlruItem[K], item *tlruItem[K]) {
	*heap = append(*heap, item)
	siftdown(*heap, 0, len(*heap)-1)
}

func heappop[K comparable](heap *[]*tlruItem[K]) *tlruItem[K] {
	h := *heap
	lastelt := h[len(h)-1]
	h = h[:len(h)-1]
	*heap = h
	if len(h) > 0 {
		returnitem := h[0]
		h[0] = lastelt
		siftup(h, 0)
		return returnitem
	}
	return lastelt
}

func heapify[K comparable](heap []*tlruItem[K]) {
	for i := len(heap)/2 - 1; i >= 0; i-- {
		siftup(heap, i)
	}
}

func siftdown[K comparable](heap []*tlruItem[K], startpos, pos int) {
	newitem := heap[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := heap[parentpos]
		if newitem.less(parent) {
			heap[pos] = parent
			pos = parentpos
			continue
		}
		break
	}
	heap[pos] = newitem
}

func siftup[K comparable](heap []*tlruItem[K], pos int) {
	endpos := len(heap)
	startpos := pos
	newitem := heap[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos && !heap[childpos].less(heap[rightpos]) {
			childpos = rightpos
		}
		heap[pos] = heap[childpos]
		pos = childpos
		childpos = 2*pos + 1
	}
	heap[pos] = newitem
	siftdown(heap, startpos, pos)
}

// TLRUCache is a Time-aware Least Recently Used (TLRU) cache implementation.
type TLRUCache[K comparable, V any] struct {
	*TimedCache[K, V]
	items *orderedDict[K, *tlruItem[K]]
	order []*tlruItem[K]
	ttu   func(key K, value V, now float64) float64
}

// NewTLRUCache returns an empty TLRUCache; ttu gives each item's expiry time.
func NewTLRUCache[K comparable, V any](maxsize int64, ttu func(K, V, float64) float64, timer func() float64, getsizeof func(V) int64) (*TLRUCache[K, V], error) {
	c := &TLRUCache[K, V]{TimedCache: &TimedCache[K, V]{Cache: &Cache[K, V]{}},
		items: newOrderedDict[K, *tlruItem[K]](), ttu: ttu}
	if err := c.TimedCache.initTimed(c, c, "TLRUCache", maxsize, timer, getsizeof); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *TLRUCache[K, V]) Contains(key K) bool {
	item, ok := c.items.get(key) // no reordering
	if !ok {
		return false
	}
	return c.timer.Now() < item.expires
}

func (c *TLRUCache[K, V]) GetItem(key K) (V, error) {
	item, ok := c.items.get(key)
	if !ok {
		return c.Cache.GetItem(key)
	}
	c.items.moveToEnd(key)
	if c.timer.Now() < item.expires {
		return c.Cache.GetItem(key)
	}
	return c.Missing(key)
}

func (c *TLRUCache[K, V]) SetItem(key K, value V) error {
	now := c.timer.Enter()
	c.Expire(&now)
	expires := c.ttu(key, value, now)
	if !(now < expires) {
		// Updating an existing item with an already expired
		// one should remove the existing item.
		c.removeItem(key)
		c.timer.Exit()
		return nil
	}
	err := c.Cache.SetItem(key, value)
	c.timer.Exit()
	if err != nil {
		return err
	}
	// Removing an existing item would break the heap structure, so
	// only mark it as removed for now.
	if item, ok := c.items.get(key); ok {
		item.removed = true
		c.items.moveToEnd(key)
	}
	item := &tlruItem[K]{key: key, expires: expires}
	c.items.set(key, item)
	heappush(&c.order, item)
	return nil
}

func (c *TLRUCache[K, V]) DelItem(key K) error {
	now := c.timer.Enter()
	// no Expire() for performance reasons, e.g. when evicting
	err := c.Cache.DelItem(key)
	c.timer.Exit()
	if err != nil {
		return err
	}
	item, _ := c.items.get(key)
	c.items.del(key)
	item.removed = true
	if !(now < item.expires) {
		return &KeyError{key}
	}
	return nil
}

// Iter returns a snapshot of the unexpired keys, in insertion order.
func (c *TLRUCache[K, V]) Iter() []K {
	var out []K
	for _, key := range c.Cache.Iter() {
		// "freeze" time for iterator access
		now := c.timer.Enter()
		item, ok := c.items.get(key)
		if ok && now < item.expires {
			out = append(out, key)
		}
		c.timer.Exit()
	}
	return out
}

// TTU is the time-to-use function used by the cache.
func (c *TLRUCache[K, V]) TTU() func(K, V, float64) float64 { return c.ttu }

// Expire removes expired items from the cache and returns the expired (key, value)
// pairs; a nil time means now.
func (c *TLRUCache[K, V]) Expire(time *float64) []Pair[K, V] {
	var now float64
	if time == nil {
		now = c.timer.Now()
	} else {
		now = *time
	}
	// clean up the heap if too many items are marked as removed
	if len(c.order) > c.items.length()*heapCleanupFactor {
		kept := []*tlruItem[K]{}
		for _, item := range c.order {
			if !item.removed {
				kept = append(kept, item)
			}
		}
		c.order = kept
		heapify(c.order)
	}
	expired := []Pair[K, V]{}
	if len(c.order) == 0 || (!c.order[0].removed && now < c.order[0].expires) {
		return expired // fast path: nothing has expired
	}
	for len(c.order) > 0 && (c.order[0].removed || !(now < c.order[0].expires)) {
		item := heappop(&c.order)
		if !item.removed {
			value, _ := c.Cache.GetItem(item.key)
			expired = append(expired, Pair[K, V]{item.key, value})
			c.Cache.DelItem(item.key)
			c.items.del(item.key)
		}
	}
	return expired
}

// Popitem removes and returns the (key, value) pair least recently used that has not
// already expired.
func (c *TLRUCache[K, V]) Popitem() (K, V, error) {
	now := c.timer.Enter()
	defer c.timer.Exit()
	c.Expire(&now)
	key, ok := c.items.first()
	if !ok {
		var zv V
		return key, zv, emptyError("TLRUCache")
	}
	value, _ := c.Cache.GetItem(key)
	return key, value, c.DelItem(key)
}

func (c *TLRUCache[K, V]) Clear() {
	c.TimedCache.Clear()
	c.items.clear()
	c.order = c.order[:0]
}

func (c *TLRUCache[K, V]) removeItem(key K) {
	if item, ok := c.items.get(key); ok {
		c.items.del(key)
		item.removed = true
		c.Cache.DelItem(key)
	}
}
