package Tokenizer;
use strict;
use warnings;

# A tiny arithmetic tokenizer, written for the clonescan conformance suite.
my $MAX_TOKENS = 1024;
my %OPERATORS = ('+' => 'plus', '-' => 'minus', '*' => 'times', '/' => 'divide');

sub new {
    my ($class, %args) = @_;
    my $self = { text => $args{text}, position => 0, line => 1 };
    return bless $self, $class;
}

sub classify {
    my ($self, $char) = @_;
    if (exists $OPERATORS{$char}) {
        return "operator";
    } elsif ($char =~ /\d/) {
        return "number";
    } elsif ($char eq "\n") {
        $self->{line} += 1;
        return "newline";
    }
    return "invalid";
}

sub tokenize {
    my ($self) = @_;
    my @tokens;
    for my $i (0 .. length($self->{text}) - 1) {
        my $kind = $self->classify(substr($self->{text}, $i, 1));
        next if $kind eq "newline";
        if ($kind eq "invalid") {
            die sprintf("invalid token at line %d", $self->{line});
        }
        push @tokens, { kind => $kind, value => $i };
    }
    while (@tokens > $MAX_TOKENS) {
        pop @tokens;
    }
    return \@tokens;
}

1;
