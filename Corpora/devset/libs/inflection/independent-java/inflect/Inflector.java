package inflect;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English inflections and case-style conversions, written from the `inflection` API description. */
public final class Inflector {
    private Inflector() {}

    public static final String VERSION = "0.5.1";

    public static final Set<String> UNCOUNTABLE = Collections.unmodifiableSet(new TreeSet<>(Arrays.asList(
            "equipment", "fish", "information", "jeans", "money", "rice", "series", "sheep", "species")));

    /** One rewrite: a case-insensitive pattern and what its match becomes. */
    public static final class Rule {
        final Pattern pattern;
        final Function<MatchResult, String> rewrite;

        Rule(String regex, Function<MatchResult, String> rewrite) {
            this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            this.rewrite = rewrite;
        }

        Rule(String regex, String template) {
            this(regex, m -> expand(m, template));
        }

        String tryApply(String word) {
            Matcher m = pattern.matcher(word);
            if (!m.find()) return null;
            StringBuilder sb = new StringBuilder(word.substring(0, m.start()));
            sb.append(rewrite.apply(m.toMatchResult()));
            sb.append(word.substring(m.end()));
            return sb.toString();
        }
    }

    /** `template` with \1, \2 ... replaced by groups (an unmatched group is empty). */
    private static String expand(MatchResult m, String template) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                String g = m.group(template.charAt(++i) - '0');
                if (g != null) sb.append(g);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static final List<Rule> PLURALS = new ArrayList<>();
    public static final List<Rule> SINGULARS = new ArrayList<>();

    static {
        String[][] plural = {
            {"(quiz)$", "\\1zes"}, {"^(oxen)$", "\\1"}, {"^(ox)$", "\\1en"},
            {"(m|l)ice$", "\\1ice"}, {"(m|l)ouse$", "\\1ice"}, {"(passer)s?by$", "\\1sby"},
            {"(matr|vert|ind)(?:ix|ex)$", "\\1ices"}, {"(x|ch|ss|sh)$", "\\1es"},
            {"([^aeiouy]|qu)y$", "\\1ies"}, {"(hive)$", "\\1s"}, {"([lr])f$", "\\1ves"},
            {"([^f])fe$", "\\1ves"}, {"sis$", "ses"}, {"([ti])a$", "\\1a"}, {"([ti])um$", "\\1a"},
            {"(buffal|potat|tomat)o$", "\\1oes"}, {"(bu)s$", "\\1ses"}, {"(alias|status)$", "\\1es"},
            {"(octop|vir)i$", "\\1i"}, {"(octop|vir)us$", "\\1i"}, {"^(ax|test)is$", "\\1es"},
            {"s$", "s"}, {"$", "s"},
        };
        for (String[] r : plural) PLURALS.add(new Rule(r[0], r[1]));
        String[][] singular = {
            {"(database)s$", "\\1"}, {"(quiz)zes$", "\\1"}, {"(matr)ices$", "\\1ix"},
            {"(vert|ind)ices$", "\\1ex"}, {"(passer)sby$", "\\1by"}, {"^(ox)en", "\\1"},
            {"(alias|status)(es)?$", "\\1"}, {"(octop|vir)(us|i)$", "\\1us"}, {"^(a)x[ie]s$", "\\1xis"},
            {"(cris|test)(is|es)$", "\\1is"}, {"(shoe)s$", "\\1"}, {"(o)es$", "\\1"}, {"(bus)(es)?$", "\\1"},
            {"(m|l)ice$", "\\1ouse"}, {"(x|ch|ss|sh)es$", "\\1"}, {"(m)ovies$", "\\1ovie"},
            {"(s)eries$", "\\1eries"}, {"([^aeiouy]|qu)ies$", "\\1y"}, {"([lr])ves$", "\\1f"},
            {"(tive|hive)s$", "\\1"}, {"([^f])ves$", "\\1fe"},
        };
        for (String[] r : singular) SINGULARS.add(new Rule(r[0], r[1]));
        SINGULARS.add(new Rule("(analy|ba|diagno|parenthe|progno|synop|the)(sis|ses)$", m -> {
            String stem = m.group(1);
            return stem.charAt(0) + stem.substring(1).toLowerCase() + "sis";
        }));
        String[][] tail = {{"([ti])a$", "\\1um"}, {"(n)ews$", "\\1ews"}, {"(ss)$", "\\1"}, {"s$", ""}};
        for (String[] r : tail) SINGULARS.add(new Rule(r[0], r[1]));

        String[][] irregular = {{"person", "people"}, {"man", "men"}, {"human", "humans"}, {"child", "children"},
                {"sex", "sexes"}, {"move", "moves"}, {"cow", "kine"}, {"zombie", "zombies"}};
        for (String[] pair : irregular) addIrregular(pair[0], pair[1]);
    }

