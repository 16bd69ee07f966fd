// Driver for the independent Go toolz. Arguments: {"f": name} is a function from the table below
// (Python semantics, including its TypeErrors), {"d": pairs} a dict. Results: dicts as {"d": pairs sorted
// by the compact JSON of the key}, iterators materialised, join() pairs sorted by their JSON.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"devcheck/toolz"
)

type V = toolz.Value

func typeErr(format string, args ...interface{}) error {
	return &toolz.Error{Kind: "TypeError", Msg: fmt.Sprintf(format, args...)}
}

func num(x V) (int, error) {
	n, ok := x.(int)
	if !ok {
		return 0, typeErr("unsupported operand type '%s'", toolz.TypeName(x))
	}
	return n, nil
}

func floorMod(x V, m int) (int, error) {
	n, err := num(x)
	if err != nil {
		return 0, err
	}
	r := n % m
	if r != 0 && (r < 0) != (m < 0) {
		r += m
	}
	return r, nil
}

func unary(f func(int) V) toolz.Func {
	return func(a ...V) (V, error) {
		n, err := num(a[0])
		if err != nil {
			return nil, err
		}
		return f(n), nil
	}
}

func binary(f func(int, int) int) toolz.Func {
	return func(a ...V) (V, error) {
		x, err := num(a[0])
		if err != nil {
			return nil, err
		}
		y, err := num(a[1])
		if err != nil {
			return nil, err
		}
		return f(x, y), nil
	}
}

func parity(want int) toolz.Func {
	return func(a ...V) (V, error) {
		r, err := floorMod(a[0], 2)
		return r == want, err
	}
}

func pyLen(a ...V) (V, error) {
	n, ok := toolz.Len(a[0])
	if !ok {
		return nil, typeErr("object of type '%s' has no len()", toolz.TypeName(a[0]))
	}
	return n, nil
}

func pyMax(xs []V) (V, error) {
	if len(xs) == 0 {
		return nil, &toolz.Error{Kind: "ValueError", Msg: "max() arg is an empty sequence"}
	}
	best := xs[0]
	for _, x := range xs[1:] {
		bigger, err := toolz.Less(best, x)
		if err != nil {
			return nil, err
		}
		if bigger {
			best = x
		}
	}
	return best, nil
}

func lessThanC(x V) (V, error) {
	return toolz.Less(x, "c")
}

func listArg(x V) ([]V, error) { return toolz.Collect(x) }

var funcs = map[string]toolz.Func{
	"inc":    unary(func(n int) V { return n + 1 }),
	"double": unary(func(n int) V { return 2 * n }),
	"neg":    unary(func(n int) V { return -n }),
	"mod3":   func(a ...V) (V, error) { r, err := floorMod(a[0], 3); return r, err },
	"iseven": parity(0),
	"isodd":  parity(1),
	"ispos":  unary(func(n int) V { return n > 0 }),
	"len":    pyLen,
	"upper": func(a ...V) (V, error) {
		s, ok := a[0].(string)
		if !ok {
			return nil, typeErr("upper() needs a str")
		}
		return strings.ToUpper(s), nil
	},
	"identity": func(a ...V) (V, error) { return a[0], nil },
	"dup":      func(a ...V) (V, error) { return []V{a[0], a[0]}, nil },
	"add":      binary(func(x, y int) int { return x + y }),
	"mul":      binary(func(x, y int) int { return x * y }),
	"sub":      binary(func(x, y int) int { return x - y }),
	"max":      func(a ...V) (V, error) { return pyMax([]V{a[0], a[1]}) },
	"sum": func(a ...V) (V, error) {
		xs, err := listArg(a[0])
		total := 0
		for _, x := range xs {
			if err != nil {
				break
			}
			var n int
			n, err = num(x)
			total += n
		}
		return total, err
	},
	"count": pyLen,
	"maxl": func(a ...V) (V, error) {
		xs, err := listArg(a[0])
		if err != nil {
			return nil, err
		}
		return pyMax(xs)
	},
	"firstl": func(a ...V) (V, error) { return toolz.Item(a[0], 0) },
	"list":   func(a ...V) (V, error) { return listArg(a[0]) },
	"swap": func(a ...V) (V, error) {
		k, err := toolz.Item(a[0], 0)
		if err != nil {
			return nil, err
		}
		v, err := toolz.Item(a[0], 1)
		return []V{v, k}, err
	},
	"v_even": func(a ...V) (V, error) {
		v, err := toolz.Item(a[0], 1)
		if err != nil {
			return nil, err
		}
		r, err := floorMod(v, 2)
		return r == 0, err
	},
	"k_small": func(a ...V) (V, error) {
		k, err := toolz.Item(a[0], 0)
		if err != nil {
			return nil, err
		}
		return lessThanC(k)
	},
	"lt_c": func(a ...V) (V, error) { return lessThanC(a[0]) },
	"keep": func(a ...V) (V, error) { return a[0], nil },
}

