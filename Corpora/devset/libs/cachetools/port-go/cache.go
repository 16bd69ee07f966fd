// Package cachetools provides extensible memoizing collections: a size-bounded Cache and
// FIFO, LFU, LRU, random-replacement, TTL and TLRU variants.
package cachetools

import (
	"container/list"
	"fmt"
	"strings"
)

// KeyError is returned when a key is missing (Key is the key, or a message).
type KeyError struct{ Key any }

func (e *KeyError) Error() string { return fmt.Sprintf("KeyError(%v)", e.Key) }

// ValueError is returned for invalid sizes.
type ValueError struct{ Msg string }

func (e *ValueError) Error() string { return e.Msg }

// Mapping is the set of operations that subclasses of Cache may override; the base
// implementation dispatches through it, the way Python's methods dispatch on self.
type Mapping[K comparable, V any] interface {
	GetItem(key K) (V, error)
	SetItem(key K, value V) error
	DelItem(key K) error
	Contains(key K) bool
	Iter() []K
	Len() int
	Popitem() (K, V, error)
	Missing(key K) (V, error)
	Currsize() int64
}

// orderedDict is a map that remembers insertion order (Python's dict / OrderedDict).
type orderedDict[K comparable, V any] struct {
	m     map[K]*list.Element
	order *list.List
}

type odEntry[K comparable, V any] struct {
	key   K
	value V
}

func newOrderedDict[K comparable, V any]() *orderedDict[K, V] {
	return &orderedDict[K, V]{m: map[K]*list.Element{}, order: list.New()}
}

func (d *orderedDict[K, V]) get(key K) (V, bool) {
	if e, ok := d.m[key]; ok {
		return e.Value.(*odEntry[K, V]).value, true
	}
	var zero V
	return zero, false
}

func (d *orderedDict[K, V]) has(key K) bool {
	_, ok := d.m[key]
	return ok
}

func (d *orderedDict[K, V]) set(key K, value V) {
	if e, ok := d.m[key]; ok {
		e.Value.(*odEntry[K, V]).value = value
		return
	}
	d.m[key] = d.order.PushBack(&odEntry[K, V]{key, value})
}

func (d *orderedDict[K, V]) del(key K) bool {
	e, ok := d.m[key]
	if ok {
		d.order.Remove(e)
		delete(d.m, key)
	}
	return ok
}

func (d *orderedDict[K, V]) moveToEnd(key K) {
	if e, ok := d.m[key]; ok {
		d.order.MoveToBack(e)
	}
}

func (d *orderedDict[K, V]) first() (K, bool) {
	if e := d.order.Front(); e != nil {
		return e.Value.(*odEntry[K, V]).key, true
	}
	var zero K
	return zero, false
}

func (d *orderedDict[K, V]) keys() []K {
	out := make([]K, 0, len(d.m))
	for e := d.order.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value.(*odEntry[K, V]).key)
	}
	return out
}

func (d *orderedDict[K, V]) length() int { return len(d.m) }

func (d *orderedDict[K, V]) clear() {
	d.m = map[K]*list.Element{}
	d.order.Init()
}

