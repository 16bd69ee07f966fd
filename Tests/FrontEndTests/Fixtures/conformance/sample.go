// Conformance sample: a tiny tokenizer for arithmetic expressions.
package sample

import (
	"fmt"
	"strings"
)

const digits = "0123456789"
const operators = "+-*/"

// Token is one lexeme with its source line.
type Token struct {
	Kind string
	Text string
	Line int
}

// Describe returns a short human-readable description.
func (t Token) Describe() string {
	label := strings.ToUpper(t.Kind)
	if len(t.Text) > 0 {
		label += " " + fmt.Sprintf("%q", t.Text)
	} else {
		label += " <empty>"
	}
	return fmt.Sprintf("%s @%d", label, t.Line)
}

func scanNumber(source string, start int) int {
	end := start
	for end < len(source) && strings.IndexByte(digits, source[end]) >= 0 {
		end++
	}
	if end < len(source) && source[end] == '.' {
		end++
		for end < len(source) && strings.IndexByte(digits, source[end]) >= 0 {
			end++
		}
	}
	return end
}

func Tokenize(source string, line int) ([]Token, error) {
	var tokens []Token
	index := 0
	for index < len(source) {
		ch := source[index]
		switch {
		case ch == ' ' || ch == '\t':
			index++
		case strings.IndexByte(digits, ch) >= 0:
			end := scanNumber(source, index)
			tokens = append(tokens, Token{Kind: "number", Text: source[index:end], Line: line})
			index = end
		case strings.IndexByte(operators, ch) >= 0:
			tokens = append(tokens, Token{Kind: "operator", Text: string(ch), Line: line})
			index++
		default:
			return nil, fmt.Errorf("invalid token at line %d", line)
		}
	}
	return tokens, nil
}

// CountTokens tokenizes each line and returns the total token count.
func CountTokens(lines []string) (int, error) {
	total := 0
	for i, text := range lines {
		tokens, err := Tokenize(text, i+1)
		if err != nil {
			return 0, err
		}
		total += len(tokens)
	}
	return total, nil
}
