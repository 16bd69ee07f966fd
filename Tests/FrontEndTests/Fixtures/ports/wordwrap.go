// Greedy word wrapping with optional full justification.
package wordwrap

import (
	"fmt"
	"strings"
)

func splitWords(text string) []string {
	var words []string
	for _, word := range strings.Fields(text) {
		if word != "" {
			words = append(words, word)
		}
	}
	return words
}

func justifyLine(words []string, width int) string {
	if len(words) == 1 {
		return words[0] + strings.Repeat(" ", width-len(words[0]))
	}
	totalChars := 0
	for _, word := range words {
		totalChars += len(word)
	}
	gaps := len(words) - 1
	spaces := width - totalChars
	base, extra := spaces/gaps, spaces%gaps
	var parts []string
	for index, word := range words[:len(words)-1] {
		pad := base
		if index < extra {
			pad++
		}
		parts = append(parts, word+strings.Repeat(" ", pad))
	}
	parts = append(parts, words[len(words)-1])
	return strings.Join(parts, "")
}

func wrapWords(words []string, width int) ([][]string, error) {
	var lines [][]string
	var current []string
	length := 0
	for _, word := range words {
		if len(word) > width {
			return nil, fmt.Errorf("word too long for width %d: %s", width, word)
		}
		if len(current) > 0 && length+1+len(word) > width {
			lines = append(lines, current)
			current = nil
			length = 0
		}
		if len(current) > 0 {
			length++
		}
		current = append(current, word)
		length += len(word)
	}
	if len(current) > 0 {
		lines = append(lines, current)
	}
	return lines, nil
}

func Wrap(text string, width int, justify bool) (string, error) {
	if width <= 0 {
		return "", fmt.Errorf("width must be positive, got %d", width)
	}
	var result []string
	groups, err := wrapWords(splitWords(text), width)
	if err != nil {
		return "", err
	}
	for index, group := range groups {
		last := index == len(groups)-1
		if justify && !last {
			result = append(result, justifyLine(group, width))
		} else {
			result = append(result, strings.Join(group, " "))
		}
	}
	return strings.Join(result, "\n"), nil
}
