# A tiny arithmetic tokenizer, written for the clonescan conformance suite.
extends Node
class_name Tokenizer

const MAX_TOKENS := 1024
var line: int = 1


func classify(c: String) -> String:
	if c in ["+", "-", "*", "/"]:
		return "operator"
	elif c.is_valid_int():
		return "number"
	elif c == " ":
		return "space"
	return "invalid"


func tokenize(text: String) -> Array:
	var tokens := []
	for i in range(text.length()):
		var kind := classify(text[i])
		if kind == "invalid":
			push_error("invalid token at line %d" % line)
			return []
		if kind != "space":
			tokens.append({"kind": kind, "value": i})
	while tokens.size() > MAX_TOKENS:
		tokens.pop_back()
	return tokens
