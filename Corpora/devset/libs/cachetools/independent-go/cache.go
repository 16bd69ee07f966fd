// Package boundedcache provides size-bounded mappings with FIFO, LRU, LFU, random-replacement and
// time-based (TTL, TLRU) eviction, behaving like Python's cachetools cache classes.
package boundedcache

import (
	"fmt"
	"math/rand"
	"strings"
)

// Pair is a (key, value) result of PopItem and Expire.
type Pair[K comparable, V any] struct {
	Key   K
	Value V
}

// Cache is every kind of cache; the constructor decides the policy and whether items expire.
type Cache[K comparable, V any] struct {
	kind    string
	limit   int64
	total   int64
	sizeOf  func(V) int64
	values  map[K]V
	weights map[K]int64
	order   *keyList[K] // mapping order: first insertion
	policy  evictionPolicy[K]
	timing  *timing[K, V] // nil unless TTL/TLRU
}

func newCache[K comparable, V any](kind string, maxsize int64, getsizeof func(V) int64) (*Cache[K, V], error) {
	if maxsize < 0 {
		return nil, &BadValueError{"maxsize must be non-negative"}
	}
	if getsizeof == nil {
		getsizeof = func(V) int64 { return 1 }
	}
	c := &Cache[K, V]{kind: kind, limit: maxsize, sizeOf: getsizeof, values: map[K]V{}, weights: map[K]int64{}, order: newKeyList[K]()}
	c.policy = insertionPolicy[K]{c.order}
	return c, nil
}

// NewCache: evicts in insertion order.
func NewCache[K comparable, V any](maxsize int64, getsizeof func(V) int64) (*Cache[K, V], error) {
	return newCache[K, V]("Cache", maxsize, getsizeof)
}

// NewFIFOCache: evicts the key written longest ago.
func NewFIFOCache[K comparable, V any](maxsize int64, getsizeof func(V) int64) (*Cache[K, V], error) {
	c, err := newCache[K, V]("FIFOCache", maxsize, getsizeof)
	if err == nil {
		c.policy = &queuePolicy[K]{queue: newKeyList[K]()}
	}
	return c, err
}

// NewLRUCache: evicts the key used longest ago.
func NewLRUCache[K comparable, V any](maxsize int64, getsizeof func(V) int64) (*Cache[K, V], error) {
	c, err := newCache[K, V]("LRUCache", maxsize, getsizeof)
	if err == nil {
		c.policy = &queuePolicy[K]{queue: newKeyList[K](), readsMove: true}
	}
	return c, err
}

// NewLFUCache: evicts the key used least often.
func NewLFUCache[K comparable, V any](maxsize int64, getsizeof func(V) int64) (*Cache[K, V], error) {
	c, err := newCache[K, V]("LFUCache", maxsize, getsizeof)
	if err == nil {
		c.policy = &frequencyPolicy[K]{uses: map[K][2]int64{}}
	}
	return c, err
}

// NewRRCache: evicts choice(keys); a nil choice picks uniformly at random.
func NewRRCache[K comparable, V any](maxsize int64, choice func([]K) K, getsizeof func(V) int64) (*Cache[K, V], error) {
	c, err := newCache[K, V]("RRCache", maxsize, getsizeof)
	if err == nil {
		if choice == nil {
			choice = func(s []K) K { return s[rand.Intn(len(s))] }
		}
		c.policy = &randomPolicy[K]{slotOf: map[K]int{}, choose: choice}
	}
	return c, err
}

// Maxsize is the bound given at construction.
func (c *Cache[K, V]) Maxsize() int64 { return c.limit }

// Currsize is the sum of the stored values' sizes (dead timed items are expired first).
func (c *Cache[K, V]) Currsize() int64 {
	if c.timing != nil {
		defer c.timing.hold()()
		c.expireAt(c.timing.now())
	}
	return c.total
}

// Len is the number of stored items (dead timed items are expired first).
func (c *Cache[K, V]) Len() int {
	if c.timing != nil {
		defer c.timing.hold()()
		c.expireAt(c.timing.now())
	}
	return len(c.values)
}

func (c *Cache[K, V]) live(k K) bool {
	if _, ok := c.values[k]; !ok {
		return false
	}
	return c.timing == nil || c.timing.alive(k)
}

// Contains reports whether k is stored (and, for timed caches, still alive).
func (c *Cache[K, V]) Contains(k K) bool {
	if c.timing != nil {
		defer c.timing.hold()()
	}
	return c.live(k)
}

// Get returns the value for k; a missing (or dead) key is a *MissingKeyError.
func (c *Cache[K, V]) Get(k K) (V, error) {
	if c.timing != nil {
		defer c.timing.hold()()
	}
	if !c.live(k) {
		var zero V
		return zero, missingKey(k)
	}
	c.policy.read(k)
	return c.values[k], nil
}

// GetOr returns the value for k or fallback.
func (c *Cache[K, V]) GetOr(k K, fallback V) V {
	if c.Contains(k) {
		v, _ := c.Get(k)
		return v
	}
	return fallback
}

