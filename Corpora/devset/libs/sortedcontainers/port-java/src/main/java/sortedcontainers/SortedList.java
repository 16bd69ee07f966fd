/*
 * Sorted List
 * ===========
 *
 * SortedList is a sorted mutable sequence.
 *
 * Sorted list values are maintained in sorted order. Sorted list values must be comparable.
 * The total ordering of values must not change while they are stored in the sorted list.
 *
 * Implementation: a list of sublists ("lists"), the maximum of each sublist ("maxes") and a
 * positional index tree ("index") built lazily over the sublist lengths. Sublists are split when
 * they grow beyond twice the load factor and merged when they shrink below half of it.
 */
package sortedcontainers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

public class SortedList<T extends Comparable<? super T>> implements Iterable<T> {

    public static final int DEFAULT_LOAD_FACTOR = 1000;

    private int len;
    private int load;
    private final List<List<T>> lists;
    private final List<T> maxes;
    private final List<Integer> index;
    private int offset;

    /** Initialize an empty sorted list. */
    public SortedList() {
        this(null);
    }

    /**
     * Initialize sorted list instance.
     *
     * Optional `iterable` argument provides an initial iterable of values to initialize the sorted list.
     */
    public SortedList(Iterable<? extends T> iterable) {
        this.len = 0;
        this.load = DEFAULT_LOAD_FACTOR;
        this.lists = new ArrayList<>();
        this.maxes = new ArrayList<>();
        this.index = new ArrayList<>();
        this.offset = 0;

        if (iterable != null) {
            update(iterable);
        }
    }

    // -- bisect helpers (Python's bisect module) ---------------------------------------------------

