package slugs;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text to URL slug, in the two pipelines of the API ("legacy", the default, and "modern"). */
public final class Slugifier {
    private Slugifier() {}

    private static final List<String> STAGES = Arrays.asList("both", "pre", "post");
    private static final List<String> BACKENDS = Arrays.asList("auto", "text-unidecode", "unidecode", "anyascii");
    private static final List<String> ALGORITHMS = Arrays.asList("legacy", "modern");

    private static final Pattern NAMED = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    private static final Pattern DECIMAL = Pattern.compile("&#([0-9]+);");
    private static final Pattern HEX_LOWER_X = Pattern.compile("&#x([0-9A-Fa-f]+);");
    private static final Pattern HEX_ANY_X = Pattern.compile("&#[xX]([0-9A-Fa-f]+);");
    private static final Pattern QUOTES = Pattern.compile("'+");
    private static final Pattern DIGIT_COMMA = Pattern.compile("(?<=[0-9]),(?=[0-9])");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final Pattern PIECE = Pattern.compile("(-*)([^-]+)");

    public static String slugify(String text) {
        return slugify(text, new SlugOptions());
    }

    public static String slugify(String text, SlugOptions o) {
        if (!STAGES.contains(o.replacementStage)) throw new SlugError("bad replacement_stage: " + o.replacementStage);
        if (!BACKENDS.contains(o.backend)) throw new SlugError("bad backend: " + o.backend);
        if (!ALGORITHMS.contains(o.algorithm)) throw new SlugError("bad algorithm: " + o.algorithm);
        boolean early = !o.replacementStage.equals("post");
        boolean late = !o.replacementStage.equals("pre");
        Pattern banned = o.regexPattern != null ? Pattern.compile(o.regexPattern)
                : o.allowUnicode ? Pattern.compile("[\\W_]+")
                : Pattern.compile(o.lowercase ? "[^-a-z0-9]+" : "[^-a-zA-Z0-9]+");

        String s = text;
        if (early) s = replaceAll(s, o.replacements);
        if (o.algorithm.equals("modern")) {
            if (o.entities) s = decodeNamed(s);
            if (o.decimal) s = decodeEach(DECIMAL, 10, s);
            if (o.hexadecimal) s = decodeEach(HEX_ANY_X, 16, s);
            s = QUOTES.matcher(s).replaceAll("-");
            s = normalize(s, o.allowUnicode, true);
        } else {
            s = QUOTES.matcher(s).replaceAll("-");
            s = normalize(s, o.allowUnicode, true);
            if (o.entities) s = decodeNamed(s);
            if (o.decimal) s = decodeAllOrNone(DECIMAL, 10, s);
            if (o.hexadecimal) s = decodeAllOrNone(HEX_LOWER_X, 16, s);
        }
        s = normalize(s, o.allowUnicode, false);
        if (o.lowercase) s = s.toLowerCase(Locale.ROOT);
        s = s.replace("'", "");
        s = DIGIT_COMMA.matcher(s).replaceAll("");
        s = banned.matcher(s).replaceAll("-");
        s = strip(DASHES.matcher(s).replaceAll("-"), "-");
        if (!o.stopwords.isEmpty()) {
            Set<String> drop = new HashSet<>();
            for (String w : o.stopwords) drop.add(o.lowercase ? w.toLowerCase(Locale.ROOT) : w);
            List<String> keep = new ArrayList<>();
            for (String w : s.split("-", -1)) if (!drop.contains(w)) keep.add(w);
            s = String.join("-", keep);
        }
        if (late) s = replaceAll(s, o.replacements);

        if (o.algorithm.equals("modern")) return budget(s, o.maxLength, o.wordBoundary, o.separator, o.saveOrder);
        if (o.maxLength > 0) s = smartTruncate(s, o.maxLength, o.wordBoundary, "-", o.saveOrder);
        if (!o.separator.equals("-")) s = s.replace("-", o.separator);
        return s;
    }

    private static String replaceAll(String s, List<String[]> pairs) {
        for (String[] p : pairs) s = s.replace(p[0], p[1]);
        return s;
    }