// Set stores v under k, evicting as needed.
func (c *Cache[K, V]) Set(k K, v V) error {
	if c.timing != nil {
		defer c.timing.hold()()
		return c.timing.write(c, k, v)
	}
	return c.store(k, v)
}

func (c *Cache[K, V]) store(k K, v V) error {
	w := c.sizeOf(v)
	if w > c.limit {
		return &BadValueError{"value too large"}
	}
	if w < 0 {
		return &BadValueError{"value size must be non-negative"}
	}
	for w-c.weights[k] > c.limit-c.total {
		if _, _, err := c.evictOne(); err != nil {
			return err
		}
	}
	c.total += w - c.weights[k]
	c.values[k] = v
	c.weights[k] = w
	c.order.appendIfAbsent(k)
	c.policy.stored(k)
	return nil
}

// Delete removes k; missing keys (and, for timed caches, keys that had expired) give *MissingKeyError.
func (c *Cache[K, V]) Delete(k K) error {
	if c.timing != nil {
		defer c.timing.hold()()
		return c.timing.remove(c, k)
	}
	if _, ok := c.values[k]; !ok {
		return missingKey(k)
	}
	c.drop(k)
	return nil
}

func (c *Cache[K, V]) drop(k K) {
	c.total -= c.weights[k]
	delete(c.weights, k)
	delete(c.values, k)
	c.order.remove(k)
	c.policy.removed(k)
	if c.timing != nil {
		c.timing.forget(k)
	}
}

// Pop removes k and returns its value.
func (c *Cache[K, V]) Pop(k K) (V, error) {
	if !c.Contains(k) {
		var zero V
		return zero, missingKey(k)
	}
	v, _ := c.Get(k)
	return v, c.Delete(k)
}

// PopOr removes k and returns its value, or returns fallback when k is absent.
func (c *Cache[K, V]) PopOr(k K, fallback V) (V, error) {
	if !c.Contains(k) {
		return fallback, nil
	}
	v, _ := c.Get(k)
	return v, c.Delete(k)
}

// SetDefault returns the value for k, storing fallback first when k is absent.
func (c *Cache[K, V]) SetDefault(k K, fallback V) (V, error) {
	if c.Contains(k) {
		return c.Get(k)
	}
	return fallback, c.Set(k, fallback)
}

// PopItem removes and returns the item the policy chooses.
func (c *Cache[K, V]) PopItem() (K, V, error) {
	if c.timing != nil {
		defer c.timing.hold()()
	}
	return c.evictOne()
}

func (c *Cache[K, V]) evictOne() (K, V, error) {
	var zeroV V
	if c.timing != nil {
		c.expireAt(c.timing.now())
	}
	k, ok := c.policy.victim()
	if !ok {
		if c.kind == "Cache" {
			return k, zeroV, &MissingKeyError{}
		}
		return k, zeroV, &MissingKeyError{Arg: c.kind + " is empty", HasArg: true}
	}
	if c.timing != nil && c.timing.heap != nil {
		v := c.values[k]
		c.drop(k)
		return k, v, nil
	}
	v, err := c.Pop(k)
	return k, v, err
}

// Keys lists the (live) keys in insertion order.
func (c *Cache[K, V]) Keys() []K {
	if c.timing != nil {
		defer c.timing.hold()()
	}
	out := []K{}
	for _, k := range c.order.all() {
		if c.timing == nil || c.timing.alive(k) {
			out = append(out, k)
		}
	}
	return out
}

// Clear empties the cache without expiring anything.
func (c *Cache[K, V]) Clear() {
	c.values = map[K]V{}
	c.weights = map[K]int64{}
	c.total = 0
	c.order.reset()
	c.policy.cleared()
	if c.timing != nil {
		c.timing.reset()
	}
}

// String renders ClassName({k: v, ...}, maxsize=M, currsize=C) with Python reprs.
func (c *Cache[K, V]) String() string {
	if c.timing != nil {
		defer c.timing.hold()()
		c.expireAt(c.timing.now())
	}
	parts := make([]string, 0, len(c.values))
	for _, k := range c.order.all() {
		parts = append(parts, pyRepr(k)+": "+pyRepr(c.values[k]))
	}
	return fmt.Sprintf("%s({%s}, maxsize=%d, currsize=%d)", c.kind, strings.Join(parts, ", "), c.limit, c.total)
}

func pyRepr(x any) string {
	switch t := x.(type) {
	case string:
		q := "'"
		if strings.Contains(t, "'") && !strings.Contains(t, "\"") {
			q = "\""
		}
		var b strings.Builder
		b.WriteString(q)
		for _, r := range t {
			switch {
			case string(r) == q || r == '\\':
				b.WriteRune('\\')
				b.WriteRune(r)
			case r == '\n':
				b.WriteString("\\n")
			case r == '\t':
				b.WriteString("\\t")
			case r == '\r':
				b.WriteString("\\r")
			case r < 0x20 || r == 0x7f:
				fmt.Fprintf(&b, "\\x%02x", r)
			default:
				b.WriteRune(r)
			}
		}
		b.WriteString(q)
		return b.String()
	case bool:
		if t {
			return "True"
		}
		return "False"
	case nil:
		return "None"
	}
	return fmt.Sprint(x)
}
