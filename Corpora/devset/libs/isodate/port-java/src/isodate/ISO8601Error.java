package isodate;

/**
 * This module defines all exception classes in the whole package.
 *
 * <p>Raised when the given ISO string can not be parsed.
 */
public class ISO8601Error extends IllegalArgumentException {
    public ISO8601Error(String message) {
        super(message);
    }
}
