// A tiny arithmetic tokenizer, written for the clonescan conformance suite.
use "collections"

primitive Limits
  fun max_tokens(): USize => 1024

class Tokenizer
  var _line: USize = 1

  fun classify(c: U8): String =>
    if (c == '+') or (c == '-') or (c == '*') or (c == '/') then
      "operator"
    elseif (c >= '0') and (c <= '9') then
      "number"
    else
      "invalid"
    end

  fun ref tokenize(text: String): Array[String] ? =>
    let tokens = Array[String]
    for c in text.values() do
      let kind = classify(c)
      if kind == "invalid" then
        error
      end
      if tokens.size() < Limits.max_tokens() then
        tokens.push(kind)
      end
    end
    tokens
