package slugify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Frozen legacy slugify implementation.
 *
 * DO NOT MODIFY. This class is the permanently frozen legacy output pipeline.
 * Many deployed sites depend on its exact output, so its behavior must never
 * change. All improvements belong in the modern path ({@link Slugify}).
 */
final class Legacy {

    static final Pattern CHAR_ENTITY_PATTERN =
        Pattern.compile("&(" + String.join("|", HtmlEntities.NAME2CODEPOINT.keySet()) + ");");
    static final Pattern DECIMAL_PATTERN = Pattern.compile("&#(\\d+);");
    static final Pattern HEX_PATTERN = Pattern.compile("&#x([\\da-fA-F]+);");
    static final Pattern QUOTE_PATTERN = Pattern.compile("[']+");
    static final Pattern DISALLOWED_CHARS_PATTERN = Pattern.compile("[^-a-zA-Z0-9]+");
    static final Pattern DISALLOWED_UNICODE_CHARS_PATTERN = Pattern.compile("[\\W_]+");
    static final Pattern DUPLICATE_DASH_PATTERN = Pattern.compile("-{2,}");
    static final Pattern NUMBERS_PATTERN = Pattern.compile("(?<=\\d),(?=\\d)");
    static final String DEFAULT_SEPARATOR = "-";

    private Legacy() {
    }

    private static String decodeEntities(String text, boolean entities, boolean decimal, boolean hexadecimal) {
        if (entities) {
            text = CHAR_ENTITY_PATTERN.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(Slugify.chr(HtmlEntities.NAME2CODEPOINT.get(m.group(1)))));
        }
        if (decimal) {
            // Legacy substitution is all-or-nothing for each numeric reference kind.
            try {
                text = DECIMAL_PATTERN.matcher(text)
                    .replaceAll(m -> Matcher.quoteReplacement(Slugify.chr(Integer.parseInt(m.group(1)))));
            } catch (IllegalArgumentException error) {
                // leave the text unchanged
            }
        }
        if (hexadecimal) {
            try {
                text = HEX_PATTERN.matcher(text)
                    .replaceAll(m -> Matcher.quoteReplacement(Slugify.chr(Integer.parseInt(m.group(1), 16))));
            } catch (IllegalArgumentException error) {
                // leave the text unchanged
            }
        }
        return text;
    }

    /** Python's s[:n] for any int n (negative counts from the end). */
    private static String head(String s, int n) {
        if (n < 0) {
            n = Math.max(s.length() + n, 0);
        }
        return s.substring(0, Math.min(n, s.length()));
    }

    /**
     * Historical public truncation behavior, including character-set stripping.
     *
     * Zero means unlimited; negative limits retain Python slicing semantics.
     * An empty separator raises IllegalArgumentException, as in the legacy implementation.
     */
    static String smartTruncate(String string, int maxLength, boolean wordBoundary, String separator,
                                boolean saveOrder) {
        string = Slugify.strip(string, separator);
        if (maxLength == 0) {
            return string;
        }
        if (string.length() < maxLength) {
            return string;
        }
        if (!wordBoundary) {
            return Slugify.strip(head(string, maxLength), separator);
        }
        if (!string.contains(separator)) {
            return head(string, maxLength);
        }
        if (separator.isEmpty()) {
            throw new IllegalArgumentException("empty separator");
        }
        String truncated = "";
        for (String word : string.split(Pattern.quote(separator), -1)) {
            if (!word.isEmpty()) {
                int nextLen = truncated.length() + word.length();
                if (nextLen < maxLength) {
                    truncated += word + separator;
                } else if (nextLen == maxLength) {
                    truncated += word;
                    break;
                } else if (saveOrder) {
                    break;
                }
            }
        }
        if (truncated.isEmpty()) {
            truncated = head(string, maxLength);
        }
        return Slugify.strip(truncated, separator);
    }

    /** Frozen legacy output pipeline. Do not change its behavior. */
    static String slugify(String text, SlugifyOptions o) {
        if (text == null) {
            throw new IllegalArgumentException("text must be str, bytes or bytearray, not NoneType");
        }
        if (!List.of("both", "pre", "post").contains(o.replacementStage)) {
            throw new IllegalArgumentException("replacement_stage must be 'both', 'pre' or 'post'");
        }
        if (!List.of("auto", "text-unidecode", "unidecode", "anyascii").contains(o.backend)) {
            throw new IllegalArgumentException("backend must be 'auto', 'text-unidecode', 'unidecode' or 'anyascii'");
        }
        boolean hasReplacements = o.replacements != null && !o.replacements.isEmpty();

        if (hasReplacements && (o.replacementStage.equals("both") || o.replacementStage.equals("pre"))) {
            for (String[] rule : o.replacements) {
                text = text.replace(rule[0], rule[1]);
            }
        }

        text = QUOTE_PATTERN.matcher(text).replaceAll(DEFAULT_SEPARATOR);
        if (o.allowUnicode) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        } else {
            text = Slugify.transliterate(Normalizer.normalize(text, Normalizer.Form.NFKD), o.backend);
        }
        text = decodeEntities(text, o.entities, o.decimal, o.hexadecimal);
        text = Normalizer.normalize(text, o.allowUnicode ? Normalizer.Form.NFKC : Normalizer.Form.NFKD);
        if (o.lowercase) {
            text = text.toLowerCase();
        }
        text = QUOTE_PATTERN.matcher(text).replaceAll("");
        text = NUMBERS_PATTERN.matcher(text).replaceAll("");
        Pattern pattern = o.regexPattern != null ? o.regexPattern
            : (o.allowUnicode ? DISALLOWED_UNICODE_CHARS_PATTERN : DISALLOWED_CHARS_PATTERN);
        text = pattern.matcher(text).replaceAll(DEFAULT_SEPARATOR);
        text = Slugify.strip(DUPLICATE_DASH_PATTERN.matcher(text).replaceAll(DEFAULT_SEPARATOR), DEFAULT_SEPARATOR);

        if (o.stopwords != null && !o.stopwords.isEmpty()) {
            List<String> excluded = new ArrayList<>();
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
        if (hasReplacements && (o.replacementStage.equals("both") || o.replacementStage.equals("post"))) {
            for (String[] rule : o.replacements) {
                text = text.replace(rule[0], rule[1]);
            }
        }

        if (o.maxLength > 0) {
            text = smartTruncate(text, o.maxLength, o.wordBoundary, DEFAULT_SEPARATOR, o.saveOrder);
        }
        return !o.separator.equals(DEFAULT_SEPARATOR) ? text.replace(DEFAULT_SEPARATOR, o.separator) : text;
    }
}
