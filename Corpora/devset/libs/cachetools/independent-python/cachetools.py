"""Bounded mutable mappings with pluggable eviction: plain, FIFO, LRU, LFU, random-replacement and
time-aware (TTL / TLRU) variants."""
import heapq
import random
import time as _time
from collections.abc import MutableMapping

__all__ = ["Cache", "FIFOCache", "LFUCache", "LRUCache", "RRCache", "TLRUCache", "TTLCache"]

_NOTHING = object()


def _unit_size(_value):
    return 1


class Cache(MutableMapping):
    """Mapping whose values' sizes never add up to more than maxsize."""

    def __init__(self, maxsize, getsizeof=None):
        if maxsize < 0:
            raise ValueError("maxsize must be non-negative")
        self._limit = maxsize
        self._entries = {}
        self._weights = {}
        self._total = 0
        if getsizeof is not None:
            self.getsizeof = getsizeof

    # -- sizes -------------------------------------------------------------
    @staticmethod
    def getsizeof(value):
        return 1

    @property
    def maxsize(self):
        return self._limit

    @property
    def currsize(self):
        return self._total

    # -- hooks subclasses extend ----------------------------------------------
    def _after_store(self, key, fresh):
        """Called once a value has been stored; fresh is true when key was absent."""

    def _after_read(self, key):
        """Called after a successful read."""

    def _after_remove(self, key):
        """Called after key left the cache."""

    # -- mapping protocol ----------------------------------------------------
    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        if key in self._entries:
            value = self._entries[key]
            self._after_read(key)
            return value
        return self.__missing__(key)

    def __setitem__(self, key, value):
        weight = self.getsizeof(value)
        if weight > self._limit:
            raise ValueError("value too large")
        if weight < 0:
            raise ValueError("value size must be non-negative")
        while weight - self._weights.get(key, 0) > self._limit - self._total:
            self.popitem()
        fresh = key not in self._entries
        self._total += weight - self._weights.get(key, 0)
        self._entries[key] = value
        self._weights[key] = weight
        self._after_store(key, fresh)

    def __delitem__(self, key):
        if key not in self._entries:
            raise KeyError(key)
        self._total -= self._weights.pop(key)
        del self._entries[key]
        self._after_remove(key)

    def __contains__(self, key):
        return key in self._entries

    def __iter__(self):
        return iter(self._entries)

    def __len__(self):
        return len(self._entries)

    def __repr__(self):
        return "%s(%r, maxsize=%r, currsize=%r)" % (type(self).__name__, self._entries, self._limit, self._total)

    # -- derived operations ------------------------------------------------
    def get(self, key, default=None):
        return self[key] if key in self else default

    def pop(self, key, default=_NOTHING):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is _NOTHING:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def _victim(self):
        for key in self._entries:
            return key
        raise KeyError()

    def popitem(self):
        key = self._victim()
        return (key, self.pop(key))

    def clear(self):
        self._entries.clear()
        self._weights.clear()
        self._total = 0
        self._forget_all()

    def _forget_all(self):
        pass


class _OrderedPolicy(Cache):
    """Keeps a queue of keys; which events move a key to the back is up to the subclass."""

    _touch_on_read = False

    def __init__(self, maxsize, getsizeof=None):
        super().__init__(maxsize, getsizeof)
        self._queue = {}

    def _after_store(self, key, fresh):
        self._queue.pop(key, None)
        self._queue[key] = None

    def _after_read(self, key):
        if self._touch_on_read:
            self._queue.pop(key)
            self._queue[key] = None

    def _after_remove(self, key):
        del self._queue[key]

    def _forget_all(self):
        self._queue.clear()

    def _victim(self):
        for key in self._queue:
            return key
        raise KeyError("%s is empty" % type(self).__name__)


class FIFOCache(_OrderedPolicy):
    """Evicts the key written longest ago."""


class LRUCache(_OrderedPolicy):
    """Evicts the key used longest ago."""

    _touch_on_read = True


class LFUCache(Cache):
    """Evicts the least frequently used key (earliest to reach its count on ties)."""

    def __init__(self, maxsize, getsizeof=None):
        super().__init__(maxsize, getsizeof)
        self._uses = {}
        self._tick = 0

    def _bump(self, key):
        self._tick += 1
        count = self._uses[key][0] + 1 if key in self._uses else 1
        self._uses[key] = (count, self._tick)

    def _after_store(self, key, fresh):
        self._bump(key)

    def _after_read(self, key):
        self._bump(key)

    def _after_remove(self, key):
        del self._uses[key]

    def _forget_all(self):
        self._uses.clear()

    def _victim(self):
        if not self._uses:
            raise KeyError("%s is empty" % type(self).__name__)
        return min(self._uses, key=self._uses.__getitem__)


class RRCache(Cache):
    """Evicts a key picked by choice() from the list of keys."""

    def __init__(self, maxsize, choice=random.choice, getsizeof=None):
        super().__init__(maxsize, getsizeof)
        self._picker = choice
        self._slots = []
        self._slot_of = {}

    @property
    def choice(self):
        return self._picker

    def _after_store(self, key, fresh):
        if key not in self._slot_of:
            self._slot_of[key] = len(self._slots)
            self._slots.append(key)

    def _after_remove(self, key):
        hole = self._slot_of.pop(key)
        last = self._slots.pop()
        if hole < len(self._slots):
            self._slots[hole] = last
            self._slot_of[last] = hole

    def _forget_all(self):
        self._slots.clear()
        self._slot_of.clear()

    def _victim(self):
        if not self._slots:
            raise KeyError("%s is empty" % type(self).__name__)
        return self._picker(self._slots)


