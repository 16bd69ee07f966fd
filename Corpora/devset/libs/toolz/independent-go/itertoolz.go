package toolz

import "sort"

// Key is a Func, or an index / list of indices turned into a getter.
type Key = Value

// Getter returns x -> x[index]; for a list of indices, x -> tuple of those items.
func Getter(index Value) Func {
	if many, ok := index.([]Value); ok {
		return func(args ...Value) (Value, error) {
			out := make([]Value, 0, len(many))
			for _, i := range many {
				v, err := Item(args[0], i)
				if err != nil {
					return nil, err
				}
				out = append(out, v)
			}
			return out, nil
		}
	}
	return func(args ...Value) (Value, error) { return Item(args[0], index) }
}

func keyFunc(key Key) Func {
	if f, ok := key.(Func); ok {
		return f
	}
	return Getter(key)
}

func identity(args ...Value) (Value, error) { return args[0], nil }

// Truthy is Python's bool(v).
func Truthy(v Value) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case int:
		return x != 0
	case string:
		return x != ""
	case []Value:
		return len(x) > 0
	case *Dict:
		return x.Len() > 0
	}
	return true
}

// failing is an iterator whose first step reports err (errors surface when the result is consumed).
func failing(err error) Iter {
	return func() (Value, bool, error) { return nil, false, err }
}

// over builds a lazy iterator on top of iter(seq).
func over(seq Value, build func(src Iter) Iter) Iter {
	src, err := IterOf(seq)
	if err != nil {
		return failing(err)
	}
	return build(src)
}

// Remove yields the items for which predicate is false.
func Remove(predicate Func, seq Value) Iter {
	return over(seq, func(src Iter) Iter {
		return func() (Value, bool, error) {
			for {
				v, ok, err := src()
				if err != nil || !ok {
					return nil, false, err
				}
				keep, err := predicate(v)
				if err != nil {
					return nil, false, err
				}
				if !Truthy(keep) {
					return v, true, nil
				}
			}
		}
	})
}

// Accumulate yields running reductions: the first item (or initial, unless NoDefault), then binop(acc, x).
func Accumulate(binop Func, seq Value, initial Value) Iter {
	return over(seq, func(src Iter) Iter {
		var total Value
		started := false
		return func() (Value, bool, error) {
			if !started {
				started = true
				if initial != NoDefault {
					total = initial
					return total, true, nil
				}
				v, ok, err := src()
				total = v
				return v, ok, err
			}
			v, ok, err := src()
			if err != nil || !ok {
				return nil, false, err
			}
			if total, err = binop(total, v); err != nil {
				return nil, false, err
			}
			return total, true, nil
		}
	})
}

// GroupBy maps key(item) to the list of items with that key, keys in first-seen order.
func GroupBy(key Key, seq Value) (*Dict, error) {
	f := keyFunc(key)
	items, err := Collect(seq)
	if err != nil {
		return nil, err
	}
	groups := NewDict()
	for _, x := range items {
		k, err := f(x)
		if err != nil {
			return nil, err
		}
		prev, _ := groups.Get(k)
		list, _ := prev.([]Value)
		if err := groups.Set(k, append(list, x)); err != nil {
			return nil, err
		}
	}
	return groups, nil
}

type mergeHead struct {
	v, k Value
	ok   bool
}

func mergeTwo(left, right Iter, key Func) Iter {
	var a, b mergeHead
	started := false
	advance := func(it Iter) (mergeHead, error) {
		v, ok, err := it()
		if err != nil || !ok {
			return mergeHead{}, err
		}
		k, err := key(v)
		return mergeHead{v, k, true}, err
	}
	return func() (Value, bool, error) {
		var err error
		if !started {
			started = true
			if a, err = advance(left); err != nil {
				return nil, false, err
			}
			if b, err = advance(right); err != nil {
				return nil, false, err
			}
		}
		takeRight := false
		switch {
		case !a.ok && !b.ok:
			return nil, false, nil
		case !a.ok:
			takeRight = true
		case b.ok:
			if takeRight, err = Less(b.k, a.k); err != nil {
				return nil, false, err
			}
		}
		if takeRight {
			out := b.v
			b, err = advance(right)
			return out, err == nil, err
		}
		out := a.v
		a, err = advance(left)
		return out, err == nil, err
	}
}

func prepend(v Value, rest Iter) Iter {
	done := false
	return func() (Value, bool, error) {
		if !done {
			done = true
			return v, true, nil
		}
		return rest()
	}
}

