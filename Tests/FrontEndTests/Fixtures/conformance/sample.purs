-- A tiny arithmetic tokenizer, written for the clonescan conformance suite.
module Tokenizer where

import Prelude
import Data.Array (filter, take, mapWithIndex)
import Data.String.CodeUnits (toCharArray)

type Token = { kind :: String, value :: Int }

maxTokens :: Int
maxTokens = 1024

classify :: Char -> String
classify c =
  if c == '+' || c == '-' || c == '*' || c == '/' then "operator"
  else if c >= '0' && c <= '9' then "number"
  else if c == ' ' then "space"
  else "invalid"

tokenize text =
  let
    kinds = mapWithIndex (\i c -> { kind: classify c, value: i }) (toCharArray text)
  in
    take maxTokens (filter (\t -> t.kind /= "space") kinds)
