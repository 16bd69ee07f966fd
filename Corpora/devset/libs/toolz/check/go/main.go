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

type fnRef string

func num(x any) int {
	n, ok := x.(int)
	if !ok {
		panic(toolz.TypeError{Msg: "unsupported operand type"})
	}
	return n
}

func mod(a, b int) int { return ((a % b) + b) % b }

func unary(name fnRef) toolz.Func {
	switch name {
	case "inc":
		return func(x any) any { return num(x) + 1 }
	case "double":
		return func(x any) any { return 2 * num(x) }
	case "neg":
		return func(x any) any { return -num(x) }
	case "mod3":
		return func(x any) any { return mod(num(x), 3) }
	case "iseven":
		return func(x any) any { return mod(num(x), 2) == 0 }
	case "isodd":
		return func(x any) any { return mod(num(x), 2) == 1 }
	case "ispos":
		return func(x any) any { return num(x) > 0 }
	case "len":
		return func(x any) any { return toolz.Count(x) }
	case "upper":
		return func(x any) any { return strings.ToUpper(x.(string)) }
	case "identity":
		return func(x any) any { return x }
	case "lt_c":
		return func(x any) any { return x.(string) < "c" }
	}
	panic("unknown function " + string(name))
}

func pred(name fnRef) toolz.Pred {
	f := unary(name)
	return func(x any) bool { return f(x).(bool) }
}

func binop(name fnRef) toolz.BinOp {
	switch name {
	case "add":
		return func(a, b any) any { return num(a) + num(b) }
	case "mul":
		return func(a, b any) any { return num(a) * num(b) }
	case "sub":
		return func(a, b any) any { return num(a) - num(b) }
	case "max":
		return func(a, b any) any {
			if num(b) > num(a) {
				return b
			}
			return a
		}
	case "keep":
		return func(a, b any) any { return a }
	}
	panic("unknown binop " + string(name))
}

func listFn(name fnRef) func([]any) any {
	switch name {
	case "sum":
		return func(xs []any) any {
			s := 0
			for _, x := range xs {
				s += num(x)
			}
			return s
		}
	case "count":
		return func(xs []any) any { return len(xs) }
	case "maxl":
		return func(xs []any) any {
			m := xs[0]
			for _, x := range xs[1:] {
				if num(x) > num(m) {
					m = x
				}
			}
			return m
		}
	case "firstl":
		return func(xs []any) any { return xs[0] }
	case "list":
		return func(xs []any) any { return append([]any{}, xs...) }
	}
	panic("unknown list function " + string(name))
}

// keyArg turns a decoded key argument into what the toolz port expects: a Func or an index.
func keyArg(x any) any {
	if name, ok := x.(fnRef); ok {
		return unary(name)
	}
	return x
}

func dec(v any) any {
	switch x := v.(type) {
	case json.Number:
		n, err := x.Int64()
		if err != nil {
			panic(err)
		}
		return int(n)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = dec(e)
		}
		return out
	case map[string]any:
		if f, ok := x["f"]; ok {
			return fnRef(f.(string))
		}
		d := toolz.Dict{}
		for _, p := range x["d"].([]any) {
			pair := p.([]any)
			d[dec(pair[0])] = dec(pair[1])
		}
		return d
	}
	return v
}

func canon(x any) string {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	if err := e.Encode(x); err != nil {
		panic(err)
	}
	return strings.TrimRight(b.String(), "\n")
}

func encPairs(pairs [][2]any) any {
	sort.Slice(pairs, func(i, j int) bool { return canon(pairs[i][0]) < canon(pairs[j][0]) })
	out := []any{}
	for _, p := range pairs {
		out = append(out, []any{p[0], p[1]})
	}
	return map[string]any{"d": out}
}

func enc(x any) any {
	switch v := x.(type) {
	case toolz.Dict:
		pairs := [][2]any{}
		for k, val := range v {
			pairs = append(pairs, [2]any{enc(k), enc(val)})
		}
		return encPairs(pairs)
	case map[any][]any:
		pairs := [][2]any{}
		for k, val := range v {
			pairs = append(pairs, [2]any{enc(k), enc(val)})
		}
		return encPairs(pairs)
	case map[any]int:
		pairs := [][2]any{}
		for k, val := range v {
			pairs = append(pairs, [2]any{enc(k), val})
		}
		return encPairs(pairs)
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = enc(e)
		}
		return out
	case [][]any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = enc(e)
		}
		return out
	case [2]any:
		return []any{enc(v[0]), enc(v[1])}
	}
	return x
}

