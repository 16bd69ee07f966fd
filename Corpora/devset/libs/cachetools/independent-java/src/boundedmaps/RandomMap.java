package boundedmaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** RRCache: evicts choice(list of keys). */
public class RandomMap<K, V> extends SizedMap<K, V> {
    private static final Random RNG = new Random();
    private final Function<List<K>, K> picker;
    private final List<K> slots = new ArrayList<>();
    private final Map<K, Integer> slotOf = new HashMap<>();

    public RandomMap(long maxsize, Function<List<K>, K> choice, ToLongFunction<V> getsizeof) {
        super(maxsize, getsizeof);
        this.picker = choice != null ? choice : seq -> seq.get(RNG.nextInt(seq.size()));
    }

    public Function<List<K>, K> choice() { return picker; }

    @Override protected void onStored(K key, boolean fresh) {
        if (!slotOf.containsKey(key)) {
            slotOf.put(key, slots.size());
            slots.add(key);
        }
    }

    @Override protected void onRemoved(K key) {
        int hole = slotOf.remove(key);
        K last = slots.remove(slots.size() - 1);
        if (hole < slots.size()) {
            slots.set(hole, last);
            slotOf.put(last, hole);
        }
    }

    @Override protected void onCleared() {
        slots.clear();
        slotOf.clear();
    }

    @Override protected K victim() {
        if (slots.isEmpty()) throw emptyError();
        return picker.apply(slots);
    }

    @Override protected String displayName() { return "RRCache"; }
}
