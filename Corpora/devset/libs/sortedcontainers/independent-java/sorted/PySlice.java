package sorted;

/** A Python-style slice (start, stop, step; null = omitted) resolved against a sequence length. */
final class PySlice {
    final int start, stop, step, count;

    private PySlice(int start, int stop, int step, int count) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.count = count;
    }

    private static int clamp(Integer bound, int length, int lower, int upper, int fallback) {
        if (bound == null) return fallback;
        int b = bound < 0 ? bound + length : bound;
        return Math.max(lower, Math.min(upper, b));
    }

    static PySlice of(Integer start, Integer stop, Integer step, int length) {
        int st = step == null ? 1 : step;
        if (st == 0) throw new IllegalArgumentException("slice step cannot be zero");
        int lower = st > 0 ? 0 : -1, upper = st > 0 ? length : length - 1;
        int a = clamp(start, length, lower, upper, st > 0 ? lower : upper);
        int b = clamp(stop, length, lower, upper, st > 0 ? upper : lower);
        int n = st > 0 ? Math.max(0, (b - a + st - 1) / st) : Math.max(0, (a - b - st - 1) / -st);
        return new PySlice(a, b, st, n);
    }

    int at(int i) {
        return start + i * step;
    }
}
