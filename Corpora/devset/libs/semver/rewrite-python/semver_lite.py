"""A small Semantic Versioning 2.0 value type: parsing, ordering, bumping and range matching."""
import re

_NUM = r'0|[1-9]\d*'
_PRE_ID = r'0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*'
_BUILD_ID = r'[0-9a-zA-Z-]+'
_LIMIT = 255
_TOO_LONG = 'Version string exceeds maximum length of %d characters' % _LIMIT


def _grammar(short_ok):
    opt = '?' if short_ok else ''
    return re.compile(
        r'(?P<major>{n})(?:\.(?P<minor>{n})(?:\.(?P<patch>{n})){o}){o}'
        r'(?:-(?P<prerelease>(?:{p})(?:\.(?:{p}))*))?'
        r'(?:\+(?P<build>(?:{b})(?:\.(?:{b}))*))?'.format(n=_NUM, o=opt, p=_PRE_ID, b=_BUILD_ID),
        re.ASCII)


_STRICT, _LENIENT = _grammar(False), _grammar(True)
_OPERATORS = {'>': {1}, '<': {-1}, '==': {0}, '!=': {-1, 1}, '>=': {0, 1}, '<=': {-1, 0}}


def _check_token(token, ident_re, label):
    if not all(re.fullmatch(ident_re, piece, re.ASCII) for piece in token.split('.')):
        raise ValueError('%r is not a valid %s. It may only consist of dot-separated identifiers, '
                         'made of alphanumerics and hyphens.' % (token, label))


def _sign(x):
    return (x > 0) - (x < 0)


def _precedence_of_pre(pre):
    """Sort key for a prerelease string: numeric fields (by value) sort before textual ones."""
    out = []
    for field in pre.split('.'):
        if field.isdecimal():
            digits = field.lstrip('0') or '0'
            out.append((0, len(digits), digits))
        else:
            out.append((1, 0, field))
    return out


def _bump_trailing_number(text):
    """Increment the last run of digits in ``text`` in place (keeping its width when it fits)."""
    runs = list(re.finditer(r'\d+', text))
    if not runs:
        return text
    run = runs[-1]
    bumped = str(int(run.group()) + 1)
    left = max(run.end() - len(bumped), run.start())
    return text[:left] + bumped + text[run.end():]


def _bump_pre_counter(pre):
    head, dot, tail = pre.rpartition('.')
    if tail.isdigit() and tail.isascii():
        return head + dot + str(int(tail) + 1)
    return pre + '.0'


