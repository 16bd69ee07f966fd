/*
 * inflection
 * ~~~~~~~~~~
 *
 * A port of Ruby on Rails' inflector to Java.
 */
package inflection;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class Inflection {

    public static final String VERSION = "0.5.1";

    /** A (pattern, replacement) rule; the replacement uses $1-style group references. */
    private static final class Rule {
        final Pattern pattern;
        final String replacement;

        Rule(String pattern, String replacement) {
            this.pattern = Pattern.compile(pattern);
            this.replacement = replacement;
        }
    }

    public static final List<Rule> PLURALS = new ArrayList<>(Arrays.asList(
        new Rule("(?i)(quiz)$", "$1zes"),
        new Rule("(?i)^(oxen)$", "$1"),
        new Rule("(?i)^(ox)$", "$1en"),
        new Rule("(?i)(m|l)ice$", "$1ice"),
        new Rule("(?i)(m|l)ouse$", "$1ice"),
        new Rule("(?i)(passer)s?by$", "$1sby"),
        new Rule("(?i)(matr|vert|ind)(?:ix|ex)$", "$1ices"),
        new Rule("(?i)(x|ch|ss|sh)$", "$1es"),
        new Rule("(?i)([^aeiouy]|qu)y$", "$1ies"),
        new Rule("(?i)(hive)$", "$1s"),
        new Rule("(?i)([lr])f$", "$1ves"),
        new Rule("(?i)([^f])fe$", "$1ves"),
        new Rule("(?i)sis$", "ses"),
        new Rule("(?i)([ti])a$", "$1a"),
        new Rule("(?i)([ti])um$", "$1a"),
        new Rule("(?i)(buffal|potat|tomat)o$", "$1oes"),
        new Rule("(?i)(bu)s$", "$1ses"),
        new Rule("(?i)(alias|status)$", "$1es"),
        new Rule("(?i)(octop|vir)i$", "$1i"),
        new Rule("(?i)(octop|vir)us$", "$1i"),
        new Rule("(?i)^(ax|test)is$", "$1es"),
        new Rule("(?i)s$", "s"),
        new Rule("$", "s")
    ));

    public static final List<Rule> SINGULARS = new ArrayList<>(Arrays.asList(
        new Rule("(?i)(database)s$", "$1"),
        new Rule("(?i)(quiz)zes$", "$1"),
        new Rule("(?i)(matr)ices$", "$1ix"),
        new Rule("(?i)(vert|ind)ices$", "$1ex"),
        new Rule("(?i)(passer)sby$", "$1by"),
        new Rule("(?i)^(ox)en", "$1"),
        new Rule("(?i)(alias|status)(es)?$", "$1"),
        new Rule("(?i)(octop|vir)(us|i)$", "$1us"),
        new Rule("(?i)^(a)x[ie]s$", "$1xis"),
        new Rule("(?i)(cris|test)(is|es)$", "$1is"),
        new Rule("(?i)(shoe)s$", "$1"),
        new Rule("(?i)(o)es$", "$1"),
        new Rule("(?i)(bus)(es)?$", "$1"),
        new Rule("(?i)(m|l)ice$", "$1ouse"),
        new Rule("(?i)(x|ch|ss|sh)es$", "$1"),
        new Rule("(?i)(m)ovies$", "$1ovie"),
        new Rule("(?i)(s)eries$", "$1eries"),
        new Rule("(?i)([^aeiouy]|qu)ies$", "$1y"),
        new Rule("(?i)([lr])ves$", "$1f"),
        new Rule("(?i)(tive)s$", "$1"),
        new Rule("(?i)(hive)s$", "$1"),
        new Rule("(?i)([^f])ves$", "$1fe"),
        new Rule("(?i)(t)he(sis|ses)$", "$1hesis"),
        new Rule("(?i)(s)ynop(sis|ses)$", "$1ynopsis"),
        new Rule("(?i)(p)rogno(sis|ses)$", "$1rognosis"),
        new Rule("(?i)(p)arenthe(sis|ses)$", "$1arenthesis"),
        new Rule("(?i)(d)iagno(sis|ses)$", "$1iagnosis"),
        new Rule("(?i)(b)a(sis|ses)$", "$1asis"),
        new Rule("(?i)(a)naly(sis|ses)$", "$1nalysis"),
        new Rule("(?i)([ti])a$", "$1um"),
        new Rule("(?i)(n)ews$", "$1ews"),
        new Rule("(?i)(ss)$", "$1"),
        new Rule("(?i)s$", "")
    ));

    public static final Set<String> UNCOUNTABLES = new HashSet<>(Arrays.asList(
        "equipment",
        "fish",
        "information",
        "jeans",
        "money",
        "rice",
        "series",
        "sheep",
        "species"));

    static {
        irregular("person", "people");
        irregular("man", "men");
        irregular("human", "humans");
        irregular("child", "children");
        irregular("sex", "sexes");
        irregular("move", "moves");
        irregular("cow", "kine");
        irregular("zombie", "zombies");
    }

    private Inflection() {
    }

    private static String caseinsensitive(String string) {
        StringBuilder sb = new StringBuilder();
        for (char c : string.toCharArray()) {
            sb.append('[').append(c).append(Character.toUpperCase(c)).append(']');
        }
        return sb.toString();
    }

    /**
     * A convenience function to add appropriate rules to plurals and singular
     * for irregular words.
     *
     * @param singular irregular word in singular form
     * @param plural irregular word in plural form
     */
    private static void irregular(String singular, String plural) {
        String s0 = singular.substring(0, 1), p0 = plural.substring(0, 1);
        String sRest = singular.substring(1), pRest = plural.substring(1);
        if (s0.toUpperCase().equals(p0.toUpperCase())) {
            PLURALS.add(0, new Rule("(?i)(" + s0 + ")" + sRest + "$", "$1" + pRest));
            PLURALS.add(0, new Rule("(?i)(" + p0 + ")" + pRest + "$", "$1" + pRest));
            SINGULARS.add(0, new Rule("(?i)(" + p0 + ")" + pRest + "$", "$1" + sRest));
        } else {
            PLURALS.add(0, new Rule(s0.toUpperCase() + caseinsensitive(sRest) + "$", p0.toUpperCase() + pRest));
            PLURALS.add(0, new Rule(s0.toLowerCase() + caseinsensitive(sRest) + "$", p0.toLowerCase() + pRest));
            PLURALS.add(0, new Rule(p0.toUpperCase() + caseinsensitive(pRest) + "$", p0.toUpperCase() + pRest));
            PLURALS.add(0, new Rule(p0.toLowerCase() + caseinsensitive(pRest) + "$", p0.toLowerCase() + pRest));
            SINGULARS.add(0, new Rule(p0.toUpperCase() + caseinsensitive(pRest) + "$", s0.toUpperCase() + sRest));
            SINGULARS.add(0, new Rule(p0.toLowerCase() + caseinsensitive(pRest) + "$", s0.toLowerCase() + sRest));
        }
    }

    /** Python-style str.capitalize(): first character upper case, the rest lower case. */
    private static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase() + s.substring(1).toLowerCase();
    }

    /** Python-style str.title(): upper-case letters that follow a non-letter, lower-case the others. */
    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (char c : s.toCharArray()) {
            if (Character.isLetter(c)) {
                sb.append(previousCased ? Character.toLowerCase(c) : Character.toUpperCase(c));
                previousCased = true;
            } else {
                sb.append(c);
                previousCased = false;
            }
        }
        return sb.toString();
    }

    /**
     * Convert strings to CamelCase.
     *
     * <pre>
     * camelize("device_type")        // "DeviceType"
     * camelize("device_type", false) // "deviceType"
     * </pre>
     *
     * camelize can be thought of as a inverse of underscore, although there are some
     * cases where that does not hold: {@code camelize(underscore("IOError"))} gives "IoError".
     *
     * @param uppercaseFirstLetter if set to true camelize converts strings to UpperCamelCase. If set
     *     to false camelize produces lowerCamelCase. Defaults to true.
     */
    public static String camelize(String string, boolean uppercaseFirstLetter) {
        if (uppercaseFirstLetter) {
            return Pattern.compile("(?:^|_)(.)").matcher(string)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1).toUpperCase()));
        } else {
            return string.substring(0, 1).toLowerCase() + camelize(string).substring(1);
        }
    }

    public static String camelize(String string) {
        return camelize(string, true);
    }

    /** Replace underscores with dashes in the string: {@code dasherize("puni_puni")} gives "puni-puni". */
    public static String dasherize(String word) {
        return word.replace('_', '-');
    }

    /**
     * Capitalize the first word and turn underscores into spaces and strip a
     * trailing "_id", if any. Like titleize, this is meant for creating pretty output.
     *
     * <pre>
     * humanize("employee_salary") // "Employee salary"
     * humanize("author_id")       // "Author"
     * </pre>
     */
    public static String humanize(String word) {
        word = word.replaceAll("_id$", "");
        word = word.replace('_', ' ');
        word = Pattern.compile("(?i)([a-z\\d]*)").matcher(word).replaceAll(m -> m.group(1).toLowerCase());
        word = Pattern.compile("^\\w").matcher(word).replaceAll(m -> Matcher.quoteReplacement(m.group(0).toUpperCase()));
        return word;
    }

    /**
     * Return the suffix that should be added to a number to denote the position
     * in an ordered sequence such as 1st, 2nd, 3rd, 4th.
     *
     * <pre>
     * ordinal(1)     // "st"
     * ordinal(2)     // "nd"
     * ordinal(1002)  // "nd"
     * ordinal(1003)  // "rd"
     * ordinal(-11)   // "th"
     * ordinal(-1021) // "st"
     * </pre>
     */
    public static String ordinal(long number) {
        number = Math.abs(number);
        if (number % 100 == 11 || number % 100 == 12 || number % 100 == 13) {
            return "th";
        } else {
            return Map.of(1L, "st", 2L, "nd", 3L, "rd").getOrDefault(number % 10, "th");
        }
    }

    /**
     * Turn a number into an ordinal string used to denote the position in an
     * ordered sequence such as 1st, 2nd, 3rd, 4th.
     *
     * <pre>
     * ordinalize(1)     // "1st"
     * ordinalize(1002)  // "1002nd"
     * ordinalize(-1021) // "-1021st"
     * </pre>
     */
    public static String ordinalize(long number) {
        return String.format("%d%s", number, ordinal(number));
    }

    /**
     * Replace special characters in a string so that it may be used as part of a
     * 'pretty' URL: {@code parameterize("Donald E. Knuth")} gives "donald-e-knuth".
     */
    public static String parameterize(String string, String separator) {
        string = transliterate(string);
        // Turn unwanted chars into the separator
        string = string.replaceAll("(?i)[^a-z0-9\\-_]+", Matcher.quoteReplacement(separator));
        if (!separator.isEmpty()) {
            String reSep = Pattern.quote(separator);
            // No more than one of the separator in a row.
            string = string.replaceAll(reSep + "{2,}", Matcher.quoteReplacement(separator));
            // Remove leading/trailing separator.
            string = string.replaceAll("(?i)^" + reSep + "|" + reSep + "$", "");
        }

        return string.toLowerCase();
    }

    public static String parameterize(String string) {
        return parameterize(string, "-");
    }

    /**
     * Return the plural form of a word.
     *
     * <pre>
     * pluralize("posts")        // "posts"
     * pluralize("octopus")      // "octopi"
     * pluralize("sheep")        // "sheep"
     * pluralize("CamelOctopus") // "CamelOctopi"
     * </pre>
     */
    public static String pluralize(String word) {
        if (word.isEmpty() || UNCOUNTABLES.contains(word.toLowerCase())) {
            return word;
        } else {
            for (Rule rule : PLURALS) {
                Matcher m = rule.pattern.matcher(word);
                if (m.find()) {
                    return m.replaceAll(rule.replacement);
                }
            }
            return word;
        }
    }

    /**
     * Return the singular form of a word, the reverse of pluralize.
     *
     * <pre>
     * singularize("posts")       // "post"
     * singularize("octopi")      // "octopus"
     * singularize("sheep")       // "sheep"
     * singularize("word")        // "word"
     * singularize("CamelOctopi") // "CamelOctopus"
     * </pre>
     */
    public static String singularize(String word) {
        for (String inflection : UNCOUNTABLES) {
            if (Pattern.compile("(?i)\\b(" + inflection + ")\\z").matcher(word).find()) {
                return word;
            }
        }

        for (Rule rule : SINGULARS) {
            Matcher m = rule.pattern.matcher(word);
            if (m.find()) {
                return m.replaceAll(rule.replacement);
            }
        }
        return word;
    }

    /**
     * Create the name of a table like Rails does for models to table names. This
     * method uses the pluralize method on the last word in the string.
     *
     * <pre>
     * tableize("RawScaledScorer") // "raw_scaled_scorers"
     * tableize("egg_and_ham")     // "egg_and_hams"
     * tableize("fancyCategory")   // "fancy_categories"
     * </pre>
     */
    public static String tableize(String word) {
        return pluralize(underscore(word));
    }

    /**
     * Capitalize all the words and replace some characters in the string to
     * create a nicer looking title. titleize is meant for creating pretty output.
     *
     * <pre>
     * titleize("man from the boondocks")  // "Man From The Boondocks"
     * titleize("x-men: the last stand")   // "X Men: The Last Stand"
     * titleize("TheManWithoutAPast")      // "The Man Without A Past"
     * titleize("raiders_of_the_lost_ark") // "Raiders Of The Lost Ark"
     * </pre>
     */
    public static String titleize(String word) {
        return Pattern.compile("\\b('?\\w)").matcher(title(humanize(underscore(word))))
            .replaceAll(match -> Matcher.quoteReplacement(capitalize(match.group(1))));
    }

    /**
     * Replace non-ASCII characters with an ASCII approximation. If no
     * approximation exists, the non-ASCII character is ignored.
     *
     * <pre>
     * transliterate("älämölö")    // "alamolo"
     * transliterate("Ærøskøbing") // "rskbing"
     * </pre>
     */
    public static String transliterate(String string) {
        String normalized = Normalizer.normalize(string, Normalizer.Form.NFKD);
        return normalized.replaceAll("[^\\x00-\\x7F]", "");
    }

    /**
     * Make an underscored, lowercase form from the expression in the string:
     * {@code underscore("DeviceType")} gives "device_type".
     *
     * As a rule of thumb you can think of underscore as the inverse of camelize,
     * though there are cases where that does not hold:
     * {@code camelize(underscore("IOError"))} gives "IoError".
     */
    public static String underscore(String word) {
        word = word.replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
        word = word.replaceAll("([a-z\\d])([A-Z])", "$1_$2");
        word = word.replace("-", "_");
        return word.toLowerCase();
    }
}
