package cachetools

// FIFOCache is a First In First Out (FIFO) cache implementation.
type FIFOCache[K comparable, V any] struct {
	*Cache[K, V]
	order *orderedDict[K, struct{}]
}

// NewFIFOCache returns an empty FIFOCache.
func NewFIFOCache[K comparable, V any](maxsize int64, getsizeof func(V) int64) (*FIFOCache[K, V], error) {
	c := &FIFOCache[K, V]{Cache: &Cache[K, V]{}, order: newOrderedDict[K, struct{}]()}
	if err := c.Cache.init(c, "FIFOCache", maxsize, getsizeof); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *FIFOCache[K, V]) SetItem(key K, value V) error {
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

func (c *FIFOCache[K, V]) DelItem(key K) error {
	if err := c.Cache.DelItem(key); err != nil {
		return err
	}
	c.order.del(key)
	return nil
}

// Popitem removes and returns the (key, value) pair first inserted.
func (c *FIFOCache[K, V]) Popitem() (K, V, error) {
	key, ok := c.order.first()
	if !ok {
		var zv V
		return key, zv, emptyError("FIFOCache")
	}
	value, _ := c.Cache.GetItem(key)
	return key, value, c.DelItem(key)
}

func (c *FIFOCache[K, V]) Clear() {
	c.Cache.Clear()
	c.order.clear()
}
