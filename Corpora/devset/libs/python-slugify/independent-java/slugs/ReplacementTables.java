package slugs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Character replacement tables for slugify's `replacements` option. */
public final class ReplacementTables {
    private ReplacementTables() {}

    private static String capitalized(String s) {
        if (s.isEmpty()) return s;
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Prepends (upper-case char, Capitalised replacement) for each entry whose upper case is new. */
    public static List<String[]> addUppercaseChar(List<String[]> pairs) {
        Set<String> known = new HashSet<>();
        for (String[] p : pairs) known.add(p[0]);
        for (String[] p : new ArrayList<>(pairs)) {
            String upper = p[0].toUpperCase(Locale.ROOT);
            if (!upper.equals(p[0]) && known.add(upper)) pairs.add(0, new String[] {upper, capitalized(p[1])});
        }
        return pairs;
    }

    private static List<String[]> table(String... flat) {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < flat.length; i += 2) pairs.add(new String[] {flat[i], flat[i + 1]});
        return Collections.unmodifiableList(addUppercaseChar(pairs));
    }

    public static final List<String[]> CYRILLIC =
            table("ё", "e", "я", "ya", "х", "h", "у", "y", "щ", "sch", "ю", "u");
    public static final List<String[]> GERMAN = table("ä", "ae", "ö", "oe", "ü", "ue");
    public static final List<String[]> GREEK =
            table("χ", "ch", "Ξ", "X", "ϒ", "Y", "υ", "y", "ύ", "y", "ϋ", "y", "ΰ", "y");

    public static final List<String[]> PRE_TRANSLATIONS;

    static {
        List<String[]> all = new ArrayList<>();
        for (List<String[]> t : Arrays.asList(CYRILLIC, GERMAN, GREEK)) all.addAll(t);
        PRE_TRANSLATIONS = Collections.unmodifiableList(all);
    }
}
