package toolz

// Dict is a dictionary with dynamically typed keys and values.
type Dict = map[any]any

func update(target Dict, source any) error {
	s, ok := source.(Dict)
	if !ok {
		return TypeError{"'int' object is not iterable"}
	}
	for k, v := range s {
		target[k] = v
	}
	return nil
}

// Merge merges a collection of dictionaries.
//
//	Merge(Dict{1: "one"}, Dict{2: "two"})       // {1: one, 2: two}
//
// Later dictionaries have precedence:
//
//	Merge(Dict{1: 2, 3: 4}, Dict{3: 3, 4: 4})   // {1: 2, 3: 3, 4: 4}
func Merge(dicts ...Dict) Dict {
	rv := Dict{}
	for _, d := range dicts {
		update(rv, d)
	}
	return rv
}

// MergeWith merges dictionaries and applies function to combined values.
//
// A key may occur in more than one dict, and all values mapped from the key will be passed to the
// function as a list, such as func([val1, val2, ...]).
//
//	MergeWith(sum, Dict{1: 1, 2: 2}, Dict{1: 10, 2: 20})  // {1: 11, 2: 22}
func MergeWith(fn func([]any) any, dicts ...Dict) Dict {
	values := map[any][]any{}
	for _, d := range dicts {
		for k, v := range d {
			values[k] = append(values[k], v)
		}
	}
	result := Dict{}
	for k, v := range values {
		result[k] = fn(v)
	}
	return result
}

// ValMap applies function to values of dictionary.
//
//	ValMap(sum, Dict{"Alice": []any{20, 15, 30}, "Bob": []any{10, 35}})  // {Alice: 65, Bob: 45}
func ValMap(fn Func, d Dict) Dict {
	rv := Dict{}
	for k, v := range d {
		rv[k] = fn(v)
	}
	return rv
}

// KeyMap applies function to keys of dictionary.
//
//	KeyMap(lower, Dict{"Alice": []any{20, 15, 30}, "Bob": []any{10, 35}})  // {alice: ..., bob: ...}
func KeyMap(fn Func, d Dict) Dict {
	rv := Dict{}
	for k, v := range d {
		rv[fn(k)] = v
	}
	return rv
}

// ItemMap applies function to items of dictionary.
//
//	ItemMap(reversed, Dict{"Alice": 10, "Bob": 20})  // {10: Alice, 20: Bob}
func ItemMap(fn func(k, v any) (any, any), d Dict) Dict {
	rv := Dict{}
	for k, v := range d {
		k2, v2 := fn(k, v)
		rv[k2] = v2
	}
	return rv
}

// ValFilter filters items in dictionary by value.
//
//	ValFilter(iseven, Dict{1: 2, 2: 3, 3: 4, 4: 5})  // {1: 2, 3: 4}
func ValFilter(predicate Pred, d Dict) Dict {
	rv := Dict{}
	for k, v := range d {
		if predicate(v) {
			rv[k] = v
		}
	}
	return rv
}

// KeyFilter filters items in dictionary by key.
//
//	KeyFilter(iseven, Dict{1: 2, 2: 3, 3: 4, 4: 5})  // {2: 3, 4: 5}
func KeyFilter(predicate Pred, d Dict) Dict {
	rv := Dict{}
	for k, v := range d {
		if predicate(k) {
			rv[k] = v
		}
	}
	return rv
}

// ItemFilter filters items in dictionary by item.
//
//	ItemFilter(func(k, v any) bool { return iseven(k) && v.(int) < 4 }, Dict{1: 2, 2: 3, 3: 4, 4: 5})  // {2: 3}
func ItemFilter(predicate func(k, v any) bool, d Dict) Dict {
	rv := Dict{}
	for k, v := range d {
		if predicate(k, v) {
			rv[k] = v
		}
	}
	return rv
}

// Assoc returns a new dict with new key value pair.
//
// New dict has d[key] set to value. Does not modify the initial dictionary.
//
//	Assoc(Dict{"x": 1}, "x", 2)  // {x: 2}
//	Assoc(Dict{"x": 1}, "y", 3)  // {x: 1, y: 3}
func Assoc(d Dict, key, value any) Dict {
	d2 := Dict{}
	update(d2, d)
	d2[key] = value
	return d2
}

