"""SortedList: a mutable sequence kept in ascending order (written from the sortedcontainers API description).

Values live in a list of sorted chunks of bounded size; a lazily rebuilt table of chunk start offsets
turns positions into (chunk, offset) pairs.
"""
from bisect import bisect_left, bisect_right, insort_right
from collections.abc import MutableSequence, Sequence
from itertools import chain

DEFAULT_LOAD_FACTOR = 1000

__all__ = ["SortedList", "DEFAULT_LOAD_FACTOR"]


class SortedList(MutableSequence):
    DEFAULT_LOAD_FACTOR = DEFAULT_LOAD_FACTOR

    def __init__(self, iterable=None, key=None):
        if key is not None:
            raise NotImplementedError("key functions are not supported by this implementation")
        self._load = DEFAULT_LOAD_FACTOR
        self._chunks = []
        self._tops = []          # the largest value of each chunk
        self._starts = None      # cumulative chunk offsets, rebuilt on demand
        self._size = 0
        if iterable is not None:
            self.update(iterable)

    key = property(lambda self: None)

    # -- internal layout ------------------------------------------------------------------------
    def _reset(self, load):
        values = list(self)
        self._load = load
        self._rebuild(values)

    def _rebuild(self, ordered):
        step = self._load
        self._chunks = [ordered[at:at + step] for at in range(0, len(ordered), step)]
        self._tops = [chunk[-1] for chunk in self._chunks]
        self._size = len(ordered)
        self._starts = None

    def _offsets(self):
        if self._starts is None:
            total, starts = 0, []
            for chunk in self._chunks:
                starts.append(total)
                total += len(chunk)
            self._starts = starts
        return self._starts

    def _locate(self, index):
        """(chunk number, offset) of a non-negative position."""
        starts = self._offsets()
        which = bisect_right(starts, index) - 1
        return which, index - starts[which]

    def _split_if_big(self, which):
        chunk = self._chunks[which]
        if len(chunk) > 2 * self._load:
            head, tail = chunk[:self._load], chunk[self._load:]
            self._chunks[which:which + 1] = [head, tail]
            self._tops[which:which + 1] = [head[-1], tail[-1]]
        self._starts = None

    def _take_out(self, which, offset):
        chunk = self._chunks[which]
        del chunk[offset]
        self._size -= 1
        self._starts = None
        if len(chunk) > self._load // 2 or len(self._chunks) == 1:
            if chunk:
                self._tops[which] = chunk[-1]
            else:
                del self._chunks[which], self._tops[which]
            return
        other = which - 1 if which > 0 else which + 1
        low, high = min(which, other), max(which, other)
        joined = self._chunks[low] + self._chunks[high]
        self._chunks[low:high + 1] = [joined]
        self._tops[low:high + 1] = [joined[-1]]
        self._split_if_big(low)

    # -- mutation -------------------------------------------------------------------------------
    def add(self, value):
        if not self._chunks:
            self._chunks.append([value])
            self._tops.append(value)
            self._size = 1
            self._starts = None
            return
        which = bisect_right(self._tops, value)
        if which == len(self._tops):
            which -= 1
            self._chunks[which].append(value)
            self._tops[which] = value
        else:
            insort_right(self._chunks[which], value)
        self._size += 1
        self._split_if_big(which)

    def update(self, iterable):
        incoming = sorted(iterable)
        if not incoming:
            return
        if not self._chunks or len(incoming) * 4 >= self._size:
            self._rebuild(sorted(chain(self, incoming)))
        else:
            for value in incoming:
                self.add(value)

    def __iadd__(self, other):
        self.update(other)
        return self

    def clear(self):
        self._chunks, self._tops, self._size, self._starts = [], [], 0, None

    def _find(self, value):
        """(chunk, offset) of the first occurrence of value, or None."""
        which = bisect_left(self._tops, value)
        if which == len(self._tops):
            return None
        offset = bisect_left(self._chunks[which], value)
        if self._chunks[which][offset] != value:
            return None
        return which, offset

    def discard(self, value):
        spot = self._find(value)
        if spot is not None:
            self._take_out(*spot)

    def remove(self, value):
        spot = self._find(value)
        if spot is None:
            raise ValueError("%r not in list" % (value,))
        self._take_out(*spot)

    def _position(self, index, message="list index out of range"):
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError(message)
        return index

    def pop(self, index=-1):
        if not self._size:
            raise IndexError("pop index out of range")
        which, offset = self._locate(self._position(index))
        value = self._chunks[which][offset]
        self._take_out(which, offset)
        return value

    def __delitem__(self, index):
        if isinstance(index, slice):
            doomed = range(self._size)[index]
            if not doomed:
                return
            if len(doomed) == self._size:
                self.clear()
                return
            if doomed.step == 1 and len(doomed) * 8 >= self._size:
                # a large contiguous cut: rebuild the chunks from the survivors
                survivors = list(self)
                del survivors[doomed.start:doomed.stop]
                self._rebuild(survivors)
                return
            for position in sorted(doomed, reverse=True):
                self._take_out(*self._locate(position))
            return
        self._take_out(*self._locate(self._position(index)))

    def __setitem__(self, index, value):
        raise NotImplementedError("use ``del sl[index]`` and ``sl.add(value)`` instead")

    def append(self, value):
        raise NotImplementedError("use ``sl.add(value)`` instead")

    def insert(self, index, value):
        raise NotImplementedError("use ``sl.add(value)`` instead")

    def extend(self, values):
        raise NotImplementedError("use ``sl.update(values)`` instead")

    def reverse(self):
        raise NotImplementedError("use ``reversed(sl)`` instead")

    def __imul__(self, times):
        self._rebuild(sorted(list(self) * times))
        return self

    # -- queries --------------------------------------------------------------------------------
    def __len__(self):
        return self._size

    def __contains__(self, value):
        return self._find(value) is not None

    def __iter__(self):
        return chain.from_iterable(self._chunks)

    def __reversed__(self):
        return chain.from_iterable(reversed(chunk) for chunk in reversed(self._chunks))

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(self._size)[index]]
        which, offset = self._locate(self._position(index))
        return self._chunks[which][offset]

    def bisect_left(self, value):
        which = bisect_left(self._tops, value)
        if which == len(self._tops):
            return self._size
        return self._offsets()[which] + bisect_left(self._chunks[which], value)

    def bisect_right(self, value):
        which = bisect_right(self._tops, value)
        if which == len(self._tops):
            return self._size
        return self._offsets()[which] + bisect_right(self._chunks[which], value)

    bisect = bisect_right

    def count(self, value):
        return self.bisect_right(value) - self.bisect_left(value)

    def index(self, value, start=None, stop=None):
        lo, hi, _ = slice(start, stop).indices(self._size)
        at = max(self.bisect_left(value), lo)
        if at < hi and self[at] == value:
            return at
        raise ValueError("%r is not in list" % (value,))

    def islice(self, start=None, stop=None, reverse=False):
        positions = range(*slice(start, stop).indices(self._size))
        return (self[i] for i in (reversed(positions) if reverse else positions))

    def irange(self, minimum=None, maximum=None, inclusive=(True, True), reverse=False):
        lo = 0 if minimum is None else (self.bisect_left(minimum) if inclusive[0] else self.bisect_right(minimum))
        hi = self._size if maximum is None else (
            self.bisect_right(maximum) if inclusive[1] else self.bisect_left(maximum))
        return self.islice(lo, max(lo, hi), reverse)

    def copy(self):
        twin = type(self)()
        twin._load = self._load
        twin._rebuild(list(self))
        return twin

    __copy__ = copy

    def __add__(self, other):
        result = self.copy()
        result.update(other)
        return result

    __radd__ = __add__

    def __mul__(self, times):
        result = self.copy()
        result *= times
        return result

    __rmul__ = __mul__

    def _compare(self, other, op):
        if not isinstance(other, Sequence):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        if isinstance(other, Sequence) and len(other) != self._size:
            return False
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, list(self))

    def _check(self):
        try:
            assert len(self._chunks) == len(self._tops)
            assert self._size == sum(len(c) for c in self._chunks)
            flat = list(self)
            assert all(a <= b for a, b in zip(flat, flat[1:]))
            for chunk, top in zip(self._chunks, self._tops):
                assert chunk and chunk[-1] == top
                assert len(chunk) <= 2 * self._load
        except AssertionError:
            print("load", self._load, "size", self._size)
            print("chunks", self._chunks)
            print("tops", self._tops)
            raise