func decode(raw interface{}) V {
	switch x := raw.(type) {
	case json.Number:
		n, err := x.Int64()
		if err != nil {
			panic(err)
		}
		return int(n)
	case []interface{}:
		out := make([]V, len(x))
		for i, e := range x {
			out[i] = decode(e)
		}
		return out
	case map[string]interface{}:
		if name, ok := x["f"]; ok {
			return funcs[name.(string)]
		}
		d := toolz.NewDict()
		for _, p := range x["d"].([]interface{}) {
			pair := p.([]interface{})
			d.Set(decode(pair[0]), decode(pair[1]))
		}
		return d
	}
	return raw
}

func canon(v interface{}) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
	return strings.TrimRight(buf.String(), "\n")
}

func encode(v V) (interface{}, error) {
	switch x := v.(type) {
	case *toolz.Dict:
		pairs := [][]interface{}{}
		for _, k := range x.Keys() {
			val, _ := x.Get(k)
			ek, err := encode(k)
			if err != nil {
				return nil, err
			}
			ev, err := encode(val)
			if err != nil {
				return nil, err
			}
			pairs = append(pairs, []interface{}{ek, ev})
		}
		sort.SliceStable(pairs, func(i, j int) bool { return canon(pairs[i][0]) < canon(pairs[j][0]) })
		return map[string]interface{}{"d": pairs}, nil
	case []V:
		out := make([]interface{}, len(x))
		for i, e := range x {
			var err error
			if out[i], err = encode(e); err != nil {
				return nil, err
			}
		}
		return out, nil
	case toolz.Iter:
		items, err := toolz.Collect(x)
		if err != nil {
			return nil, err
		}
		return encode(items)
	}
	return v, nil
}

type request struct {
	Fn   string                 `json:"fn"`
	Args []interface{}          `json:"args"`
	Kw   map[string]interface{} `json:"kw"`
	N    int                    `json:"n"`
}

func opt(a []V, i int) V {
	if i < len(a) {
		return a[i]
	}
	return toolz.NoDefault
}

func optNil(a []V, i int) V {
	if i < len(a) {
		return a[i]
	}
	return nil
}

func asInt(v V) int { return v.(int) }

func fn(v V) toolz.Func {
	if v == nil {
		return nil
	}
	return v.(toolz.Func)
}

