package boundedcache

// evictionPolicy keeps whatever bookkeeping decides which key popitem() removes.
type evictionPolicy[K comparable] interface {
	stored(k K)
	read(k K)
	removed(k K)
	cleared()
	victim() (K, bool)
}

// insertionPolicy: the plain Cache evicts the first key of the mapping's own order.
type insertionPolicy[K comparable] struct{ order *keyList[K] }

func (p insertionPolicy[K]) stored(K)          {}
func (p insertionPolicy[K]) read(K)            {}
func (p insertionPolicy[K]) removed(K)         {}
func (p insertionPolicy[K]) cleared()          {}
func (p insertionPolicy[K]) victim() (K, bool) { return p.order.front() }

// queuePolicy: FIFO (writes move to the back) or LRU (reads too).
type queuePolicy[K comparable] struct {
	queue     *keyList[K]
	readsMove bool
}

func (p *queuePolicy[K]) stored(k K) { p.queue.pushBack(k) }
func (p *queuePolicy[K]) read(k K) {
	if p.readsMove {
		p.queue.pushBack(k)
	}
}
func (p *queuePolicy[K]) removed(k K)       { p.queue.remove(k) }
func (p *queuePolicy[K]) cleared()          { p.queue.reset() }
func (p *queuePolicy[K]) victim() (K, bool) { return p.queue.front() }

// frequencyPolicy: fewest uses first; ties go to whoever reached the count first.
type frequencyPolicy[K comparable] struct {
	uses  map[K][2]int64
	stamp int64
}

func (p *frequencyPolicy[K]) bump(k K) {
	p.stamp++
	u, ok := p.uses[k]
	count := int64(1)
	if ok {
		count = u[0] + 1
	}
	p.uses[k] = [2]int64{count, p.stamp}
}
func (p *frequencyPolicy[K]) stored(k K)  { p.bump(k) }
func (p *frequencyPolicy[K]) read(k K)    { p.bump(k) }
func (p *frequencyPolicy[K]) removed(k K) { delete(p.uses, k) }
func (p *frequencyPolicy[K]) cleared()    { p.uses = map[K][2]int64{} }
func (p *frequencyPolicy[K]) victim() (K, bool) {
	var best K
	var bestUse [2]int64
	found := false
	for k, u := range p.uses {
		if !found || u[0] < bestUse[0] || (u[0] == bestUse[0] && u[1] < bestUse[1]) {
			best, bestUse, found = k, u, true
		}
	}
	return best, found
}

// randomPolicy: evicts choose(keys); a removed key's slot is taken by the last key.
type randomPolicy[K comparable] struct {
	slots  []K
	slotOf map[K]int
	choose func([]K) K
}

func (p *randomPolicy[K]) stored(k K) {
	if _, ok := p.slotOf[k]; !ok {
		p.slotOf[k] = len(p.slots)
		p.slots = append(p.slots, k)
	}
}
func (p *randomPolicy[K]) read(K) {}
func (p *randomPolicy[K]) removed(k K) {
	hole := p.slotOf[k]
	delete(p.slotOf, k)
	last := p.slots[len(p.slots)-1]
	p.slots = p.slots[:len(p.slots)-1]
	if hole < len(p.slots) {
		p.slots[hole] = last
		p.slotOf[last] = hole
	}
}
func (p *randomPolicy[K]) cleared() {
	p.slots = nil
	p.slotOf = map[K]int{}
}
func (p *randomPolicy[K]) victim() (K, bool) {
	if len(p.slots) == 0 {
		var zero K
		return zero, false
	}
	return p.choose(p.slots), true
}
