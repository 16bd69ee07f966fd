"""URL slugs from arbitrary text (written from the python-slugify API description)."""
from .core import Algorithm, Backend, ReplacementStage, slugify, smart_truncate
from .special import CYRILLIC, GERMAN, GREEK, PRE_TRANSLATIONS, add_uppercase_char

__all__ = ["slugify", "smart_truncate", "PRE_TRANSLATIONS", "CYRILLIC", "GERMAN", "GREEK",
           "add_uppercase_char", "Backend", "ReplacementStage", "Algorithm"]
