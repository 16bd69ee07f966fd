// Package toolz provides functional helpers over sequences and dictionaries with Python's semantics
// (lazy iterators, Python's exception kinds, dicts that keep insertion order). Written from the toolz
// API description.
package toolz

import (
	"fmt"
	"strings"
)

// Value is any Python-like value: nil, bool, int, string, []Value (list or tuple), *Dict, Iter or Func.
type Value = interface{}

// Func is a Python callable.
type Func func(args ...Value) (Value, error)

// Iter is a lazy, one-shot iterator: each call returns the next item, ok=false at the end.
type Iter func() (v Value, ok bool, err error)

// Error carries the Python exception kind (KeyError, IndexError, TypeError, ValueError, StopIteration).
type Error struct {
	Kind string
	Msg  string
}

func (e *Error) Error() string { return e.Kind + ": " + e.Msg }

func pyErr(kind, format string, args ...interface{}) error {
	return &Error{Kind: kind, Msg: fmt.Sprintf(format, args...)}
}

// KindOf returns the Python exception kind of err ("" for other errors).
func KindOf(err error) string {
	if e, ok := err.(*Error); ok {
		return e.Kind
	}
	return ""
}

type omitted struct{}

// NoDefault marks an optional argument that was not given (distinct from nil, Python's None).
var NoDefault Value = omitted{}

// Dict is an insertion-ordered dictionary with hashable (comparable scalar) keys.
type Dict struct {
	order []Value
	m     map[Value]Value
}

// NewDict returns an empty dictionary.
func NewDict() *Dict { return &Dict{m: map[Value]Value{}} }

func hashable(k Value) bool {
	switch k.(type) {
	case nil, bool, int, string:
		return true
	}
	return false
}

func checkHashable(k Value) error {
	if !hashable(k) {
		return pyErr("TypeError", "unhashable type: '%s'", TypeName(k))
	}
	return nil
}

// Get returns the value for k.
func (d *Dict) Get(k Value) (Value, bool) {
	if !hashable(k) {
		return nil, false
	}
	v, ok := d.m[k]
	return v, ok
}

// Set stores v under k (k must be hashable).
func (d *Dict) Set(k, v Value) error {
	if err := checkHashable(k); err != nil {
		return err
	}
	if _, ok := d.m[k]; !ok {
		d.order = append(d.order, k)
	}
	d.m[k] = v
	return nil
}

// Delete removes k if present.
func (d *Dict) Delete(k Value) {
	if !hashable(k) {
		return
	}
	if _, ok := d.m[k]; !ok {
		return
	}
	delete(d.m, k)
	for i, x := range d.order {
		if x == k {
			d.order = append(d.order[:i:i], d.order[i+1:]...)
			break
		}
	}
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Value { return append([]Value(nil), d.order...) }

// Len is the number of entries.
func (d *Dict) Len() int { return len(d.order) }

// Copy is a shallow copy.
func (d *Dict) Copy() *Dict {
	c := NewDict()
	for _, k := range d.order {
		c.Set(k, d.m[k])
	}
	return c
}

// TypeName is Python's type name of v.
func TypeName(v Value) string {
	switch v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case int:
		return "int"
	case string:
		return "str"
	case []Value:
		return "list"
	case *Dict:
		return "dict"
	case Iter:
		return "iterator"
	case Func:
		return "function"
	}
	return fmt.Sprintf("%T", v)
}

// IterOf is Python's iter(x): lists, strings (by character), dicts (by key) and iterators.
func IterOf(x Value) (Iter, error) {
	switch s := x.(type) {
	case Iter:
		return s, nil
	case []Value:
		return sliceIter(s), nil
	case string:
		chars := []Value{}
		for _, r := range s {
			chars = append(chars, string(r))
		}
		return sliceIter(chars), nil
	case *Dict:
		return sliceIter(s.Keys()), nil
	}
	return nil, pyErr("TypeError", "'%s' object is not iterable", TypeName(x))
}

