-- A tiny arithmetic tokenizer, written for the clonescan conformance suite.
module Tokenizer (Token (..), classify, tokenize) where

import Data.Char (isDigit)

data Token = Token
  { kind :: String
  , value :: Int
  }
  deriving (Show)

maxTokens :: Int
maxTokens = 1024

classify :: Char -> String
classify c
  | c `elem` "+-*/" = "operator"
  | isDigit c = "number"
  | c == ' ' = "space"
  | otherwise = "invalid"

tokenize :: String -> Either String [Token]
tokenize text =
  let kinds = zipWith (\i c -> Token (classify c) i) [0 ..] text
   in if any (\t -> kind t == "invalid") kinds
        then Left "invalid token at line %d"
        else Right (take maxTokens (filter (\t -> kind t /= "space") kinds))
