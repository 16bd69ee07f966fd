package cachetools;

/** Raised when a key is missing (Python's KeyError); {@link #key} is the missing key or a message. */
public class KeyError extends RuntimeException {
    public final Object key;

    public KeyError(Object key) {
        super(String.valueOf(key));
        this.key = key;
    }
}
