package slugify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Make slugs: the modern pipeline, and the entry point that dispatches to the legacy one. */
public final class Slugify {

    static final Pattern CHAR_ENTITY_PATTERN =
        Pattern.compile("&(" + String.join("|", HtmlEntities.NAME2CODEPOINT.keySet()) + ");");
    static final Pattern DECIMAL_PATTERN = Pattern.compile("&#(\\d+);");
    static final Pattern MODERN_HEX_PATTERN = Pattern.compile("&#[xX]([\\da-fA-F]+);");
    static final Pattern QUOTE_PATTERN = Pattern.compile("[']+");
    static final Pattern DISALLOWED_CHARS_PATTERN = Pattern.compile("[^-a-zA-Z0-9]+");
    static final Pattern DISALLOWED_UNICODE_CHARS_PATTERN = Pattern.compile("[\\W_]+");
    static final Pattern DUPLICATE_DASH_PATTERN = Pattern.compile("-{2,}");
    static final Pattern NUMBERS_PATTERN = Pattern.compile("(?<=\\d),(?=\\d)");
    public static final String DEFAULT_SEPARATOR = "-";
    // Zero-width non-joiner/joiner: spelling-significant inside words in Indic,
    // Sinhala and Persian text (e.g. Sinhala "ශ්‍රී"), invisible noise elsewhere.
    static final String WORD_JOINERS = "\u200c\u200d";

