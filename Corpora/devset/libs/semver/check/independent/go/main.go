// Driver for the independent Go semver: JSON cases in, JSON answers out, one per line.
package main

import (
	"bufio"
	"encoding/json"
	"os"

	"devcheck/semver"
)

type request struct {
	Op        string  `json:"op"`
	V         string  `json:"v"`
	Opt       bool    `json:"opt"`
	W         string  `json:"w"`
	Expr      string  `json:"expr"`
	Part      string  `json:"part"`
	Token     *string `json:"token"`
	WhenEmpty bool    `json:"when_empty"`
}

func show(v semver.Version) interface{} { return []interface{}{v.String(), v.Parts()} }

func run(rq request) (interface{}, error) {
	if rq.Op == "is_valid" {
		return semver.IsValid(rq.V), nil
	}
	v, err := semver.Parse(rq.V, rq.Opt)
	if err != nil {
		return nil, err
	}
	var out semver.Version
	switch rq.Op {
	case "parse":
		return show(v), nil
	case "compare":
		return v.CmpString(rq.W)
	case "match":
		return v.Matches(rq.Expr)
	case "compatible":
		w, err := semver.Parse(rq.W, false)
		if err != nil {
			return nil, err
		}
		return v.CompatibleWith(w), nil
	case "finalize":
		return show(v.Finalized()), nil
	case "bump":
		tok := rq.Token
		switch rq.Part {
		case "major":
			out, err = v.NextMajor()
		case "minor":
			out, err = v.NextMinor()
		case "patch":
			out, err = v.NextPatch()
		case "prerelease":
			if tok == nil {
				out, err = v.NextPrerelease(nil, rq.WhenEmpty)
			} else {
				out, err = v.NextPrerelease(tok, rq.WhenEmpty)
			}
		default:
			if tok == nil {
				out, err = v.NextBuild(nil)
			} else {
				out, err = v.NextBuild(tok)
			}
		}
	case "next":
		out, err = v.Next(rq.Part, rq.Token)
	}
	if err != nil {
		return nil, err
	}
	return show(out), nil
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
		res, err := run(rq)
		if err != nil {
			enc.Encode(map[string]string{"error": "ValueError"})
		} else {
			enc.Encode(map[string]interface{}{"ok": res})
		}
	}
}