// Dissoc returns a new dict with the given key(s) removed.
//
// New dict has d[key] deleted for each supplied key. Does not modify the initial dictionary.
//
//	Dissoc(Dict{"x": 1, "y": 2}, "y")       // {x: 1}
//	Dissoc(Dict{"x": 1, "y": 2}, "y", "x")  // {}
//	Dissoc(Dict{"x": 1}, "y")               // Ignores missing keys: {x: 1}
func Dissoc(d Dict, keys ...any) Dict {
	d2 := Dict{}

	if float64(len(keys)) < float64(len(d))*0.6 {
		update(d2, d)
		for _, key := range keys {
			delete(d2, key)
		}
	} else {
		remaining := map[any]bool{}
		for k := range d {
			remaining[k] = true
		}
		for _, key := range keys {
			delete(remaining, key)
		}
		for k := range remaining {
			d2[k] = d[k]
		}
	}
	return d2
}

// AssocIn returns a new dict with new, potentially nested, key value pair.
//
//	AssocIn(purchase, []any{"order", "costs"}, []any{0.25, 1.00})  // costs replaced
func AssocIn(d Dict, keys []any, value any) (Dict, error) {
	return UpdateIn(d, keys, func(any) any { return value }, value)
}

func contains(d any, k any) (bool, error) {
	switch c := d.(type) {
	case Dict:
		if _, isList := k.([]any); isList {
			return false, TypeError{"unhashable type: 'list'"}
		}
		_, ok := c[k]
		return ok, nil
	case []any:
		for _, x := range c {
			if x == k {
				return true, nil
			}
		}
		return false, nil
	}
	return false, TypeError{"argument is not iterable"}
}

// UpdateIn updates value in a (potentially) nested dictionary.
//
// Applies fn to the value at the key path given by keys; nested dictionaries are created for missing
// keys, and dflt is passed to fn when the final key is absent. The original dictionary is not modified.
//
//	UpdateIn(Dict{"a": 0}, []any{"a"}, inc, nil)                     // {a: 1}
//	UpdateIn(Dict{"a": Dict{"b": 3}}, []any{"a", "b"}, inc, nil)    // {a: {b: 4}}
//	UpdateIn(Dict{}, []any{1, 2, 3}, str, "bar")                    // {1: {2: {3: bar}}}
func UpdateIn(d any, keys []any, fn Func, dflt any) (Dict, error) {
	if len(keys) == 0 {
		return nil, StopIteration{}
	}
	k := keys[0]

	rv := Dict{}
	inner := rv
	if err := update(rv, d); err != nil {
		return nil, err
	}

	for _, key := range keys[1:] {
		var dtemp Dict
		found, err := contains(d, k)
		if err != nil {
			return nil, err
		}
		if found {
			if d, err = itemAt(d, k); err != nil {
				return nil, err
			}
			dtemp = Dict{}
			if err := update(dtemp, d); err != nil {
				return nil, err
			}
		} else {
			dtemp = Dict{}
			d = dtemp
		}

		inner[k] = dtemp
		inner = dtemp
		k = key
	}

	found, err := contains(d, k)
	if err != nil {
		return nil, err
	}
	if found {
		v, err := itemAt(d, k)
		if err != nil {
			return nil, err
		}
		inner[k] = fn(v)
	} else {
		inner[k] = fn(dflt)
	}
	return rv, nil
}

// GetIn returns coll[i0][i1]...[iX] where [i0, i1, ..., iX]==keys.
//
// If coll[i0][i1]...[iX] cannot be found, returns dflt, unless noDefault is specified, then it returns
// the KeyError, IndexError or TypeError.
//
// GetIn is a generalization of indexing for nested data structures such as dictionaries and lists.
//
//	GetIn([]any{"purchase", "items", 0}, transaction, nil, false)   // "Apple"
//	GetIn([]any{"name"}, transaction, nil, false)                   // "Alice"
//	GetIn([]any{"purchase", "total"}, transaction, nil, false)      // nil
//	GetIn([]any{"purchase", "items", 10}, transaction, nil, false)  // nil
func GetIn(keys []any, coll any, dflt any, noDefault bool) (any, error) {
	for _, key := range keys {
		v, err := itemAt(coll, key)
		if err != nil {
			if noDefault {
				return nil, err
			}
			return dflt, nil
		}
		coll = v
	}
	return coll, nil
}