class _FrozenClock:
    """Wraps a timer; inside `with` blocks it keeps returning the time read on entry."""

    def __init__(self, timer):
        self._source = timer
        self._depth = 0
        self._held = None

    def __call__(self):
        return self._held if self._depth else self._source()

    def __enter__(self):
        if self._depth == 0:
            self._held = self._source()
        self._depth += 1
        return self._held

    def __exit__(self, *exc):
        self._depth -= 1

    def __getattr__(self, name):
        return getattr(self._source, name)


class _Expiring(LRUCache):
    """Shared machinery of TTLCache and TLRUCache: LRU eviction plus per-item deadlines."""

    def __init__(self, maxsize, timer, getsizeof):
        super().__init__(maxsize, getsizeof)
        self._clock = _FrozenClock(timer)
        self._deadline = {}

    @property
    def timer(self):
        return self._clock

    def _alive(self, key, now):
        return now < self._deadline[key]

    def __contains__(self, key):
        if key not in self._entries:
            return False
        with self._clock as now:
            return self._alive(key, now)

    def __getitem__(self, key):
        with self._clock as now:
            if key in self._entries and not self._alive(key, now):
                return self.__missing__(key)
            return super().__getitem__(key)

    def __delitem__(self, key):
        with self._clock as now:
            dead = key in self._entries and not self._alive(key, now)
            super().__delitem__(key)
            if dead:
                raise KeyError(key)

    def __iter__(self):
        with self._clock as now:
            return iter([k for k in self._entries if self._alive(k, now)])

    def __len__(self):
        with self._clock as now:
            self.expire(now)
            return len(self._entries)

    @property
    def currsize(self):
        with self._clock as now:
            self.expire(now)
            return self._total

    def __repr__(self):
        with self._clock as now:
            self.expire(now)
            return super().__repr__()

    def _after_remove(self, key):
        super()._after_remove(key)
        del self._deadline[key]

    def _forget_all(self):
        super()._forget_all()
        self._deadline.clear()

    def popitem(self):
        with self._clock as now:
            self.expire(now)
            return super().popitem()

    def _drop_silently(self, key):
        self._total -= self._weights.pop(key)
        del self._entries[key]
        self._after_remove(key)


class TTLCache(_Expiring):
    """LRU cache whose items live for ttl time units after their last write."""

    def __init__(self, maxsize, ttl, timer=_time.monotonic, getsizeof=None):
        super().__init__(maxsize, timer, getsizeof)
        self._lifetime = ttl
        self._written = {}  # keys in order of last write

    @property
    def ttl(self):
        return self._lifetime

    def __setitem__(self, key, value):
        with self._clock as now:
            self.expire(now)
            super().__setitem__(key, value)
            self._deadline[key] = now + self._lifetime
            self._written.pop(key, None)
            self._written[key] = None

    def _after_remove(self, key):
        super()._after_remove(key)
        self._written.pop(key, None)

    def _forget_all(self):
        super()._forget_all()
        self._written.clear()

    def expire(self, time=None):
        if time is None:
            time = self._clock()
        gone = []
        for key in list(self._written):
            if self._deadline[key] > time:
                break
            gone.append((key, self._entries[key]))
            self._drop_silently(key)
        return gone


class _HeapEntry:
    __slots__ = ("due", "key", "stale")

    def __init__(self, due, key):
        self.due, self.key, self.stale = due, key, False

    def __lt__(self, other):
        return self.due < other.due


class TLRUCache(_Expiring):
    """LRU cache whose items expire at a time computed per item by ttu(key, value, now)."""

    def __init__(self, maxsize, ttu, timer=_time.monotonic, getsizeof=None):
        super().__init__(maxsize, timer, getsizeof)
        self._ttu = ttu
        self._heap = []       # _HeapEntry objects, a binary min-heap on .due
        self._entry_of = {}   # key -> its current (non-stale) heap entry

    @property
    def ttu(self):
        return self._ttu

    def __setitem__(self, key, value):
        with self._clock as now:
            due = self._ttu(key, value, now)
            self.expire(now)
            if not now < due:
                if key in self._entries:
                    del self[key]
                return
            super().__setitem__(key, value)
            self._deadline[key] = due
            entry = _HeapEntry(due, key)
            previous = self._entry_of.get(key)
            if previous is not None:
                previous.stale = True
            self._entry_of[key] = entry
            heapq.heappush(self._heap, entry)
            self._compact()

    def __delitem__(self, key):
        try:
            super().__delitem__(key)
        finally:
            self._compact()

    def popitem(self):
        with self._clock as now:
            self.expire(now)
            key = self._victim()
            value = self._entries[key]
            self._drop_silently(key)
            return (key, value)

    def _compact(self):
        """Drop stale entries once they make up more than half of the heap."""
        if len(self._heap) > 2 * len(self._entries):
            self._heap = [e for e in self._heap if not e.stale]
            heapq.heapify(self._heap)

    def _after_remove(self, key):
        super()._after_remove(key)
        entry = self._entry_of.pop(key, None)
        if entry is not None:
            entry.stale = True

    def _forget_all(self):
        super()._forget_all()
        self._heap = []
        self._entry_of.clear()

    def expire(self, time=None):
        if time is None:
            time = self._clock()
        gone = []
        heap = self._heap
        while heap and (heap[0].stale or not time < heap[0].due):
            entry = heapq.heappop(heap)
            if not entry.stale:
                gone.append((entry.key, self._entries[entry.key]))
                self._drop_silently(entry.key)
        return gone
