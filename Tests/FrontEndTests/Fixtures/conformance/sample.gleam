// A tiny tokenizer, written for the clonescan token-level suite.
import gleam/list
import gleam/string

pub type Token {
  Number(value: Int)
  Operator(symbol: String)
}

pub fn classify(char: String) -> Result(Token, String) {
  case char {
    "+" | "-" | "*" | "/" -> Ok(Operator(char))
    _ ->
      case char == " " {
        True -> Error("space")
        False -> Error("invalid token at line %d")
      }
  }
}

pub fn tokenize(text: String) -> List(Token) {
  text
  |> string.to_graphemes
  |> list.filter_map(classify)
  |> list.take(1024)
}
