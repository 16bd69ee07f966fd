package boundedcache

// dueEntry is one heap slot of a TLRU cache; stale entries are skipped and dropped lazily.
type dueEntry[K comparable] struct {
	due   float64
	key   K
	stale bool
}

// dueHeap follows CPython heapq's sift rules exactly, so equal due times pop in the same order.
type dueHeap[K comparable] []*dueEntry[K]

func (h *dueHeap[K]) push(e *dueEntry[K]) {
	*h = append(*h, e)
	h.up(0, len(*h)-1)
}

func (h *dueHeap[K]) pop() *dueEntry[K] {
	a := *h
	last := a[len(a)-1]
	a = a[:len(a)-1]
	*h = a
	if len(a) == 0 {
		return last
	}
	top := a[0]
	a[0] = last
	h.down(0)
	return top
}

func (h dueHeap[K]) up(floor, pos int) {
	item := h[pos]
	for pos > floor {
		parent := (pos - 1) / 2
		if !(item.due < h[parent].due) {
			break
		}
		h[pos] = h[parent]
		pos = parent
	}
	h[pos] = item
}

func (h dueHeap[K]) down(pos int) {
	end, start, item := len(h), pos, h[pos]
	child := 2*pos + 1
	for child < end {
		if r := child + 1; r < end && !(h[child].due < h[r].due) {
			child = r
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = item
	h.up(start, pos)
}

func (h dueHeap[K]) heapify() {
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}