    private static <E extends Comparable<? super E>> int bisectLeft(List<E> a, E x) {
        int lo = 0, hi = a.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a.get(mid).compareTo(x) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static <E extends Comparable<? super E>> int bisectRight(List<E> a, E x) {
        int lo = 0, hi = a.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x.compareTo(a.get(mid)) < 0) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static <E extends Comparable<? super E>> void insort(List<E> a, E x) {
        a.add(bisectRight(a, x), x);
    }

    private static <E> List<E> concat(List<List<E>> lists) {
        List<E> values = new ArrayList<>();
        for (List<E> sublist : lists) values.addAll(sublist);
        return values;
    }

    /**
     * Reset sorted list load factor.
     *
     * The `load` specifies the load-factor of the list. The default load factor of 1000 works well for
     * lists from tens to tens-of-millions of values. Good practice is to use a value that is the cube
     * root of the list size. With billions of elements, the best load factor depends on your usage.
     * It's best to leave the load factor at the default until you start benchmarking.
     */
    public void reset(int load) {
        List<T> values = concat(lists);
        clear();
        this.load = load;
        update(values);
    }

    /** Remove all values from sorted list. */
    public void clear() {
        len = 0;
        lists.clear();
        maxes.clear();
        index.clear();
        offset = 0;
    }

    /**
     * Add `value` to sorted list.
     *
     * <pre>
     * sl = new SortedList(); sl.add(3); sl.add(1); sl.add(2);  // SortedList([1, 2, 3])
     * </pre>
     */
    public void add(T value) {
        if (!maxes.isEmpty()) {
            int pos = bisectRight(maxes, value);

            if (pos == maxes.size()) {
                pos -= 1;
                lists.get(pos).add(value);
                maxes.set(pos, value);
            } else {
                insort(lists.get(pos), value);

            }
            expand(pos);
        } else {
            List<T> first = new ArrayList<>();
            first.add(value);
            lists.add(first);
            maxes.add(value);
        }

        len += 1;
    }

    /**
     * Split sublists with length greater than double the load-factor.
     *
     * Updates the index when the sublist length is less than double the load level. This requires
     * incrementing the nodes in a traversal from the leaf node to the root. For an example traversal
     * see {@link #loc}.
     */
    private void expand(int pos) {
        if (lists.get(pos).size() > (load << 1)) {
            List<T> listsPos = lists.get(pos);
            List<T> half = new ArrayList<>(listsPos.subList(load, listsPos.size()));
            listsPos.subList(load, listsPos.size()).clear();
            maxes.set(pos, listsPos.get(listsPos.size() - 1));

            lists.add(pos + 1, half);
            maxes.add(pos + 1, half.get(half.size() - 1));

            index.clear();
        } else {
            if (!index.isEmpty()) {
                int child = offset + pos;
                while (child != 0) {
                    index.set(child, index.get(child) + 1);
                    child = (child - 1) >> 1;
                }
                index.set(0, index.get(0) + 1);
            }
        }
    }

    /**
     * Update sorted list by adding all values from `iterable`.
     *
     * <pre>
     * sl.update(List.of(3, 1, 2));  // SortedList([1, 2, 3])
     * </pre>
     */
    public void update(Iterable<? extends T> iterable) {
        List<T> values = new ArrayList<>();
        for (T value : iterable) values.add(value);
        Collections.sort(values);

        if (!maxes.isEmpty()) {
            if (values.size() * 4 >= len) {
                lists.add(values);
                values = concat(lists);
                Collections.sort(values);
                clear();
            } else {
                for (T val : values) {
                    add(val);
                }
                return;
            }
        }

        for (int pos = 0; pos < values.size(); pos += load) {
            lists.add(new ArrayList<>(values.subList(pos, Math.min(pos + load, values.size()))));
        }
        for (List<T> sublist : lists) {
            maxes.add(sublist.get(sublist.size() - 1));
        }
        len = values.size();
        index.clear();
    }

    /** Return true if `value` is an element of the sorted list. */
    public boolean contains(T value) {
        if (maxes.isEmpty()) {
            return false;
        }

        int pos = bisectLeft(maxes, value);

        if (pos == maxes.size()) {
            return false;
        }

        int idx = bisectLeft(lists.get(pos), value);

        return lists.get(pos).get(idx).compareTo(value) == 0;
    }

    /**
     * Remove `value` from sorted list if it is a member.
     *
     * If `value` is not a member, do nothing.
     */
    public void discard(T value) {
        if (maxes.isEmpty()) {
            return;
        }

        int pos = bisectLeft(maxes, value);

        if (pos == maxes.size()) {
            return;
        }

        int idx = bisectLeft(lists.get(pos), value);

        if (lists.get(pos).get(idx).compareTo(value) == 0) {
            delete(pos, idx);
        }
    }

    /**
     * Remove `value` from sorted list; `value` must be a member.
     *
     * If `value` is not a member, raise IllegalArgumentException ("ValueError").
     */
    public void remove(T value) {
        if (maxes.isEmpty()) {
            throw new IllegalArgumentException(value + " not in list");
        }

        int pos = bisectLeft(maxes, value);

        if (pos == maxes.size()) {
            throw new IllegalArgumentException(value + " not in list");
        }

        int idx = bisectLeft(lists.get(pos), value);

        if (lists.get(pos).get(idx).compareTo(value) == 0) {
            delete(pos, idx);
        } else {
            throw new IllegalArgumentException(value + " not in list");
        }
    }

    /**
     * Delete value at the given `(pos, idx)`.
     *
     * Combines lists that are less than half the load level.
     *
     * Updates the index when the sublist length is more than half the load level. This requires
     * decrementing the nodes in a traversal from the leaf node to the root. For an example traversal
     * see {@link #loc}.
     */
    private void delete(int pos, int idx) {
        List<T> listsPos = lists.get(pos);

        listsPos.remove(idx);
        len -= 1;

        int lenListsPos = listsPos.size();

        if (lenListsPos > (load >> 1)) {
            maxes.set(pos, listsPos.get(lenListsPos - 1));

            if (!index.isEmpty()) {
                int child = offset + pos;
                while (child > 0) {
                    index.set(child, index.get(child) - 1);
                    child = (child - 1) >> 1;
                }
                index.set(0, index.get(0) - 1);
            }
        } else if (lists.size() > 1) {
            if (pos == 0) {
                pos += 1;
            }

            int prev = pos - 1;
            lists.get(prev).addAll(lists.get(pos));
            List<T> listsPrev = lists.get(prev);
            maxes.set(prev, listsPrev.get(listsPrev.size() - 1));

            lists.remove(pos);
            maxes.remove(pos);
            index.clear();

            expand(prev);
        } else if (lenListsPos > 0) {
            maxes.set(pos, listsPos.get(lenListsPos - 1));
        } else {
            lists.remove(pos);
            maxes.remove(pos);
            index.clear();
        }
    }

    /**
     * Convert an index pair (lists index, sublist index) into a single index number that corresponds to
     * the position of the value in the sorted list.
     *
     * Many queries require the index be built. Details of the index are described in
     * {@link #buildIndex}.
     *
     * Indexing requires traversing the tree from a leaf node to the root. The parent of each node is
     * easily computable at (pos - 1) / 2.
     *
     * Left-child nodes are always at odd indices and right-child nodes are always at even indices.
     *
     * When traversing up from a right-child node, increment the total by the left-child node.
     *
     * The final index is the sum from traversal and the index in the sublist.
     */
    private int loc(int pos, int idx) {
        if (pos == 0) {
            return idx;
        }

        if (index.isEmpty()) {
            buildIndex();
        }

        int total = 0;

        // Increment pos to point in the index to len(self._lists[pos]).

        pos += offset;

        // Iterate until reaching the root of the index tree at pos = 0.

        while (pos != 0) {

            // Right-child nodes are at odd indices. At such indices
            // account the total below the left child node.

            if ((pos & 1) == 0) {
                total += index.get(pos - 1);
            }

            // Advance pos to the parent node.

            pos = (pos - 1) >> 1;
        }

        return total + idx;
    }

    /**
     * Convert an index into an index pair (lists index, sublist index) that can be used to access the
     * corresponding lists position.
     *
     * Many queries require the index be built. Details of the index are described in
     * {@link #buildIndex}.
     *
     * Indexing requires traversing the tree to a leaf node. Each node has two children which are easily
     * computable. Given an index, pos, the left-child is at pos * 2 + 1 and the right-child is at
     * pos * 2 + 2.
     *
     * When the index is less than the left-child, traversal moves to the left sub-tree. Otherwise, the
     * index is decremented by the left-child and traversal moves to the right sub-tree.
     *
     * At a child node, the indexing pair is computed from the relative position of the child node as
     * compared with the offset and the remaining index.
     */
    private int[] pos(int idx) {
        if (idx < 0) {
            int lastLen = lists.get(lists.size() - 1).size();

            if (-idx <= lastLen) {
                return new int[] {lists.size() - 1, lastLen + idx};
            }

            idx += len;

            if (idx < 0) {
                throw new IndexOutOfBoundsException("list index out of range");
            }
        } else if (idx >= len) {
            throw new IndexOutOfBoundsException("list index out of range");
        }

        if (idx < lists.get(0).size()) {
            return new int[] {0, idx};
        }

        if (index.isEmpty()) {
            buildIndex();
        }

        int pos = 0;
        int child = 1;
        int lenIndex = index.size();

        while (child < lenIndex) {
            int indexChild = index.get(child);

            if (idx < indexChild) {
                pos = child;
            } else {
                idx -= indexChild;
                pos = child + 1;
            }

            child = (pos << 1) + 1;
        }

        return new int[] {pos - offset, idx};
    }

    /**
     * Build a positional index for indexing the sorted list.
     *
     * Indexes are represented as binary trees in a dense array notation similar to a binary heap.
     *
     * For example, given a lists representation storing integers:
     *
     * <pre>
     *     0: [1, 2, 3]
     *     1: [4, 5]
     *     2: [6, 7, 8, 9]
     *     3: [10, 11, 12, 13, 14]
     * </pre>
     *
     * The first transformation maps the sub-lists by their length. The first row of the index is the
     * length of the sub-lists:
     *
     * <pre>
     *     0: [3, 2, 4, 5]
     * </pre>
     *
     * Each row after that is the sum of consecutive pairs of the previous row:
     *
     * <pre>
     *     1: [5, 9]
     *     2: [14]
     * </pre>
     *
     * Finally, the index is built by concatenating these lists together:
     *
     * <pre>
     *     index = [14, 5, 9, 3, 2, 4, 5]
     * </pre>
     *
     * An offset storing the start of the first row is also stored:
     *
     * <pre>
     *     offset = 3
     * </pre>
     *
     * When built, the index can be used for efficient indexing into the list. See the comment and notes
     * on {@link #pos} for details in the search algorithm.
     */
    private void buildIndex() {
        List<Integer> row0 = new ArrayList<>();
        for (List<T> sublist : lists) row0.add(sublist.size());

        if (row0.size() == 1) {
            index.clear();
            index.addAll(row0);
            offset = 0;
            return;
        }

        List<Integer> row1 = new ArrayList<>();
        for (int i = 0; i + 1 < row0.size(); i += 2) row1.add(row0.get(i) + row0.get(i + 1));

        if ((row0.size() & 1) == 1) {
            row1.add(row0.get(row0.size() - 1));
        }

        if (row1.size() == 1) {
            index.clear();
            index.addAll(row1);
            index.addAll(row0);
            offset = 1;
            return;
        }

        int size = 1 << ((int) (Math.log(row1.size() - 1) / Math.log(2)) + 1);
        while (row1.size() < size) row1.add(0);
        List<List<Integer>> tree = new ArrayList<>();
        tree.add(row0);
        tree.add(row1);

        while (tree.get(tree.size() - 1).size() > 1) {
            List<Integer> last = tree.get(tree.size() - 1);
            List<Integer> row = new ArrayList<>();
            for (int i = 0; i + 1 < last.size(); i += 2) row.add(last.get(i) + last.get(i + 1));
            tree.add(row);
        }

        index.clear();
        for (int i = tree.size() - 1; i >= 0; i--) index.addAll(tree.get(i));
        offset = size * 2 - 1;
    }

    /** Python's slice.indices(length): clamp (start, stop, step), where null means "omitted". */
    private static int[] sliceIndices(Integer start, Integer stop, Integer step, int length) {
        int st = step == null ? 1 : step;
        if (st == 0) throw new IllegalArgumentException("slice step cannot be zero");
        int lower = st < 0 ? -1 : 0;
        int upper = st < 0 ? length - 1 : length;
        int s, e;
        if (start == null) s = st < 0 ? upper : lower;
        else {
            s = start;
            if (s < 0) { s += length; if (s < lower) s = lower; }
            else if (s > upper) s = upper;
        }
        if (stop == null) e = st < 0 ? lower : upper;
        else {
            e = stop;
            if (e < 0) { e += length; if (e < lower) e = lower; }
            else if (e > upper) e = upper;
        }
        return new int[] {s, e, st};
    }

    private static List<Integer> range(int start, int stop, int step) {
        List<Integer> r = new ArrayList<>();
        if (step > 0) for (int i = start; i < stop; i += step) r.add(i);
        else for (int i = start; i > stop; i += step) r.add(i);
        return r;
    }

    /**
     * Remove value at `index` from sorted list.
     *
     * Raises IndexOutOfBoundsException if the sorted list is empty or index is out of range.
     */
    public void delete(int index) {
        int[] p = pos(index);
        delete(p[0], p[1]);
    }

    /** Remove the values of the slice [start:stop:step] (null = omitted) from sorted list. */
    public void deleteSlice(Integer start, Integer stop, Integer step) {
        int[] ind = sliceIndices(start, stop, step, len);
        int s = ind[0], e = ind[1], st = ind[2];

        if (st == 1 && s < e) {
            if (s == 0 && e == len) {
                clear();
                return;
            } else if (len <= 8 * (e - s)) {
                List<T> values = getSlice(null, s, null);
                if (e < len) {
                    values.addAll(getSlice(e, null, null));
                }
                clear();
                update(values);
                return;
            }
        }

        List<Integer> indices = range(s, e, st);

        // Delete items from greatest index to least so
        // that the indices remain valid throughout iteration.

        if (st > 0) {
            Collections.reverse(indices);
        }

        for (int i : indices) {
            int[] p = pos(i);
            delete(p[0], p[1]);
        }
    }

    /**
     * Lookup value at `index` in sorted list.
     *
     * Raises IndexOutOfBoundsException if the sorted list is empty or index is out of range.
     */
    public T get(int index) {
        if (len > 0) {
            if (index == 0) {
                return lists.get(0).get(0);
            } else if (index == -1) {
                List<T> last = lists.get(lists.size() - 1);
                return last.get(last.size() - 1);
            }
        } else {
            throw new IndexOutOfBoundsException("list index out of range");
        }

        if (0 <= index && index < lists.get(0).size()) {
            return lists.get(0).get(index);
        }

        int lenLast = lists.get(lists.size() - 1).size();

        if (-lenLast < index && index < 0) {
            return lists.get(lists.size() - 1).get(lenLast + index);
        }

        int[] p = pos(index);
        return lists.get(p[0]).get(p[1]);
    }

    /** Lookup the values of the slice [start:stop:step] (null = omitted) in sorted list. */
    public List<T> getSlice(Integer start, Integer stop, Integer step) {
        int[] ind = sliceIndices(start, stop, step, len);
        int s = ind[0], e = ind[1], st = ind[2];

        if (st == 1 && s < e) {
            // Whole slice optimization: start to stop slices the whole
            // sorted list.

            if (s == 0 && e == len) {
                return concat(lists);
            }

            int[] startPair = pos(s);
            int startPos = startPair[0], startIdx = startPair[1];
            List<T> startList = lists.get(startPos);
            int stopIdx = startIdx + e - s;

            // Small slice optimization: start index and stop index are
            // within the start list.

            if (startList.size() >= stopIdx) {
                return new ArrayList<>(startList.subList(startIdx, stopIdx));
            }

            int stopPos;
            if (e == len) {
                stopPos = lists.size() - 1;
                stopIdx = lists.get(stopPos).size();
            } else {
                int[] stopPair = pos(e);
                stopPos = stopPair[0];
                stopIdx = stopPair[1];
            }

            List<T> result = new ArrayList<>(lists.get(startPos).subList(startIdx, lists.get(startPos).size()));
            for (int i = startPos + 1; i < stopPos; i++) result.addAll(lists.get(i));
            result.addAll(lists.get(stopPos).subList(0, stopIdx));

            return result;
        }

        if (st == -1 && s > e) {
            List<T> result = getSlice(e + 1, s + 1, null);
            Collections.reverse(result);
            return result;
        }

        // Return a list because a negative step could
        // reverse the order of the items and this could
        // be the desired behavior.

        List<T> result = new ArrayList<>();
        for (int i : range(s, e, st)) result.add(get(i));
        return result;
    }

    /** Raise UnsupportedOperationException: use delete(index) and add(value) instead. */
    public void set(int index, T value) {
        throw new UnsupportedOperationException("use ``del sl[index]`` and ``sl.add(value)`` instead");
    }

    /** Return an iterator over the sorted list, in sorted order. */
    @Override
    public Iterator<T> iterator() {
        return concat(lists).iterator();
    }

    /** Return a reverse iterator over the sorted list. */
    public Iterator<T> reversed() {
        List<T> values = concat(lists);
        Collections.reverse(values);
        return values.iterator();
    }

    /** Raise UnsupportedOperationException: use reversed() instead. */
    public void reverse() {
        throw new UnsupportedOperationException("use ``reversed(sl)`` instead");
    }

    /**
     * Return an iterator that slices sorted list from `start` to `stop`.
     *
     * The `start` and `stop` index are treated inclusive and exclusive, respectively. Both `start` and
     * `stop` default to null which is automatically inclusive of the beginning and end of the sorted
     * list. When `reverse` is true the values are yielded from the iterator in reverse order.
     */
    public Iterator<T> islice(Integer start, Integer stop, boolean reverse) {
        if (len == 0) {
            return Collections.emptyIterator();
        }

        int[] ind = sliceIndices(start, stop, null, len);
        int s = ind[0], e = ind[1];

        if (s >= e) {
            return Collections.emptyIterator();
        }

        int[] minPair = pos(s);
        int maxPos, maxIdx;
        if (e == len) {
            maxPos = lists.size() - 1;
            maxIdx = lists.get(lists.size() - 1).size();
        } else {
            int[] maxPair = pos(e);
            maxPos = maxPair[0];
            maxIdx = maxPair[1];
        }

        return islice(minPair[0], minPair[1], maxPos, maxIdx, reverse);
    }

    /**
     * Return an iterator that slices sorted list using two index pairs.
     *
     * The index pairs are (minPos, minIdx) and (maxPos, maxIdx), the first inclusive and the latter
     * exclusive. See {@link #pos} for details on how an index is converted to an index pair.
     */
    private Iterator<T> islice(int minPos, int minIdx, int maxPos, int maxIdx, boolean reverse) {
        List<T> out = new ArrayList<>();

        if (minPos > maxPos) {
            return out.iterator();
        }

        if (minPos == maxPos) {
            for (int i = minIdx; i < maxIdx; i++) out.add(lists.get(minPos).get(i));
        } else {
            int nextPos = minPos + 1;
            List<T> minList = lists.get(minPos);
            out.addAll(minList.subList(minIdx, minList.size()));
            if (nextPos != maxPos) {
                for (int i = nextPos; i < maxPos; i++) out.addAll(lists.get(i));
            }
            out.addAll(lists.get(maxPos).subList(0, maxIdx));
        }

        if (reverse) {
            Collections.reverse(out);
        }
        return out.iterator();
    }

    /**
     * Create an iterator of values between `minimum` and `maximum`.
     *
     * Both `minimum` and `maximum` default to null which is automatically inclusive of the beginning and
     * end of the sorted list.
     *
     * The argument `inclusive` is a pair of booleans that indicates whether the minimum and maximum
     * ought to be included in the range, respectively. The default is (true, true) such that the range
     * is inclusive of both minimum and maximum.
     *
     * When `reverse` is true the values are yielded from the iterator in reverse order.
     */
    public Iterator<T> irange(T minimum, T maximum, boolean[] inclusive, boolean reverse) {
        if (maxes.isEmpty()) {
            return Collections.emptyIterator();
        }

        // Calculate the minimum (pos, idx) pair. By default this location
        // will be inclusive in our calculation.

        int minPos, minIdx;
        if (minimum == null) {
            minPos = 0;
            minIdx = 0;
        } else {
            if (inclusive[0]) {
                minPos = bisectLeft(maxes, minimum);

                if (minPos == maxes.size()) {
                    return Collections.emptyIterator();
                }

                minIdx = bisectLeft(lists.get(minPos), minimum);
            } else {
                minPos = bisectRight(maxes, minimum);

                if (minPos == maxes.size()) {
                    return Collections.emptyIterator();
                }

                minIdx = bisectRight(lists.get(minPos), minimum);
            }
        }

        // Calculate the maximum (pos, idx) pair. By default this location
        // will be exclusive in our calculation.

        int maxPos, maxIdx;
        if (maximum == null) {
            maxPos = maxes.size() - 1;
            maxIdx = lists.get(maxPos).size();
        } else {
            if (inclusive[1]) {
                maxPos = bisectRight(maxes, maximum);

                if (maxPos == maxes.size()) {
                    maxPos -= 1;
                    maxIdx = lists.get(maxPos).size();
                } else {
                    maxIdx = bisectRight(lists.get(maxPos), maximum);
                }
            } else {
                maxPos = bisectLeft(maxes, maximum);

                if (maxPos == maxes.size()) {
                    maxPos -= 1;
                    maxIdx = lists.get(maxPos).size();
                } else {
                    maxIdx = bisectLeft(lists.get(maxPos), maximum);
                }
            }
        }

        return islice(minPos, minIdx, maxPos, maxIdx, reverse);
    }

    /** Return the size of the sorted list. */
    public int size() {
        return len;
    }

    /**
     * Return an index to insert `value` in the sorted list.
     *
     * If the `value` is already present, the insertion point will be before (to the left of) any
     * existing values.
     */
    public int bisectLeft(T value) {
        if (maxes.isEmpty()) {
            return 0;
        }

        int pos = bisectLeft(maxes, value);

        if (pos == maxes.size()) {
            return len;
        }

        int idx = bisectLeft(lists.get(pos), value);
        return loc(pos, idx);
    }

    /**
     * Return an index to insert `value` in the sorted list.
     *
     * Similar to bisectLeft, but if `value` is already present, the insertion point will be after (to the
     * right of) any existing values.
     */
    public int bisectRight(T value) {
        if (maxes.isEmpty()) {
            return 0;
        }

        int pos = bisectRight(maxes, value);

        if (pos == maxes.size()) {
            return len;
        }

        int idx = bisectRight(lists.get(pos), value);
        return loc(pos, idx);
    }

    public int bisect(T value) {
        return bisectRight(value);
    }

    /** Return number of occurrences of `value` in the sorted list. */
    public int count(T value) {
        if (maxes.isEmpty()) {
            return 0;
        }

        int posLeft = bisectLeft(maxes, value);

        if (posLeft == maxes.size()) {
            return 0;
        }

        int idxLeft = bisectLeft(lists.get(posLeft), value);
        int posRight = bisectRight(maxes, value);

        if (posRight == maxes.size()) {
            return len - loc(posLeft, idxLeft);
        }

        int idxRight = bisectRight(lists.get(posRight), value);

        if (posLeft == posRight) {
            return idxRight - idxLeft;
        }

        int right = loc(posRight, idxRight);
        int left = loc(posLeft, idxLeft);
        return right - left;
    }

    /** Return a shallow copy of the sorted list. */
    public SortedList<T> copy() {
        return new SortedList<>(this);
    }

    /** Raise UnsupportedOperationException: use add(value) instead. */
    public void append(T value) {
        throw new UnsupportedOperationException("use ``sl.add(value)`` instead");
    }

    /** Raise UnsupportedOperationException: use update(values) instead. */
    public void extend(Iterable<? extends T> values) {
        throw new UnsupportedOperationException("use ``sl.update(values)`` instead");
    }

    /** Raise UnsupportedOperationException: use add(value) instead. */
    public void insert(int index, T value) {
        throw new UnsupportedOperationException("use ``sl.add(value)`` instead");
    }

    /** Remove and return the last value of the sorted list. */
    public T pop() {
        return pop(-1);
    }

    /**
     * Remove and return value at `index` in sorted list.
     *
     * Raises IndexOutOfBoundsException if the sorted list is empty or index is out of range.
     * Negative indices are supported.
     */
    public T pop(int index) {
        if (len == 0) {
            throw new IndexOutOfBoundsException("pop index out of range");
        }

        if (index == 0) {
            T val = lists.get(0).get(0);
            delete(0, 0);
            return val;
        }

        if (index == -1) {
            int pos = lists.size() - 1;
            int loc = lists.get(pos).size() - 1;
            T val = lists.get(pos).get(loc);
            delete(pos, loc);
            return val;
        }

        if (0 <= index && index < lists.get(0).size()) {
            T val = lists.get(0).get(index);
            delete(0, index);
            return val;
        }

        int lenLast = lists.get(lists.size() - 1).size();

        if (-lenLast < index && index < 0) {
            int pos = lists.size() - 1;
            int loc = lenLast + index;
            T val = lists.get(pos).get(loc);
            delete(pos, loc);
            return val;
        }

        int[] p = pos(index);
        T val = lists.get(p[0]).get(p[1]);
        delete(p[0], p[1]);
        return val;
    }

    /**
     * Return first index of value in sorted list.
     *
     * Raise IllegalArgumentException ("ValueError") if `value` is not present.
     *
     * Index must be between `start` and `stop` for the `value` to be considered present. The default
     * value, null, for `start` and `stop` indicate the beginning and end of the sorted list.
     * Negative indices are supported.
     */
    public int index(T value, Integer start, Integer stop) {
        if (len == 0) {
            throw new IllegalArgumentException(value + " is not in list");
        }

        int s = start == null ? 0 : start;
        if (s < 0) {
            s += len;
        }
        if (s < 0) {
            s = 0;
        }

        int e = stop == null ? len : stop;
        if (e < 0) {
            e += len;
        }
        if (e > len) {
            e = len;
        }

        if (e <= s) {
            throw new IllegalArgumentException(value + " is not in list");
        }

        int posLeft = bisectLeft(maxes, value);

        if (posLeft == maxes.size()) {
            throw new IllegalArgumentException(value + " is not in list");
        }

        int idxLeft = bisectLeft(lists.get(posLeft), value);

        if (lists.get(posLeft).get(idxLeft).compareTo(value) != 0) {
            throw new IllegalArgumentException(value + " is not in list");
        }

        e -= 1;
        int left = loc(posLeft, idxLeft);

        if (s <= left) {
            if (left <= e) {
                return left;
            }
        } else {
            int right = bisectRight(value) - 1;

            if (s <= right) {
                return s;
            }
        }

        throw new IllegalArgumentException(value + " is not in list");
    }

    /** Return new sorted list containing all values in both sequences. */
    public SortedList<T> plus(Iterable<? extends T> other) {
        List<T> values = concat(lists);
        for (T value : other) values.add(value);
        return new SortedList<>(values);
    }

    /** Update sorted list with values from `other` (in-place add). */
    public SortedList<T> plusAssign(Iterable<? extends T> other) {
        update(other);
        return this;
    }

    /** Return new sorted list with `num` shallow copies of values. */
    public SortedList<T> times(int num) {
        List<T> values = new ArrayList<>();
        List<T> all = concat(lists);
        for (int i = 0; i < num; i++) values.addAll(all);
        return new SortedList<>(values);
    }

    /** Update the sorted list with `num` shallow copies of values (in-place multiply). */
    public SortedList<T> timesAssign(int num) {
        List<T> values = times(num).toList();
        clear();
        update(values);
        return this;
    }

    private List<T> toList() {
        return concat(lists);
    }

    /**
     * Compare with `other` using lexicographical order as with sequences: negative, zero or positive.
     */
    private int compareSeq(List<? extends T> other) {
        Iterator<T> it = iterator();
        for (T beta : other) {
            if (!it.hasNext()) break;
            T alpha = it.next();
            int c = alpha.compareTo(beta);
            if (c != 0) return c;
        }
        return Integer.compare(len, other.size());
    }

    /** Return true if and only if sorted list is equal to `other`. */
    public boolean eq(List<? extends T> other) {
        if (len != other.size()) return false;
        return compareSeq(other) == 0;
    }

    /** Return true if and only if sorted list is not equal to `other`. */
    public boolean ne(List<? extends T> other) {
        if (len != other.size()) return true;
        return compareSeq(other) != 0;
    }

    /** Return true if and only if sorted list is less than `other`. */
    public boolean lt(List<? extends T> other) {
        return compareSeq(other) < 0;
    }

    /** Return true if and only if sorted list is greater than `other`. */
    public boolean gt(List<? extends T> other) {
        return compareSeq(other) > 0;
    }

    /** Return true if and only if sorted list is less than or equal to `other`. */
    public boolean le(List<? extends T> other) {
        return compareSeq(other) <= 0;
    }

    /** Return true if and only if sorted list is greater than or equal to `other`. */
    public boolean ge(List<? extends T> other) {
        return compareSeq(other) >= 0;
    }

    /** Return string representation of sorted list: SortedList([1, 2, 3]). */
    @Override
    public String toString() {
        return "SortedList(" + toList() + ")";
    }

    /** The sublist lengths (for checks of the internal layout). */
    public List<Integer> sublistLengths() {
        List<Integer> out = new ArrayList<>();
        for (List<T> sublist : lists) out.add(sublist.size());
        return out;
    }

    /** Check invariants of sorted list. Runtime complexity: O(n). */
    public void check() {
        assertTrue(load >= 4);
        assertTrue(maxes.size() == lists.size());
        int total = 0;
        for (List<T> sublist : lists) total += sublist.size();
        assertTrue(len == total);

        // Check all sublists are sorted.

        for (List<T> sublist : lists) {
            for (int pos = 1; pos < sublist.size(); pos++) {
                assertTrue(sublist.get(pos - 1).compareTo(sublist.get(pos)) <= 0);
            }
        }

        // Check beginning/end of sublists are sorted.

        for (int pos = 1; pos < lists.size(); pos++) {
            List<T> prev = lists.get(pos - 1);
            assertTrue(prev.get(prev.size() - 1).compareTo(lists.get(pos).get(0)) <= 0);
        }

        // Check maxes index is the last value of each sublist.

        for (int pos = 0; pos < maxes.size(); pos++) {
            List<T> sublist = lists.get(pos);
            assertTrue(maxes.get(pos).compareTo(sublist.get(sublist.size() - 1)) == 0);
        }

        // Check sublist lengths are less than double load-factor.

        int doubled = load << 1;
        for (List<T> sublist : lists) assertTrue(sublist.size() <= doubled);

        // Check sublist lengths are greater than half load-factor for all
        // but the last sublist.

        int half = load >> 1;
        for (int pos = 0; pos < lists.size() - 1; pos++) {
            assertTrue(lists.get(pos).size() >= half);
        }

        if (!index.isEmpty()) {
            assertTrue(len == index.get(0));
            assertTrue(index.size() == offset + lists.size());

            // Check index leaf nodes equal length of sublists.

            for (int pos = 0; pos < lists.size(); pos++) {
                int leaf = index.get(offset + pos);
                assertTrue(leaf == lists.get(pos).size());
            }

            // Check index branch nodes are the sum of their children.

            for (int pos = 0; pos < offset; pos++) {
                int child = (pos << 1) + 1;
                if (child >= index.size()) {
                    assertTrue(index.get(pos) == 0);
                } else if (child + 1 == index.size()) {
                    assertTrue(index.get(pos).equals(index.get(child)));
                } else {
                    int childSum = index.get(child) + index.get(child + 1);
                    assertTrue(childSum == index.get(pos));
                }
            }
        }
    }

    private static void assertTrue(boolean condition) {
        if (!condition) {
            throw new IllegalStateException("sorted list invariant violated");
        }
    }
}
