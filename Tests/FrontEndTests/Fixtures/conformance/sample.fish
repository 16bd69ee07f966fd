# A tiny arithmetic tokenizer, written for the clonescan conformance suite.
set -g max_tokens 1024

function classify --argument-names c
    if contains -- $c + - '*' /
        echo operator
    else if string match -qr '^[0-9]$' -- $c
        echo number
    else if test "$c" = " "
        echo space
    else
        echo invalid
    end
end

function tokenize --argument-names text
    set -l tokens
    for c in (string split '' -- $text)
        set -l kind (classify $c)
        if test "$kind" = invalid
            echo "invalid token at line %d" >&2
            return 1
        end
        if test "$kind" != space; and test (count $tokens) -lt $max_tokens
            set -a tokens $kind
        end
    end
    printf '%s\n' $tokens
end
