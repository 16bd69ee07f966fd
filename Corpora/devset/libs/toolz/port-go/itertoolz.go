package toolz

import "sort"

// Remove returns those items of sequence for which predicate(item) is false.
func Remove(predicate Pred, seq []any) []any {
	out := []any{}
	for _, item := range seq {
		if !predicate(item) {
			out = append(out, item)
		}
	}
	return out
}

// Accumulate repeatedly applies a binary function to a sequence, accumulating results.
//
//	Accumulate(add, []any{1, 2, 3, 4, 5}, NoDefault)  // [1 3 6 10 15]
//	Accumulate(mul, []any{1, 2, 3, 4, 5}, NoDefault)  // [1 2 6 24 120]
//	Accumulate(add, []any{1, 2, 3}, -1)               // [-1 0 2 5]
func Accumulate(binop BinOp, seq []any, initial any) []any {
	out := []any{}
	var result any
	if initial == NoDefault {
		if len(seq) == 0 {
			return out
		}
		result = seq[0]
		seq = seq[1:]
	} else {
		result = initial
	}
	out = append(out, result)
	for _, elem := range seq {
		result = binop(result, elem)
		out = append(out, result)
	}
	return out
}

// GroupBy groups a collection by a key function.
//
//	GroupBy(length, []any{"Alice", "Bob", "Charlie", "Dan", "Edith", "Frank"})
//	// {3: [Bob Dan], 5: [Alice Edith Frank], 7: [Charlie]}
//
// Non-callable keys imply grouping on a member (see Getter).
func GroupBy(key any, seq []any) (map[any][]any, error) {
	keyFn, ok := key.(Func)
	if !ok {
		keyFn = nil
	}
	d := map[any][]any{}
	for _, item := range seq {
		var k any
		if keyFn != nil {
			k = keyFn(item)
		} else {
			var err error
			if k, err = Getter(key)(item); err != nil {
				return nil, err
			}
		}
		d[k] = append(d[k], item)
	}
	return d, nil
}

// MergeSorted merges and sorts a collection of sorted collections.
//
//	MergeSorted([][]any{{1, 3, 5}, {2, 4, 6}}, nil)  // [1 2 3 4 5 6]
//
// The "key" function used to sort the input may be passed (nil for none).
func MergeSorted(seqs [][]any, key Func) []any {
	if len(seqs) == 0 {
		return []any{}
	} else if len(seqs) == 1 {
		return append([]any{}, seqs[0]...)
	}
	if key == nil {
		return mergeSortedBinary(seqs)
	}
	return mergeSortedBinaryKey(seqs, key)
}

func mergeSortedBinary(seqs [][]any) []any {
	mid := len(seqs) / 2
	L1 := seqs[:mid]
	var seq1 []any
	if len(L1) == 1 {
		seq1 = L1[0]
	} else {
		seq1 = mergeSortedBinary(L1)
	}
	L2 := seqs[mid:]
	var seq2 []any
	if len(L2) == 1 {
		seq2 = L2[0]
	} else {
		seq2 = mergeSortedBinary(L2)
	}

	out := make([]any, 0, len(seq1)+len(seq2))
	i, j := 0, 0
	for i < len(seq1) && j < len(seq2) {
		if less(seq2[j], seq1[i]) {
			out = append(out, seq2[j])
			j++
		} else {
			out = append(out, seq1[i])
			i++
		}
	}
	out = append(out, seq1[i:]...)
	return append(out, seq2[j:]...)
}

func mergeSortedBinaryKey(seqs [][]any, key Func) []any {
	mid := len(seqs) / 2
	L1 := seqs[:mid]
	var seq1 []any
	if len(L1) == 1 {
		seq1 = L1[0]
	} else {
		seq1 = mergeSortedBinaryKey(L1, key)
	}
	L2 := seqs[mid:]
	var seq2 []any
	if len(L2) == 1 {
		seq2 = L2[0]
	} else {
		seq2 = mergeSortedBinaryKey(L2, key)
	}

	out := make([]any, 0, len(seq1)+len(seq2))
	i, j := 0, 0
	for i < len(seq1) && j < len(seq2) {
		if less(key(seq2[j]), key(seq1[i])) {
			out = append(out, seq2[j])
			j++
		} else {
			out = append(out, seq1[i])
			i++
		}
	}
	out = append(out, seq1[i:]...)
	return append(out, seq2[j:]...)
}

