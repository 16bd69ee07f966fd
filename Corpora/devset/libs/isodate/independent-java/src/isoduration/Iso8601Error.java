package isoduration;

/** A string is not a valid ISO 8601 value (Python: a ValueError subclass). */
public class Iso8601Error extends IllegalArgumentException {
    public Iso8601Error(String message) { super(message); }
}
