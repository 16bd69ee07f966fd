"""English word inflection and case-style helpers, written from the `inflection` API description."""
import re
import unicodedata

__version__ = "0.5.1"

UNCOUNTABLES = {"equipment", "fish", "information", "jeans", "money", "rice", "series", "sheep", "species"}

# (regex, template) pairs, most specific first; every pattern is case-insensitive.
PLURALS = [
    (r"(?i)(quiz)$", r"\1zes"),
    (r"(?i)^(oxen)$", r"\1"),
    (r"(?i)^(ox)$", r"\1en"),
    (r"(?i)(m|l)ice$", r"\1ice"),
    (r"(?i)(m|l)ouse$", r"\1ice"),
    (r"(?i)(passer)s?by$", r"\1sby"),
    (r"(?i)(matr|vert|ind)(?:ix|ex)$", r"\1ices"),
    (r"(?i)(x|ch|ss|sh)$", r"\1es"),
    (r"(?i)([^aeiouy]|qu)y$", r"\1ies"),
    (r"(?i)(hive)$", r"\1s"),
    (r"(?i)([lr])f$", r"\1ves"),
    (r"(?i)([^f])fe$", r"\1ves"),
    (r"(?i)sis$", "ses"),
    (r"(?i)([ti])a$", r"\1a"),
    (r"(?i)([ti])um$", r"\1a"),
    (r"(?i)(buffal|potat|tomat)o$", r"\1oes"),
    (r"(?i)(bu)s$", r"\1ses"),
    (r"(?i)(alias|status)$", r"\1es"),
    (r"(?i)(octop|vir)i$", r"\1i"),
    (r"(?i)(octop|vir)us$", r"\1i"),
    (r"(?i)^(ax|test)is$", r"\1es"),
    (r"(?i)s$", "s"),
    (r"$", "s"),
]

SINGULARS = [
    (r"(?i)(database)s$", r"\1"),
    (r"(?i)(quiz)zes$", r"\1"),
    (r"(?i)(matr)ices$", r"\1ix"),
    (r"(?i)(vert|ind)ices$", r"\1ex"),
    (r"(?i)(passer)sby$", r"\1by"),
    (r"(?i)^(ox)en", r"\1"),
    (r"(?i)(alias|status)(es)?$", r"\1"),
    (r"(?i)(octop|vir)(us|i)$", r"\1us"),
    (r"(?i)^(a)x[ie]s$", r"\1xis"),
    (r"(?i)(cris|test)(is|es)$", r"\1is"),
    (r"(?i)(shoe)s$", r"\1"),
    (r"(?i)(o)es$", r"\1"),
    (r"(?i)(bus)(es)?$", r"\1"),
    (r"(?i)(m|l)ice$", r"\1ouse"),
    (r"(?i)(x|ch|ss|sh)es$", r"\1"),
    (r"(?i)(m)ovies$", r"\1ovie"),
    (r"(?i)(s)eries$", r"\1eries"),
    (r"(?i)([^aeiouy]|qu)ies$", r"\1y"),
    (r"(?i)([lr])ves$", r"\1f"),
    (r"(?i)(tive|hive)s$", r"\1"),
    (r"(?i)([^f])ves$", r"\1fe"),
    (r"(?i)(analy|ba|diagno|parenthe|progno|synop|the)(sis|ses)$",
     lambda m: m.group(1)[0] + m.group(1)[1:].lower() + "sis"),
    (r"(?i)([ti])a$", r"\1um"),
    (r"(?i)(n)ews$", r"\1ews"),
    (r"(?i)(ss)$", r"\1"),
    (r"(?i)s$", ""),
]

_IRREGULAR_PAIRS = [("person", "people"), ("man", "men"), ("human", "humans"), ("child", "children"),
                    ("sex", "sexes"), ("move", "moves"), ("cow", "kine"), ("zombie", "zombies")]


def _irregular_rules(one, many):
    """Rules (plural, singular) for one irregular pair."""
    if one[0].lower() == many[0].lower():
        head = "(" + one[0] + ")"
        to_plural = [(r"(?i)%s%s$" % (head, one[1:]), r"\1" + many[1:]),
                     (r"(?i)%s%s$" % (head, many[1:]), r"\1" + many[1:])]
        to_single = [(r"(?i)%s%s$" % (head, many[1:]), r"\1" + one[1:])]
        return to_plural, to_single

    def swap(src, dst):
        def repl(m):
            first = dst[0].upper() if m.group(1).isupper() else dst[0].lower()
            return first + dst[1:]
        return (r"(?i)(%s)%s$" % (src[0], src[1:]), repl)
    return [swap(one, many), swap(many, many)], [swap(many, one)]


for _one, _many in _IRREGULAR_PAIRS:
    _p, _s = _irregular_rules(_one, _many)
    PLURALS[:0] = _p
    SINGULARS[:0] = _s


def _apply_rules(word, rules):
    for pattern, template in rules:
        if re.search(pattern, word):
            return re.sub(pattern, template, word)
    return word


def pluralize(word):
    if not word or word.lower() in UNCOUNTABLES:
        return word
    return _apply_rules(word, PLURALS)


_UNCOUNTABLE_TAIL = re.compile(r"(?i)\b(%s)$" % "|".join(sorted(UNCOUNTABLES)))


def singularize(word):
    if _UNCOUNTABLE_TAIL.search(word):
        return word
    return _apply_rules(word, SINGULARS)


def underscore(word):
    word = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", word)
    word = re.sub(r"([a-z\d])([A-Z])", r"\1_\2", word)
    return word.replace("-", "_").lower()


def camelize(string, uppercase_first_letter=True):
    joined = re.sub(r"(?:^|_)(.)", lambda m: m.group(1).upper(), string)
    if uppercase_first_letter:
        return joined
    return string[0].lower() + joined[1:]


def dasherize(word):
    return word.replace("_", "-")


def humanize(word):
    word = re.sub(r"_id$", "", word)
    word = word.replace("_", " ")
    word = re.sub(r"[A-Z]", lambda m: m.group(0).lower(), word)
    return re.sub(r"^\w", lambda m: m.group(0).upper(), word)


def titleize(word):
    text = humanize(underscore(word)).title()
    return re.sub(r"\b('?\w)", lambda m: m.group(1).capitalize(), text)


def tableize(word):
    return pluralize(underscore(word))


def transliterate(string):
    decomposed = unicodedata.normalize("NFKD", string)
    return decomposed.encode("ascii", "ignore").decode("ascii")


def parameterize(string, separator="-"):
    text = re.sub(r"[^A-Za-z0-9\-_]+", separator, transliterate(string))
    if separator:
        quoted = re.escape(separator)
        text = re.sub(r"%s{2,}" % quoted, separator, text)
        text = re.sub(r"^%s|%s$" % (quoted, quoted), "", text)
    return text.lower()


def ordinal(number):
    n = abs(int(number))
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def ordinalize(number):
    return "%s%s" % (number, ordinal(number))