func seqs(a []any) [][]any {
	out := [][]any{}
	for _, s := range a {
		out = append(out, s.([]any))
	}
	return out
}

func dicts(a []any) []toolz.Dict {
	out := []toolz.Dict{}
	for _, d := range a {
		out = append(out, d.(toolz.Dict))
	}
	return out
}

func list(x any) []any {
	switch v := x.(type) {
	case []any:
		return v
	case string:
		out := []any{}
		for _, r := range v {
			out = append(out, string(r))
		}
		return out
	case toolz.Dict:
		out := []any{}
		for k := range v {
			out = append(out, k)
		}
		return out
	}
	panic(toolz.TypeError{Msg: "not iterable"})
}

func call(fn string, a []any, kw map[string]any, n int) (any, error) {
	opt := func(i int, dflt any) any {
		if len(a) > i {
			return a[i]
		}
		return dflt
	}
	switch fn {
	case "remove":
		return toolz.Remove(pred(a[0].(fnRef)), a[1].([]any)), nil
	case "accumulate":
		return toolz.Accumulate(binop(a[0].(fnRef)), a[1].([]any), opt(2, toolz.NoDefault)), nil
	case "groupby":
		return toolz.GroupBy(keyArg(a[0]), list(a[1]))
	case "merge_sorted":
		var key toolz.Func
		if k, ok := kw["key"]; ok {
			key = unary(k.(fnRef))
		}
		return toolz.MergeSorted(seqs(a), key), nil
	case "interleave":
		return toolz.Interleave(seqs(a[0].([]any))), nil
	case "unique":
		var key toolz.Func
		if len(a) > 1 {
			key = unary(a[1].(fnRef))
		}
		return toolz.Unique(a[0].([]any), key), nil
	case "isiterable":
		return toolz.IsIterable(a[0]), nil
	case "isdistinct":
		return toolz.IsDistinct(list(a[0])), nil
	case "take":
		return toolz.Take(a[0].(int), a[1].([]any))
	case "drop":
		return toolz.Drop(a[0].(int), a[1].([]any))
	case "take_nth":
		return toolz.TakeNth(a[0].(int), a[1].([]any))
	case "tail":
		return toolz.Tail(a[0].(int), a[1].([]any)), nil
	case "first":
		return toolz.First(a[0].([]any))
	case "second":
		return toolz.Second(a[0].([]any))
	case "last":
		return toolz.Last(a[0].([]any))
	case "nth":
		return toolz.Nth(a[0].(int), a[1].([]any))
	case "rest":
		return toolz.Rest(a[0].([]any)), nil
	case "get":
		return toolz.Get(a[0], a[1], opt(2, toolz.NoDefault))
	case "concat":
		return toolz.Concat(seqs(a[0].([]any))), nil
	case "concatv":
		return toolz.ConcatV(seqs(a)...), nil
	case "mapcat":
		return toolz.MapCat(func(x any) []any { return []any{x, x} }, a[1].([]any)), nil
	case "cons":
		return toolz.Cons(a[0], a[1].([]any)), nil
	case "interpose":
		return toolz.Interpose(a[0], a[1].([]any)), nil
	case "frequencies":
		return toolz.Frequencies(list(a[0])), nil
	case "reduceby":
		return toolz.ReduceBy(keyArg(a[0]), binop(a[1].(fnRef)), a[2].([]any), opt(3, toolz.NoDefault))
	case "iterate":
		return toolz.Iterate(unary(a[0].(fnRef)), a[1], n), nil
	case "sliding_window":
		return toolz.SlidingWindow(a[0].(int), a[1].([]any))
	case "partition":
		return toolz.Partition(a[0].(int), a[1].([]any), opt(2, toolz.NoPad)), nil
	case "partition_all":
		return toolz.PartitionAll(a[0].(int), a[1].([]any)), nil
	case "count":
		return toolz.Count(a[0]), nil
	case "pluck":
		return toolz.Pluck(a[0], list(a[1]), opt(2, toolz.NoDefault))
	case "join":
		ld, rd := toolz.NoDefault, toolz.NoDefault
		if v, ok := kw["left_default"]; ok {
			ld = v
		}
		if v, ok := kw["right_default"]; ok {
			rd = v
		}
		pairs, err := toolz.Join(keyArg(a[0]), a[1].([]any), keyArg(a[2]), a[3].([]any), ld, rd)
		if err != nil {
			return nil, err
		}
		out := []any{}
		for _, p := range pairs {
			out = append(out, enc(p))
		}
		sort.SliceStable(out, func(i, j int) bool { return canon(out[i]) < canon(out[j]) })
		return out, nil
	case "diff":
		var key toolz.Func
		if k, ok := kw["key"]; ok {
			key = unary(k.(fnRef))
		}
		dflt := toolz.NoDefault
		if v, ok := kw["default"]; ok {
			dflt = v
		}
		return toolz.Diff(seqs(a), dflt, key)
	case "topk":
		var key any
		if len(a) > 2 {
			key = keyArg(a[2])
		}
		return toolz.TopK(a[0].(int), a[1].([]any), key)
	case "peek":
		head, rest, err := toolz.Peek(a[0].([]any))
		return []any{head, rest}, err
	case "peekn":
		head, rest, err := toolz.PeekN(a[0].(int), a[1].([]any))
		return []any{head, rest}, err
	case "merge":
		if len(a) == 1 {
			if l, ok := a[0].([]any); ok {
				return toolz.Merge(dicts(l)...), nil
			}
		}
		return toolz.Merge(dicts(a)...), nil
	case "merge_with":
		return toolz.MergeWith(listFn(a[0].(fnRef)), dicts(a[1:])...), nil
	case "valmap":
		return toolz.ValMap(unary(a[0].(fnRef)), a[1].(toolz.Dict)), nil
	case "keymap":
		return toolz.KeyMap(unary(a[0].(fnRef)), a[1].(toolz.Dict)), nil
	case "itemmap":
		return toolz.ItemMap(func(k, v any) (any, any) { return v, k }, a[1].(toolz.Dict)), nil
	case "valfilter":
		return toolz.ValFilter(pred(a[0].(fnRef)), a[1].(toolz.Dict)), nil
	case "keyfilter":
		return toolz.KeyFilter(pred(a[0].(fnRef)), a[1].(toolz.Dict)), nil
	case "itemfilter":
		if a[0].(fnRef) == "v_even" {
			return toolz.ItemFilter(func(k, v any) bool { return mod(num(v), 2) == 0 }, a[1].(toolz.Dict)), nil
		}
		return toolz.ItemFilter(func(k, v any) bool { return k.(string) < "c" }, a[1].(toolz.Dict)), nil
	case "assoc":
		return toolz.Assoc(a[0].(toolz.Dict), a[1], a[2]), nil
	case "dissoc":
		return toolz.Dissoc(a[0].(toolz.Dict), a[1:]...), nil
	case "assoc_in":
		return toolz.AssocIn(a[0].(toolz.Dict), a[1].([]any), a[2])
	case "update_in":
		return toolz.UpdateIn(a[0], a[1].([]any), unary(a[2].(fnRef)), opt(3, nil))
	case "get_in":
		noDefault := false
		if len(a) > 3 {
			noDefault = a[3].(bool)
		}
		return toolz.GetIn(a[0].([]any), a[1], opt(2, nil), noDefault)
	}
	panic("unknown function " + fn)
}

