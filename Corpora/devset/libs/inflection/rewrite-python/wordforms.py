"""English word-form helpers in the spirit of the Rails inflector: plural/singular forms, case styles,
URL slugs and ordinals."""
import re
import unicodedata

_NO_PLURAL = frozenset(('equipment', 'fish', 'information', 'jeans', 'money', 'rice', 'series', 'sheep', 'species'))

# (suffix pattern, replacement) -- all case-insensitive, tried top to bottom, first hit wins.
_TO_PLURAL = [
    ('(quiz)$', r'\1zes'), ('^(oxen)$', r'\1'), ('^(ox)$', r'\1en'), ('(m|l)ice$', r'\1ice'),
    ('(m|l)ouse$', r'\1ice'), ('(passer)s?by$', r'\1sby'), ('(matr|vert|ind)(?:ix|ex)$', r'\1ices'),
    ('(x|ch|ss|sh)$', r'\1es'), ('([^aeiouy]|qu)y$', r'\1ies'), ('(hive)$', r'\1s'), ('([lr])f$', r'\1ves'),
    ('([^f])fe$', r'\1ves'), ('sis$', 'ses'), ('([ti])a$', r'\1a'), ('([ti])um$', r'\1a'),
    ('(buffal|potat|tomat)o$', r'\1oes'), ('(bu)s$', r'\1ses'), ('(alias|status)$', r'\1es'),
    ('(octop|vir)i$', r'\1i'), ('(octop|vir)us$', r'\1i'), ('^(ax|test)is$', r'\1es'), ('s$', 's'), ('$', 's'),
]
_TO_SINGULAR = [
    ('(database)s$', r'\1'), ('(quiz)zes$', r'\1'), ('(matr)ices$', r'\1ix'), ('(vert|ind)ices$', r'\1ex'),
    ('(passer)sby$', r'\1by'), ('^(ox)en', r'\1'), ('(alias|status)(es)?$', r'\1'),
    ('(octop|vir)(us|i)$', r'\1us'), ('^(a)x[ie]s$', r'\1xis'), ('(cris|test)(is|es)$', r'\1is'),
    ('(shoe)s$', r'\1'), ('(o)es$', r'\1'), ('(bus)(es)?$', r'\1'), ('(m|l)ice$', r'\1ouse'),
    ('(x|ch|ss|sh)es$', r'\1'), ('(m)ovies$', r'\1ovie'), ('(s)eries$', r'\1eries'),
    ('([^aeiouy]|qu)ies$', r'\1y'), ('([lr])ves$', r'\1f'), ('(tive)s$', r'\1'), ('(hive)s$', r'\1'),
    ('([^f])ves$', r'\1fe'),
] + [('(%s)%s(sis|ses)$' % (w[0], w[1:]), r'\1%ssis' % w[1:]) for w in
     ('the', 'synop', 'progno', 'parenthe', 'diagno', 'ba', 'analy')] + [
    ('([ti])a$', r'\1um'), ('(n)ews$', r'\1ews'), ('(ss)$', r'\1'), ('s$', ''),
]
_TO_PLURAL = [(re.compile(p, re.I), r) for p, r in _TO_PLURAL]
_TO_SINGULAR = [(re.compile(p, re.I), r) for p, r in _TO_SINGULAR]


def _any_case(chars):
    return ''.join('[%s%s]' % (c, c.upper()) for c in chars)