// MergeSorted lazily merges sorted iterables (key may be nil). Ties: earlier iterables first.
func MergeSorted(seqs []Value, key Func) Iter {
	if key == nil {
		key = identity
	}
	switch len(seqs) {
	case 0:
		return emptyIter
	case 1:
		return over(seqs[0], func(src Iter) Iter { return src })
	}
	mid := len(seqs) / 2
	return mergeTwo(MergeSorted(seqs[:mid], key), MergeSorted(seqs[mid:], key), key)
}

// Interleave yields the first items of each iterable, then the second items, skipping exhausted ones.
func Interleave(seqs Value) Iter {
	all, err := Collect(seqs)
	if err != nil {
		return failing(err)
	}
	var live []Iter
	for _, s := range all {
		it, err := IterOf(s)
		if err != nil {
			return failing(err)
		}
		live = append(live, it)
	}
	pos := 0
	return func() (Value, bool, error) {
		for len(live) > 0 {
			if pos >= len(live) {
				pos = 0
			}
			v, ok, err := live[pos]()
			if err != nil {
				return nil, false, err
			}
			if !ok {
				live = append(live[:pos:pos], live[pos+1:]...)
				continue
			}
			pos++
			return v, true, nil
		}
		return nil, false, nil
	}
}

// Unique yields the first occurrence of each item (or of each key(item); key may be nil).
func Unique(seq Value, key Key) Iter {
	f := Func(identity)
	if key != nil {
		f = keyFunc(key)
	}
	return over(seq, func(src Iter) Iter {
		seen := NewDict()
		return func() (Value, bool, error) {
			for {
				v, ok, err := src()
				if err != nil || !ok {
					return nil, false, err
				}
				tag, err := f(v)
				if err != nil {
					return nil, false, err
				}
				if _, dup := seen.Get(tag); !dup {
					if err := seen.Set(tag, true); err != nil {
						return nil, false, err
					}
					return v, true, nil
				}
			}
		}
	})
}

// IsIterable reports whether iter(x) works.
func IsIterable(x Value) bool {
	_, err := IterOf(x)
	return err == nil
}

// IsDistinct reports whether no two items are equal.
func IsDistinct(seq Value) (bool, error) {
	items, err := Collect(seq)
	if err != nil {
		return false, err
	}
	seen := NewDict()
	for _, x := range items {
		if _, dup := seen.Get(x); dup {
			return false, nil
		}
		if err := seen.Set(x, true); err != nil {
			return false, err
		}
	}
	return true, nil
}

func slicing(seq Value, start, stop, step int) Iter {
	return over(seq, func(src Iter) Iter {
		i := 0
		return func() (Value, bool, error) {
			for stop < 0 || i < stop {
				v, ok, err := src()
				if err != nil || !ok {
					return nil, false, err
				}
				i++
				if i-1 >= start && (i-1-start)%step == 0 {
					return v, true, nil
				}
			}
			return nil, false, nil
		}
	})
}

// Take yields the first n items (negative n: ValueError).
func Take(n int, seq Value) Iter {
	if n < 0 {
		return failing(pyErr("ValueError", "count must be a non-negative integer"))
	}
	return slicing(seq, 0, n, 1)
}

// Drop yields everything after the first n items (negative n: ValueError).
func Drop(n int, seq Value) Iter {
	if n < 0 {
		return failing(pyErr("ValueError", "count must be a non-negative integer"))
	}
	return slicing(seq, n, -1, 1)
}

// TakeNth yields every n-th item starting with the first (n <= 0: ValueError).
func TakeNth(n int, seq Value) Iter {
	if n <= 0 {
		return failing(pyErr("ValueError", "step must be a positive integer"))
	}
	return slicing(seq, 0, -1, n)
}

// Tail is seq[-n:] for lists and strings, else the last n items.
func Tail(n int, seq Value) (Value, error) {
	cut := func(length int) int {
		start := -n
		if start < 0 {
			start += length
		}
		if start < 0 {
			start = 0
		}
		if start > length {
			start = length
		}
		return start
	}
	switch s := seq.(type) {
	case []Value:
		return s[cut(len(s)):], nil
	case string:
		r := []rune(s)
		return string(r[cut(len(r)):]), nil
	}
	items, err := Collect(seq)
	if err != nil {
		return nil, err
	}
	if n <= 0 {
		return []Value{}, nil
	}
	if n < len(items) {
		items = items[len(items)-n:]
	}
	return items, nil
}

