package cachetools;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/** Base class for time-aware cache implementations. */
public abstract class TimedCache<K, V> extends Cache<K, V> {

    /** A timer that can be frozen: while nested, it keeps returning the time of entry. */
    public static final class Timer implements DoubleSupplier {
        private final DoubleSupplier timer;
        private int nesting = 0;
        private double time;

        Timer(DoubleSupplier timer) {
            this.timer = timer;
        }

        @Override
        public double getAsDouble() {
            if (nesting == 0) {
                return timer.getAsDouble();
            } else {
                return time;
            }
        }

        /** Freeze the time; returns it. Pair with exit(). */
        public double enter() {
            double t;
            if (nesting == 0) {
                time = t = timer.getAsDouble();
            } else {
                t = time;
            }
            nesting += 1;
            return t;
        }

        public void exit() {
            nesting -= 1;
        }

        <T> T with(Supplier<T> body) {
            enter();
            try {
                return body.get();
            } finally {
                exit();
            }
        }
    }

    private final Timer timer;

    protected TimedCache(long maxsize, DoubleSupplier timer, ToLongFunction<V> getsizeof) {
        super(maxsize, getsizeof);
        this.timer = new Timer(timer);
    }

    @Override
    public String toString() {
        double time = timer.enter();
        try {
            expire(time);
            return super.toString();
        } finally {
            timer.exit();
        }
    }

    @Override
    public int len() {
        double time = timer.enter();
        try {
            expire(time);
            return super.len();
        } finally {
            timer.exit();
        }
    }

    @Override
    public long currsize() {
        double time = timer.enter();
        try {
            expire(time);
            return super.currsize();
        } finally {
            timer.exit();
        }
    }

    /** The timer function used by the cache. */
    public Timer timer() {
        return timer;
    }

    @Override
    public V get(K key, V dflt) {
        return timer.with(() -> super.get(key, dflt));
    }

    @Override
    public V pop(K key) {
        return timer.with(() -> super.pop(key));
    }

    @Override
    public V pop(K key, V dflt) {
        return timer.with(() -> super.pop(key, dflt));
    }

    @Override
    public V setdefault(K key, V dflt) {
        return timer.with(() -> super.setdefault(key, dflt));
    }

    @Override
    public void clear() {
        // Subclasses must override this to also reset their own
        // time-tracking structures. We do not call expire() here,
        // since clear() should be O(1) regardless of cache contents.
        super.clear();
    }

    /** Remove expired items from the cache and return the expired (key, value) pairs. */
    public abstract List<Map.Entry<K, V>> expire(Double time);

    public List<Map.Entry<K, V>> expire() {
        return expire(null);
    }
}
