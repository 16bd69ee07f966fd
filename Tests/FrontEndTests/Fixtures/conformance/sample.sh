#!/usr/bin/env bash
# Conformance sample: a tiny tokenizer for arithmetic expressions.
set -euo pipefail

DIGITS="0123456789"
OPERATORS="+-*/"
MAX_TOKENS=64

is_digit() {
    local ch="$1"
    if [[ -z "$ch" ]]; then
        return 1
    fi
    [[ "$DIGITS" == *"$ch"* ]]
}

scan_number() {
    local source="$1"
    local end="$2"
    while (( end < ${#source} )) && is_digit "${source:end:1}"; do
        end=$((end + 1))
    done
    echo "$end"
}

tokenize() {
    local source="$1"
    local line="$2"
    local index=0
    local count=0
    while (( index < ${#source} )); do
        local ch="${source:index:1}"
        if [[ "$ch" == " " ]]; then
            index=$((index + 1))
        elif is_digit "$ch"; then
            local end
            end=$(scan_number "$source" "$index")
            printf 'number %s @%d\n' "${source:index:end-index}" "$line"
            index=$end
            count=$((count + 1))
        elif [[ "$OPERATORS" == *"$ch"* ]]; then
            printf 'operator %s @%d\n' "$ch" "$line"
            index=$((index + 1))
            count=$((count + 1))
        else
            printf 'invalid token at line %d\n' "$line" >&2
            return 1
        fi
    done
    if (( count > MAX_TOKENS )); then
        echo "too many tokens" >&2
        return 2
    fi
    return 0
}

main() {
    # Tokenize each argument and print one token per line.
    local line=1
    for text in "$@"; do
        tokenize "$text" "$line" || exit 1
        line=$((line + 1))
    done
    echo "lines: $((line - 1))"
}

main "$@"
