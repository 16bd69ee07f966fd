"""The slug pipeline. ``legacy`` output is frozen; ``modern`` decodes references first, validates its
arguments and budgets the final length in emitted characters."""
import html.entities
import importlib
import re
import unicodedata

DASH = '-'
_ENTITY = re.compile('&(%s);' % '|'.join(html.entities.name2codepoint))
_DEC = re.compile(r'&#(\d+);')
_HEX = {'legacy': re.compile(r'&#x([\da-fA-F]+);'), 'modern': re.compile(r'&#[xX]([\da-fA-F]+);')}
_APOSTROPHES = re.compile(r"[']+")
_DIGIT_COMMA = re.compile(r'(?<=\d),(?=\d)')
_NOT_ASCII_SLUG = re.compile(r'[^-a-zA-Z0-9]+')
_NOT_WORD = re.compile(r'[\W_]+')
_DASH_RUN = re.compile(r'-{2,}')
_JOINERS = '\u200c\u200d'
_STAGES = ('both', 'pre', 'post')
_BACKENDS = ('auto', 'text-unidecode', 'unidecode', 'anyascii')


def _to_ascii(text, backend):
    if text.isascii():
        return text
    if backend == 'auto':
        try:
            mod = importlib.import_module('unidecode')
        except ModuleNotFoundError as exc:
            if exc.name != 'unidecode':
                raise
            mod = importlib.import_module('text_unidecode')
        return mod.unidecode(text)
    mod = importlib.import_module(backend.replace('-', '_'))
    return getattr(mod, 'anyascii' if backend == 'anyascii' else 'unidecode')(text)


def _char_or_none(digits, base):
    try:
        return chr(int(digits, base))
    except (ValueError, OverflowError):
        return None


def _expand_references(text, flags, modern):
    named, dec, hexa = flags
    if named:
        text = _ENTITY.sub(lambda m: chr(html.entities.name2codepoint[m.group(1)]), text)
    for enabled, pattern, base in ((dec, _DEC, 10), (hexa, _HEX['modern' if modern else 'legacy'], 16)):
        if not enabled:
            continue
        if modern:
            def one(m, base=base):
                value = _char_or_none(m.group(1), base)
                return m.group(0) if value is None or '\ud800' <= value <= '\udfff' else value
            text = pattern.sub(one, text)
        else:
            # all references of a kind are decoded, or none of them is
            decoded = [_char_or_none(m.group(1), base) for m in pattern.finditer(text)]
            if None not in decoded:
                values = iter(decoded)
                text = pattern.sub(lambda m: next(values), text)
    return text


def _mark(char):
    if '\ufe00' <= char <= '\ufe0f' or '\U000e0100' <= char <= '\U000e01ef':
        return False
    return unicodedata.category(char) in ('Mn', 'Mc')


def _unicode_words(text):
    if text.isascii():
        return _NOT_WORD.sub(DASH, text)
    out, inside = [], False
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ''
        if ch.isalnum():
            inside = True
        elif inside and (_mark(ch) or (ch in _JOINERS and nxt and (nxt.isalnum() or _mark(nxt)))):
            pass
        else:
            inside, ch = False, DASH
        out.append(ch)
    return ''.join(out)


def smart_truncate(string, max_length=0, word_boundary=False, separator=' ', save_order=False):
    """Trim ``string`` to ``max_length`` characters, optionally only at ``separator`` boundaries."""
    string = string.strip(separator)
    if not max_length or len(string) < max_length:
        return string
    if not word_boundary:
        return string[:max_length].strip(separator)
    if separator not in string:
        return string[:max_length]
    kept = ''
    for word in filter(None, string.split(separator)):
        size = len(kept) + len(word)
        if size == max_length:
            kept += word
            break
        if size < max_length:
            kept += word + separator
        elif save_order:
            break
    return (kept or string[:max_length]).strip(separator)