    private Slugify() {
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Python's str.strip(chars). */
    static String strip(String s, String chars) {
        int start = 0, end = s.length();
        while (start < end && chars.indexOf(s.charAt(start)) >= 0) start++;
        while (end > start && chars.indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(start, end);
    }

    /** Python's str.rstrip(chars). */
    static String rstrip(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(0, end);
    }

    static String chr(int value) {
        return new String(Character.toChars(value));
    }

    static String repeat(String s, int n) {
        return n <= 0 ? "" : s.repeat(n);
    }

    /** Leave invalid references for ordinary filtering, independently of neighbors. */
    private static String numericReference(MatchResult match, int base) {
        try {
            int value = Integer.parseInt(match.group(1), base);
            if (0xD800 <= value && value <= 0xDFFF) {
                return match.group(0);
            }
            return chr(value);
        } catch (IllegalArgumentException error) {  // NumberFormatException included
            return match.group(0);
        }
    }

    private static String decodeEntities(String text, boolean entities, boolean decimal, boolean hexadecimal) {
        if (entities) {
            text = CHAR_ENTITY_PATTERN.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(chr(HtmlEntities.NAME2CODEPOINT.get(m.group(1)))));
        }
        if (decimal) {
            text = DECIMAL_PATTERN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(numericReference(m, 10)));
        }
        if (hexadecimal) {
            text = MODERN_HEX_PATTERN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(numericReference(m, 16)));
        }
        return text;
    }

    static String transliterate(String text, String backend) {
        // Every backend maps 7-bit ASCII to itself; skip the transliteration tables.
        if (isAscii(text)) {
            return text;
        }
        // The Python backends (Unidecode, text-unidecode, anyascii) have no counterpart in the Java standard
        // library: approximate them by dropping what compatibility decomposition leaves outside ASCII.
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return normalized.replaceAll("[^\\x00-\\x7F]", "");
    }

    private static boolean isCombiningMark(int ch) {
        // Variation selectors are Mn but select emoji/glyph styles, not spelling.
        if ((0xFE00 <= ch && ch <= 0xFE0F) || (0xE0100 <= ch && ch <= 0xE01EF)) {
            return false;
        }
        int type = Character.getType(ch);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Modern Unicode-mode filter: [\W_]+ to '-', but keep words whole.
     *
     * A combining mark is a word character when it continues a word; a ZWNJ/ZWJ
     * is kept only between word parts. Identical to the plain [\W_]+ filter
     * for text without combining marks or joiners.
     */
    private static String replaceDisallowedUnicode(String text) {
        if (isAscii(text)) {  // No marks or joiners possible: keep the fast regex path.
            return DISALLOWED_UNICODE_CHARS_PATTERN.matcher(text).replaceAll(DEFAULT_SEPARATOR);
        }
        int[] chars = text.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        boolean inWord = false;
        int last = chars.length - 1;
        for (int index = 0; index < chars.length; index++) {
            int ch = chars[index];
            if (Character.isLetterOrDigit(ch)) {  // Same definition as \w, minus '_'.
                inWord = true;
                out.appendCodePoint(ch);
            } else if (inWord && isCombiningMark(ch)) {
                out.appendCodePoint(ch);
            } else if (inWord && WORD_JOINERS.indexOf(ch) >= 0 && index < last
                    && (Character.isLetterOrDigit(chars[index + 1]) || isCombiningMark(chars[index + 1]))) {
                out.appendCodePoint(ch);
            } else {
                inWord = false;
                out.append(DEFAULT_SEPARATOR);
            }
        }
        return out.toString();
    }

    private static int count(String text, String sub) {
        int n = 0;
        for (int i = text.indexOf(sub); i >= 0; i = text.indexOf(sub, i + sub.length())) n++;
        return n;
    }

    /**
     * Budget internal dash-separated tokens before mapping output delimiters.
     *
     * Output delimiters may also occur in words; never strip or split emitted text.
     * Post replacements retain the historical global dash-to-separator mapping.
     */
    private static String modernTruncate(String text, int maxLength, boolean wordBoundary, String separator,
                                         boolean saveOrder) {
        if (maxLength <= 0) {
            return text.replace(DEFAULT_SEPARATOR, separator);
        }
        int outputLength = text.length() + count(text, DEFAULT_SEPARATOR) * (separator.length() - 1);
        if (outputLength <= maxLength) {
            return text.replace(DEFAULT_SEPARATOR, separator);
        }
        String[] tokens = text.split(DEFAULT_SEPARATOR, -1);
        if (wordBoundary) {
            List<String> words = new ArrayList<>();
            int length = 0;
            int previousIndex = 0;
            boolean firstWord = true;
            for (int index = 0; index < tokens.length; index++) {
                String word = tokens[index];
                if (word.isEmpty()) {
                    continue;
                }
                // Keep the full delimiter run attached to each retained word.
                // Skipping an oversized first word must not add a leading delimiter.
                String delimiter = !words.isEmpty() || firstWord ? repeat(separator, index - previousIndex) : "";
                previousIndex = index;
                firstWord = false;
                int nextLength = length + delimiter.length() + word.length();
                if (nextLength <= maxLength) {
                    words.add(delimiter + word);
                    length = nextLength;
                } else if (saveOrder) {
                    break;
                }
            }
            if (!words.isEmpty()) {
                return String.join("", words);
            }
        }
        // A hard cut may shorten a word but must not emit a partial/trailing delimiter.
        StringBuilder parts = new StringBuilder();
        int length = 0;
        int previousIndex = 0;
        for (int index = 0; index < tokens.length; index++) {
            String word = tokens[index];
            if (word.isEmpty()) {
                continue;
            }
            // Keep repeated delimiters with the next nonempty word until it fits.
            String delimiter = repeat(separator, index - previousIndex);
            int remaining = maxLength - length - delimiter.length();
            if (remaining <= 0) {
                break;
            }
            // A cut must not leave an invisible joiner dangling at the end.
            parts.append(delimiter).append(rstrip(word.substring(0, Math.min(remaining, word.length())), WORD_JOINERS));
            length += delimiter.length() + Math.min(word.length(), remaining);
            previousIndex = index;
            if (word.length() > remaining) {
                break;
            }
        }
        return parts.toString();
    }

    private static String modernSlugify(String text, SlugifyOptions o) {
        if (o.separator == null) {
            throw new IllegalArgumentException("separator must be str, not NoneType");
        }
        if (text == null) {
            throw new IllegalArgumentException("text must be str, bytes or bytearray, not NoneType");
        }
        if (!List.of("both", "pre", "post").contains(o.replacementStage)) {
            throw new IllegalArgumentException("replacement_stage must be 'both', 'pre' or 'post'");
        }
        if (!List.of("auto", "text-unidecode", "unidecode", "anyascii").contains(o.backend)) {
            throw new IllegalArgumentException("backend must be 'auto', 'text-unidecode', 'unidecode' or 'anyascii'");
        }

        // Materialize rules once: consumption of an iterator would affect output.
        List<String[]> rules = o.replacements == null ? List.of() : new ArrayList<>(o.replacements);
        if (!rules.isEmpty() && (o.replacementStage.equals("both") || o.replacementStage.equals("pre"))) {
            for (String[] rule : rules) {
                text = text.replace(rule[0], rule[1]);
            }
        }

        text = decodeEntities(text, o.entities, o.decimal, o.hexadecimal);
        text = QUOTE_PATTERN.matcher(text).replaceAll(DEFAULT_SEPARATOR);
        if (o.allowUnicode) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        } else {
            text = transliterate(Normalizer.normalize(text, Normalizer.Form.NFKD), o.backend);
        }
        text = Normalizer.normalize(text, o.allowUnicode ? Normalizer.Form.NFKC : Normalizer.Form.NFKD);
        if (o.lowercase) {
            text = text.toLowerCase();
        }
        text = QUOTE_PATTERN.matcher(text).replaceAll("");
        text = NUMBERS_PATTERN.matcher(text).replaceAll("");
        if (o.regexPattern != null) {
            text = o.regexPattern.matcher(text).replaceAll(DEFAULT_SEPARATOR);
        } else if (o.allowUnicode) {
            text = replaceDisallowedUnicode(text);
        } else {
            text = DISALLOWED_CHARS_PATTERN.matcher(text).replaceAll(DEFAULT_SEPARATOR);
        }
        text = strip(DUPLICATE_DASH_PATTERN.matcher(text).replaceAll(DEFAULT_SEPARATOR), DEFAULT_SEPARATOR);

        if (o.stopwords != null && !o.stopwords.isEmpty()) {
            Set<String> excluded = new HashSet<>();
            for (String word : o.stopwords) {
                excluded.add(o.lowercase ? word.toLowerCase() : word);
            }
            List<String> kept = new ArrayList<>();
            for (String word : text.split(DEFAULT_SEPARATOR, -1)) {
                if (!excluded.contains(word)) {
                    kept.add(word);
                }
            }
            text = String.join(DEFAULT_SEPARATOR, kept);
        }
        if (!rules.isEmpty() && (o.replacementStage.equals("both") || o.replacementStage.equals("post"))) {
            for (String[] rule : rules) {
                text = text.replace(rule[0], rule[1]);
            }
        }

        return modernTruncate(text, o.maxLength, o.wordBoundary, o.separator, o.saveOrder);
    }

    /**
     * Make a slug with the legacy output pipeline by default, permanently.
     *
     * algorithm="legacy" (the default) dispatches to the frozen legacy pipeline in
     * {@link Legacy}, which must never change. algorithm="modern" opts into early
     * entity decoding, reusable rules, stable stopword membership, a final
     * emitted-character length budget, and up-front argument validation.
     * replacements are ordered literal rules, before and after cleanup by default;
     * replacementStage selects "pre", "post" or "both". Post rules are unfiltered.
     * regexPattern matches disallowed characters; stopwords match internal words.
     * allowUnicode uses NFKC without transliteration.
     */
    public static String slugify(String text, SlugifyOptions o) {
        if (!o.algorithm.equals("legacy") && !o.algorithm.equals("modern")) {
            throw new IllegalArgumentException("algorithm must be 'legacy' or 'modern'");
        }
        if (o.algorithm.equals("legacy")) {
            return Legacy.slugify(text, o);
        }
        return modernSlugify(text, o);
    }

    public static String slugify(String text) {
        return slugify(text, new SlugifyOptions());
    }

    /** Historical public truncation behavior; see {@link Legacy#smartTruncate}. */
    public static String smartTruncate(String string, int maxLength, boolean wordBoundary, String separator,
                                       boolean saveOrder) {
        return Legacy.smartTruncate(string, maxLength, wordBoundary, separator, saveOrder);
    }
}
