# A tiny arithmetic tokenizer, written for the clonescan conformance suite.
set max_tokens 1024
set operators [list + - * /]

proc classify {c} {
    global operators
    if {[lsearch -exact $operators $c] >= 0} {
        return "operator"
    } elseif {[string is digit $c]} {
        return "number"
    } elseif {$c eq " "} {
        return "space"
    }
    return "invalid"
}

proc tokenize {text} {
    global max_tokens
    set tokens {}
    for {set i 0} {$i < [string length $text]} {incr i} {
        set kind [classify [string index $text $i]]
        if {$kind eq "invalid"} {
            error "invalid token at line %d"
        }
        if {$kind ne "space" && [llength $tokens] < $max_tokens} {
            lappend tokens $kind
        }
    }
    return $tokens
}
