"""Caches whose items also expire with time."""

import collections
import heapq
import time as _time

from ._base import Cache


class _FrozenClock:
    """A timer that returns one fixed reading while entered (nested entries share it)."""

    def __init__(self, timer):
        self._timer = timer
        self._depth = 0
        self._reading = None

    def __call__(self):
        return self._timer() if self._depth == 0 else self._reading

    def __enter__(self):
        if self._depth == 0:
            self._reading = self._timer()
        self._depth += 1
        return self._reading

    def __exit__(self, *exc):
        self._depth -= 1

    def __getattr__(self, name):
        return getattr(self._timer, name)


class _Expiring(Cache):
    """Shared machinery: a frozen clock around every public operation, expiry before size queries.

    Subclasses keep `_meta` (key -> record with an `expires` attribute, in LRU order) and implement
    `expire(time)` and `_record(key, value, now)`.
    """

    def __init__(self, maxsize, timer, getsizeof=None):
        super().__init__(maxsize, getsizeof)
        self._clock = _FrozenClock(timer)
        self._meta = collections.OrderedDict()

    @property
    def timer(self):
        return self._clock

    def _alive(self, record, now=None):
        return (self._clock() if now is None else now) < record.expires

    def __contains__(self, key):
        record = self._meta.get(key)
        return record is not None and self._alive(record)

    def __getitem__(self, key):
        record = self._meta.get(key)
        if record is None:
            return self._raw_get(key)
        self._meta.move_to_end(key)
        if self._alive(record):
            return self._raw_get(key)
        return self.__missing__(key)

    def __iter__(self):
        for key in list(self._store):
            with self._clock as now:
                record = self._meta.get(key)
                if record is not None and self._alive(record, now):
                    yield key

    def __len__(self):
        with self._clock as now:
            self.expire(now)
            return len(self._store)

    def __repr__(self):
        with self._clock as now:
            self.expire(now)
            return Cache.__repr__(self)

    @property
    def currsize(self):
        with self._clock as now:
            self.expire(now)
            return self._used

    def get(self, *args, **kwargs):
        with self._clock:
            return Cache.get(self, *args, **kwargs)

    def pop(self, *args, **kwargs):
        with self._clock:
            return Cache.pop(self, *args, **kwargs)

    def setdefault(self, *args, **kwargs):
        with self._clock:
            return Cache.setdefault(self, *args, **kwargs)

    def popitem(self):
        with self._clock as now:
            self.expire(now)
            for key in self._meta:
                value = self._raw_get(key)
                del self[key]
                return (key, value)
            raise self._empty()

    def _evict_expired(self, key):
        pair = (key, self._raw_get(key))
        self._raw_del(key)
        del self._meta[key]
        return pair


class TTLCache(_Expiring):
    """LRU eviction, and every item lives `ttl` time units after its last write."""

    class _Stamp:
        __slots__ = ("expires",)

        def __init__(self, expires):
            self.expires = expires

    def __init__(self, maxsize, ttl, timer=_time.monotonic, getsizeof=None):
        super().__init__(maxsize, timer, getsizeof)
        self._ttl = ttl
        self._by_deadline = collections.OrderedDict()  # key -> stamp, oldest write first

    @property
    def ttl(self):
        return self._ttl

    def __setitem__(self, key, value):
        with self._clock as now:
            deadline = now + self._ttl
            self.expire(now)
            self._raw_put(key, value)
        stamp = self._meta.get(key)
        if stamp is None:
            self._meta[key] = stamp = TTLCache._Stamp(deadline)
        else:
            self._meta.move_to_end(key)
            stamp.expires = deadline
        self._by_deadline.pop(key, None)
        self._by_deadline[key] = stamp

    def __delitem__(self, key):
        self._raw_del(key)
        stamp = self._meta.pop(key)
        del self._by_deadline[key]
        if not self._alive(stamp):
            raise KeyError(key)

    def expire(self, time=None):
        """Drop expired items; return them as (key, value) pairs, oldest first."""
        now = self._clock() if time is None else time
        gone = []
        for key, stamp in list(self._by_deadline.items()):
            if now < stamp.expires:
                break
            del self._by_deadline[key]
            gone.append(self._evict_expired(key))
        return gone

    def clear(self):
        Cache.clear(self)
        self._meta.clear()
        self._by_deadline.clear()


class TLRUCache(_Expiring):
    """LRU eviction, and each item expires at `ttu(key, value, now)`."""

    _HEAP_SLACK = 2

    class _Entry:
        __slots__ = ("expires", "key", "removed")

        def __init__(self, key, expires):
            self.key = key
            self.expires = expires
            self.removed = False

        def __lt__(self, other):
            return self.expires < other.expires

    def __init__(self, maxsize, ttu, timer=_time.monotonic, getsizeof=None):
        super().__init__(maxsize, timer, getsizeof)
        self._ttu = ttu
        self._heap = []

    @property
    def ttu(self):
        return self._ttu

    def _retire(self, key):
        entry = self._meta.pop(key, None)
        if entry is not None:
            entry.removed = True
            self._raw_del(key)

    def __setitem__(self, key, value):
        with self._clock as now:
            self.expire(now)
            deadline = self._ttu(key, value, now)
            if not now < deadline:
                return self._retire(key)
            self._raw_put(key, value)
        previous = self._meta.get(key)
        if previous is not None:
            previous.removed = True
            self._meta.move_to_end(key)
        self._meta[key] = entry = TLRUCache._Entry(key, deadline)
        heapq.heappush(self._heap, entry)

    def __delitem__(self, key):
        with self._clock as now:
            self._raw_del(key)
        entry = self._meta.pop(key)
        entry.removed = True
        if not now < entry.expires:
            raise KeyError(key)

    def expire(self, time=None):
        """Drop expired items; return them as (key, value) pairs in expiry order."""
        now = self._clock() if time is None else time
        if len(self._heap) > len(self._meta) * self._HEAP_SLACK:
            self._heap = [entry for entry in self._heap if not entry.removed]
            heapq.heapify(self._heap)
        heap = self._heap
        gone = []
        while heap and (heap[0].removed or not now < heap[0].expires):
            entry = heapq.heappop(heap)
            if not entry.removed:
                gone.append(self._evict_expired(entry.key))
        return gone

    def clear(self):
        Cache.clear(self)
        self._meta.clear()
        self._heap.clear()