class Version:
    """An immutable semantic version ``major.minor.patch[-prerelease][+build]``."""

    __slots__ = ('_parts',)
    NAMES = ('major', 'minor', 'patch', 'prerelease', 'build')
    MAX_LENGTH = _LIMIT

    def __init__(self, major, minor=0, patch=0, prerelease=None, build=None):
        for extra in (prerelease, build):
            if isinstance(extra, str) and len(extra) > _LIMIT:
                raise ValueError(_TOO_LONG)
        numbers = (int(major), int(minor), int(patch))
        for label, n in zip(self.NAMES, numbers):
            if n < 0:
                raise ValueError('%r is negative. A version can only be positive.' % label)
        prerelease = None if prerelease is None else str(prerelease)
        build = None if build is None else str(build)
        size = sum(len(str(n)) for n in numbers) + 2 + sum(len(x) + 1 for x in (prerelease, build) if x)
        if size > _LIMIT:
            raise ValueError(_TOO_LONG)
        self._parts = numbers + (prerelease, build)

    # -- construction ---------------------------------------------------------------------------------------

    @classmethod
    def parse(cls, version, optional_minor_and_patch=False):
        if isinstance(version, bytes):
            version = version.decode('UTF-8')
        elif not isinstance(version, str):
            raise TypeError("not expecting type '%s'" % type(version))
        if len(version) > _LIMIT:
            raise ValueError(_TOO_LONG)
        m = (_LENIENT if optional_minor_and_patch else _STRICT).fullmatch(version)
        if m is None:
            raise ValueError('%s is not valid SemVer string' % version)
        g = m.groupdict()
        return cls(g['major'], g['minor'] or 0, g['patch'] or 0, g['prerelease'], g['build'])

    @classmethod
    def is_valid(cls, version):
        try:
            cls.parse(version)
        except ValueError:
            return False
        return True

    def replace(self, **changes):
        unknown = set(changes) - set(self.NAMES)
        if unknown:
            raise TypeError('replace() got %d unexpected keyword argument(s): %s'
                            % (len(unknown), ', '.join(unknown)))
        fields = self.to_dict()
        fields.update(changes)
        return type(self)(**fields)

    # -- accessors ------------------------------------------------------------------------------------------

    major = property(lambda self: self._parts[0])
    minor = property(lambda self: self._parts[1])
    patch = property(lambda self: self._parts[2])
    prerelease = property(lambda self: self._parts[3])
    build = property(lambda self: self._parts[4])

    def to_tuple(self):
        return self._parts

    def to_dict(self):
        return dict(zip(self.NAMES, self._parts))

    def __iter__(self):
        return iter(self._parts)

    def __str__(self):
        text = '%d.%d.%d' % self._parts[:3]
        if self.prerelease:
            text += '-' + self.prerelease
        if self.build:
            text += '+' + self.build
        return text

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % kv for kv in self.to_dict().items()))

    # -- ordering -------------------------------------------------------------------------------------------

    def compare(self, other):
        if isinstance(other, (str, bytes)):
            other = type(self).parse(other)
        elif isinstance(other, dict):
            other = type(self)(**other)
        elif isinstance(other, (tuple, list)):
            other = type(self)(*other)
        elif not isinstance(other, Version):
            raise TypeError('Expected str, bytes, dict, tuple, list, or %s instance, but got %s'
                            % (type(self).__name__, type(other)))
        core = _sign((self._parts[:3] > other._parts[:3]) - (self._parts[:3] < other._parts[:3]))
        if core or self.prerelease == other.prerelease:
            return core
        if not self.prerelease or not other.prerelease:
            return (not self.prerelease) - (not other.prerelease)
        a, b = _precedence_of_pre(self.prerelease), _precedence_of_pre(other.prerelease)
        return (a > b) - (a < b)

    def __eq__(self, other):
        return self.compare(other) == 0

    def __ne__(self, other):
        return self.compare(other) != 0

    def __lt__(self, other):
        return self.compare(other) < 0

    def __le__(self, other):
        return self.compare(other) <= 0

    def __gt__(self, other):
        return self.compare(other) > 0

    def __ge__(self, other):
        return self.compare(other) >= 0

    def __hash__(self):
        return hash(self._parts[:3] + (tuple(_precedence_of_pre(self.prerelease)) if self.prerelease else (),))

    def match(self, match_expr):
        for op in ('>=', '<=', '==', '!=', '>', '<'):
            if match_expr.startswith(op):
                return self.compare(match_expr[len(op):]) in _OPERATORS[op]
        if match_expr[:1].isdigit() and match_expr[:1].isascii():
            return self.compare(match_expr) == 0
        raise ValueError("match_expr parameter should be in format <op><ver>, where <op> is one of "
                         "['<', '>', '==', '<=', '>=', '!=']. You provided: %r" % match_expr)

    def is_compatible(self, other):
        if not isinstance(other, Version):
            raise TypeError('Expected a Version type but got %s' % type(other))
        if self.major == other.major == 0 and self._parts[:4] != other._parts[:4]:
            return False
        return self.major == other.major and other.minor >= self.minor and self.prerelease == other.prerelease

    # -- bumping --------------------------------------------------------------------------------------------

    def bump_major(self):
        return type(self)(self.major + 1)

    def bump_minor(self):
        return type(self)(self.major, self.minor + 1)

    def bump_patch(self):
        return type(self)(self.major, self.minor, self.patch + 1)

    def finalize_version(self):
        return type(self)(*self._parts[:3])

    def bump_prerelease(self, token='rc', bump_when_empty=False):
        patch = self.patch
        if self.prerelease is not None:
            pre = _bump_pre_counter(self.prerelease)
        else:
            patch += 1 if bump_when_empty else 0
            if token is None:
                pre = 'rc.1'
            elif token == '':
                pre = '1'
            else:
                _check_token(str(token), _PRE_ID, 'prerelease token')
                pre = '%s.1' % token
        return type(self)(self.major, self.minor, patch, pre)

    def bump_build(self, token='build'):
        if self.build is not None:
            seed = self.build
        elif token is None:
            seed = 'build.0'
        elif token == '':
            seed = '0'
        else:
            _check_token(str(token), _BUILD_ID, 'build token')
            seed = '%s.0' % token
        new = _bump_trailing_number(seed)
        if new == self.build:
            new += '.0'
        return type(self)(self.major, self.minor, self.patch, self.prerelease, new)

    def next_version(self, part, prerelease_token='rc'):
        allowed = self.NAMES[:4]
        if part not in allowed:
            raise ValueError('Invalid part. Expected one of %s, but got %r' % (allowed, part))
        pre = self.prerelease
        if pre and (part == 'patch' or (part == 'minor' and self.patch == 0)
                    or (part == 'major' and self.minor == 0 and self.patch == 0)):
            return self.replace(prerelease=None, build=None)
        if part != 'prerelease':
            return getattr(self, 'bump_' + part)()
        if pre and prerelease_token:
            token = str(prerelease_token)
            _check_token(token, _PRE_ID, 'prerelease token')
            counter = re.fullmatch(re.escape(token) + r'(\d+)', pre)
            if counter:
                nxt = self.replace(prerelease='%s%d' % (token, int(counter.group(1)) + 1), build=None)
                return nxt if nxt > self else nxt.bump_patch().replace(prerelease=nxt.prerelease)
            if pre != token and not pre.startswith(token + '.'):
                nxt = self.replace(prerelease=token + '.1', build=None)
                return nxt if nxt > self else self.bump_patch().bump_prerelease(token)
        return self.bump_prerelease(prerelease_token, bump_when_empty=True)


VersionInfo = Version
