// Check driver for the Go port of webcolors: JSON lines in ({"fn", "args"}), JSON lines out.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"webcolors"
)

type call struct {
	Fn   string            `json:"fn"`
	Args []json.RawMessage `json:"args"`
}

func str(r json.RawMessage) string { var s string; json.Unmarshal(r, &s); return s }
func ints(r json.RawMessage) webcolors.IntTuple {
	var t webcolors.IntTuple
	json.Unmarshal(r, &t)
	return t
}
func pcts(r json.RawMessage) webcolors.PercentTuple {
	var t webcolors.PercentTuple
	json.Unmarshal(r, &t)
	return t
}
func irgb(c webcolors.IntegerRGB) []int     { return []int{c.Red, c.Green, c.Blue} }
func h5(c webcolors.HTML5SimpleColor) []int { return []int{c.Red, c.Green, c.Blue} }
func prgb(c webcolors.PercentRGB) []string  { return []string{c.Red, c.Green, c.Blue} }

func answer(c call) (interface{}, error) {
	a := c.Args
	switch c.Fn {
	case "name_to_hex":
		return webcolors.NameToHex(str(a[0]), str(a[1]))
	case "name_to_rgb":
		v, err := webcolors.NameToRGB(str(a[0]), str(a[1]))
		return irgb(v), err
	case "name_to_rgb_percent":
		v, err := webcolors.NameToRGBPercent(str(a[0]), str(a[1]))
		return prgb(v), err
	case "hex_to_name":
		return webcolors.HexToName(str(a[0]), str(a[1]))
	case "hex_to_rgb":
		v, err := webcolors.HexToRGB(str(a[0]))
		return irgb(v), err
	case "hex_to_rgb_percent":
		v, err := webcolors.HexToRGBPercent(str(a[0]))
		return prgb(v), err
	case "rgb_to_name":
		return webcolors.RGBToName(ints(a[0]), str(a[1]))
	case "rgb_to_hex":
		return webcolors.RGBToHex(ints(a[0])), nil
	case "rgb_to_rgb_percent":
		return prgb(webcolors.RGBToRGBPercent(ints(a[0]))), nil
	case "rgb_percent_to_name":
		return webcolors.RGBPercentToName(pcts(a[0]), str(a[1]))
	case "rgb_percent_to_hex":
		return webcolors.RGBPercentToHex(pcts(a[0])), nil
	case "rgb_percent_to_rgb":
		return irgb(webcolors.RGBPercentToRGB(pcts(a[0]))), nil
	case "html5_parse_simple_color":
		v, err := webcolors.HTML5ParseSimpleColor(str(a[0]))
		return h5(v), err
	case "html5_serialize_simple_color":
		return webcolors.HTML5SerializeSimpleColor(ints(a[0])), nil
	case "html5_parse_legacy_color":
		v, err := webcolors.HTML5ParseLegacyColor(str(a[0]))
		return h5(v), err
	case "normalize_hex":
		return webcolors.NormalizeHex(str(a[0]))
	case "normalize_integer_triplet":
		return irgb(webcolors.NormalizeIntegerTriplet(ints(a[0]))), nil
	case "normalize_percent_triplet":
		return prgb(webcolors.NormalizePercentTriplet(pcts(a[0]))), nil
	case "names":
		return webcolors.Names(str(a[0]))
	}
	return nil, fmt.Errorf("unknown fn %s", c.Fn)
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<26)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		var c call
		if err := json.Unmarshal(in.Bytes(), &c); err != nil {
			panic(err)
		}
		v, err := answer(c)
		if err != nil {
			enc.Encode(map[string]string{"err": "ValueError", "msg": err.Error()})
		} else {
			enc.Encode(map[string]interface{}{"ok": v})
		}
	}
}
