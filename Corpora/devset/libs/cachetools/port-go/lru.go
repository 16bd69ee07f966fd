package cachetools

// LRUCache is a Least Recently Used (LRU) cache implementation.
type LRUCache[K comparable, V any] struct {
	*Cache[K, V]
	order *orderedDict[K, struct{}]
}

// NewLRUCache returns an empty LRUCache.
func NewLRUCache[K comparable, V any](maxsize int64, getsizeof func(V) int64) (*LRUCache[K, V], error) {
	c := &LRUCache[K, V]{Cache: &Cache[K, V]{}, order: newOrderedDict[K, struct{}]()}
	if err := c.Cache.init(c, "LRUCache", maxsize, getsizeof); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *LRUCache[K, V]) GetItem(key K) (V, error) {
	value, err := c.Cache.GetItem(key)
	if err != nil {
		return value, err
	}
	c.order.moveToEnd(key) // Missing may not store the item
	return value, nil
}

func (c *LRUCache[K, V]) SetItem(key K, value V) error {
	if err := c.Cache.SetItem(key, value); err != nil {
		return err
	}
	if c.order.has(key) {
		c.order.moveToEnd(key)
	} else {
		c.order.set(key, struct{}{})
	}
	return nil
}

func (c *LRUCache[K, V]) DelItem(key K) error {
	if err := c.Cache.DelItem(key); err != nil {
		return err
	}
	c.order.del(key)
	return nil
}

// Popitem removes and returns the (key, value) pair least recently used.
func (c *LRUCache[K, V]) Popitem() (K, V, error) {
	key, ok := c.order.first()
	if !ok {
		var zv V
		return key, zv, emptyError("LRUCache")
	}
	value, _ := c.Cache.GetItem(key)
	return key, value, c.DelItem(key)
}

func (c *LRUCache[K, V]) Clear() {
	c.Cache.Clear()
	c.order.clear()
}
