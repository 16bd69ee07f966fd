"""URL slugs from arbitrary text (legacy and modern pipelines), plus word-aware truncation."""
from .core import slugify, smart_truncate
from .tables import PRE_TRANSLATIONS, CYRILLIC, GERMAN, GREEK, add_uppercase_char

__all__ = ['slugify', 'smart_truncate', 'PRE_TRANSLATIONS', 'CYRILLIC', 'GERMAN', 'GREEK', 'add_uppercase_char']
