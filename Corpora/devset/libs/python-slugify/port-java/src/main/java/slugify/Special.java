package slugify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Language specific pre translations (source: awesome-slugify), for use as slugify replacements. */
public final class Special {

    private Special() {
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase() + s.substring(1).toLowerCase();
    }

    private static boolean containsPair(List<String[]> list, String[] pair) {
        for (String[] item : list) {
            if (Arrays.equals(item, pair)) {
                return true;
            }
        }
        return false;
    }

    /** Given a replacement char list, this adds uppercase chars to the list. */
    public static List<String[]> addUppercaseChar(List<String[]> charList) {
        // Collect additions to avoid modifying input during iteration
        // and ensure atomicity on error
        List<String[]> insertions = new ArrayList<>();
        for (String[] item : charList) {
            String ch = item[0], xlate = item[1];
            String[] upperDict = {ch.toUpperCase(), capitalize(xlate)};
            if (!containsPair(charList, upperDict) && !ch.equals(upperDict[0])) {
                insertions.add(upperDict);
            }
        }

        // Apply all insertions to original list (maintains documented in-place modification)
        for (String[] upperDict : insertions) {
            charList.add(0, upperDict);
        }

        return charList;
    }

    private static List<String[]> pairs(String... flat) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < flat.length; i += 2) {
            out.add(new String[] {flat[i], flat[i + 1]});
        }
        return out;
    }

    public static final List<String[]> CYRILLIC = addUppercaseChar(pairs(  // package defaults:
        "ё", "e",    // io / yo
        "я", "ya",   // ia
        "х", "h",    // kh
        "у", "y",    // u
        "щ", "sch",  // sch
        "ю", "u"     // iu / yu
    ));

    public static final List<String[]> GERMAN = addUppercaseChar(pairs(  // package defaults:
        "ä", "ae",   // a
        "ö", "oe",   // o
        "ü", "ue"    // u
    ));

    public static final List<String[]> GREEK = addUppercaseChar(pairs(  // package defaults:
        "χ", "ch",   // kh
        "Ξ", "X",    // Ks
        "ϒ", "Y",    // U
        "υ", "y",    // u
        "ύ", "y",
        "ϋ", "y",
        "ΰ", "y"
    ));

    /** Pre translations. */
    public static final List<String[]> PRE_TRANSLATIONS = new ArrayList<>();

    static {
        PRE_TRANSLATIONS.addAll(CYRILLIC);
        PRE_TRANSLATIONS.addAll(GERMAN);
        PRE_TRANSLATIONS.addAll(GREEK);
    }
}
