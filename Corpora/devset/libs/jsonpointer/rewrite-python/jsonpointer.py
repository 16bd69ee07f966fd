"""JSON Pointer (RFC 6901): address, read and write nodes of a JSON document."""

__version__ = "3.12"
__license__ = "BSD-3-Clause"

import copy
import itertools
import re
import warnings
from collections.abc import Mapping, Sequence

VERBOSE_EXCEPTIONS = True

_MISSING = object()
_INDEX = re.compile("0|[1-9][0-9]*")
_BAD_ESCAPE = re.compile("(~[^01]|~$)")


class JsonPointerException(Exception):
    pass


class EndOfList:
    """What the '-' token yields on a list: the position after its last element."""

    def __init__(self, list_):
        self.list_ = list_

    def __repr__(self):
        return f"{type(self).__name__}({self.list_!r})"


def escape(s):
    return s.replace("~", "~0").replace("/", "~1")


def unescape(s):
    return s.replace("~1", "/").replace("~0", "~")


def _tokens(text):
    bad = _BAD_ESCAPE.search(text)
    if bad:
        raise JsonPointerException(f"Found invalid escape {bad.group()}")
    first, *rest = text.split("/")
    if first:
        raise JsonPointerException("Location must start with /")
    return [unescape(token) for token in rest]


def _key_for(container, token):
    """Translate a token into the key or index it means for *container*."""
    if isinstance(container, Mapping):
        return token
    if isinstance(container, str):
        raise JsonPointerException(
            "Cannot apply token '%s' to non-container type %s" % (token, type(container)))
    if isinstance(container, Sequence):
        if token == "-":
            return token
        if not _INDEX.fullmatch(str(token)):
            raise JsonPointerException("'%s' is not a valid sequence index" % token)
        try:
            return int(token)
        except ValueError as exc:
            raise JsonPointerException(f"Invalid sequence index: {exc}")
    if hasattr(container, "__getitem__"):
        return token
    raise JsonPointerException(
        "Document '%s' does not support indexing, must be mapping/sequence or support __getitem__"
        % type(container))


def _step(container, token):
    """Descend one level."""
    key = _key_for(container, token)
    if isinstance(container, Sequence):
        if key == "-":
            return EndOfList(container)
        if key >= len(container):
            raise JsonPointerException("index '%s' is out of bounds" % (key,))
        return container[key]
    if isinstance(container, Mapping) and key not in container:
        detail = " in %s" % (container,) if VERBOSE_EXCEPTIONS else ""
        raise JsonPointerException("member '%s' not found%s" % (key, detail))
    try:
        return container[key]
    except KeyError:
        detail = " in %s" % (container,) if VERBOSE_EXCEPTIONS else ""
        raise JsonPointerException("member '%s' not found%s" % (key, detail))


def _assign(container, key, value):
    if isinstance(container, str):
        raise JsonPointerException("Cannot set value in a string")
    try:
        if isinstance(container, Sequence) and key == "-":
            container.append(value)
        else:
            container[key] = value
    except (AttributeError, TypeError, IndexError) as exc:
        raise JsonPointerException(f"Invalid assignment target: {exc}")


class JsonPointer:
    """A parsed pointer; `parts` holds its unescaped reference tokens."""

    def __init__(self, pointer):
        self.parts = _tokens(pointer)

    @classmethod
    def from_parts(cls, parts):
        return cls("".join("/" + escape(str(p)) for p in parts))

    @property
    def path(self):
        return "".join("/" + escape(p) for p in self.parts)

    def get_parts(self):
        return self.parts

    def walk(self, doc, part):
        return _step(doc, part)

    @staticmethod
    def get_part(doc, part):
        return _key_for(doc, part)

    def to_last(self, doc):
        if not self.parts:
            return doc, None
        *head, last = self.parts
        for token in head:
            doc = _step(doc, token)
        return doc, _key_for(doc, last)

    def resolve(self, doc, default=_MISSING):
        try:
            for token in self.parts:
                doc = _step(doc, token)
        except JsonPointerException:
            if default is _MISSING:
                raise
            return default
        return doc

    get = resolve

    def set(self, doc, value, inplace=True, create=False):
        if not self.parts:
            if inplace:
                raise JsonPointerException("Cannot set root in place")
            return value
        target = doc if inplace else copy.deepcopy(doc)
        if not create:
            holder, key = self.to_last(target)
            _assign(holder, key, value)
            return target
        holder = target
        for depth, token in enumerate(self.parts):
            key = _key_for(holder, token)
            if isinstance(holder, Sequence) and key == len(holder):
                key = "-"
            if depth == len(self.parts) - 1:
                _assign(holder, key, value)
                return target
            absent = (key not in holder) if isinstance(holder, Mapping) else (
                isinstance(holder, Sequence) and not isinstance(holder, str) and key == "-")
            if absent:
                subtree = value
                for name in reversed(self.parts[depth + 1:]):
                    subtree = {name: subtree}
                _assign(holder, key, subtree)
                return target
            holder = _step(holder, key)
        return target

    def contains(self, ptr):
        return self.parts[: len(ptr.parts)] == ptr.parts

    __contains__ = contains

    def join(self, suffix):
        if isinstance(suffix, JsonPointer):
            extra = suffix.parts
        elif isinstance(suffix, str):
            extra = JsonPointer(suffix).parts
        else:
            extra = suffix
        try:
            return type(self).from_parts(list(self.parts) + list(extra))
        except Exception as exc:
            raise JsonPointerException("Invalid suffix") from exc

    __truediv__ = join

    def __eq__(self, other):
        return self.parts == other.parts if isinstance(other, JsonPointer) else NotImplemented

    def __hash__(self):
        return hash(tuple(self.parts))

    def __str__(self):
        return self.path

    def __repr__(self):
        return f"{type(self).__name__}({self.path!r})"


def resolve_pointer(doc, pointer, default=_MISSING):
    """Return the node *pointer* names in *doc* (or *default* when it does not exist)."""
    return JsonPointer(pointer).resolve(doc, default)


def set_pointer(doc, pointer, value, inplace=True, create=False):
    """Replace the node *pointer* names in *doc*; see JsonPointer.set."""
    return JsonPointer(pointer).set(doc, value, inplace, create)


def pairwise(iterable):
    """Deprecated: adjacent pairs of *iterable*; use itertools.pairwise."""
    warnings.warn("jsonpointer.pairwise() is deprecated, use itertools.pairwise() instead",
                  DeprecationWarning, stacklevel=2)
    return itertools.pairwise(iterable)