    private static String normalize(String s, boolean allowUnicode, boolean transliterate) {
        if (allowUnicode) return Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        if (!transliterate) return s;
        // no transliteration tables here: keep what decomposition left in ASCII
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < 128) sb.append(s.charAt(i));
        return sb.toString();
    }

    private static String substitute(Pattern p, String s, Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            sb.append(s, last, m.start()).append(f.apply(m));
            last = m.end();
        }
        return sb.append(s.substring(last)).toString();
    }

    private static String decodeNamed(String s) {
        return substitute(NAMED, s, m -> {
            Integer cp = HtmlEntities.CODE_POINTS.get(m.group(1));
            return cp == null ? m.group() : new String(Character.toChars(cp));
        });
    }

    /** The code point a reference names, or -1 when it is beyond U+10FFFF. */
    private static int codePoint(String digits, int radix) {
        String d = digits.replaceFirst("^0+(?=.)", "");
        if (d.length() > 8) return -1;
        long v = Long.parseLong(d, radix);
        return v > 0x10FFFF ? -1 : (int) v;
    }

    private static String chr(int cp) {
        return cp <= 0xFFFF ? String.valueOf((char) cp) : new String(Character.toChars(cp));
    }

    private static String decodeAllOrNone(Pattern p, int radix, String s) {
        Matcher m = p.matcher(s);
        while (m.find()) if (codePoint(m.group(1), radix) < 0) return s;
        return substitute(p, s, x -> chr(codePoint(x.group(1), radix)));
    }

    private static String decodeEach(Pattern p, int radix, String s) {
        return substitute(p, s, x -> {
            int cp = codePoint(x.group(1), radix);
            return cp < 0 || (cp >= 0xD800 && cp <= 0xDFFF) ? x.group() : chr(cp);
        });
    }

    /** Python's str.strip(chars): drop leading and trailing characters that occur in chars. */
    static String strip(String s, String chars) {
        int a = 0, b = s.length();
        while (a < b && chars.indexOf(s.charAt(a)) >= 0) a++;
        while (b > a && chars.indexOf(s.charAt(b - 1)) >= 0) b--;
        return s.substring(a, b);
    }

    /** Python's s[:n] (negative n counts from the end). */
    private static String head(String s, int n) {
        if (n < 0) n = Math.max(0, s.length() + n);
        return s.substring(0, Math.min(n, s.length()));
    }

    private static String budget(String s, int max, boolean wordBoundary, String sep, boolean saveOrder) {
        String mapped = s.replace("-", sep);
        if (max <= 0 || mapped.length() <= max) return mapped;
        List<String[]> pieces = new ArrayList<>();
        Matcher m = PIECE.matcher(s);
        while (m.find()) pieces.add(new String[] {m.group(1), m.group(2)});
        if (wordBoundary) {
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < pieces.size(); i++) {
                String lead = kept.length() > 0 || i == 0 ? sep.repeat(pieces.get(i)[0].length()) : "";
                String word = pieces.get(i)[1];
                if (kept.length() + lead.length() + word.length() <= max) kept.append(lead).append(word);
                else if (saveOrder) break;
            }
            if (kept.length() > 0) return kept.toString();
        }
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            String lead = cut.length() > 0 || i == 0 ? sep.repeat(pieces.get(i)[0].length()) : "";
            if (cut.length() + lead.length() >= max) break;
            cut.append(lead);
            String word = pieces.get(i)[1];
            int room = max - cut.length();
            cut.append(word, 0, Math.min(room, word.length()));
            if (word.length() > room) break;
        }
        return cut.toString();
    }

    public static String smartTruncate(String text, int maxLength, boolean wordBoundary, String separator,
                                       boolean saveOrder) {
        String s = strip(text, separator);
        if (maxLength == 0 || s.length() < maxLength) return s;
        if (!wordBoundary) return strip(head(s, maxLength), separator);
        if (separator.isEmpty()) throw new SlugError("empty separator");
        if (!s.contains(separator)) return head(s, maxLength);
        StringBuilder kept = new StringBuilder();
        for (String word : s.split(Pattern.quote(separator), -1)) {
            if (word.isEmpty()) continue;
            int size = kept.length() + word.length();
            if (size < maxLength) {
                kept.append(word).append(separator);
            } else if (size == maxLength) {
                kept.append(word);
                break;
            } else if (saveOrder) {
                break;
            }
        }
        String out = kept.length() > 0 ? kept.toString() : head(s, maxLength);
        return strip(out, separator);
    }
}