// pyRepr renders a key or value the way Python's repr does for strings and numbers.
func pyRepr(v any) string {
	switch x := v.(type) {
	case string:
		return "'" + strings.ReplaceAll(strings.ReplaceAll(x, `\`, `\\`), "'", `\'`) + "'"
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	default:
		return fmt.Sprint(x)
	}
}

// Cache is a mutable mapping to serve as a simple cache or cache base class.
type Cache[K comparable, V any] struct {
	self      Mapping[K, V]
	name      string
	getsizeof func(V) int64
	size      map[K]int64
	data      *orderedDict[K, V]
	currsize  int64
	maxsize   int64
}

func (c *Cache[K, V]) init(self Mapping[K, V], name string, maxsize int64, getsizeof func(V) int64) error {
	if maxsize < 0 {
		return &ValueError{"maxsize must be non-negative"}
	}
	c.self = self
	c.name = name
	if getsizeof != nil {
		c.getsizeof = getsizeof
		c.size = map[K]int64{}
	}
	c.data = newOrderedDict[K, V]()
	c.currsize = 0
	c.maxsize = maxsize
	return nil
}

// NewCache returns a plain Cache of the given maximum size; getsizeof may be nil (every
// value has size 1).
func NewCache[K comparable, V any](maxsize int64, getsizeof func(V) int64) (*Cache[K, V], error) {
	c := &Cache[K, V]{}
	if err := c.init(c, "Cache", maxsize, getsizeof); err != nil {
		return nil, err
	}
	return c, nil
}

// Repr returns "Name({data}, maxsize=N, currsize=N)".
func (c *Cache[K, V]) Repr() string {
	parts := make([]string, 0, c.data.length())
	for _, k := range c.data.keys() {
		v, _ := c.data.get(k)
		parts = append(parts, pyRepr(k)+": "+pyRepr(v))
	}
	return fmt.Sprintf("%s({%s}, maxsize=%d, currsize=%d)", c.name, strings.Join(parts, ", "), c.maxsize, c.currsize)
}

// GetItem returns the value for key, or what Missing returns.
func (c *Cache[K, V]) GetItem(key K) (V, error) {
	if v, ok := c.data.get(key); ok {
		return v, nil
	}
	return c.self.Missing(key)
}

// SetItem stores a value, evicting items with Popitem until it fits.
func (c *Cache[K, V]) SetItem(key K, value V) error {
	data := c.data
	maxsize := c.maxsize
	if c.size == nil {
		if maxsize < 1 {
			return &ValueError{"value too large"}
		} else if data.has(key) {
			data.set(key, value)
		} else {
			for c.currsize+1 > maxsize {
				if _, _, err := c.self.Popitem(); err != nil {
					return err
				}
			}
			data.set(key, value)
			c.currsize++
		}
		return nil
	}
	itemsize := c.getsizeof(value)
	if itemsize > maxsize {
		return &ValueError{"value too large"}
	}
	if itemsize < 0 {
		return &ValueError{"value size must be non-negative"}
	}
	var diffsize int64
	if !data.has(key) {
		diffsize = itemsize
		for c.currsize+diffsize > maxsize {
			if _, _, err := c.self.Popitem(); err != nil {
				return err
			}
		}
	} else {
		diffsize = itemsize - c.size[key]
		for c.currsize+diffsize > maxsize {
			if _, _, err := c.self.Popitem(); err != nil {
				return err
			}
			if !data.has(key) {
				diffsize = itemsize
			}
		}
	}
	data.set(key, value)
	c.size[key] = itemsize
	c.currsize += diffsize
	return nil
}

// DelItem removes key.
func (c *Cache[K, V]) DelItem(key K) error {
	if c.size == nil {
		if !c.data.del(key) {
			return &KeyError{key}
		}
		c.currsize--
		return nil
	}
	itemsize, ok := c.size[key]
	if !ok {
		return &KeyError{key}
	}
	delete(c.size, key)
	c.data.del(key)
	c.currsize -= itemsize
	return nil
}

// Contains reports whether key is stored.
func (c *Cache[K, V]) Contains(key K) bool { return c.data.has(key) }

// Missing is called by GetItem for absent keys; the default returns a KeyError.
func (c *Cache[K, V]) Missing(key K) (V, error) {
	var zero V
	return zero, &KeyError{key}
}

// Iter returns the keys in insertion order.
func (c *Cache[K, V]) Iter() []K { return c.data.keys() }

// Len returns the number of items.
func (c *Cache[K, V]) Len() int { return c.data.length() }

// Note that we cannot simply use generic Get(), Pop() and Setdefault() helpers, since
// these rely on GetItem returning a KeyError on cache miss. This is not the case if
// Missing is overridden, so we have to roll our own, somewhat less elegant versions.

// Get returns the value for key, or dflt.
func (c *Cache[K, V]) Get(key K, dflt V) (V, error) {
	if c.self.Contains(key) {
		return c.self.GetItem(key)
	}
	return dflt, nil
}

// Pop removes key and returns its value, or a KeyError.
func (c *Cache[K, V]) Pop(key K) (V, error) {
	if c.self.Contains(key) {
		value, err := c.self.GetItem(key)
		if err != nil {
			return value, err
		}
		return value, c.self.DelItem(key)
	}
	var zero V
	return zero, &KeyError{key}
}

// PopDefault removes key and returns its value, or dflt.
func (c *Cache[K, V]) PopDefault(key K, dflt V) (V, error) {
	if c.self.Contains(key) {
		value, err := c.self.GetItem(key)
		if err != nil {
			return value, err
		}
		return value, c.self.DelItem(key)
	}
	return dflt, nil
}

// Setdefault returns the value for key, storing dflt first when it is absent.
func (c *Cache[K, V]) Setdefault(key K, dflt V) (V, error) {
	if c.self.Contains(key) {
		return c.self.GetItem(key)
	}
	return dflt, c.self.SetItem(key, dflt)
}

// Popitem removes and returns the first item in iteration order.
func (c *Cache[K, V]) Popitem() (K, V, error) {
	keys := c.self.Iter()
	if len(keys) == 0 {
		var zk K
		var zv V
		return zk, zv, &KeyError{nil}
	}
	key := keys[0]
	value, err := c.self.GetItem(key)
	if err != nil {
		return key, value, err
	}
	return key, value, c.self.DelItem(key)
}

// Although a generic Clear() that pops items in a loop works perfectly well, it has O(n)
// complexity, so we provide an optimized version for each cache type.

// Clear removes every item.
func (c *Cache[K, V]) Clear() {
	if c.size != nil {
		c.size = map[K]int64{}
	}
	c.data.clear()
	c.currsize = 0
}

// Maxsize is the maximum size of the cache.
func (c *Cache[K, V]) Maxsize() int64 { return c.maxsize }

// Currsize is the current size of the cache.
func (c *Cache[K, V]) Currsize() int64 { return c.currsize }

// Getsizeof returns the size of a cache element's value.
func (c *Cache[K, V]) Getsizeof(value V) int64 {
	if c.getsizeof == nil {
		return 1
	}
	return c.getsizeof(value)
}

func emptyError(name string) error { return &KeyError{name + " is empty"} }
