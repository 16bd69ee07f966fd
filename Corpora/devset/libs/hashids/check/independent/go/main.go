// Driver for the independent Go hashids: one JSON case per line in, one JSON answer per line out.
package main

import (
	"bufio"
	"encoding/json"
	"os"

	"devcheck/hashids"
)

type request struct {
	Salt      string          `json:"salt"`
	MinLength int             `json:"min_length"`
	Alphabet  string          `json:"alphabet"`
	Op        string          `json:"op"`
	Arg       json.RawMessage `json:"arg"`
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for sc.Scan() {
		var rq request
		if err := json.Unmarshal(sc.Bytes(), &rq); err != nil {
			panic(err)
		}
		codec, err := hashids.NewCodec(rq.Salt, rq.MinLength, rq.Alphabet)
		if err != nil {
			enc.Encode(map[string]string{"error": "ValueError"})
			continue
		}
		var answer interface{}
		if rq.Op == "encode" {
			var vals []int64
			json.Unmarshal(rq.Arg, &vals)
			answer = codec.EncodeInts(vals)
		} else {
			var s string
			json.Unmarshal(rq.Arg, &s)
			switch rq.Op {
			case "decode":
				nums := codec.DecodeString(s)
				if nums == nil {
					nums = []int64{}
				}
				answer = nums
			case "encode_hex":
				answer = codec.EncodeHexString(s)
			default:
				answer = codec.DecodeHexString(s)
			}
		}
		enc.Encode(map[string]interface{}{"ok": answer})
	}
}
