"""JSON Pointer (RFC 6901): parse pointers, resolve them against documents and set values through them."""
import copy
import re
import warnings
from collections.abc import Mapping, Sequence

VERBOSE_EXCEPTIONS = True

_BAD_ESCAPE = re.compile(r"~(?:[^01]|$)")
_ARRAY_INDEX = re.compile(r"0|[1-9][0-9]*")
_UNSET = object()


class JsonPointerException(Exception):
    """Any failure to parse, resolve or set through a pointer."""


class EndOfList:
    """What the token "-" resolves to on a list: the (non-existent) slot after its last element."""

    def __init__(self, list_):
        self.list_ = list_

    def __repr__(self):
        return f"{type(self).__name__}({self.list_!r})"


def escape(s):
    return s.replace("~", "~0").replace("/", "~1")


def unescape(s):
    return s.replace("~1", "/").replace("~0", "~")


class JsonPointer:
    """A parsed pointer: the list of reference tokens it is made of."""

    def __init__(self, pointer):
        bad = _BAD_ESCAPE.search(pointer)
        if bad:
            raise JsonPointerException("Found invalid escape {}".format(bad.group()))
        pieces = pointer.split("/")
        if pieces[0] != "":
            raise JsonPointerException("Location must start with /")
        self.parts = [unescape(piece) for piece in pieces[1:]]

    # -- construction -------------------------------------------------------------------
    @classmethod
    def from_parts(cls, parts):
        return cls("".join("/" + escape(str(token)) for token in parts))

    def join(self, suffix):
        if isinstance(suffix, JsonPointer):
            extra = suffix.parts
        elif isinstance(suffix, str):
            extra = JsonPointer(suffix).parts
        else:
            extra = suffix
        try:
            return JsonPointer.from_parts(list(self.parts) + list(extra))
        except Exception as exc:  # noqa: BLE001
            raise JsonPointerException("Invalid suffix") from exc

    __truediv__ = join

    # -- text -----------------------------------------------------------------------------
    @property
    def path(self):
        return "".join("/" + escape(token) for token in self.parts)

    def get_parts(self):
        return self.parts

    def __str__(self):
        return self.path

    def __repr__(self):
        return "JsonPointer(" + repr(self.path) + ")"

    # -- comparison -------------------------------------------------------------------------
    def __eq__(self, other):
        return isinstance(other, JsonPointer) and self.parts == other.parts

    def __hash__(self):
        return hash(tuple(self.parts))

    def contains(self, ptr):
        return self.parts[:len(ptr.parts)] == ptr.parts

    __contains__ = contains

    # -- stepping ------------------------------------------------------------------------------
    def get_part(self, doc, part):
        if isinstance(doc, Mapping):
            return part
        if isinstance(doc, str):
            raise JsonPointerException(f"Cannot apply token '{part}' to non-container type {type(doc)}")
        if isinstance(doc, Sequence):
            if part == "-":
                return part
            if not isinstance(part, str) or not _ARRAY_INDEX.fullmatch(part):
                raise JsonPointerException(f"'{part}' is not a valid sequence index")
            return int(part)
        if hasattr(doc, "__getitem__"):
            return part
        raise JsonPointerException(
            f"Document '{type(doc)}' does not support indexing, must be mapping/sequence or support __getitem__"
        )

    def walk(self, doc, part):
        key = self.get_part(doc, part)
        if isinstance(doc, Sequence) and not isinstance(doc, str):
            if key == "-":
                return EndOfList(doc)
            if key >= len(doc):
                raise JsonPointerException(f"index '{key}' is out of bounds")
            return doc[key]
        if isinstance(doc, Mapping):
            if key not in doc:
                detail = f" in {doc}" if VERBOSE_EXCEPTIONS else ""
                raise JsonPointerException(f"member '{key}' not found{detail}")
            return doc[key]
        try:
            return doc[key]
        except (KeyError, IndexError, TypeError) as exc:
            raise JsonPointerException(str(exc)) from exc

    def resolve(self, doc, default=_UNSET):
        node = doc
        for token in self.parts:
            try:
                node = self.walk(node, token)
            except JsonPointerException:
                if default is _UNSET:
                    raise
                return default
        return node

    get = resolve

    def to_last(self, doc):
        if not self.parts:
            return doc, None
        node = doc
        for token in self.parts[:-1]:
            node = self.walk(node, token)
        return node, self.get_part(node, self.parts[-1])

    # -- assignment ------------------------------------------------------------------------------
    @staticmethod
    def _assign(parent, key, value, append_at_end):
        if isinstance(parent, str):
            raise JsonPointerException("Cannot set value in a string")
        if isinstance(parent, list):
            if key == "-" or (append_at_end and key == len(parent)):
                parent.append(value)
                return
            if key >= len(parent):
                raise JsonPointerException("Invalid assignment target: list assignment index out of range")
        try:
            parent[key] = value
        except (TypeError, IndexError, KeyError) as exc:
            raise JsonPointerException(f"Invalid assignment target: {exc}") from exc

    def set(self, doc, value, inplace=True, create=False):
        if not self.parts:
            if inplace:
                raise JsonPointerException("Cannot set root in place")
            return value
        if not inplace:
            doc = copy.deepcopy(doc)
        if not create:
            parent, key = self.to_last(doc)
            self._assign(parent, key, value, False)
            return doc
        node = doc
        inner = self.parts[:-1]
        for depth, token in enumerate(inner):
            key = self.get_part(node, token)
            if isinstance(node, list) and key == len(node):
                key = "-"
            absent = (isinstance(node, Mapping) and key not in node) or (isinstance(node, list) and key == "-")
            if absent:
                subtree = value
                for later in reversed(self.parts[depth + 1:]):
                    subtree = {later: subtree}
                self._assign(node, key, subtree, True)
                return doc
            node = self.walk(node, token)
        self._assign(node, self.get_part(node, self.parts[-1]), value, True)
        return doc


def resolve_pointer(doc, pointer, default=_UNSET):
    return JsonPointer(pointer).resolve(doc, default)


def set_pointer(doc, pointer, value, inplace=True, create=False):
    return JsonPointer(pointer).set(doc, value, inplace, create)


def pairwise(iterable):
    warnings.warn("jsonpointer.pairwise is deprecated", DeprecationWarning, stacklevel=2)
    items = list(iterable)
    return zip(items, items[1:])