// Interleave interleaves a sequence of sequences.
//
//	Interleave([][]any{{1, 2}, {3, 4}})  // [1 3 2 4]
func Interleave(seqs [][]any) []any {
	out := []any{}
	for pos := 0; ; pos++ {
		any_ := false
		for _, s := range seqs {
			if pos < len(s) {
				out = append(out, s[pos])
				any_ = true
			}
		}
		if !any_ {
			return out
		}
	}
}

// Unique returns only unique elements of a sequence (key may be nil).
//
//	Unique([]any{1, 2, 3}, nil)     // [1 2 3]
//	Unique([]any{1, 2, 1, 3}, nil)  // [1 2 3]
//	Unique([]any{"cat", "mouse", "dog", "hen"}, length)  // [cat mouse]
func Unique(seq []any, key Func) []any {
	seen := map[any]bool{}
	out := []any{}
	if key == nil {
		for _, item := range seq {
			if !seen[item] {
				seen[item] = true
				out = append(out, item)
			}
		}
	} else {
		for _, item := range seq {
			val := key(item)
			if !seen[val] {
				seen[val] = true
				out = append(out, item)
			}
		}
	}
	return out
}

// IsIterable reports whether x is iterable (a list, string or dict).
func IsIterable(x any) bool {
	switch x.(type) {
	case []any, string, map[any]any:
		return true
	}
	return false
}

// IsDistinct reports whether all values in sequence are distinct.
func IsDistinct(seq []any) bool {
	seen := map[any]bool{}
	for _, item := range seq {
		if seen[item] {
			return false
		}
		seen[item] = true
	}
	return true
}

// Take returns the first n elements of a sequence.
func Take(n int, seq []any) ([]any, error) {
	if n < 0 {
		return nil, ValueError{"Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."}
	}
	if n > len(seq) {
		n = len(seq)
	}
	return append([]any{}, seq[:n]...), nil
}

// Tail returns the last n elements of a sequence (Python's seq[-n:]).
func Tail(n int, seq []any) []any {
	start := -n
	if start < 0 {
		start += len(seq)
		if start < 0 {
			start = 0
		}
	} else if start > len(seq) {
		start = len(seq)
	}
	return append([]any{}, seq[start:]...)
}

// Drop returns the sequence following the first n elements.
func Drop(n int, seq []any) ([]any, error) {
	if n < 0 {
		return nil, ValueError{"Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."}
	}
	if n > len(seq) {
		n = len(seq)
	}
	return append([]any{}, seq[n:]...), nil
}

// TakeNth returns every nth item in seq.
func TakeNth(n int, seq []any) ([]any, error) {
	if n <= 0 {
		return nil, ValueError{"Step for islice() must be a positive integer or None."}
	}
	out := []any{}
	for i := 0; i < len(seq); i += n {
		out = append(out, seq[i])
	}
	return out, nil
}

// First returns the first element in a sequence.
func First(seq []any) (any, error) {
	if len(seq) == 0 {
		return nil, StopIteration{}
	}
	return seq[0], nil
}

// Second returns the second element in a sequence.
func Second(seq []any) (any, error) {
	if len(seq) < 2 {
		return nil, StopIteration{}
	}
	return seq[1], nil
}

// Nth returns the nth element in a sequence.
func Nth(n int, seq []any) (any, error) {
	return itemAt(seq, n)
}

// Last returns the last element in a sequence.
func Last(seq []any) (any, error) {
	return itemAt(Tail(1, seq), 0)
}

// Rest returns all but the first element of a sequence.
func Rest(seq []any) []any {
	out, _ := Drop(1, seq)
	return out
}

func _get(ind, seq, dflt any) (any, error) {
	v, err := itemAt(seq, ind)
	if err != nil {
		switch err.(type) {
		case KeyError, IndexError:
			return dflt, nil
		}
		return nil, err
	}
	return v, nil
}

