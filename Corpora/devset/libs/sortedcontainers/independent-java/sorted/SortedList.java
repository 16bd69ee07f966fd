package sorted;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A list that keeps its values in ascending order, stored as a list of sorted chunks of bounded size
 * (split above 2*load, merged with a neighbour at or below load/2) plus a lazily rebuilt table of chunk
 * start offsets. Written from the sortedcontainers SortedList API description.
 */
public class SortedList<E extends Comparable<? super E>> implements Iterable<E> {
    public static final int DEFAULT_LOAD_FACTOR = 1000;

    private int load = DEFAULT_LOAD_FACTOR;
    private List<List<E>> chunks = new ArrayList<>();
    private List<E> tops = new ArrayList<>();
    private int[] starts; // null when stale
    private int size;

    public SortedList() {}

    public SortedList(Iterable<? extends E> values) {
        update(values);
    }

    // ---- binary searches ----------------------------------------------------------------------

    private static <T extends Comparable<? super T>> int lowerBound(List<T> xs, T v) {
        int lo = 0, hi = xs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs.get(mid).compareTo(v) < 0) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static <T extends Comparable<? super T>> int upperBound(List<T> xs, T v) {
        int lo = 0, hi = xs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v.compareTo(xs.get(mid)) < 0) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    // ---- layout -------------------------------------------------------------------------------

    /** Re-chunks the values with another load factor. */
    public void resetLoad(int newLoad) {
        List<E> all = toList();
        load = newLoad;
        rebuild(all);
    }

