"""The bounded store every cache builds on, with hooks for eviction policies."""

import collections.abc

_NO_DEFAULT = object()


def _unit_size(value):
    return 1


class Cache(collections.abc.MutableMapping):
    """A mapping holding at most `maxsize` worth of values (each value's size given by getsizeof).

    Policies plug in through hooks: `_touched(key)` after a successful read, `_stored(key)` after a
    write, `_dropped(key)` after a removal, `_victim()` choosing what to evict, `_forget_all()` on clear.
    """

    def __init__(self, maxsize, getsizeof=None):
        if maxsize < 0:
            raise ValueError("maxsize must be non-negative")
        if getsizeof is not None:
            self.getsizeof = getsizeof
        self._sizes = None if self.getsizeof is Cache.getsizeof else {}
        self._store = {}
        self._used = 0
        self._limit = maxsize

    # -- hooks -----------------------------------------------------------------------------------

    def _touched(self, key):
        pass

    def _stored(self, key):
        pass

    def _dropped(self, key):
        pass

    def _victim(self):
        try:
            return next(iter(self))
        except StopIteration:
            raise KeyError from None

    def _forget_all(self):
        pass

    def _empty(self):
        return KeyError("%s is empty" % type(self).__name__)

    # -- raw storage (no policy bookkeeping) -------------------------------------------------------

    def _raw_get(self, key):
        try:
            return self._store[key]
        except KeyError:
            return self.__missing__(key)

    def _raw_put(self, key, value):
        store, limit = self._store, self._limit
        if self._sizes is None:
            if limit < 1:
                raise ValueError("value too large")
            if key not in store:
                while self._used + 1 > limit:
                    self.popitem()
                self._used += 1
            store[key] = value
            return
        need = self.getsizeof(value)
        if need > limit:
            raise ValueError("value too large")
        if need < 0:
            raise ValueError("value size must be non-negative")
        growth = need - self._sizes[key] if key in store else need
        while self._used + growth > limit:
            self.popitem()
            if key not in store:
                growth = need
        store[key] = value
        self._sizes[key] = need
        self._used += growth

    def _raw_del(self, key):
        if self._sizes is None:
            del self._store[key]
            self._used -= 1
        else:
            freed = self._sizes.pop(key)
            del self._store[key]
            self._used -= freed

    # -- mapping protocol ------------------------------------------------------------------------

    def __getitem__(self, key):
        value = self._raw_get(key)
        self._touched(key)
        return value

    def __setitem__(self, key, value):
        self._raw_put(key, value)
        self._stored(key)

    def __delitem__(self, key):
        self._raw_del(key)
        self._dropped(key)

    def __contains__(self, key):
        return key in self._store

    def __missing__(self, key):
        raise KeyError(key)

    def __iter__(self):
        return iter(self._store)

    def __len__(self):
        return len(self._store)

    def __repr__(self):
        return f"{type(self).__name__}({self._store!r}, maxsize={self._limit!r}, currsize={self._used!r})"

    def get(self, key, default=None):
        return self[key] if key in self else default

    def pop(self, key, default=_NO_DEFAULT):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is _NO_DEFAULT:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def popitem(self):
        key = self._victim()
        value = self._raw_get(key) if type(self)._victim is not Cache._victim else self[key]
        del self[key]
        return (key, value)

    def clear(self):
        if self._sizes is not None:
            self._sizes.clear()
        self._store.clear()
        self._used = 0
        self._forget_all()

    @property
    def maxsize(self):
        return self._limit

    @property
    def currsize(self):
        return self._used

    @staticmethod
    def getsizeof(value):
        return 1
