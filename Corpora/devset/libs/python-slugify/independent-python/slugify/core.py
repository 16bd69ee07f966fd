"""The two slug pipelines (legacy and modern) and smart_truncate."""
import importlib
import re
import unicodedata
from html.entities import name2codepoint
from typing import Literal

Backend = Literal["auto", "text-unidecode", "unidecode", "anyascii"]
ReplacementStage = Literal["both", "pre", "post"]
Algorithm = Literal["legacy", "modern"]

_STAGES = ("both", "pre", "post")
_BACKENDS = ("auto", "text-unidecode", "unidecode", "anyascii")
_ALGORITHMS = ("legacy", "modern")

_NAMED_REF = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_DECIMAL_REF = re.compile(r"&#([0-9]+);")
_HEX_REF_LOWER = re.compile(r"&#x([0-9A-Fa-f]+);")
_HEX_REF_ANY = re.compile(r"&#[xX]([0-9A-Fa-f]+);")
_APOSTROPHES = re.compile(r"'+")
_DIGIT_COMMA = re.compile(r"(?<=[0-9]),(?=[0-9])")
_DASH_RUN = re.compile(r"-{2,}")


_BACKEND_MODULES = {"unidecode": ("unidecode", "unidecode"), "text-unidecode": ("text_unidecode", "unidecode"),
                    "anyascii": ("anyascii", "anyascii")}


def _to_ascii(text, backend):
    """Transliterate with the chosen backend if it is installed; otherwise compatibility decomposition,
    dropping whatever is still not ASCII."""
    for name in (("unidecode", "text-unidecode", "anyascii") if backend == "auto" else (backend,)):
        module, attr = _BACKEND_MODULES[name]
        try:
            return getattr(importlib.import_module(module), attr)(text)
        except ImportError:
            continue
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _named(match):
    code = name2codepoint.get(match.group(1))
    return chr(code) if code is not None else match.group(0)


def _all_or_nothing(pattern, base, text):
    """Decode every reference of one numeric kind, or none if any is not a code point."""
    found = pattern.findall(text)
    try:
        for digits in found:
            chr(int(digits, base))
    except (ValueError, OverflowError):
        return text
    return pattern.sub(lambda m: chr(int(m.group(1), base)), text)


def _one_by_one(pattern, base, text):
    def decode(m):
        code = int(m.group(1), base)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return m.group(0)
        return chr(code)
    return pattern.sub(decode, text)


def _replace_all(text, replacements):
    for old, new in replacements:
        text = text.replace(old, new)
    return text


def _normal(text, allow_unicode, backend, transliterate):
    if allow_unicode:
        return unicodedata.normalize("NFKC", text)
    text = unicodedata.normalize("NFKD", text)
    return _to_ascii(text, backend) if transliterate else text


def _disallowed(regex_pattern, allow_unicode, lowercase):
    if regex_pattern is not None:
        return re.compile(regex_pattern)
    if allow_unicode:
        return re.compile(r"[\W_]+")
    return re.compile(r"[^-a-z0-9]+" if lowercase else r"[^-a-zA-Z0-9]+")


def _validate(replacement_stage, backend, algorithm):
    if replacement_stage not in _STAGES:
        raise ValueError("replacement_stage must be one of %s, not %r" % (_STAGES, replacement_stage))
    if backend not in _BACKENDS:
        raise ValueError("backend must be one of %s, not %r" % (_BACKENDS, backend))
    if algorithm not in _ALGORITHMS:
        raise ValueError("algorithm must be one of %s, not %r" % (_ALGORITHMS, algorithm))


def _as_text(text):
    if isinstance(text, (bytes, bytearray)):
        return bytes(text).decode("utf-8", "ignore")
    if not isinstance(text, str):
        raise TypeError("slugify() needs str, bytes or bytearray, got %s" % type(text).__name__)
    return text