func errorName(err error) string {
	switch err.(type) {
	case toolz.KeyError:
		return "KeyError"
	case toolz.IndexError:
		return "IndexError"
	case toolz.TypeError:
		return "TypeError"
	case toolz.StopIteration:
		return "StopIteration"
	case toolz.ValueError:
		return "ValueError"
	}
	return fmt.Sprintf("%T", err)
}

func run(line []byte) (res map[string]any) {
	d := json.NewDecoder(bytes.NewReader(line))
	d.UseNumber()
	var c map[string]any
	if err := d.Decode(&c); err != nil {
		panic(err)
	}
	args := dec(c["args"]).([]any)
	kw := map[string]any{}
	if k, ok := c["kw"].(map[string]any); ok {
		for name, v := range k {
			kw[name] = dec(v)
		}
	}
	n := 0
	if v, ok := c["n"]; ok {
		n = dec(v).(int)
	}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				res = map[string]any{"error": errorName(e)}
				return
			}
			panic(r)
		}
	}()
	out, err := call(c["fn"].(string), args, kw, n)
	if err != nil {
		return map[string]any{"error": errorName(err)}
	}
	return map[string]any{"ok": enc(out)}
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<24)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	e := json.NewEncoder(w)
	e.SetEscapeHTML(false)
	for in.Scan() {
		e.Encode(run(in.Bytes()))
	}
}
