"""Semantic Versioning 2.0.0 values: parse, order, bump and match (written from the semver API description)."""
import re
import warnings
from functools import total_ordering

__all__ = ["Version", "VersionInfo"]

_NUMBER = r"(?:0|[1-9][0-9]*)"
_PRE_IDENT = r"(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)"
_BUILD_IDENT = r"[0-9A-Za-z-]+"
_TAIL = r"(?:-(?P<pre>{p}(?:\.{p})*))?(?:\+(?P<build>{b}(?:\.{b})*))?".format(p=_PRE_IDENT, b=_BUILD_IDENT)
_STRICT = re.compile(r"(?P<major>{n})\.(?P<minor>{n})\.(?P<patch>{n})".format(n=_NUMBER) + _TAIL, re.ASCII)
_LOOSE = re.compile(r"(?P<major>{n})(?:\.(?P<minor>{n})(?:\.(?P<patch>{n}))?)?".format(n=_NUMBER) + _TAIL,
                    re.ASCII)
_PRE_PIECE = re.compile(_PRE_IDENT, re.ASCII)
_BUILD_PIECE = re.compile(_BUILD_IDENT, re.ASCII)
_OPERATORS = ("<", ">", "==", "<=", ">=", "!=")
_PARTS = ("major", "minor", "patch", "prerelease")


def _too_long():
    return ValueError("Version string exceeds maximum length of %d characters" % Version.MAX_LENGTH)


def _check_token(token, piece, what):
    if not all(piece.fullmatch(p) for p in token.split(".")):
        raise ValueError("'%s' is not a valid %s token. It may only consist of dot-separated identifiers, "
                         "made of alphanumerics and hyphens." % (token, what))


def _ident_key(ident):
    # numeric identifiers sort below alphanumeric ones
    return (0, int(ident), "") if ident.isdigit() else (1, 0, ident)


def _compare_pre(a, b):
    if a == b:
        return 0
    if a is None:
        return 1
    if b is None:
        return -1
    xs, ys = a.split("."), b.split(".")
    for x, y in zip(xs, ys):
        kx, ky = _ident_key(x), _ident_key(y)
        if kx != ky:
            return -1 if kx < ky else 1
    return (len(xs) > len(ys)) - (len(xs) < len(ys))


def _increment_last_digits(text):
    runs = list(re.finditer(r"[0-9]+", text))
    if not runs:
        return text + ".0"
    last = runs[-1]
    bumped = str(int(last.group()) + 1).zfill(len(last.group()))
    return text[:last.start()] + bumped + text[last.end():]


