package main

import (
	"bufio"
	"encoding/json"
	"os"

	"devcheck/semver"
)

type kase struct {
	Op        string  `json:"op"`
	V         string  `json:"v"`
	W         string  `json:"w"`
	Opt       bool    `json:"opt"`
	Expr      string  `json:"expr"`
	Part      string  `json:"part"`
	Token     *string `json:"token"`
	WhenEmpty bool    `json:"when_empty"`
}

func out(v *semver.Version) []interface{} {
	return []interface{}{v.String(), v.ToDict()}
}

func run(c kase) (interface{}, error) {
	if c.Op == "is_valid" {
		return semver.IsValid(c.V), nil
	}
	v, err := semver.Parse(c.V, c.Opt)
	if err != nil {
		return nil, err
	}
	var r *semver.Version
	switch c.Op {
	case "parse":
		return out(v), nil
	case "compare":
		return v.CompareString(c.W)
	case "match":
		return v.Match(c.Expr)
	case "compatible":
		w, err := semver.Parse(c.W, false)
		if err != nil {
			return nil, err
		}
		return v.IsCompatible(w), nil
	case "finalize":
		r, err = v.FinalizeVersion()
	case "bump":
		switch c.Part {
		case "major":
			r, err = v.BumpMajor()
		case "minor":
			r, err = v.BumpMinor()
		case "patch":
			r, err = v.BumpPatch()
		case "prerelease":
			r, err = v.BumpPrerelease(c.Token, c.WhenEmpty)
		case "build":
			r, err = v.BumpBuild(c.Token)
		}
	case "next":
		r, err = v.NextVersion(c.Part, c.Token)
	}
	if err != nil {
		return nil, err
	}
	return out(r), nil
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<24)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		var c kase
		if err := json.Unmarshal(in.Bytes(), &c); err != nil {
			panic(err)
		}
		res, err := run(c)
		if err != nil {
			if _, ok := err.(*semver.ValueError); ok {
				enc.Encode(map[string]string{"error": "ValueError"})
			} else {
				enc.Encode(map[string]string{"error": err.Error()})
			}
			continue
		}
		enc.Encode(map[string]interface{}{"ok": res})
	}
}
