package slugs;

/** A rejected argument value (the Python API raises ValueError). */
public class SlugError extends IllegalArgumentException {
    public SlugError(String message) {
        super(message);
    }
}
