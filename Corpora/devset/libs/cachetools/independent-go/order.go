package boundedcache

// keyList is an insertion-ordered set of keys (a doubly linked list indexed by a map).
type keyList[K comparable] struct {
	head, tail *link[K]
	index      map[K]*link[K]
}

type link[K comparable] struct {
	key        K
	prev, next *link[K]
}

func newKeyList[K comparable]() *keyList[K] { return &keyList[K]{index: map[K]*link[K]{}} }

func (l *keyList[K]) has(k K) bool { _, ok := l.index[k]; return ok }

func (l *keyList[K]) size() int { return len(l.index) }

// pushBack appends k, moving it to the back if present.
func (l *keyList[K]) pushBack(k K) {
	l.remove(k)
	n := &link[K]{key: k, prev: l.tail}
	if l.tail != nil {
		l.tail.next = n
	} else {
		l.head = n
	}
	l.tail = n
	l.index[k] = n
}

// appendIfAbsent adds k at the back only if it is not there yet.
func (l *keyList[K]) appendIfAbsent(k K) {
	if !l.has(k) {
		l.pushBack(k)
	}
}

func (l *keyList[K]) remove(k K) {
	n, ok := l.index[k]
	if !ok {
		return
	}
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		l.head = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		l.tail = n.prev
	}
	delete(l.index, k)
}

func (l *keyList[K]) front() (K, bool) {
	if l.head == nil {
		var zero K
		return zero, false
	}
	return l.head.key, true
}

func (l *keyList[K]) all() []K {
	out := make([]K, 0, len(l.index))
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.key)
	}
	return out
}

func (l *keyList[K]) reset() {
	l.head, l.tail = nil, nil
	l.index = map[K]*link[K]{}
}