// First is the first item (StopIteration when empty).
func First(seq Value) (Value, error) {
	it, err := IterOf(seq)
	if err != nil {
		return nil, err
	}
	v, ok, err := it()
	if err == nil && !ok {
		err = pyErr("StopIteration", "empty sequence")
	}
	return v, err
}

// Second is the second item (StopIteration when too short).
func Second(seq Value) (Value, error) {
	return First(Drop(1, seq))
}

// Nth is seq[n] for lists and strings, else the n-th item of the iterator.
func Nth(n int, seq Value) (Value, error) {
	switch seq.(type) {
	case []Value, string:
		return Item(seq, n)
	}
	return First(Drop(n, seq))
}

// Last is the last item (IndexError when empty).
func Last(seq Value) (Value, error) {
	end, err := Tail(1, seq)
	if err != nil {
		return nil, err
	}
	return Item(end, 0)
}

// Rest yields all items but the first.
func Rest(seq Value) Iter {
	return Drop(1, seq)
}

func itemOr(seq, ind, fallback Value) (Value, error) {
	v, err := Item(seq, ind)
	if k := KindOf(err); k == "KeyError" || k == "IndexError" {
		return fallback, nil
	}
	return v, err
}

// Get is seq[ind]; a list ind gives a tuple. fallback (unless NoDefault) replaces missing items.
func Get(ind, seq, fallback Value) (Value, error) {
	v, err := Item(seq, ind)
	switch KindOf(err) {
	case "":
		return v, err
	case "TypeError":
		if many, ok := ind.([]Value); ok {
			if fallback == NoDefault {
				return Getter(many)(seq)
			}
			out := make([]Value, 0, len(many))
			for _, i := range many {
				x, err := itemOr(seq, i, fallback)
				if err != nil {
					return nil, err
				}
				out = append(out, x)
			}
			return out, nil
		}
	}
	if fallback == NoDefault {
		return nil, err
	}
	return fallback, nil
}

// Concat chains the iterables of seqs.
func Concat(seqs Value) Iter {
	return over(seqs, func(outer Iter) Iter {
		inner := emptyIter
		return func() (Value, bool, error) {
			for {
				v, ok, err := inner()
				if err != nil || ok {
					return v, ok, err
				}
				s, ok, err := outer()
				if err != nil || !ok {
					return nil, false, err
				}
				if inner, err = IterOf(s); err != nil {
					return nil, false, err
				}
			}
		}
	})
}

// ConcatV chains its arguments.
func ConcatV(seqs ...Value) Iter {
	return Concat(seqs)
}

// Mapcat chains func(s) for each s.
func Mapcat(f Func, seqs Value) Iter {
	return Concat(Map(f, seqs))
}

// Map yields f(x) for each x.
func Map(f Func, seq Value) Iter {
	return over(seq, func(src Iter) Iter {
		return func() (Value, bool, error) {
			v, ok, err := src()
			if err != nil || !ok {
				return nil, false, err
			}
			r, err := f(v)
			return r, err == nil, err
		}
	})
}

// Cons yields el, then seq.
func Cons(el, seq Value) Iter {
	return over(seq, func(src Iter) Iter { return prepend(el, src) })
}

// Interpose yields el between consecutive items.
func Interpose(el, seq Value) Iter {
	return over(seq, func(src Iter) Iter {
		var pending Value
		havePending, started := false, false
		return func() (Value, bool, error) {
			if havePending {
				havePending = false
				return pending, true, nil
			}
			v, ok, err := src()
			if err != nil || !ok {
				return nil, false, err
			}
			if !started {
				started = true
				return v, true, nil
			}
			pending, havePending = v, true
			return el, true, nil
		}
	})
}

// Frequencies counts each item.
func Frequencies(seq Value) (*Dict, error) {
	items, err := Collect(seq)
	if err != nil {
		return nil, err
	}
	counts := NewDict()
	for _, x := range items {
		n, _ := counts.Get(x)
		c, _ := n.(int)
		if err := counts.Set(x, c+1); err != nil {
			return nil, err
		}
	}
	return counts, nil
}

