// Package toolz is a Go port of the toolz functional utilities (itertoolz and dicttoolz).
//
// Values are dynamically typed (any): sequences are []any, dictionaries are map[any]any,
// and functions are func(any) any. Operations that fail in Python with an exception return an
// error of the matching type (KeyError, IndexError, TypeError, StopIteration, ValueError).
package toolz

import "fmt"

// KeyError reports a missing dictionary key.
type KeyError struct{ Key any }

func (e KeyError) Error() string { return fmt.Sprintf("KeyError: %v", e.Key) }

// IndexError reports an index out of range.
type IndexError struct{ Msg string }

func (e IndexError) Error() string { return "IndexError: " + e.Msg }

// TypeError reports a value of the wrong type.
type TypeError struct{ Msg string }

func (e TypeError) Error() string { return "TypeError: " + e.Msg }

// StopIteration reports an exhausted sequence.
type StopIteration struct{}

func (e StopIteration) Error() string { return "StopIteration" }

// ValueError reports an invalid argument.
type ValueError struct{ Msg string }

func (e ValueError) Error() string { return "ValueError: " + e.Msg }

type noDefaultType struct{}

// NoDefault marks "no default given".
var NoDefault any = noDefaultType{}

// Func is a unary function; Pred a predicate; BinOp a binary function.
type (
	Func  func(any) any
	Pred  func(any) bool
	BinOp func(any, any) any
)

// itemAt is Python's seq[ind] for lists, strings and dicts (negative indices count from the end).
func itemAt(seq any, ind any) (any, error) {
	switch s := seq.(type) {
	case map[any]any:
		if _, isList := ind.([]any); isList {
			return nil, TypeError{"unhashable type: 'list'"}
		}
		v, ok := s[ind]
		if !ok {
			return nil, KeyError{ind}
		}
		return v, nil
	case []any:
		i, ok := ind.(int)
		if !ok {
			return nil, TypeError{"list indices must be integers or slices"}
		}
		if i < 0 {
			i += len(s)
		}
		if i < 0 || i >= len(s) {
			return nil, IndexError{"list index out of range"}
		}
		return s[i], nil
	case string:
		i, ok := ind.(int)
		if !ok {
			return nil, TypeError{"string indices must be integers"}
		}
		r := []rune(s)
		if i < 0 {
			i += len(r)
		}
		if i < 0 || i >= len(r) {
			return nil, IndexError{"string index out of range"}
		}
		return string(r[i]), nil
	}
	return nil, TypeError{fmt.Sprintf("'%T' object is not subscriptable", seq)}
}

// less is Python's a < b for ints and strings.
func less(a, b any) bool {
	switch x := a.(type) {
	case int:
		return x < b.(int)
	case string:
		return x < b.(string)
	}
	panic(TypeError{"'<' not supported"})
}
