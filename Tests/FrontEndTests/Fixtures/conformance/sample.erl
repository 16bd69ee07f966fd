%% A tiny arithmetic tokenizer, written for the clonescan conformance suite.
-module(tokenizer).
-export([tokenize/1, classify/1]).

-define(MAX_TOKENS, 1024).

-record(token, {kind, value, line}).

classify(C) when C =:= $+; C =:= $-; C =:= $*; C =:= $/ ->
    operator;
classify(C) when C >= $0, C =< $9 ->
    number;
classify($\s) ->
    space;
classify(_) ->
    invalid.

tokenize(Text) ->
    Tokens = lists:foldl(
        fun(C, Acc) ->
            case classify(C) of
                invalid ->
                    erlang:error({"invalid token at line %d", length(Acc)});
                space ->
                    Acc;
                Kind ->
                    [#token{kind = Kind, value = C, line = 1} | Acc]
            end
        end,
        [],
        Text),
    if
        length(Tokens) > ?MAX_TOKENS -> lists:sublist(lists:reverse(Tokens), ?MAX_TOKENS);
        true -> lists:reverse(Tokens)
    end.