def _fit(text, limit, word_boundary, separator, save_order):
    """Modern length budget, counted in output characters (dashes become ``separator``)."""
    if limit <= 0 or len(text) + text.count(DASH) * (len(separator) - 1) <= limit:
        return text.replace(DASH, separator)
    tokens = text.split(DASH)
    if word_boundary:
        picked, used, last, started = [], 0, 0, False
        for i, tok in enumerate(tokens):
            if not tok:
                continue
            gap = separator * (i - last) if picked or not started else ''
            last, started = i, True
            if used + len(gap) + len(tok) <= limit:
                picked.append(gap + tok)
                used += len(gap) + len(tok)
            elif save_order:
                break
        if picked:
            return ''.join(picked)
    out, used, last = [], 0, 0
    for i, tok in enumerate(tokens):
        if not tok:
            continue
        gap = separator * (i - last)
        room = limit - used - len(gap)
        if room <= 0:
            break
        out.append(gap + tok[:room].rstrip(_JOINERS))
        used += len(gap) + min(len(tok), room)
        last = i
        if len(tok) > room:
            break
    return ''.join(out)


def _apply_rules(text, rules):
    for old, new in rules:
        text = text.replace(old, new)
    return text


def slugify(text, entities=True, decimal=True, hexadecimal=True, max_length=0, word_boundary=False,
            separator=DASH, save_order=False, stopwords=(), regex_pattern=None, lowercase=True,
            replacements=(), allow_unicode=False, *, replacement_stage='both', backend='auto',
            algorithm='legacy'):
    """Turn ``text`` into a slug; see the module docstring for the two algorithms."""
    if algorithm not in ('legacy', 'modern'):
        raise ValueError("algorithm must be 'legacy' or 'modern'")
    modern = algorithm == 'modern'
    if modern:
        if isinstance(max_length, bool) or not isinstance(max_length, int):
            raise TypeError('max_length must be an int, not %s' % type(max_length).__name__)
        if not isinstance(separator, str):
            raise TypeError('separator must be str, not %s' % type(separator).__name__)
    if isinstance(text, (bytes, bytearray)):
        text = text.decode('utf-8', 'ignore')
    elif not isinstance(text, str):
        raise TypeError('text must be str, bytes or bytearray, not %s' % type(text).__name__)
    if replacement_stage not in _STAGES:
        raise ValueError("replacement_stage must be 'both', 'pre' or 'post'")
    if backend not in _BACKENDS:
        raise ValueError("backend must be 'auto', 'text-unidecode', 'unidecode' or 'anyascii'")

    rules = [tuple(r) for r in replacements] if (modern and replacements) else replacements
    form = 'NFKC' if allow_unicode else 'NFKD'
    if rules and replacement_stage != 'post':
        text = _apply_rules(text, rules)
    flags = (entities, decimal, hexadecimal)
    if modern:
        text = _expand_references(text, flags, True)
    text = _APOSTROPHES.sub(DASH, text)
    text = unicodedata.normalize(form, text)
    if not allow_unicode:
        text = _to_ascii(text, backend)
    if not modern:
        text = _expand_references(text, flags, False)
    text = unicodedata.normalize(form, text)
    if lowercase:
        text = text.lower()
    text = _DIGIT_COMMA.sub('', _APOSTROPHES.sub('', text))
    if regex_pattern:
        text = re.sub(regex_pattern, DASH, text)
    elif allow_unicode:
        text = _unicode_words(text) if modern else _NOT_WORD.sub(DASH, text)
    else:
        text = _NOT_ASCII_SLUG.sub(DASH, text)
    text = _DASH_RUN.sub(DASH, text).strip(DASH)
    if stopwords:
        drop = [w.lower() for w in stopwords] if lowercase else stopwords
        if modern:
            drop = set(drop)
        text = DASH.join(w for w in text.split(DASH) if w not in drop)
    if rules and replacement_stage != 'pre':
        text = _apply_rules(text, rules)

    if modern:
        return _fit(text, max_length, word_boundary, separator, save_order)
    if max_length > 0:
        text = smart_truncate(text, max_length, word_boundary, DASH, save_order)
    return text if separator == DASH else text.replace(DASH, separator)
