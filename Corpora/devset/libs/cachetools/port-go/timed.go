package cachetools

import "time"

// Pair is a (key, value) pair returned by Expire.
type Pair[K comparable, V any] struct {
	Key   K
	Value V
}

// Timer wraps a time function so that it can be frozen: while entered, it keeps
// returning the time of the outermost Enter.
type Timer struct {
	timer   func() float64
	nesting int
	time    float64
}

// Now returns the current (or frozen) time.
func (t *Timer) Now() float64 {
	if t.nesting == 0 {
		return t.timer()
	}
	return t.time
}

// Enter freezes the time and returns it; pair every Enter with an Exit.
func (t *Timer) Enter() float64 {
	var now float64
	if t.nesting == 0 {
		t.time = t.timer()
		now = t.time
	} else {
		now = t.time
	}
	t.nesting++
	return now
}

// Exit undoes one Enter.
func (t *Timer) Exit() {
	t.nesting--
}

func monotonic() float64 {
	return float64(time.Now().UnixNano()) / 1e9
}

type expirer[K comparable, V any] interface {
	Expire(time *float64) []Pair[K, V]
}

// TimedCache is the base of the time-aware cache implementations.
type TimedCache[K comparable, V any] struct {
	*Cache[K, V]
	timer   *Timer
	expirer expirer[K, V]
}

func (c *TimedCache[K, V]) initTimed(self Mapping[K, V], exp expirer[K, V], name string, maxsize int64,
	timer func() float64, getsizeof func(V) int64) error {
	if timer == nil {
		timer = monotonic
	}
	c.timer = &Timer{timer: timer}
	c.expirer = exp
	return c.Cache.init(self, name, maxsize, getsizeof)
}

func (c *TimedCache[K, V]) Repr() string {
	now := c.timer.Enter()
	defer c.timer.Exit()
	c.expirer.Expire(&now)
	return c.Cache.Repr()
}

func (c *TimedCache[K, V]) Len() int {
	now := c.timer.Enter()
	defer c.timer.Exit()
	c.expirer.Expire(&now)
	return c.Cache.Len()
}

func (c *TimedCache[K, V]) Currsize() int64 {
	now := c.timer.Enter()
	defer c.timer.Exit()
	c.expirer.Expire(&now)
	return c.Cache.Currsize()
}

// Timer is the timer used by the cache.
func (c *TimedCache[K, V]) Timer() *Timer { return c.timer }

func (c *TimedCache[K, V]) Get(key K, dflt V) (V, error) {
	c.timer.Enter()
	defer c.timer.Exit()
	return c.Cache.Get(key, dflt)
}

func (c *TimedCache[K, V]) Pop(key K) (V, error) {
	c.timer.Enter()
	defer c.timer.Exit()
	return c.Cache.Pop(key)
}

func (c *TimedCache[K, V]) PopDefault(key K, dflt V) (V, error) {
	c.timer.Enter()
	defer c.timer.Exit()
	return c.Cache.PopDefault(key, dflt)
}

func (c *TimedCache[K, V]) Setdefault(key K, dflt V) (V, error) {
	c.timer.Enter()
	defer c.timer.Exit()
	return c.Cache.Setdefault(key, dflt)
}

// Clear removes every item. Subclasses must also reset their own time-tracking
// structures. We do not call Expire here, since Clear should be O(1) regardless of
// cache contents.
func (c *TimedCache[K, V]) Clear() {
	c.Cache.Clear()
}
