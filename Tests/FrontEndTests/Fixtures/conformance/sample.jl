# A tiny arithmetic tokenizer, written for the clonescan conformance suite.
module Tokenizer

const MAX_TOKENS = 1024
const OPERATORS = ['+', '-', '*', '/']

struct Token
    kind::String
    value::Int
    line::Int
end

function classify(c::Char)
    if c in OPERATORS
        return "operator"
    elseif isdigit(c)
        return "number"
    elseif c == ' '
        return "space"
    end
    return "invalid"
end

function tokenize(text::String)
    tokens = Token[]
    line = 1
    for (i, c) in enumerate(text)
        kind = classify(c)
        if kind == "invalid"
            error("invalid token at line $(line)")
        end
        if kind != "space"
            push!(tokens, Token(kind, i, line))
        end
    end
    while length(tokens) > MAX_TOKENS
        pop!(tokens)
    end
    return tokens
end

end