    private static void addIrregular(String one, String many) {
        String oneRest = one.substring(1), manyRest = many.substring(1);
        if (Character.toLowerCase(one.charAt(0)) == Character.toLowerCase(many.charAt(0))) {
            String head = "(" + one.charAt(0) + ")";
            PLURALS.add(0, new Rule(head + manyRest + "$", "\\1" + manyRest));
            PLURALS.add(0, new Rule(head + oneRest + "$", "\\1" + manyRest));
            SINGULARS.add(0, new Rule(head + manyRest + "$", "\\1" + oneRest));
        } else {
            PLURALS.add(0, new Rule("(" + many.charAt(0) + ")" + manyRest + "$", m -> withCaseOf(m.group(1), many)));
            PLURALS.add(0, new Rule("(" + one.charAt(0) + ")" + oneRest + "$", m -> withCaseOf(m.group(1), many)));
            SINGULARS.add(0, new Rule("(" + many.charAt(0) + ")" + manyRest + "$", m -> withCaseOf(m.group(1), one)));
        }
    }

    private static String withCaseOf(String first, String word) {
        char c = word.charAt(0);
        c = Character.isUpperCase(first.charAt(0)) ? Character.toUpperCase(c) : Character.toLowerCase(c);
        return c + word.substring(1);
    }

    private static String firstRule(String word, List<Rule> rules) {
        for (Rule r : rules) {
            String out = r.tryApply(word);
            if (out != null) return out;
        }
        return word;
    }

    public static String pluralize(String word) {
        if (word.isEmpty() || UNCOUNTABLE.contains(word.toLowerCase())) return word;
        return firstRule(word, PLURALS);
    }

    private static final Pattern UNCOUNTABLE_END =
            Pattern.compile("(?<![A-Za-z0-9_])(" + String.join("|", UNCOUNTABLE) + ")$", Pattern.CASE_INSENSITIVE);

    public static String singularize(String word) {
        if (UNCOUNTABLE_END.matcher(word).find()) return word;
        return firstRule(word, SINGULARS);
    }

    public static String underscore(String word) {
        String s = word.replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
        s = s.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
        return s.replace('-', '_').toLowerCase();
    }

    public static String camelize(String text) {
        return camelize(text, true);
    }

    public static String camelize(String text, boolean upperFirst) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (i == 0) {
                sb.append(Character.toUpperCase(c));
                i++;
            } else if (c == '_' && i + 1 < text.length()) {
                sb.append(Character.toUpperCase(text.charAt(i + 1)));
                i += 2;
            } else {
                sb.append(c);
                i++;
            }
        }
        if (upperFirst) return sb.toString();
        if (text.isEmpty()) throw new IndexOutOfBoundsException("camelize of an empty string");
        return Character.toLowerCase(text.charAt(0)) + sb.substring(1);
    }

    public static String dasherize(String word) {
        return word.replace('_', '-');
    }

    private static boolean isWordChar(char c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }

    public static String humanize(String word) {
        String s = word.endsWith("_id") ? word.substring(0, word.length() - 3) : word;
        s = s.replace('_', ' ');
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        if (sb.length() > 0 && isWordChar(sb.charAt(0))) sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.toString();
    }

    /** Python's str.title() restricted to what ASCII text needs. */
    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean afterLetter = false;
        for (char c : s.toCharArray()) {
            if (Character.isLetter(c)) {
                sb.append(afterLetter ? Character.toLowerCase(c) : Character.toUpperCase(c));
                afterLetter = true;
            } else {
                sb.append(c);
                afterLetter = false;
            }
        }
        return sb.toString();
    }

    public static String titleize(String word) {
        char[] s = titleCase(humanize(underscore(word))).toCharArray();
        int i = 0;
        while (i < s.length) {
            boolean prevWord = i > 0 && isWordChar(s[i - 1]);
            if (s[i] == '\'' && prevWord && i + 1 < s.length && isWordChar(s[i + 1])) {
                s[i + 1] = Character.toLowerCase(s[i + 1]);
                i += 2;
            } else {
                if (isWordChar(s[i]) && !prevWord) s[i] = Character.toUpperCase(s[i]);
                i++;
            }
        }
        return new String(s);
    }

    public static String tableize(String word) {
        return pluralize(underscore(word));
    }

    public static String transliterate(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.length(); i++) if (d.charAt(i) < 128) sb.append(d.charAt(i));
        return sb.toString();
    }

    public static String parameterize(String text) {
        return parameterize(text, "-");
    }

    public static String parameterize(String text, String separator) {
        String s = transliterate(text).replaceAll("[^A-Za-z0-9\\-_]+", Matcher.quoteReplacement(separator));
        if (!separator.isEmpty()) {
            String q = Pattern.quote(separator.substring(0, separator.length() - 1))
                    + Pattern.quote(separator.substring(separator.length() - 1));
            String repl = Matcher.quoteReplacement(separator);
            s = s.replaceAll(Pattern.quote(separator.substring(0, separator.length() - 1)) + "(?:"
                    + Pattern.quote(separator.substring(separator.length() - 1)) + "){2,}", repl);
            s = s.replaceFirst("^" + q, "");
            s = s.replaceFirst(q + "$", "");
        }
        return s.toLowerCase();
    }

    public static String ordinal(long number) {
        long n = Math.abs(number);
        long lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) return "th";
        switch ((int) (n % 10)) {
            case 1: return "st";
            case 2: return "nd";
            case 3: return "rd";
            default: return "th";
        }
    }

    public static String ordinalize(long number) {
        return number + ordinal(number);
    }
}