// Get gets an element in a sequence or dict.
//
// Provides standard indexing:
//
//	Get(1, "ABC", NoDefault)  // "B"
//
// Pass a list to get multiple values:
//
//	Get([]any{1, 2}, "ABC", NoDefault)  // [B C]
//
// Provide a default for missing values:
//
//	Get("Alice", phonebook, "No phonebook")
func Get(ind any, seq any, dflt any) (any, error) {
	v, err := itemAt(seq, ind)
	if err == nil {
		return v, nil
	}
	switch err.(type) {
	case TypeError:
		if inds, ok := ind.([]any); ok {
			out := []any{}
			if dflt == NoDefault {
				for _, i := range inds {
					v, err := itemAt(seq, i)
					if err != nil {
						return nil, err
					}
					out = append(out, v)
				}
			} else {
				for _, i := range inds {
					v, err := _get(i, seq, dflt)
					if err != nil {
						return nil, err
					}
					out = append(out, v)
				}
			}
			return out, nil
		} else if dflt != NoDefault {
			return dflt, nil
		}
		return nil, err
	case KeyError, IndexError:
		if dflt == NoDefault {
			return nil, err
		}
		return dflt, nil
	}
	return nil, err
}

// Concat concatenates zero or more sequences.
func Concat(seqs [][]any) []any {
	out := []any{}
	for _, seq := range seqs {
		out = append(out, seq...)
	}
	return out
}

// ConcatV is the variadic version of Concat.
func ConcatV(seqs ...[]any) []any {
	return Concat(seqs)
}

// MapCat applies func to each sequence in seqs, concatenating results.
func MapCat(fn func(any) []any, seqs []any) []any {
	mapped := [][]any{}
	for _, s := range seqs {
		mapped = append(mapped, fn(s))
	}
	return Concat(mapped)
}

// Cons adds el to beginning of sequence seq.
func Cons(el any, seq []any) []any {
	return append([]any{el}, seq...)
}

// Interpose introduces element between each pair of elements in seq.
func Interpose(el any, seq []any) []any {
	out := []any{}
	for i, item := range seq {
		if i > 0 {
			out = append(out, el)
		}
		out = append(out, item)
	}
	return out
}

// Frequencies finds the number of occurrences of each value in seq.
func Frequencies(seq []any) map[any]int {
	d := map[any]int{}
	for _, item := range seq {
		d[item]++
	}
	return d
}

// ReduceBy performs a simultaneous groupby and reduction.
//
// The computation ReduceBy(key, binop, seq, init) is equivalent to applying a reduction with binop
// and init to each group of GroupBy(key, seq), but it does not build intermediate groups. init is a
// value, a func() any factory, or NoDefault (the first item of each group starts its reduction).
func ReduceBy(key any, binop BinOp, seq []any, init any) (map[any]any, error) {
	isNoDefault := init == NoDefault
	factory, isFactory := init.(func() any)
	if !isNoDefault && !isFactory {
		_init := init
		factory = func() any { return _init }
	}
	keyFn, ok := key.(Func)
	if !ok {
		g := Getter(key)
		keyFn = func(x any) any {
			v, err := g(x)
			if err != nil {
				panic(err)
			}
			return v
		}
	}
	d := map[any]any{}
	var failure error
	func() {
		defer func() {
			if r := recover(); r != nil {
				if e, ok := r.(error); ok {
					failure = e
					return
				}
				panic(r)
			}
		}()
		for _, item := range seq {
			k := keyFn(item)
			if _, seen := d[k]; !seen {
				if isNoDefault {
					d[k] = item
					continue
				}
				d[k] = factory()
			}
			d[k] = binop(d[k], item)
		}
	}()
	if failure != nil {
		return nil, failure
	}
	return d, nil
}

// Iterate repeatedly applies a function func onto an original input, returning the first n values:
// x, func(x), func(func(x)), ...
func Iterate(fn Func, x any, n int) []any {
	out := []any{}
	for i := 0; i < n; i++ {
		out = append(out, x)
		x = fn(x)
	}
	return out
}

