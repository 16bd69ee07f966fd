"""Replacement tables meant for slugify(replacements=...)."""


def add_uppercase_char(char_list):
    """Prepend (UPPER, Capitalised) pairs for the lower-case entries of char_list, in place."""
    known = {pair[0] for pair in char_list}
    for char, replacement in list(char_list):
        upper = char.upper()
        if upper != char and upper not in known:
            char_list.insert(0, (upper, replacement.capitalize()))
            known.add(upper)
    return char_list


CYRILLIC = add_uppercase_char([("ё", "e"), ("я", "ya"), ("х", "h"), ("у", "y"), ("щ", "sch"), ("ю", "u")])
GERMAN = add_uppercase_char([("ä", "ae"), ("ö", "oe"), ("ü", "ue")])
GREEK = add_uppercase_char([("χ", "ch"), ("Ξ", "X"), ("ϒ", "Y"), ("υ", "y"), ("ύ", "y"), ("ϋ", "y"), ("ΰ", "y")])

PRE_TRANSLATIONS = CYRILLIC + GERMAN + GREEK
