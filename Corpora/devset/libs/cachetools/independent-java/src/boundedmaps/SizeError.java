package boundedmaps;

/** Python's ValueError for bad sizes. */
public class SizeError extends IllegalArgumentException {
    public SizeError(String message) { super(message); }
}
