package cachetools

type lfuLink[K comparable] struct {
	count      int64
	keys       *orderedDict[K, struct{}]
	next, prev *lfuLink[K]
}

func newLfuLink[K comparable](count int64) *lfuLink[K] {
	return &lfuLink[K]{count: count, keys: newOrderedDict[K, struct{}]()}
}

func (l *lfuLink[K]) insert(next *lfuLink[K]) {
	l.next = next
	l.prev = next.prev
	l.prev.next = l
	next.prev = l
}

func (l *lfuLink[K]) unlink() {
	next := l.next
	prev := l.prev
	prev.next = next
	next.prev = prev
}

// LFUCache is a Least Frequently Used (LFU) cache implementation.
type LFUCache[K comparable, V any] struct {
	*Cache[K, V]
	root  *lfuLink[K]
	links map[K]*lfuLink[K]
}

// NewLFUCache returns an empty LFUCache.
func NewLFUCache[K comparable, V any](maxsize int64, getsizeof func(V) int64) (*LFUCache[K, V], error) {
	root := newLfuLink[K](0) // sentinel
	root.prev = root
	root.next = root
	c := &LFUCache[K, V]{Cache: &Cache[K, V]{}, root: root, links: map[K]*lfuLink[K]{}}
	if err := c.Cache.init(c, "LFUCache", maxsize, getsizeof); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *LFUCache[K, V]) GetItem(key K) (V, error) {
	value, err := c.Cache.GetItem(key)
	if err != nil {
		return value, err
	}
	if _, ok := c.links[key]; ok { // Missing may not store the item
		c.touch(key)
	}
	return value, nil
}

func (c *LFUCache[K, V]) SetItem(key K, value V) error {
	if err := c.Cache.SetItem(key, value); err != nil {
		return err
	}
	if _, ok := c.links[key]; ok {
		c.touch(key)
		return nil
	}
	root := c.root
	link := root.next
	if link.count != 1 {
		link = newLfuLink[K](1)
		link.next = root.next
		root.next = link
		link.next.prev = link
		link.prev = root
	}
	link.keys.set(key, struct{}{})
	c.links[key] = link
	return nil
}

func (c *LFUCache[K, V]) DelItem(key K) error {
	if err := c.Cache.DelItem(key); err != nil {
		return err
	}
	link := c.links[key]
	delete(c.links, key)
	link.keys.del(key)
	if link.keys.length() == 0 {
		link.unlink()
	}
	return nil
}

// Popitem removes and returns the (key, value) pair least frequently used.
func (c *LFUCache[K, V]) Popitem() (K, V, error) {
	curr := c.root.next
	if curr == c.root {
		var zk K
		var zv V
		return zk, zv, emptyError("LFUCache")
	}
	key, _ := curr.keys.first() // least recently used key with the lowest use count
	value, _ := c.Cache.GetItem(key)
	return key, value, c.DelItem(key)
}

func (c *LFUCache[K, V]) Clear() {
	c.Cache.Clear()
	c.root.prev = c.root
	c.root.next = c.root
	c.links = map[K]*lfuLink[K]{}
}

// touch increments the use count of key.
func (c *LFUCache[K, V]) touch(key K) {
	link := c.links[key]
	curr := link.next
	if curr.count != link.count+1 {
		if link.keys.length() == 1 {
			link.count++
			return
		}
		curr = newLfuLink[K](link.count + 1)
		curr.next = link.next
		link.next = curr
		curr.next.prev = curr
		curr.prev = link
	}
	curr.keys.set(key, struct{}{})
	link.keys.del(key)
	if link.keys.length() == 0 {
		link.unlink()
	}
	c.links[key] = curr
}