func sliceIter(xs []Value) Iter {
	i := 0
	return func() (Value, bool, error) {
		if i >= len(xs) {
			return nil, false, nil
		}
		i++
		return xs[i-1], true, nil
	}
}

var emptyIter Iter = func() (Value, bool, error) { return nil, false, nil }

// Collect drains an iterable into a list.
func Collect(x Value) ([]Value, error) {
	it, err := IterOf(x)
	if err != nil {
		return nil, err
	}
	out := []Value{}
	for {
		v, ok, err := it()
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, v)
	}
}

// Len is Python's len(x); ok=false when x has no length.
func Len(x Value) (int, bool) {
	switch s := x.(type) {
	case []Value:
		return len(s), true
	case string:
		return len([]rune(s)), true
	case *Dict:
		return s.Len(), true
	}
	return 0, false
}

// Item is Python's x[key] for lists, strings and dicts.
func Item(x, key Value) (Value, error) {
	switch s := x.(type) {
	case *Dict:
		if err := checkHashable(key); err != nil {
			return nil, err
		}
		v, ok := s.Get(key)
		if !ok {
			return nil, pyErr("KeyError", "%v", key)
		}
		return v, nil
	case []Value, string:
		i, ok := key.(int)
		if !ok {
			return nil, pyErr("TypeError", "%s indices must be integers, not %s", TypeName(x), TypeName(key))
		}
		var items []Value
		if str, isStr := s.(string); isStr {
			for _, r := range str {
				items = append(items, string(r))
			}
		} else {
			items = s.([]Value)
		}
		if i < 0 {
			i += len(items)
		}
		if i < 0 || i >= len(items) {
			return nil, pyErr("IndexError", "%s index out of range", TypeName(x))
		}
		return items[i], nil
	}
	return nil, pyErr("TypeError", "'%s' object is not subscriptable", TypeName(x))
}

// Contains is Python's `key in x`.
func Contains(x, key Value) (bool, error) {
	switch s := x.(type) {
	case *Dict:
		if err := checkHashable(key); err != nil {
			return false, err
		}
		_, ok := s.Get(key)
		return ok, nil
	case []Value:
		for _, v := range s {
			if Equal(v, key) {
				return true, nil
			}
		}
		return false, nil
	case string:
		k, ok := key.(string)
		if !ok {
			return false, pyErr("TypeError", "'in <string>' requires string as left operand")
		}
		return strings.Contains(s, k), nil
	}
	return false, pyErr("TypeError", "argument of type '%s' is not iterable", TypeName(x))
}

// Equal is Python's ==.
func Equal(a, b Value) bool {
	as, aok := a.([]Value)
	bs, bok := b.([]Value)
	if aok || bok {
		if !(aok && bok) || len(as) != len(bs) {
			return false
		}
		for i := range as {
			if !Equal(as[i], bs[i]) {
				return false
			}
		}
		return true
	}
	ad, aok := a.(*Dict)
	bd, bok := b.(*Dict)
	if aok || bok {
		if !(aok && bok) || ad.Len() != bd.Len() {
			return false
		}
		for _, k := range ad.order {
			v, ok := bd.Get(k)
			if !ok || !Equal(ad.m[k], v) {
				return false
			}
		}
		return true
	}
	if !hashable(a) || !hashable(b) {
		return false
	}
	return a == b
}

// Less is Python's a < b for ints, strings and lists of them.
func Less(a, b Value) (bool, error) {
	switch x := a.(type) {
	case int:
		if y, ok := b.(int); ok {
			return x < y, nil
		}
	case string:
		if y, ok := b.(string); ok {
			return x < y, nil
		}
	case []Value:
		if y, ok := b.([]Value); ok {
			for i := 0; i < len(x) && i < len(y); i++ {
				if !Equal(x[i], y[i]) {
					return Less(x[i], y[i])
				}
			}
			return len(x) < len(y), nil
		}
	}
	return false, pyErr("TypeError", "'<' not supported between instances of '%s' and '%s'", TypeName(a), TypeName(b))
}