def _clean(text, stopwords, lowercase, pattern, allow_unicode, backend):
    """Shared tail: normalise, case, apostrophes, digit commas, disallowed runs, stopwords."""
    text = _normal(text, allow_unicode, backend, transliterate=False)
    if lowercase:
        text = text.lower()
    text = text.replace("'", "")
    text = _DIGIT_COMMA.sub("", text)
    text = pattern.sub("-", text)
    text = _DASH_RUN.sub("-", text).strip("-")
    if stopwords:
        banned = {w.lower() for w in stopwords} if lowercase else set(stopwords)
        text = "-".join(w for w in text.split("-") if w not in banned)
    return text


def slugify(text, entities=True, decimal=True, hexadecimal=True, max_length=0, word_boundary=False,
            separator="-", save_order=False, stopwords=(), regex_pattern=None, lowercase=True,
            replacements=(), allow_unicode=False, *, replacement_stage="both", backend="auto",
            algorithm="legacy"):
    _validate(replacement_stage, backend, algorithm)
    text = _as_text(text)
    before = replacements if replacement_stage in ("both", "pre") else ()
    after = replacements if replacement_stage in ("both", "post") else ()
    pattern = _disallowed(regex_pattern, allow_unicode, lowercase)

    if algorithm == "modern":
        if isinstance(max_length, bool) or not isinstance(max_length, int):
            raise TypeError("max_length must be an int")
        if not isinstance(separator, str):
            raise TypeError("separator must be a str")
        text = _replace_all(text, before)
        if entities:
            text = _NAMED_REF.sub(_named, text)
        if decimal:
            text = _one_by_one(_DECIMAL_REF, 10, text)
        if hexadecimal:
            text = _one_by_one(_HEX_REF_ANY, 16, text)
        text = _APOSTROPHES.sub("-", text)
        text = _normal(text, allow_unicode, backend, transliterate=True)
        text = _clean(text, stopwords, lowercase, pattern, allow_unicode, backend)
        text = _replace_all(text, after)
        return _budget(text, max_length, word_boundary, separator, save_order)

    text = _replace_all(text, before)
    text = _APOSTROPHES.sub("-", text)
    text = _normal(text, allow_unicode, backend, transliterate=True)
    if entities:
        text = _NAMED_REF.sub(_named, text)
    if decimal:
        text = _all_or_nothing(_DECIMAL_REF, 10, text)
    if hexadecimal:
        text = _all_or_nothing(_HEX_REF_LOWER, 16, text)
    text = _clean(text, stopwords, lowercase, pattern, allow_unicode, backend)
    text = _replace_all(text, after)
    if max_length > 0:
        text = smart_truncate(text, max_length, word_boundary, "-", save_order)
    if separator != "-":
        text = text.replace("-", separator)
    return text


def _budget(text, max_length, word_boundary, separator, save_order):
    """Modern length handling: the budget counts emitted characters (dashes already mapped)."""
    mapped = text.replace("-", separator)
    if max_length <= 0 or len(mapped) <= max_length:
        return mapped
    pieces = re.findall(r"(-*)([^-]+)", text)
    if word_boundary:
        kept = ""
        for at, (run, word) in enumerate(pieces):
            lead = separator * len(run) if (kept or at == 0) else ""
            if len(kept) + len(lead) + len(word) <= max_length:
                kept += lead + word
            elif save_order:
                break
        if kept:
            return kept
    cut = ""
    for at, (run, word) in enumerate(pieces):
        lead = separator * len(run) if (cut or at == 0) else ""
        if len(cut) + len(lead) >= max_length:
            break
        cut += lead
        room = max_length - len(cut)
        cut += word[:room]
        if len(word) > room:
            break
    return cut


def smart_truncate(string, max_length=0, word_boundary=False, separator=" ", save_order=False):
    string = string.strip(separator)
    if not max_length or len(string) < max_length:
        return string
    if not word_boundary:
        return string[:max_length].strip(separator)
    if separator not in string:
        return string[:max_length]
    kept = ""
    for word in string.split(separator):
        if not word:
            continue
        size = len(kept) + len(word)
        if size < max_length:
            kept += word + separator
        elif size == max_length:
            kept += word
            break
        elif save_order:
            break
    if not kept:
        kept = string[:max_length]
    return kept.strip(separator)