    private void rebuild(List<E> ordered) {
        chunks = new ArrayList<>();
        tops = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i += load) {
            List<E> chunk = new ArrayList<>(ordered.subList(i, Math.min(ordered.size(), i + load)));
            chunks.add(chunk);
            tops.add(chunk.get(chunk.size() - 1));
        }
        size = ordered.size();
        starts = null;
    }

    private int[] offsets() {
        if (starts == null) {
            starts = new int[chunks.size()];
            int total = 0;
            for (int i = 0; i < chunks.size(); i++) {
                starts[i] = total;
                total += chunks.get(i).size();
            }
        }
        return starts;
    }

    /** {chunk, offset} of a position in [0, size). */
    private int[] locate(int pos) {
        int[] st = offsets();
        int lo = 0, hi = st.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (st[mid] <= pos) lo = mid + 1; else hi = mid;
        }
        return new int[] {lo - 1, pos - st[lo - 1]};
    }

    private void splitIfBig(int which) {
        List<E> chunk = chunks.get(which);
        if (chunk.size() > 2 * load) {
            List<E> tail = new ArrayList<>(chunk.subList(load, chunk.size()));
            chunk.subList(load, chunk.size()).clear();
            chunks.add(which + 1, tail);
            tops.set(which, chunk.get(chunk.size() - 1));
            tops.add(which + 1, tail.get(tail.size() - 1));
        }
        starts = null;
    }

    private void takeOut(int which, int offset) {
        List<E> chunk = chunks.get(which);
        chunk.remove(offset);
        size--;
        starts = null;
        if (chunk.size() > load / 2 || chunks.size() == 1) {
            if (chunk.isEmpty()) {
                chunks.remove(which);
                tops.remove(which);
            } else {
                tops.set(which, chunk.get(chunk.size() - 1));
            }
            return;
        }
        int low = which > 0 ? which - 1 : which;
        List<E> joined = chunks.get(low);
        joined.addAll(chunks.get(low + 1));
        chunks.remove(low + 1);
        tops.remove(low + 1);
        tops.set(low, joined.get(joined.size() - 1));
        splitIfBig(low);
    }

    /** Chunk sizes, front to back (for diagnostics and the equivalence check). */
    public List<Integer> chunkLengths() {
        List<Integer> out = new ArrayList<>();
        for (List<E> c : chunks) out.add(c.size());
        return out;
    }

    /** Verifies the internal invariants; throws IllegalStateException when one is broken. */
    public void checkInvariants() {
        String problem = null;
        int total = 0;
        E prev = null;
        if (chunks.size() != tops.size()) problem = "chunk and maximum counts differ";
        for (int i = 0; problem == null && i < chunks.size(); i++) {
            List<E> c = chunks.get(i);
            if (c.isEmpty()) problem = "empty chunk " + i;
            else if (c.size() > 2 * load) problem = "oversized chunk " + i;
            else if (c.get(c.size() - 1).compareTo(tops.get(i)) != 0) problem = "stale maximum " + i;
            for (E v : c) {
                if (prev != null && prev.compareTo(v) > 0) problem = "out of order in chunk " + i;
                prev = v;
            }
            total += c.size();
        }
        if (problem == null && total != size) problem = "size is stale";
        if (problem != null) {
            System.out.println("load=" + load + " size=" + size + " chunks=" + chunks);
            throw new IllegalStateException(problem);
        }
    }

    // ---- mutation -----------------------------------------------------------------------------

    public void add(E value) {
        if (chunks.isEmpty()) {
            List<E> first = new ArrayList<>();
            first.add(value);
            chunks.add(first);
            tops.add(value);
            size = 1;
            starts = null;
            return;
        }
        int which = upperBound(tops, value);
        if (which == tops.size()) {
            which--;
            chunks.get(which).add(value);
            tops.set(which, value);
        } else {
            List<E> chunk = chunks.get(which);
            chunk.add(upperBound(chunk, value), value);
        }
        size++;
        splitIfBig(which);
    }

    public void update(Iterable<? extends E> values) {
        List<E> incoming = new ArrayList<>();
        for (E v : values) incoming.add(v);
        if (incoming.isEmpty()) return;
        Collections.sort(incoming);
        if (chunks.isEmpty() || incoming.size() * 4 >= size) {
            List<E> all = toList();
            all.addAll(incoming);
            Collections.sort(all);
            rebuild(all);
        } else {
            for (E v : incoming) add(v);
        }
    }

    public void clear() {
        chunks = new ArrayList<>();
        tops = new ArrayList<>();
        size = 0;
        starts = null;
    }

    private int[] find(E value) {
        int which = lowerBound(tops, value);
        if (which == tops.size()) return null;
        List<E> chunk = chunks.get(which);
        int offset = lowerBound(chunk, value);
        return chunk.get(offset).compareTo(value) == 0 ? new int[] {which, offset} : null;
    }

    public boolean discard(E value) {
        int[] spot = find(value);
        if (spot == null) return false;
        takeOut(spot[0], spot[1]);
        return true;
    }

    public void remove(E value) {
        if (!discard(value)) throw new IllegalArgumentException(value + " not in list");
    }

    private int checkedIndex(int index) {
        int i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("list index out of range");
        return i;
    }

    public E pop() {
        return pop(-1);
    }

    public E pop(int index) {
        if (size == 0) throw new IndexOutOfBoundsException("pop index out of range");
        int[] spot = locate(checkedIndex(index));
        E value = chunks.get(spot[0]).get(spot[1]);
        takeOut(spot[0], spot[1]);
        return value;
    }

    public void deleteAt(int index) {
        int[] spot = locate(checkedIndex(index));
        takeOut(spot[0], spot[1]);
    }

    public void deleteSlice(Integer start, Integer stop, Integer step) {
        PySlice s = PySlice.of(start, stop, step, size);
        if (s.count == 0) return;
        if (s.count == size) {
            clear();
        } else if (s.step == 1 && s.count * 8 >= size) {
            List<E> all = toList();
            all.subList(s.start, s.start + s.count).clear();
            rebuild(all);
        } else {
            // positions from the back, so earlier ones stay valid
            int first = s.at(0), last = s.at(s.count - 1);
            int hi = Math.max(first, last), stride = Math.abs(s.step);
            for (int pos = hi; pos >= Math.min(first, last); pos -= stride) {
                int[] spot = locate(pos);
                takeOut(spot[0], spot[1]);
            }
        }
    }

    public void timesInPlace(int n) {
        List<E> all = new ArrayList<>();
        List<E> once = toList();
        for (int i = 0; i < n; i++) all.addAll(once);
        Collections.sort(all);
        rebuild(all);
    }

    public void set(int index, E value) {
        throw new UnsupportedOperationException("use ``del sl[index]`` and ``sl.add(value)`` instead");
    }

    public void append(E value) {
        throw new UnsupportedOperationException("use ``sl.add(value)`` instead");
    }

    public void insert(int index, E value) {
        throw new UnsupportedOperationException("use ``sl.add(value)`` instead");
    }

    public void extend(Iterable<? extends E> values) {
        throw new UnsupportedOperationException("use ``sl.update(values)`` instead");
    }

    public void reverse() {
        throw new UnsupportedOperationException("use ``reversed(sl)`` instead");
    }

    // ---- queries ------------------------------------------------------------------------------

    public int size() {
        return size;
    }

    public boolean contains(E value) {
        return find(value) != null;
    }

    public E get(int index) {
        int[] spot = locate(checkedIndex(index));
        return chunks.get(spot[0]).get(spot[1]);
    }

    public List<E> slice(Integer start, Integer stop, Integer step) {
        PySlice s = PySlice.of(start, stop, step, size);
        List<E> out = new ArrayList<>(s.count);
        for (int i = 0; i < s.count; i++) out.add(get(s.at(i)));
        return out;
    }

    public int bisectLeft(E value) {
        int which = lowerBound(tops, value);
        if (which == tops.size()) return size;
        return offsets()[which] + lowerBound(chunks.get(which), value);
    }

    public int bisectRight(E value) {
        int which = upperBound(tops, value);
        if (which == tops.size()) return size;
        return offsets()[which] + upperBound(chunks.get(which), value);
    }

    public int count(E value) {
        return bisectRight(value) - bisectLeft(value);
    }

    public int indexOf(E value, Integer start, Integer stop) {
        PySlice s = PySlice.of(start, stop, 1, size);
        int at = Math.max(bisectLeft(value), s.start);
        if (at < s.stop && get(at).compareTo(value) == 0) return at;
        throw new IllegalArgumentException(value + " is not in list");
    }

    public List<E> islice(Integer start, Integer stop, boolean reverse) {
        List<E> out = slice(start, stop, 1);
        if (reverse) Collections.reverse(out);
        return out;
    }

    /** Values between minimum and maximum (null = unbounded); each bound included if its flag is set. */
    public List<E> irange(E minimum, E maximum, boolean includeMin, boolean includeMax, boolean reverse) {
        int lo = minimum == null ? 0 : includeMin ? bisectLeft(minimum) : bisectRight(minimum);
        int hi = maximum == null ? size : includeMax ? bisectRight(maximum) : bisectLeft(maximum);
        return islice(lo, Math.max(lo, hi), reverse);
    }

    public List<E> toList() {
        List<E> out = new ArrayList<>(size);
        for (List<E> c : chunks) out.addAll(c);
        return out;
    }

    public List<E> reversed() {
        List<E> out = toList();
        Collections.reverse(out);
        return out;
    }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            private int chunk, offset;

            @Override
            public boolean hasNext() {
                return chunk < chunks.size();
            }

            @Override
            public E next() {
                if (!hasNext()) throw new NoSuchElementException();
                E v = chunks.get(chunk).get(offset++);
                if (offset == chunks.get(chunk).size()) {
                    chunk++;
                    offset = 0;
                }
                return v;
            }
        };
    }

    public SortedList<E> copy() {
        SortedList<E> twin = new SortedList<>();
        twin.load = load;
        twin.rebuild(toList());
        return twin;
    }

    public SortedList<E> plus(Collection<? extends E> other) {
        SortedList<E> out = copy();
        out.update(other);
        return out;
    }

    public SortedList<E> times(int n) {
        SortedList<E> out = copy();
        out.timesInPlace(n);
        return out;
    }

    /** Lexicographic comparison with any list, as between Python lists. */
    public int compareWith(List<? extends E> other) {
        Iterator<E> mine = iterator();
        for (E theirs : other) {
            if (!mine.hasNext()) return -1;
            int c = mine.next().compareTo(theirs);
            if (c != 0) return c < 0 ? -1 : 1;
        }
        return mine.hasNext() ? 1 : 0;
    }

    public boolean sameAs(List<? extends E> other) {
        return other.size() == size && compareWith(other) == 0;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SortedList([");
        boolean first = true;
        for (E v : this) {
            if (!first) sb.append(", ");
            sb.append(v);
            first = false;
        }
        return sb.append("])").toString();
    }
}
