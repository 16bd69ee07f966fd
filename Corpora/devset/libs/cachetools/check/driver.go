// Check driver for the Go port of cachetools: one scenario per JSON line in, its results as one JSON line out.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"

	"cachetools"
)

type scenario struct {
	Cls     string              `json:"cls"`
	Maxsize int64               `json:"maxsize"`
	Sized   bool                `json:"sized"`
	TTL     float64             `json:"ttl"`
	Ops     [][]json.RawMessage `json:"ops"`
}

type anyCache interface {
	GetItem(string) (int64, error)
	SetItem(string, int64) error
	DelItem(string) error
	Contains(string) bool
	Iter() []string
	Len() int
	Currsize() int64
	Maxsize() int64
	Popitem() (string, int64, error)
	Get(string, int64) (int64, error)
	Pop(string) (int64, error)
	PopDefault(string, int64) (int64, error)
	Setdefault(string, int64) (int64, error)
	Repr() string
	Clear()
}

type expiring interface {
	Expire(*float64) []cachetools.Pair[string, int64]
}

func run(s scenario) any {
	now := 0.0
	timer := func() float64 { return now }
	var sizeof func(int64) int64
	if s.Sized {
		sizeof = func(v int64) int64 { return v }
	}
	var cache anyCache
	var err error
	switch s.Cls {
	case "TTLCache":
		cache, err = cachetools.NewTTLCache[string, int64](s.Maxsize, s.TTL, timer, sizeof)
	case "TLRUCache":
		ttu := func(k string, v int64, t float64) float64 { return t + float64(((v%7)+7)%7) - 1 }
		cache, err = cachetools.NewTLRUCache[string, int64](s.Maxsize, ttu, timer, sizeof)
	case "RRCache":
		cache, err = cachetools.NewRRCache[string, int64](s.Maxsize, func(seq []string) string { return seq[len(seq)/2] }, sizeof)
	case "FIFOCache":
		cache, err = cachetools.NewFIFOCache[string, int64](s.Maxsize, sizeof)
	case "LFUCache":
		cache, err = cachetools.NewLFUCache[string, int64](s.Maxsize, sizeof)
	case "LRUCache":
		cache, err = cachetools.NewLRUCache[string, int64](s.Maxsize, sizeof)
	default:
		cache, err = cachetools.NewCache[string, int64](s.Maxsize, sizeof)
	}
	if err != nil {
		return map[string]any{"init_error": err.Error()}
	}
	out := []any{}
	for _, op := range s.Ops {
		var name, key string
		var num int64
		json.Unmarshal(op[0], &name)
		if len(op) > 1 {
			if json.Unmarshal(op[1], &key) != nil {
				json.Unmarshal(op[1], &num)
			}
		}
		if len(op) > 2 {
			json.Unmarshal(op[2], &num)
		}
		var res any
		var e error
		switch name {
		case "set":
			e = cache.SetItem(key, num)
		case "get":
			res, e = cache.GetItem(key)
		case "getdef":
			res, e = cache.Get(key, -1)
		case "pop":
			res, e = cache.Pop(key)
		case "popdef":
			res, e = cache.PopDefault(key, -1)
		case "del":
			e = cache.DelItem(key)
		case "contains":
			res = cache.Contains(key)
		case "len":
			res = cache.Len()
		case "currsize":
			res = cache.Currsize()
		case "maxsize":
			res = cache.Maxsize()
		case "popitem":
			var k string
			var v int64
			k, v, e = cache.Popitem()
			res = []any{k, v}
		case "setdefault":
			res, e = cache.Setdefault(key, num)
		case "tick":
			now += float64(num)
			res = int64(now)
		case "iter":
			keys := cache.Iter()
			if keys == nil {
				keys = []string{}
			}
			res = keys
		case "repr":
			res = cache.Repr()
		case "expire":
			if x, ok := cache.(expiring); ok {
				pairs := []any{}
				for _, p := range x.Expire(nil) {
					pairs = append(pairs, []any{p.Key, p.Value})
				}
				res = pairs
			}
		case "clear":
			cache.Clear()
		}
		var ke *cachetools.KeyError
		var ve *cachetools.ValueError
		switch {
		case errors.As(e, &ke):
			out = append(out, map[string]any{"err": "KeyError", "arg": ke.Key})
		case errors.As(e, &ve):
			out = append(out, map[string]any{"err": "ValueError", "arg": ve.Msg})
		default:
			out = append(out, map[string]any{"ok": res})
		}
	}
	return out
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
		enc.Encode(run(s))
	}
}
