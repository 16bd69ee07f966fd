package cachetools

import "math/rand"

// RRCache is a Random Replacement (RR) cache implementation.
type RRCache[K comparable, V any] struct {
	*Cache[K, V]
	choice func([]K) K
	index  map[K]int
	keys   []K
}

// NewRRCache returns an empty RRCache; choice picks the key to evict (nil: uniformly at random).
func NewRRCache[K comparable, V any](maxsize int64, choice func([]K) K, getsizeof func(V) int64) (*RRCache[K, V], error) {
	if choice == nil {
		choice = func(seq []K) K { return seq[rand.Intn(len(seq))] }
	}
	c := &RRCache[K, V]{Cache: &Cache[K, V]{}, choice: choice, index: map[K]int{}}
	if err := c.Cache.init(c, "RRCache", maxsize, getsizeof); err != nil {
		return nil, err
	}
	return c, nil
}

// Choice is the choice function used by the cache.
func (c *RRCache[K, V]) Choice() func([]K) K { return c.choice }

func (c *RRCache[K, V]) SetItem(key K, value V) error {
	if err := c.Cache.SetItem(key, value); err != nil {
		return err
	}
	if _, ok := c.index[key]; !ok {
		c.index[key] = len(c.keys)
		c.keys = append(c.keys, key)
	}
	return nil
}

func (c *RRCache[K, V]) DelItem(key K) error {
	if err := c.Cache.DelItem(key); err != nil {
		return err
	}
	index := c.index[key]
	delete(c.index, key)
	if index != len(c.keys)-1 {
		last := c.keys[len(c.keys)-1]
		c.keys[index] = last
		c.index[last] = index
	}
	c.keys = c.keys[:len(c.keys)-1]
	return nil
}

// Popitem removes and returns a random (key, value) pair.
func (c *RRCache[K, V]) Popitem() (K, V, error) {
	if len(c.keys) == 0 {
		var zk K
		var zv V
		return zk, zv, emptyError("RRCache")
	}
	key := c.choice(c.keys)
	value, _ := c.Cache.GetItem(key)
	return key, value, c.DelItem(key)
}

func (c *RRCache[K, V]) Clear() {
	c.Cache.Clear()
	c.index = map[K]int{}
	c.keys = c.keys[:0]
}
