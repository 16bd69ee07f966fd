# A tiny tokenizer configuration, written for the clonescan token-level suite.
{ lib, stdenv }:

let
  operators = [ "+" "-" "*" "/" ];
  limits = { maxTokens = 1024; maxDepth = 16; };
  isOperator = c: builtins.elem c operators;
  classify = c:
    if isOperator c then "operator"
    else if c == " " then "space"
    else "number";
  describe = text: map classify (lib.stringToCharacters text);
in
stdenv.mkDerivation {
  pname = "tokenizer";
  version = "1.0.0";
  meta = {
    description = "invalid token at line %d";
    limit = limits.maxTokens * 2;
  };
  passthru.kinds = describe "1 + 2 * 3";
}
