// Check driver for the independent Go webcolors: JSON lines in ({"fn", "args"}), JSON lines out.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"colornames"
)

type request struct {
	Fn   string            `json:"fn"`
	Args []json.RawMessage `json:"args"`
}

func text(r json.RawMessage) string {
	var s string
	json.Unmarshal(r, &s)
	return s
}

func rgb(r json.RawMessage) colornames.RGB {
	var t colornames.RGB
	json.Unmarshal(r, &t)
	return t
}

func pct(r json.RawMessage) colornames.Percent {
	var t colornames.Percent
	json.Unmarshal(r, &t)
	return t
}

func list(t colornames.RGB) []int64      { return t[:] }
func strs(t colornames.Percent) []string { return t[:] }

func dispatch(q request) (any, error) {
	a := q.Args
	switch q.Fn {
	case "name_to_hex":
		return colornames.NameToHex(text(a[0]), text(a[1]))
	case "name_to_rgb":
		v, err := colornames.NameToRGB(text(a[0]), text(a[1]))
		return list(v), err
	case "name_to_rgb_percent":
		v, err := colornames.NameToRGBPercent(text(a[0]), text(a[1]))
		return strs(v), err
	case "hex_to_name":
		return colornames.HexToName(text(a[0]), text(a[1]))
	case "hex_to_rgb":
		v, err := colornames.HexToRGB(text(a[0]))
		return list(v), err
	case "hex_to_rgb_percent":
		v, err := colornames.HexToRGBPercent(text(a[0]))
		return strs(v), err
	case "rgb_to_name":
		return colornames.RGBToName(rgb(a[0]), text(a[1]))
	case "rgb_to_hex":
		return colornames.RGBToHex(rgb(a[0])), nil
	case "rgb_to_rgb_percent":
		return strs(colornames.RGBToRGBPercent(rgb(a[0]))), nil
	case "rgb_percent_to_name":
		return colornames.RGBPercentToName(pct(a[0]), text(a[1]))
	case "rgb_percent_to_hex":
		return colornames.RGBPercentToHex(pct(a[0])), nil
	case "rgb_percent_to_rgb":
		return list(colornames.RGBPercentToRGB(pct(a[0]))), nil
	case "html5_parse_simple_color":
		v, err := colornames.HTML5ParseSimpleColor(text(a[0]))
		return list(v), err
	case "html5_serialize_simple_color":
		return colornames.HTML5SerializeSimpleColor(rgb(a[0])), nil
	case "html5_parse_legacy_color":
		v, err := colornames.HTML5ParseLegacyColor(text(a[0]))
		return list(v), err
	case "normalize_hex":
		return colornames.NormalizeHex(text(a[0]))
	case "normalize_integer_triplet":
		return list(colornames.NormalizeIntegerTriplet(rgb(a[0]))), nil
	case "normalize_percent_triplet":
		return strs(colornames.NormalizePercentTriplet(pct(a[0]))), nil
	case "names":
		return colornames.Names(text(a[0]))
	}
	return nil, fmt.Errorf("unknown fn %s", q.Fn)
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<26)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		var q request
		if err := json.Unmarshal(in.Bytes(), &q); err != nil {
			panic(err)
		}
		v, err := dispatch(q)
		var ce *colornames.Error
		if errors.As(err, &ce) {
			enc.Encode(map[string]string{"err": "ValueError", "msg": err.Error()})
		} else {
			enc.Encode(map[string]any{"ok": v})
		}
	}
}
