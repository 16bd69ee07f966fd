<?php
// Conformance sample: a tiny tokenizer for arithmetic expressions.

namespace Sample;

const DIGITS = '0123456789';
const OPERATORS = '+-*/';

final class Token
{
    public function __construct(
        public string $kind,
        public string $text,
        public int $line
    ) {
    }

    public function describe(): string
    {
        $label = strtoupper($this->kind);
        if ($this->text !== '') {
            $label .= ' "' . $this->text . '"';
        } else {
            $label .= ' <empty>';
        }
        return sprintf('%s @%d', $label, $this->line);
    }
}

function scanNumber(string $source, int $start): int
{
    $end = $start;
    while ($end < strlen($source) && ctype_digit($source[$end])) {
        $end++;
    }
    if ($end < strlen($source) && $source[$end] === '.') {
        $end++;
        while ($end < strlen($source) && ctype_digit($source[$end])) {
            $end++;
        }
    }
    return $end;
}

function tokenize(string $source, int $line = 1): array
{
    $tokens = [];
    $index = 0;
    while ($index < strlen($source)) {
        $ch = $source[$index];
        if (ctype_space($ch)) {
            $index++;
        } elseif (strpos(DIGITS, $ch) !== false) {
            $end = scanNumber($source, $index);
            $tokens[] = new Token('number', substr($source, $index, $end - $index), $line);
            $index = $end;
        } elseif (strpos(OPERATORS, $ch) !== false) {
            $tokens[] = new Token('operator', $ch, $line);
            $index++;
        } else {
            throw new \InvalidArgumentException(sprintf('invalid token at line %d', $line));
        }
    }
    return $tokens;
}

function main(array $args): int
{
    // Tokenize each argument and print one token per line.
    $total = 0;
    foreach ($args as $i => $text) {
        foreach (tokenize($text, $i + 1) as $token) {
            echo $token->describe(), "\n";
            $total += 1;
        }
    }
    echo 'tokens: ' . $total . "\n";
    return $total > 0 ? 0 : 1;
}