func call(rq request, a []V, kw map[string]V) (V, error) {
	kwOr := func(name string) V {
		if v, ok := kw[name]; ok {
			return v
		}
		return toolz.NoDefault
	}
	switch rq.Fn {
	case "remove":
		return toolz.Remove(fn(a[0]), a[1]), nil
	case "accumulate":
		return toolz.Accumulate(fn(a[0]), a[1], opt(a, 2)), nil
	case "groupby":
		return toolz.GroupBy(a[0], a[1])
	case "merge_sorted":
		return toolz.MergeSorted(a, fn(kw["key"])), nil
	case "interleave":
		return toolz.Interleave(a[0]), nil
	case "unique":
		return toolz.Unique(a[0], optNil(a, 1)), nil
	case "isiterable":
		return toolz.IsIterable(a[0]), nil
	case "isdistinct":
		return toolz.IsDistinct(a[0])
	case "take":
		return toolz.Take(asInt(a[0]), a[1]), nil
	case "drop":
		return toolz.Drop(asInt(a[0]), a[1]), nil
	case "take_nth":
		return toolz.TakeNth(asInt(a[0]), a[1]), nil
	case "tail":
		return toolz.Tail(asInt(a[0]), a[1])
	case "first":
		return toolz.First(a[0])
	case "second":
		return toolz.Second(a[0])
	case "last":
		return toolz.Last(a[0])
	case "nth":
		return toolz.Nth(asInt(a[0]), a[1])
	case "rest":
		return toolz.Rest(a[0]), nil
	case "get":
		return toolz.Get(a[0], a[1], opt(a, 2))
	case "concat":
		return toolz.Concat(a[0]), nil
	case "concatv":
		return toolz.ConcatV(a...), nil
	case "mapcat":
		return toolz.Mapcat(fn(a[0]), a[1]), nil
	case "cons":
		return toolz.Cons(a[0], a[1]), nil
	case "interpose":
		return toolz.Interpose(a[0], a[1]), nil
	case "frequencies":
		return toolz.Frequencies(a[0])
	case "reduceby":
		return toolz.ReduceBy(a[0], fn(a[1]), a[2], opt(a, 3))
	case "iterate":
		return toolz.Take(rq.N, toolz.Iterate(fn(a[0]), a[1])), nil
	case "sliding_window":
		return toolz.SlidingWindow(asInt(a[0]), a[1]), nil
	case "partition":
		return toolz.Partition(asInt(a[0]), a[1], opt(a, 2)), nil
	case "partition_all":
		return toolz.PartitionAll(asInt(a[0]), a[1]), nil
	case "count":
		return toolz.Count(a[0])
	case "pluck":
		return toolz.Pluck(a[0], a[1], opt(a, 2)), nil
	case "join":
		return toolz.Join(a[0], a[1], a[2], a[3], kwOr("left_default"), kwOr("right_default")), nil
	case "diff":
		return toolz.Diff(a, kwOr("default"), fn(kw["key"])), nil
	case "topk":
		return toolz.TopK(asInt(a[0]), a[1], optNil(a, 2))
	case "peek", "peekn":
		var head V
		var whole toolz.Iter
		var err error
		if rq.Fn == "peek" {
			head, whole, err = toolz.Peek(a[0])
		} else {
			var hs []V
			hs, whole, err = toolz.PeekN(asInt(a[0]), a[1])
			head = hs
		}
		if err != nil {
			return nil, err
		}
		rest, err := toolz.Collect(whole)
		return []V{head, rest}, err
	case "merge":
		return toolz.Merge(a...)
	case "merge_with":
		return toolz.MergeWith(fn(a[0]), a[1:]...)
	case "valmap":
		return toolz.ValMap(fn(a[0]), a[1].(*toolz.Dict))
	case "keymap":
		return toolz.KeyMap(fn(a[0]), a[1].(*toolz.Dict))
	case "itemmap":
		return toolz.ItemMap(fn(a[0]), a[1].(*toolz.Dict))
	case "valfilter":
		return toolz.ValFilter(fn(a[0]), a[1].(*toolz.Dict))
	case "keyfilter":
		return toolz.KeyFilter(fn(a[0]), a[1].(*toolz.Dict))
	case "itemfilter":
		return toolz.ItemFilter(fn(a[0]), a[1].(*toolz.Dict))
	case "assoc":
		return toolz.Assoc(a[0].(*toolz.Dict), a[1], a[2])
	case "dissoc":
		return toolz.Dissoc(a[0].(*toolz.Dict), a[1:]...), nil
	case "assoc_in":
		return toolz.AssocIn(a[0].(*toolz.Dict), a[1], a[2])
	case "update_in":
		return toolz.UpdateIn(a[0].(*toolz.Dict), a[1], fn(a[2]), optNil(a, 3))
	case "get_in":
		noDefault := false
		if len(a) > 3 {
			noDefault = a[3].(bool)
		}
		return toolz.GetIn(a[0], a[1], optNil(a, 2), noDefault)
	}
	panic("unknown function " + rq.Fn)
}

func answer(rq request) interface{} {
	a := make([]V, len(rq.Args))
	for i, x := range rq.Args {
		a[i] = decode(x)
	}
	kw := map[string]V{}
	for k, x := range rq.Kw {
		kw[k] = decode(x)
	}
	result, err := call(rq, a, kw)
	var out interface{}
	if err == nil {
		out, err = encode(result)
	}
	if err != nil {
		if kind := toolz.KindOf(err); kind != "" {
			return map[string]interface{}{"error": kind}
		}
		panic(err)
	}
	if rq.Fn == "join" {
		pairs := out.([]interface{})
		sort.SliceStable(pairs, func(i, j int) bool { return canon(pairs[i]) < canon(pairs[j]) })
	}
	return map[string]interface{}{"ok": out}
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for sc.Scan() {
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.UseNumber()
		var rq request
		if err := dec.Decode(&rq); err != nil {
			panic(err)
		}
		enc.Encode(answer(rq))
	}
}
