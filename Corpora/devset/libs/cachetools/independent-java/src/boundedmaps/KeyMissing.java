package boundedmaps;

/** Python's KeyError: carries the missing key, a message, or nothing. */
public class KeyMissing extends RuntimeException {
    private final Object argument;
    private final boolean hasArgument;

    public KeyMissing(Object argument) {
        super(String.valueOf(argument));
        this.argument = argument;
        this.hasArgument = true;
    }

    public KeyMissing() {
        super("");
        this.argument = null;
        this.hasArgument = false;
    }

    public Object argument() { return argument; }

    public boolean hasArgument() { return hasArgument; }
}
