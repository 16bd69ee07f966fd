"""Per-language replacement tables (taken over from awesome-slugify) for slugify's ``replacements``."""


def add_uppercase_char(pairs):
    """Prepend the capitalised counterpart of every (char, ascii) pair that is missing, in place."""
    extra = []
    for char, ascii_form in pairs:
        upper = (char.upper(), ascii_form.capitalize())
        if char != upper[0] and upper not in pairs:
            extra.append(upper)
    for pair in extra:
        pairs.insert(0, pair)
    return pairs


CYRILLIC = add_uppercase_char([('ё', 'e'), ('я', 'ya'), ('х', 'h'), ('у', 'y'), ('щ', 'sch'), ('ю', 'u')])
GERMAN = add_uppercase_char([('ä', 'ae'), ('ö', 'oe'), ('ü', 'ue')])
GREEK = add_uppercase_char([('χ', 'ch'), ('Ξ', 'X'), ('ϒ', 'Y'), ('υ', 'y'), ('ύ', 'y'), ('ϋ', 'y'), ('ΰ', 'y')])
PRE_TRANSLATIONS = CYRILLIC + GERMAN + GREEK