def _add_exception(one, many):
    """Put rules for an irregular pair in front of the general ones."""
    new_plural, new_singular = [], []
    if one[0].upper() == many[0].upper():
        new_plural += [(re.compile('(%s)%s$' % (many[0], many[1:]), re.I), r'\1' + many[1:]),
                       (re.compile('(%s)%s$' % (one[0], one[1:]), re.I), r'\1' + many[1:])]
        new_singular.append((re.compile('(%s)%s$' % (many[0], many[1:]), re.I), r'\1' + one[1:]))
    else:
        for first in (str.lower, str.upper):
            new_plural.append((re.compile(first(many[0]) + _any_case(many[1:]) + '$'), first(many[0]) + many[1:]))
        for first in (str.lower, str.upper):
            new_plural.append((re.compile(first(one[0]) + _any_case(one[1:]) + '$'), first(many[0]) + many[1:]))
            new_singular.append((re.compile(first(many[0]) + _any_case(many[1:]) + '$'), first(one[0]) + one[1:]))
    _TO_PLURAL[:0] = new_plural
    _TO_SINGULAR[:0] = new_singular


for _one, _many in ([('person', 'people'), ('man', 'men'), ('human', 'humans'), ('child', 'children'),
                             ('sex', 'sexes'), ('move', 'moves'), ('cow', 'kine'), ('zombie', 'zombies')]):  # later pairs win
    _add_exception(_one, _many)


def _apply_first(rules, word):
    for pattern, repl in rules:
        if pattern.search(word):
            return pattern.sub(repl, word)
    return word


def pluralize(word):
    """'post' -> 'posts', 'octopus' -> 'octopi'; uncountable words come back unchanged."""
    if not word or word.lower() in _NO_PLURAL:
        return word
    return _apply_first(_TO_PLURAL, word)


def singularize(word):
    """'posts' -> 'post', 'octopi' -> 'octopus'; words ending in an uncountable come back unchanged."""
    if any(re.search(r'\b(%s)\Z' % w, word, re.I) for w in _NO_PLURAL):
        return word
    return _apply_first(_TO_SINGULAR, word)


# -- case styles --------------------------------------------------------------------------------------------

def underscore(word):
    """'DeviceType' -> 'device_type'."""
    for pattern in (r'([A-Z]+)([A-Z][a-z])', r'([a-z\d])([A-Z])'):
        word = re.sub(pattern, r'\1_\2', word)
    return word.replace('-', '_').lower()


def camelize(string, uppercase_first_letter=True):
    """'device_type' -> 'DeviceType' (or 'deviceType' with uppercase_first_letter=False)."""
    upper = re.sub(r'(?:^|_)(.)', lambda m: m.group(1).upper(), string)
    return upper if uppercase_first_letter else string[0].lower() + upper[1:]


def dasherize(word):
    return word.replace('_', '-')


def humanize(word):
    """'employee_salary' -> 'Employee salary', 'author_id' -> 'Author'."""
    text = re.sub(r'(?i)([a-z\d]*)', lambda m: m.group(1).lower(), re.sub(r'_id$', '', word).replace('_', ' '))
    return re.sub(r'^\w', lambda m: m.group(0).upper(), text)


def titleize(word):
    """'TheManWithoutAPast' -> 'The Man Without A Past'."""
    base = humanize(underscore(word)).title()
    return re.sub(r"\b('?\w)", lambda m: m.group(1).capitalize(), base)


def tableize(word):
    return pluralize(underscore(word))


# -- URLs and numbers ---------------------------------------------------------------------------------------

def transliterate(string):
    """Drop accents (NFKD) and every character that is still not ASCII."""
    return unicodedata.normalize('NFKD', string).encode('ascii', 'ignore').decode('ascii')


def parameterize(string, separator='-'):
    """'Donald E. Knuth' -> 'donald-e-knuth'."""
    slug = re.sub(r'(?i)[^a-z0-9\-_]+', separator, transliterate(string))
    if separator:
        sep = re.escape(separator)
        slug = re.sub(sep + '{2,}', separator, slug)
        slug = re.sub('(?i)^%s|%s$' % (sep, sep), '', slug)
    return slug.lower()


def ordinal(number):
    n = abs(int(number))
    if 11 <= n % 100 <= 13:
        return 'th'
    return ('th', 'st', 'nd', 'rd')[n % 10] if n % 10 < 4 else 'th'


def ordinalize(number):
    return '%s%s' % (number, ordinal(number))
