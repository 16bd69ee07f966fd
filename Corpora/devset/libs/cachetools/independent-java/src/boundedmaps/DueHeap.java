package boundedmaps;

import java.util.ArrayList;
import java.util.List;

/**
 * Binary min-heap with exactly the sift rules of CPython's heapq (so that items with equal due times come
 * out in the same order): push sifts the new item towards the root while it is strictly smaller than its
 * parent; pop moves the last item to the root, walks it down to a leaf along the smaller child (the right
 * one on ties), then sifts it back up.
 */
final class DueHeap<T extends DueHeap.Item> {
    interface Item { double due(); }

    final List<T> items = new ArrayList<>();

    int size() { return items.size(); }

    T peek() { return items.get(0); }

    private static boolean less(Item a, Item b) { return a.due() < b.due(); }

    void push(T item) {
        items.add(item);
        towardRoot(0, items.size() - 1);
    }

    T pop() {
        T last = items.remove(items.size() - 1);
        if (items.isEmpty()) return last;
        T top = items.get(0);
        items.set(0, last);
        towardLeaf(0);
        return top;
    }

    void rebuild(List<T> fresh) {
        items.clear();
        items.addAll(fresh);
        for (int i = items.size() / 2 - 1; i >= 0; i--) towardLeaf(i);
    }

    private void towardRoot(int floor, int pos) {
        T moving = items.get(pos);
        while (pos > floor) {
            int parent = (pos - 1) >> 1;
            if (!less(moving, items.get(parent))) break;
            items.set(pos, items.get(parent));
            pos = parent;
        }
        items.set(pos, moving);
    }

    private void towardLeaf(int pos) {
        int end = items.size();
        int start = pos;
        T moving = items.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !less(items.get(child), items.get(right))) child = right;
            items.set(pos, items.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        items.set(pos, moving);
        towardRoot(start, pos);
    }
}
