(* A tiny arithmetic tokenizer, written for the clonescan conformance suite. *)
let max_tokens = 1024

type token = { kind : string; value : int }

let classify c =
  if String.contains "+-*/" c then "operator"
  else if c >= '0' && c <= '9' then "number"
  else if c = ' ' then "space"
  else "invalid"

let tokenize text =
  let tokens = ref [] in
  String.iteri
    (fun i c ->
      let kind = classify c in
      if kind = "invalid" then failwith "invalid token at line %d";
      if kind <> "space" && List.length !tokens < max_tokens then
        tokens := { kind; value = i } :: !tokens)
    text;
  List.rev !tokens
