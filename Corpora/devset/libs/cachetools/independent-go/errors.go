package boundedcache

import "fmt"

// MissingKeyError is Python's KeyError: Arg is the key or a message; HasArg is false for a bare KeyError.
type MissingKeyError struct {
	Arg    any
	HasArg bool
}

func (e *MissingKeyError) Error() string {
	if !e.HasArg {
		return "KeyError"
	}
	return fmt.Sprintf("KeyError(%v)", e.Arg)
}

// BadValueError is Python's ValueError.
type BadValueError struct{ Msg string }

func (e *BadValueError) Error() string { return e.Msg }

func missingKey(k any) error { return &MissingKeyError{Arg: k, HasArg: true} }