// SlidingWindow returns a sequence of overlapping subsequences.
//
//	SlidingWindow(2, []any{1, 2, 3, 4})  // [[1 2] [2 3] [3 4]], nil
func SlidingWindow(n int, seq []any) ([][]any, error) {
	out := [][]any{}
	if n < 0 {
		return nil, ValueError{"n must be >= 0"}
	}
	if n == 0 {
		return out, nil
	}
	for i := 0; i+n <= len(seq); i++ {
		out = append(out, append([]any{}, seq[i:i+n]...))
	}
	return out, nil
}

type noPadType struct{}

// NoPad marks "no padding" for Partition.
var NoPad any = noPadType{}

// Partition partitions sequence into tuples of length n.
//
//	Partition(2, []any{1, 2, 3, 4}, NoPad)     // [[1 2] [3 4]]
//	Partition(2, []any{1, 2, 3, 4, 5}, NoPad)  // [[1 2] [3 4]]
//	Partition(2, []any{1, 2, 3, 4, 5}, nil)    // [[1 2] [3 4] [5 <nil>]]
func Partition(n int, seq []any, pad any) [][]any {
	out := [][]any{}
	if n <= 0 {
		return out
	}
	for i := 0; i < len(seq); i += n {
		chunk := append([]any{}, seq[i:min(i+n, len(seq))]...)
		if len(chunk) < n {
			if pad == NoPad {
				break
			}
			for len(chunk) < n {
				chunk = append(chunk, pad)
			}
		}
		out = append(out, chunk)
	}
	return out
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// PartitionAll partitions all elements of sequence into tuples of length at most n.
//
// The final tuple may be shorter to accommodate extra elements.
//
//	PartitionAll(2, []any{1, 2, 3, 4})     // [[1 2] [3 4]]
//	PartitionAll(2, []any{1, 2, 3, 4, 5})  // [[1 2] [3 4] [5]]
func PartitionAll(n int, seq []any) [][]any {
	out := [][]any{}
	if n <= 0 {
		return out
	}
	for i := 0; i < len(seq); i += n {
		out = append(out, append([]any{}, seq[i:min(i+n, len(seq))]...))
	}
	return out
}

// Count counts the number of items in seq.
func Count(seq any) int {
	switch s := seq.(type) {
	case []any:
		return len(s)
	case string:
		return len([]rune(s))
	case map[any]any:
		return len(s)
	}
	return 0
}

// Pluck plucks an element or several elements from each item in a sequence.
//
// Pluck maps Get over a sequence and returns one or more elements of each item in the sequence.
func Pluck(ind any, seqs []any, dflt any) ([]any, error) {
	out := []any{}
	if dflt == NoDefault {
		get := Getter(ind)
		for _, seq := range seqs {
			v, err := get(seq)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	}
	inds, isList := ind.([]any)
	for _, seq := range seqs {
		if isList {
			tuple := []any{}
			for _, item := range inds {
				v, err := _get(item, seq, dflt)
				if err != nil {
					return nil, err
				}
				tuple = append(tuple, v)
			}
			out = append(out, tuple)
		} else {
			v, err := _get(ind, seq, dflt)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
	}
	return out, nil
}

// Getter returns a function that gets the element(s) at index from its argument.
func Getter(index any) func(any) (any, error) {
	if inds, ok := index.([]any); ok {
		if len(inds) == 1 {
			i := inds[0]
			return func(x any) (any, error) {
				v, err := itemAt(x, i)
				if err != nil {
					return nil, err
				}
				return []any{v}, nil
			}
		} else if len(inds) > 0 {
			return func(x any) (any, error) {
				out := []any{}
				for _, i := range inds {
					v, err := itemAt(x, i)
					if err != nil {
						return nil, err
					}
					out = append(out, v)
				}
				return out, nil
			}
		}
		return func(x any) (any, error) { return []any{}, nil }
	}
	return func(x any) (any, error) { return itemAt(x, index) }
}

func keyFunc(key any) func(any) (any, error) {
	if fn, ok := key.(Func); ok {
		return func(x any) (any, error) { return fn(x), nil }
	}
	return Getter(key)
}

// Join joins two sequences on common attributes.
//
// This is a semi-streaming operation. The LEFT sequence is fully evaluated and placed into memory.
// Specify outer joins with leftDefault and/or rightDefault (NoDefault for none).
func Join(leftkey any, leftseq []any, rightkey any, rightseq []any, leftDefault, rightDefault any) ([][2]any, error) {
	lk, rk := keyFunc(leftkey), keyFunc(rightkey)

	d := map[any][]any{}
	order := []any{}
	for _, item := range leftseq {
		k, err := lk(item)
		if err != nil {
			return nil, err
		}
		if _, ok := d[k]; !ok {
			order = append(order, k)
		}
		d[k] = append(d[k], item)
	}

	out := [][2]any{}
	seenKeys := map[any]bool{}
	for _, item := range rightseq {
		key, err := rk(item)
		if err != nil {
			return nil, err
		}
		seenKeys[key] = true
		if matches, ok := d[key]; ok {
			for _, leftMatch := range matches {
				out = append(out, [2]any{leftMatch, item})
			}
		} else if leftDefault != NoDefault {
			out = append(out, [2]any{leftDefault, item})
		}
	}

	if rightDefault != NoDefault {
		for _, key := range order {
			if !seenKeys[key] {
				for _, match := range d[key] {
					out = append(out, [2]any{match, rightDefault})
				}
			}
		}
	}
	return out, nil
}

// Diff returns those items that differ between sequences.
//
//	Diff([][]any{{1, 2, 3}, {1, 2, 10, 100}}, NoDefault, nil)  // [[3 10]]
//
// Shorter sequences may be padded with dflt (NoDefault: stop at the shortest); a key function
// compares transformed items.
func Diff(seqs [][]any, dflt any, key Func) ([][]any, error) {
	N := len(seqs)
	if N < 2 {
		return nil, TypeError{"Too few sequences given (min 2 required)"}
	}
	length := len(seqs[0])
	for _, s := range seqs {
		if (dflt == NoDefault && len(s) < length) || (dflt != NoDefault && len(s) > length) {
			length = len(s)
		}
	}
	out := [][]any{}
	for i := 0; i < length; i++ {
		items := make([]any, N)
		for j, s := range seqs {
			if i < len(s) {
				items[j] = s[i]
			} else {
				items[j] = dflt
			}
		}
		vals := items
		if key != nil {
			vals = make([]any, N)
			for j, it := range items {
				vals[j] = key(it)
			}
		}
		same := 0
		for _, v := range vals {
			if v == vals[0] {
				same++
			}
		}
		if same != N {
			out = append(out, items)
		}
	}
	return out, nil
}

// TopK finds the k largest elements of a sequence (key may be nil, a Func, or an index).
//
//	TopK(2, []any{1, 100, 10, 1000}, nil)  // [1000 100]
func TopK(k int, seq []any, key any) ([]any, error) {
	keys := make([]any, len(seq))
	for i, item := range seq {
		if key == nil {
			keys[i] = item
			continue
		}
		v, err := keyFunc(key)(item)
		if err != nil {
			return nil, err
		}
		keys[i] = v
	}
	idx := make([]int, len(seq))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return less(keys[idx[b]], keys[idx[a]]) })
	if k < 0 {
		k = 0
	}
	if k > len(idx) {
		k = len(idx)
	}
	out := []any{}
	for _, i := range idx[:k] {
		out = append(out, seq[i])
	}
	return out, nil
}

// Peek retrieves the next element of a sequence: the first element and a sequence equivalent to the
// original, still having the element retrieved.
func Peek(seq []any) (any, []any, error) {
	if len(seq) == 0 {
		return nil, nil, StopIteration{}
	}
	return seq[0], append([]any{}, seq...), nil
}

// PeekN retrieves the next n elements of a sequence: the first n elements and a sequence equivalent to
// the original.
func PeekN(n int, seq []any) ([]any, []any, error) {
	peeked, err := Take(n, seq)
	if err != nil {
		return nil, nil, err
	}
	return peeked, append([]any{}, seq...), nil
}

// RandomSample returns elements from a sequence with probability prob, using random (a function
// returning floats in [0, 1)) for each item; Python's seeded Mersenne Twister is not reproduced.
func RandomSample(prob float64, seq []any, random func() float64) []any {
	out := []any{}
	for _, item := range seq {
		if random() < prob {
			out = append(out, item)
		}
	}
	return out
}
