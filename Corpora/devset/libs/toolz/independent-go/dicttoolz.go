package toolz

// dictsOf applies the "a single non-dict argument is the collection of dicts" rule.
func dictsOf(dicts []Value) ([]*Dict, error) {
	if len(dicts) == 1 {
		if _, isDict := dicts[0].(*Dict); !isDict {
			all, err := Collect(dicts[0])
			if err != nil {
				return nil, err
			}
			dicts = all
		}
	}
	out := make([]*Dict, len(dicts))
	for i, d := range dicts {
		dd, ok := d.(*Dict)
		if !ok {
			return nil, pyErr("TypeError", "'%s' object is not a mapping", TypeName(d))
		}
		out[i] = dd
	}
	return out, nil
}

// Merge combines dicts; later ones win.
func Merge(dicts ...Value) (*Dict, error) {
	all, err := dictsOf(dicts)
	if err != nil {
		return nil, err
	}
	out := NewDict()
	for _, d := range all {
		for _, k := range d.order {
			out.Set(k, d.m[k])
		}
	}
	return out, nil
}

// MergeWith maps each key to f(list of its values, in dict order).
func MergeWith(f Func, dicts ...Value) (*Dict, error) {
	all, err := dictsOf(dicts)
	if err != nil {
		return nil, err
	}
	collected := NewDict()
	for _, d := range all {
		for _, k := range d.order {
			prev, _ := collected.Get(k)
			list, _ := prev.([]Value)
			collected.Set(k, append(list, d.m[k]))
		}
	}
	out := NewDict()
	for _, k := range collected.order {
		v, err := f(collected.m[k])
		if err != nil {
			return nil, err
		}
		out.Set(k, v)
	}
	return out, nil
}

func rebuild(d *Dict, step func(k, v Value, out *Dict) error) (*Dict, error) {
	out := NewDict()
	for _, k := range d.order {
		if err := step(k, d.m[k], out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ValMap applies f to the values.
func ValMap(f Func, d *Dict) (*Dict, error) {
	return rebuild(d, func(k, v Value, out *Dict) error {
		nv, err := f(v)
		if err != nil {
			return err
		}
		return out.Set(k, nv)
	})
}

// KeyMap applies f to the keys.
func KeyMap(f Func, d *Dict) (*Dict, error) {
	return rebuild(d, func(k, v Value, out *Dict) error {
		nk, err := f(k)
		if err != nil {
			return err
		}
		return out.Set(nk, v)
	})
}

// ItemMap applies f to [key, value] items; f must return a pair.
func ItemMap(f Func, d *Dict) (*Dict, error) {
	return rebuild(d, func(k, v Value, out *Dict) error {
		r, err := f([]Value{k, v})
		if err != nil {
			return err
		}
		pair, err := Collect(r)
		if err != nil {
			return err
		}
		if len(pair) != 2 {
			return pyErr("ValueError", "itemmap function must return a pair")
		}
		return out.Set(pair[0], pair[1])
	})
}

func filterDict(d *Dict, keep func(k, v Value) (Value, error)) (*Dict, error) {
	return rebuild(d, func(k, v Value, out *Dict) error {
		ok, err := keep(k, v)
		if err != nil || !Truthy(ok) {
			return err
		}
		return out.Set(k, v)
	})
}

// ValFilter keeps entries whose value satisfies pred.
func ValFilter(pred Func, d *Dict) (*Dict, error) {
	return filterDict(d, func(_, v Value) (Value, error) { return pred(v) })
}

// KeyFilter keeps entries whose key satisfies pred.
func KeyFilter(pred Func, d *Dict) (*Dict, error) {
	return filterDict(d, func(k, _ Value) (Value, error) { return pred(k) })
}

// ItemFilter keeps entries whose [key, value] item satisfies pred.
func ItemFilter(pred Func, d *Dict) (*Dict, error) {
	return filterDict(d, func(k, v Value) (Value, error) { return pred([]Value{k, v}) })
}

// Assoc returns a copy of d with key set to value.
func Assoc(d *Dict, key, value Value) (*Dict, error) {
	out := d.Copy()
	return out, out.Set(key, value)
}

// Dissoc returns a copy of d without keys (missing keys are ignored).
func Dissoc(d *Dict, keys ...Value) *Dict {
	out := d.Copy()
	for _, k := range keys {
		out.Delete(k)
	}
	return out
}

func copyDict(v Value) (*Dict, error) {
	d, ok := v.(*Dict)
	if !ok {
		return nil, pyErr("TypeError", "'%s' object is not a mapping", TypeName(v))
	}
	return d.Copy(), nil
}

// UpdateIn returns a copy of d where the value at the key path becomes f(old), or f(fallback) when
// the last key is missing; missing levels are created, each level on the path is copied.
func UpdateIn(d *Dict, keys Value, f Func, fallback Value) (*Dict, error) {
	path, err := Collect(keys)
	if err != nil {
		return nil, err
	}
	if len(path) == 0 {
		return nil, pyErr("StopIteration", "empty key path")
	}
	top := d.Copy()
	level := top
	var source Value = d
	for _, k := range path[:len(path)-1] {
		present, err := Contains(source, k)
		if err != nil {
			return nil, err
		}
		var copy *Dict
		if present {
			if source, err = Item(source, k); err != nil {
				return nil, err
			}
			if copy, err = copyDict(source); err != nil {
				return nil, err
			}
		} else {
			copy = NewDict()
			source = copy
		}
		if err := level.Set(k, copy); err != nil {
			return nil, err
		}
		level = copy
	}
	last := path[len(path)-1]
	present, err := Contains(source, last)
	if err != nil {
		return nil, err
	}
	arg := fallback
	if present {
		if arg, err = Item(source, last); err != nil {
			return nil, err
		}
	}
	v, err := f(arg)
	if err != nil {
		return nil, err
	}
	return top, level.Set(last, v)
}

// AssocIn returns a copy of d with the nested key path set to value.
func AssocIn(d *Dict, keys Value, value Value) (*Dict, error) {
	return UpdateIn(d, keys, func(...Value) (Value, error) { return value, nil }, value)
}

// GetIn is coll[k0][k1]...; on KeyError, IndexError or TypeError it returns fallback, or the error
// when noDefault is set.
func GetIn(keys Value, coll Value, fallback Value, noDefault bool) (Value, error) {
	path, err := Collect(keys)
	here := coll
	for _, k := range path {
		if err != nil {
			break
		}
		here, err = Item(here, k)
	}
	if err != nil {
		switch KindOf(err) {
		case "KeyError", "IndexError", "TypeError":
			if !noDefault {
				return fallback, nil
			}
		}
		return nil, err
	}
	return here, nil
}
