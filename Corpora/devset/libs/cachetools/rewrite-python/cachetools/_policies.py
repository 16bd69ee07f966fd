"""Eviction policies that only depend on access history."""

import collections
import random

from ._base import Cache


class _OrderedPolicy(Cache):
    """Evicts the first key of an ordered record; subclasses decide when a key moves to the back."""

    _refresh_on_read = False

    def __init__(self, maxsize, getsizeof=None):
        super().__init__(maxsize, getsizeof)
        self._queue = collections.OrderedDict()

    def _touched(self, key):
        if self._refresh_on_read and key in self._queue:
            self._queue.move_to_end(key)

    def _stored(self, key):
        self._queue[key] = None
        self._queue.move_to_end(key)

    def _dropped(self, key):
        del self._queue[key]

    def _victim(self):
        for key in self._queue:
            return key
        raise self._empty()

    def _forget_all(self):
        self._queue.clear()


class FIFOCache(_OrderedPolicy):
    """Evicts the key inserted first."""


class LRUCache(_OrderedPolicy):
    """Evicts the key used least recently."""

    _refresh_on_read = True


class LFUCache(Cache):
    """Evicts the key used least often; among those, the one that reached that count first."""

    def __init__(self, maxsize, getsizeof=None):
        super().__init__(maxsize, getsizeof)
        self._hits = {}
        self._buckets = collections.defaultdict(collections.OrderedDict)

    def _move(self, key, count):
        old = self._hits.get(key)
        if old is not None:
            del self._buckets[old][key]
            if not self._buckets[old]:
                del self._buckets[old]
        if count is not None:
            self._buckets[count][key] = None
            self._hits[key] = count
        else:
            del self._hits[key]

    def _touched(self, key):
        if key in self._hits:
            self._move(key, self._hits[key] + 1)

    def _stored(self, key):
        self._move(key, self._hits[key] + 1 if key in self._hits else 1)

    def _dropped(self, key):
        self._move(key, None)

    def _victim(self):
        if not self._buckets:
            raise self._empty()
        return next(iter(self._buckets[min(self._buckets)]))

    def _forget_all(self):
        self._hits.clear()
        self._buckets.clear()


class RRCache(Cache):
    """Evicts a key picked by `choice` (random by default) from the list of keys."""

    def __init__(self, maxsize, choice=random.choice, getsizeof=None):
        super().__init__(maxsize, getsizeof)
        self._choice = choice
        self._slots = []
        self._slot_of = {}

    @property
    def choice(self):
        return self._choice

    def _stored(self, key):
        if key not in self._slot_of:
            self._slot_of[key] = len(self._slots)
            self._slots.append(key)

    def _dropped(self, key):
        hole = self._slot_of.pop(key)
        tail = self._slots.pop()
        if hole < len(self._slots):
            self._slots[hole] = tail
            self._slot_of[tail] = hole

    def _victim(self):
        if not self._slots:
            raise self._empty()
        return self._choice(self._slots)

    def _forget_all(self):
        self._slots.clear()
        self._slot_of.clear()