@total_ordering
class Version:
    NAMES = ("major", "minor", "patch", "prerelease", "build")
    MAX_LENGTH = 255

    __slots__ = ("_major", "_minor", "_patch", "_prerelease", "_build")

    def __init__(self, major, minor=0, patch=0, prerelease=None, build=None):
        numbers = {"major": int(major), "minor": int(minor), "patch": int(patch)}
        for name, value in numbers.items():
            if value < 0:
                raise ValueError("%r is negative. A version can only be positive." % name)
        prerelease = None if prerelease is None else str(prerelease)
        build = None if build is None else str(build)
        size = sum(len(str(v)) for v in numbers.values()) + 2
        for extra in (prerelease, build):
            if extra is not None and len(extra) > self.MAX_LENGTH:
                raise _too_long()
            if extra:
                size += len(extra) + 1
        if size > self.MAX_LENGTH:
            raise _too_long()
        object.__setattr__(self, "_major", numbers["major"])
        object.__setattr__(self, "_minor", numbers["minor"])
        object.__setattr__(self, "_patch", numbers["patch"])
        object.__setattr__(self, "_prerelease", prerelease)
        object.__setattr__(self, "_build", build)

    def __setattr__(self, name, value):
        raise AttributeError("Version is immutable; '%s' cannot be set" % name)

    major = property(lambda self: self._major)
    minor = property(lambda self: self._minor)
    patch = property(lambda self: self._patch)
    prerelease = property(lambda self: self._prerelease)
    build = property(lambda self: self._build)

    # -- parsing --------------------------------------------------------------------------------
    @classmethod
    def parse(cls, version, optional_minor_and_patch=False):
        if isinstance(version, bytes):
            version = version.decode("utf-8")
        if not isinstance(version, str):
            raise TypeError("not a string or bytes: %r" % type(version).__name__)
        if len(version) > cls.MAX_LENGTH:
            raise _too_long()
        found = (_LOOSE if optional_minor_and_patch else _STRICT).fullmatch(version)
        if found is None:
            raise ValueError("%s is not valid SemVer string" % version)
        return cls(int(found["major"]), int(found["minor"] or 0), int(found["patch"] or 0),
                   found["pre"], found["build"])

    @classmethod
    def is_valid(cls, version):
        try:
            cls.parse(version)
        except ValueError:
            return False
        return True

    # -- conversions ----------------------------------------------------------------------------
    def to_tuple(self):
        return (self._major, self._minor, self._patch, self._prerelease, self._build)

    def to_dict(self):
        return dict(zip(self.NAMES, self.to_tuple()))

    def __iter__(self):
        return iter(self.to_tuple())

    def __getitem__(self, index):
        if isinstance(index, int):
            index = slice(index, index + 1)
        if (index.start is not None and index.start < 0) or (index.stop is not None and index.stop < 0):
            raise IndexError("Version index cannot be negative")
        picked = tuple(p for p in self.to_tuple()[index] if p is not None)
        if not picked:
            raise IndexError("Version part undefined")
        return picked[0] if len(picked) == 1 else picked

    def __str__(self):
        text = "%d.%d.%d" % (self._major, self._minor, self._patch)
        if self._prerelease:
            text += "-" + self._prerelease
        if self._build:
            text += "+" + self._build
        return text

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % kv for kv in self.to_dict().items()))

    def replace(self, **parts):
        unknown = sorted(set(parts) - set(self.NAMES))
        if unknown:
            raise TypeError("replace() got %d unexpected keyword argument(s): %s"
                            % (len(unknown), ", ".join(unknown)))
        merged = self.to_dict()
        merged.update(parts)
        return Version(**merged)

    def finalize_version(self):
        return Version(self._major, self._minor, self._patch)

    # -- ordering -------------------------------------------------------------------------------
    @classmethod
    def _coerce(cls, other):
        if isinstance(other, Version):
            return other
        if isinstance(other, str):
            return cls.parse(other)
        if isinstance(other, dict):
            return cls(**other)
        if isinstance(other, (tuple, list)):
            return cls(*other)
        raise TypeError("cannot compare Version with %s" % type(other).__name__)

    def compare(self, other):
        other = self._coerce(other)
        mine, theirs = self.to_tuple()[:3], other.to_tuple()[:3]
        if mine != theirs:
            return -1 if mine < theirs else 1
        return _compare_pre(self._prerelease, other._prerelease)

    def _try_compare(self, other):
        """compare(), or NotImplemented for operands that cannot be turned into a version."""
        if isinstance(other, (str, Version)):
            return self.compare(other)
        if isinstance(other, (tuple, list, dict)):
            try:
                return self.compare(other)
            except (TypeError, ValueError):
                return NotImplemented
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, (str, tuple, list)):
            warnings.warn("comparing a Version with %s is deprecated" % type(other).__name__,
                          DeprecationWarning, stacklevel=2)
        result = self._try_compare(other)
        return result if result is NotImplemented else result == 0

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __lt__(self, other):
        result = self._try_compare(other)
        return result if result is NotImplemented else result < 0

    def __hash__(self):
        pre = None if self._prerelease is None else tuple(
            int(p) if p.isdigit() else p for p in self._prerelease.split("."))
        return hash((self._major, self._minor, self._patch, pre))

    def match(self, match_expr):
        op = match_expr[:2]
        if op in ("<=", ">=", "==", "!="):
            target = match_expr[2:]
        elif match_expr[:1] in ("<", ">"):
            op, target = match_expr[:1], match_expr[1:]
        elif match_expr[:1].isdigit():
            op, target = "==", match_expr
        else:
            raise ValueError("match_expr parameter should be in format <op><ver>, where <op> is one of %s. "
                             "You provided: %r" % (list(_OPERATORS), match_expr))
        c = self.compare(target)
        return {"<": c < 0, ">": c > 0, "==": c == 0, "<=": c <= 0, ">=": c >= 0, "!=": c != 0}[op]

    def is_compatible(self, other):
        if not isinstance(other, Version):
            raise TypeError("Expected a Version, got %s" % type(other).__name__)
        if self._major == 0 and other._major == 0 and self.to_tuple()[:4] != other.to_tuple()[:4]:
            return False
        return (self._major == other._major and other._minor >= self._minor
                and self._prerelease == other._prerelease)

    # -- bumping --------------------------------------------------------------------------------
    def bump_major(self):
        return Version(self._major + 1)

    def bump_minor(self):
        return Version(self._major, self._minor + 1)

    def bump_patch(self):
        return Version(self._major, self._minor, self._patch + 1)

    def bump_prerelease(self, token="rc", bump_when_empty=False):
        patch = self._patch
        if self._prerelease:
            pre = self._prerelease
            if pre.isdigit():
                pre = str(int(pre) + 1)
            else:
                head, dot, tail = pre.rpartition(".")
                if dot and tail.isdigit():
                    pre = head + "." + str(int(tail) + 1)
                else:
                    pre += ".0"
        else:
            if bump_when_empty:
                patch += 1
            if token is None:
                pre = "rc.1"
            elif token == "":
                pre = "1"
            else:
                _check_token(token, _PRE_PIECE, "prerelease")
                pre = token + ".1"
        return Version(self._major, self._minor, patch, pre)

    def bump_build(self, token="build"):
        if self._build:
            start = self._build
        elif token is None:
            start = "build.0"
        elif token == "":
            start = "0"
        else:
            _check_token(token, _BUILD_PIECE, "build")
            start = token + ".0"
        return Version(self._major, self._minor, self._patch, self._prerelease, _increment_last_digits(start))

    def next_version(self, part, prerelease_token="rc"):
        if part not in _PARTS:
            raise ValueError("Invalid part. Expected one of %s, but got %r" % (_PARTS, part))
        pre = self._prerelease
        if pre and (part == "patch" or (part == "minor" and self._patch == 0)
                    or (part == "major" and self._minor == 0 and self._patch == 0)):
            return self.finalize_version()
        if part != "prerelease":
            return getattr(self, "bump_" + part)()
        token = prerelease_token
        if pre and token:
            _check_token(token, _PRE_PIECE, "prerelease")
            old_style = re.fullmatch(re.escape(token) + r"([0-9]+)", pre)
            if old_style:
                candidate = Version(self._major, self._minor, self._patch, token + str(int(old_style[1]) + 1))
                if candidate > self:
                    return candidate
                return Version(self._major, self._minor, self._patch + 1, candidate.prerelease)
            if pre != token and not pre.startswith(token + "."):
                candidate = Version(self._major, self._minor, self._patch, token + ".1")
                if candidate > self:
                    return candidate
                return self.bump_patch().bump_prerelease(token)
        return self.bump_prerelease(prerelease_token, bump_when_empty=True)


VersionInfo = Version
