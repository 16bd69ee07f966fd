# Greedy word wrapping with optional full justification.
package WordWrap;
use strict;
use warnings;

sub split_words {
    my ($text) = @_;
    my @words;
    for my $word (split /\s+/, $text) {
        if ($word) {
            push @words, $word;
        }
    }
    return \@words;
}

sub justify_line {
    my ($words, $width) = @_;
    if (@$words == 1) {
        return sprintf("%-*s", $width, $words->[0]);
    }
    my $total_chars = 0;
    $total_chars += length($_) for @$words;
    my $gaps = @$words - 1;
    my $spaces = $width - $total_chars;
    my ($base, $extra) = (int($spaces / $gaps), $spaces % $gaps);
    my @parts;
    for my $index (0 .. $#$words - 1) {
        my $pad = $base + ($index < $extra ? 1 : 0);
        push @parts, $words->[$index] . (" " x $pad);
    }
    push @parts, $words->[-1];
    return join("", @parts);
}

sub wrap_words {
    my ($words, $width) = @_;
    my @lines;
    my @current;
    my $length = 0;
    for my $word (@$words) {
        if (length($word) > $width) {
            die sprintf("word too long for width %d: %s", $width, $word);
        }
        if (@current && $length + 1 + length($word) > $width) {
            push @lines, [@current];
            @current = ();
            $length = 0;
        }
        if (@current) {
            $length += 1;
        }
        push @current, $word;
        $length += length($word);
    }
    if (@current) {
        push @lines, [@current];
    }
    return \@lines;
}

sub wrap {
    my ($text, $width, $justify) = @_;
    if ($width <= 0) {
        die sprintf("width must be positive, got %d", $width);
    }
    my @result;
    my $groups = wrap_words(split_words($text), $width);
    for my $index (0 .. $#$groups) {
        my $last = $index == $#$groups;
        if ($justify && !$last) {
            push @result, justify_line($groups->[$index], $width);
        } else {
            push @result, join(" ", @{ $groups->[$index] });
        }
    }
    return join("\n", @result);
}

1;
