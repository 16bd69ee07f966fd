-- A tiny arithmetic tokenizer, written for the clonescan conformance suite.
module Tokenizer exposing (Token, classify, tokenize)


type alias Token =
    { kind : String
    , value : Int
    , line : Int
    }


maxTokens : Int
maxTokens =
    1024


classify : Char -> String
classify c =
    if List.member c [ '+', '-', '*', '/' ] then
        "operator"

    else if Char.isDigit c then
        "number"

    else if c == ' ' then
        "space"

    else
        "invalid"


tokenize text =
    let
        kinds =
            List.indexedMap (\i c -> Token (classify c) i 1) (String.toList text)
    in
    if List.any (\t -> t.kind == "invalid") kinds then
        Err "invalid token at line %d"

    else
        Ok (List.take maxTokens (List.filter (\t -> t.kind /= "space") kinds))
