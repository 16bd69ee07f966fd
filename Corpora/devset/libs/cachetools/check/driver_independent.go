// Check driver for the independent Go caches: one scenario per JSON line in, its results as one JSON line out.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"

	"boundedcache"
)

type scenario struct {
	Cls     string  `json:"cls"`
	Maxsize int64   `json:"maxsize"`
	Sized   bool    `json:"sized"`
	TTL     float64 `json:"ttl"`
	Ops     [][]any `json:"ops"`
}

func play(s scenario) any {
	clock := 0.0
	timer := func() float64 { return clock }
	var sizer func(int64) int64
	if s.Sized {
		sizer = func(v int64) int64 { return v }
	}
	var c *boundedcache.Cache[string, int64]
	var err error
	switch s.Cls {
	case "TTLCache":
		c, err = boundedcache.NewTTLCache[string, int64](s.Maxsize, s.TTL, timer, sizer)
	case "TLRUCache":
		c, err = boundedcache.NewTLRUCache[string, int64](s.Maxsize, func(_ string, v int64, t float64) float64 { return t + float64(((v%7)+7)%7) - 1 }, timer, sizer)
	case "RRCache":
		c, err = boundedcache.NewRRCache[string, int64](s.Maxsize, func(seq []string) string { return seq[len(seq)/2] }, sizer)
	case "FIFOCache":
		c, err = boundedcache.NewFIFOCache[string, int64](s.Maxsize, sizer)
	case "LFUCache":
		c, err = boundedcache.NewLFUCache[string, int64](s.Maxsize, sizer)
	case "LRUCache":
		c, err = boundedcache.NewLRUCache[string, int64](s.Maxsize, sizer)
	default:
		c, err = boundedcache.NewCache[string, int64](s.Maxsize, sizer)
	}
	if err != nil {
		return map[string]any{"init_error": err.Error()}
	}
	results := []any{}
	for _, op := range s.Ops {
		name := op[0].(string)
		key := ""
		var num int64
		if len(op) > 1 {
			if k, ok := op[1].(string); ok {
				key = k
			} else {
				num = int64(op[1].(float64))
			}
		}
		if len(op) > 2 {
			num = int64(op[2].(float64))
		}
		var res any
		var e error
		switch name {
		case "set":
			e = c.Set(key, num)
		case "get":
			res, e = c.Get(key)
		case "getdef":
			res = c.GetOr(key, -1)
		case "pop":
			res, e = c.Pop(key)
		case "popdef":
			res, e = c.PopOr(key, -1)
		case "del":
			e = c.Delete(key)
		case "contains":
			res = c.Contains(key)
		case "len":
			res = c.Len()
		case "currsize":
			res = c.Currsize()
		case "maxsize":
			res = c.Maxsize()
		case "popitem":
			k, v, err := c.PopItem()
			res, e = []any{k, v}, err
		case "setdefault":
			res, e = c.SetDefault(key, num)
		case "tick":
			clock += float64(num)
			res = int64(clock)
		case "iter":
			res = c.Keys()
		case "repr":
			res = c.String()
		case "expire":
			if c.Timed() {
				pairs := []any{}
				for _, p := range c.Expire(nil) {
					pairs = append(pairs, []any{p.Key, p.Value})
				}
				res = pairs
			}
		case "clear":
			c.Clear()
		}
		var missing *boundedcache.MissingKeyError
		var bad *boundedcache.BadValueError
		switch {
		case errors.As(e, &missing):
			results = append(results, map[string]any{"err": "KeyError", "arg": missing.Arg})
		case errors.As(e, &bad):
			results = append(results, map[string]any{"err": "ValueError", "arg": bad.Msg})
		default:
			results = append(results, map[string]any{"ok": res})
		}
	}
	return results
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<26)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		var s scenario
		if err := json.Unmarshal(in.Bytes(), &s); err != nil {
			panic(err)
		}
		enc.Encode(play(s))
	}
}