// ReduceBy reduces each key's group with binop, starting from init (a Func is called per group),
// or from the group's first item when init is NoDefault.
func ReduceBy(key Key, binop Func, seq Value, init Value) (*Dict, error) {
	f := keyFunc(key)
	items, err := Collect(seq)
	if err != nil {
		return nil, err
	}
	totals := NewDict()
	for _, x := range items {
		k, err := f(x)
		if err != nil {
			return nil, err
		}
		var next Value
		if acc, ok := totals.Get(k); ok {
			next, err = binop(acc, x)
		} else if init == NoDefault {
			next = x
		} else {
			start := init
			if mk, ok := init.(Func); ok {
				if start, err = mk(); err != nil {
					return nil, err
				}
			}
			next, err = binop(start, x)
		}
		if err != nil {
			return nil, err
		}
		if err := totals.Set(k, next); err != nil {
			return nil, err
		}
	}
	return totals, nil
}

// Iterate yields x, f(x), f(f(x)), ... forever.
func Iterate(f Func, x Value) Iter {
	started := false
	return func() (Value, bool, error) {
		if started {
			var err error
			if x, err = f(x); err != nil {
				return nil, false, err
			}
		}
		started = true
		return x, true, nil
	}
}

// SlidingWindow yields overlapping tuples of n consecutive items (n < 0: ValueError).
func SlidingWindow(n int, seq Value) Iter {
	if n < 0 {
		return failing(pyErr("ValueError", "window size must be non-negative"))
	}
	if n == 0 {
		return emptyIter
	}
	return over(seq, func(src Iter) Iter {
		var window []Value
		return func() (Value, bool, error) {
			for {
				v, ok, err := src()
				if err != nil || !ok {
					return nil, false, err
				}
				window = append(window, v)
				if len(window) > n {
					window = window[1:]
				}
				if len(window) == n {
					return append([]Value(nil), window...), true, nil
				}
			}
		}
	})
}

// PartitionAll yields tuples of n items; the last may be shorter (n <= 0 yields nothing).
func PartitionAll(n int, seq Value) Iter {
	if n <= 0 {
		return emptyIter
	}
	return over(seq, func(src Iter) Iter {
		return func() (Value, bool, error) {
			var group []Value
			for len(group) < n {
				v, ok, err := src()
				if err != nil {
					return nil, false, err
				}
				if !ok {
					break
				}
				group = append(group, v)
			}
			return group, len(group) > 0, nil
		}
	})
}

// Partition yields tuples of n items; an incomplete last group is dropped, or padded with pad
// unless pad is NoDefault.
func Partition(n int, seq Value, pad Value) Iter {
	groups := PartitionAll(n, seq)
	return func() (Value, bool, error) {
		v, ok, err := groups()
		if err != nil || !ok {
			return nil, false, err
		}
		g := v.([]Value)
		if len(g) == n {
			return g, true, nil
		}
		if pad == NoDefault {
			return nil, false, nil
		}
		for len(g) < n {
			g = append(g, pad)
		}
		return g, true, nil
	}
}

// Count is len(seq) when defined, else the number of items.
func Count(seq Value) (int, error) {
	if n, ok := Len(seq); ok {
		return n, nil
	}
	items, err := Collect(seq)
	return len(items), err
}

// Pluck maps Get(ind, s, fallback) over seqs (a missing item becomes fallback; wrong index types fail).
func Pluck(ind, seqs, fallback Value) Iter {
	pick := Getter(ind)
	if fallback != NoDefault {
		pick = func(args ...Value) (Value, error) {
			many, isList := ind.([]Value)
			if !isList {
				return itemOr(args[0], ind, fallback)
			}
			out := make([]Value, 0, len(many))
			for _, i := range many {
				x, err := itemOr(args[0], i, fallback)
				if err != nil {
					return nil, err
				}
				out = append(out, x)
			}
			return out, nil
		}
	}
	return Map(pick, seqs)
}

// Join yields [left, right] pairs with equal keys; leftDefault / rightDefault (unless NoDefault) pair
// up unmatched right / left items.
func Join(leftkey Key, leftseq Value, rightkey Key, rightseq Value, leftDefault, rightDefault Value) Iter {
	groups, err := GroupBy(leftkey, leftseq)
	if err != nil {
		return failing(err)
	}
	rk := keyFunc(rightkey)
	matched := NewDict()
	var out []Value
	rights, err := Collect(rightseq)
	if err != nil {
		return failing(err)
	}
	for _, r := range rights {
		k, err := rk(r)
		if err != nil {
			return failing(err)
		}
		if lefts, ok := groups.Get(k); ok {
			matched.Set(k, true)
			for _, l := range lefts.([]Value) {
				out = append(out, []Value{l, r})
			}
		} else if leftDefault != NoDefault {
			out = append(out, []Value{leftDefault, r})
		}
	}
	if rightDefault != NoDefault {
		for _, k := range groups.Keys() {
			if _, ok := matched.Get(k); ok {
				continue
			}
			lefts, _ := groups.Get(k)
			for _, l := range lefts.([]Value) {
				out = append(out, []Value{l, rightDefault})
			}
		}
	}
	return sliceIter(out)
}

