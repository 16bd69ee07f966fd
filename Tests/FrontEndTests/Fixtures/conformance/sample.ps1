# A tiny arithmetic tokenizer, written for the clonescan conformance suite.
$MaxTokens = 1024
$Operators = @('+', '-', '*', '/')

function Get-TokenKind {
    param([string]$Char)
    if ($Operators -contains $Char) {
        return "operator"
    } elseif ($Char -match '\d') {
        return "number"
    } elseif ($Char -eq ' ') {
        return "space"
    }
    return "invalid"
}

function Get-Tokens {
    param([string]$Text)
    $tokens = @()
    for ($i = 0; $i -lt $Text.Length; $i++) {
        $kind = Get-TokenKind -Char $Text[$i]
        if ($kind -eq "invalid") {
            throw "invalid token at line %d"
        }
        if ($kind -ne "space") {
            $tokens += @{ Kind = $kind; Value = $i }
        }
    }
    while ($tokens.Count -gt $MaxTokens) {
        $tokens = $tokens[0..($tokens.Count - 2)]
    }
    return $tokens
}
