package main

import (
	"bufio"
	"encoding/json"
	"os"

	"devcheck/hashids"
)

type kase struct {
	Salt      string          `json:"salt"`
	MinLength int             `json:"min_length"`
	Alphabet  string          `json:"alphabet"`
	Op        string          `json:"op"`
	Arg       json.RawMessage `json:"arg"`
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<24)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		var c kase
		if err := json.Unmarshal(in.Bytes(), &c); err != nil {
			panic(err)
		}
		h, err := hashids.New(c.Salt, c.MinLength, c.Alphabet)
		if err != nil {
			enc.Encode(map[string]string{"error": "ValueError"})
			continue
		}
		var res interface{}
		switch c.Op {
		case "encode":
			var vals []int64
			json.Unmarshal(c.Arg, &vals)
			res = h.Encode(vals...)
		default:
			var s string
			json.Unmarshal(c.Arg, &s)
			switch c.Op {
			case "decode":
				res = h.Decode(s)
			case "encode_hex":
				res = h.EncodeHex(s)
			default:
				res = h.DecodeHex(s)
			}
		}
		enc.Encode(map[string]interface{}{"ok": res})
	}
}