// Diff yields the rows (items at the same position) that are not all equal, compared through key
// (nil: the items themselves). fill (unless NoDefault) pads to the longest sequence. A lone list
// argument holds the sequences.
func Diff(seqs []Value, fill Value, key Func) Iter {
	if len(seqs) == 1 {
		if inner, ok := seqs[0].([]Value); ok {
			seqs = inner
		}
	}
	if len(seqs) < 2 {
		return failing(pyErr("TypeError", "diff needs at least two sequences"))
	}
	its := make([]Iter, len(seqs))
	for i, s := range seqs {
		it, err := IterOf(s)
		if err != nil {
			return failing(err)
		}
		its[i] = it
	}
	return func() (Value, bool, error) {
		for {
			row := make([]Value, len(its))
			live := 0
			for i, it := range its {
				v, ok, err := it()
				if err != nil {
					return nil, false, err
				}
				if ok {
					row[i] = v
					live++
				} else {
					row[i] = fill
				}
			}
			if live == 0 || (fill == NoDefault && live < len(its)) {
				return nil, false, nil
			}
			seen := row
			if key != nil {
				seen = make([]Value, len(row))
				for i, v := range row {
					k, err := key(v)
					if err != nil {
						return nil, false, err
					}
					seen[i] = k
				}
			}
			for _, v := range seen[1:] {
				if !Equal(v, seen[0]) {
					return row, true, nil
				}
			}
		}
	}
}

// TopK returns the k largest items, largest first; earlier items first among equal keys.
func TopK(k int, seq Value, key Key) ([]Value, error) {
	f := Func(identity)
	if key != nil {
		f = keyFunc(key)
	}
	items, err := Collect(seq)
	if err != nil || k <= 0 {
		return []Value{}, err
	}
	keys := make([]Value, len(items))
	for i, x := range items {
		if keys[i], err = f(x); err != nil {
			return nil, err
		}
	}
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	var cmpErr error
	sort.SliceStable(order, func(a, b int) bool {
		bigger, err := Less(keys[order[b]], keys[order[a]])
		if err != nil {
			cmpErr = err
		}
		return bigger
	})
	if cmpErr != nil {
		return nil, cmpErr
	}
	if k > len(order) {
		k = len(order)
	}
	out := make([]Value, k)
	for i := range out {
		out[i] = items[order[i]]
	}
	return out, nil
}

// Peek returns the first item and an iterator over the whole sequence (StopIteration when empty).
func Peek(seq Value) (Value, Iter, error) {
	it, err := IterOf(seq)
	if err != nil {
		return nil, nil, err
	}
	v, ok, err := it()
	if err != nil {
		return nil, nil, err
	}
	if !ok {
		return nil, nil, pyErr("StopIteration", "empty sequence")
	}
	return v, prepend(v, it), nil
}

// PeekN returns the first n items and an iterator over the whole sequence.
func PeekN(n int, seq Value) ([]Value, Iter, error) {
	it, err := IterOf(seq)
	if err != nil {
		return nil, nil, err
	}
	head := []Value{}
	for len(head) < n {
		v, ok, err := it()
		if err != nil {
			return nil, nil, err
		}
		if !ok {
			break
		}
		head = append(head, v)
	}
	replay := sliceIter(head)
	return head, func() (Value, bool, error) {
		if v, ok, _ := replay(); ok {
			return v, true, nil
		}
		return it()
	}, nil
}

// RandomSample keeps each item when random() < prob.
func RandomSample(prob float64, seq Value, random func() float64) Iter {
	return over(seq, func(src Iter) Iter {
		return func() (Value, bool, error) {
			for {
				v, ok, err := src()
				if err != nil || !ok {
					return nil, false, err
				}
				if random() < prob {
					return v, true, nil
				}
			}
		}
	})
}
