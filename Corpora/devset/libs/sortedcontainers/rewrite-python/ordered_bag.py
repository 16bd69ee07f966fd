"""An always-sorted list of comparable values, kept as a list of bounded-size buckets with a lazily built
positional tree (a Fenwick-like dense binary tree over the bucket sizes)."""
from bisect import bisect_left as _bl, bisect_right as _br, insort as _insort
from collections.abc import MutableSequence, Sequence
from itertools import chain
import math
import operator

_NOT_SORTED_MSG = {
    'append': 'use ``sl.add(value)`` instead',
    'extend': 'use ``sl.update(values)`` instead',
    'insert': 'use ``sl.add(value)`` instead',
    'reverse': 'use ``reversed(sl)`` instead',
    'setitem': 'use ``del sl[index]`` and ``sl.add(value)`` instead',
}


class SortedList(MutableSequence):
    DEFAULT_LOAD_FACTOR = 1000

    def __init__(self, iterable=None, key=None):
        assert key is None
        self._bucket_size = self.DEFAULT_LOAD_FACTOR
        self._wipe()
        if iterable is not None:
            self.update(iterable)

    # ----------------------------------------------------------------------------------------------------------
    # internal bookkeeping

    def _wipe(self):
        self._count = 0
        self._buckets = []
        self._tops = []
        self._tree = []
        self._leaf_start = 0

    def _flat(self):
        return [v for bucket in self._buckets for v in bucket]

    def _reset(self, load):
        values = self._flat()
        self._wipe()
        self._bucket_size = load
        self.update(values)

    def _tree_walk(self, pos, delta):
        tree = self._tree
        if not tree:
            return
        node = self._leaf_start + pos
        while node > 0:
            tree[node] += delta
            node = (node - 1) >> 1
        tree[0] += delta

    def _after_growth(self, pos):
        """Split bucket ``pos`` when it is more than twice the bucket size, else count one more in the tree."""
        size = self._bucket_size
        bucket = self._buckets[pos]
        if len(bucket) <= 2 * size:
            self._tree_walk(pos, +1)
            return
        upper = bucket[size:]
        del bucket[size:]
        self._tops[pos] = bucket[-1]
        self._buckets.insert(pos + 1, upper)
        self._tops.insert(pos + 1, upper[-1])
        self._tree.clear()

    def _remove_at(self, pos, idx):
        buckets, tops = self._buckets, self._tops
        bucket = buckets[pos]
        del bucket[idx]
        self._count -= 1
        if len(bucket) > self._bucket_size // 2:
            tops[pos] = bucket[-1]
            self._tree_walk(pos, -1)
        elif len(buckets) > 1:
            left = max(pos, 1) - 1
            buckets[left] += buckets.pop(left + 1)
            tops.pop(left + 1)
            tops[left] = buckets[left][-1]
            self._tree.clear()
            self._after_growth(left)
        elif bucket:
            tops[pos] = bucket[-1]
        else:
            buckets.pop(pos)
            tops.pop(pos)
            self._tree.clear()

    def _make_tree(self):
        leaves = [len(b) for b in self._buckets]
        if len(leaves) == 1:
            self._tree, self._leaf_start = leaves, 0
            return
        pairs = [sum(leaves[i:i + 2]) for i in range(0, len(leaves), 2)]
        if len(pairs) == 1:
            self._tree, self._leaf_start = pairs + leaves, 1
            return
        width = 2 ** (int(math.log(len(pairs) - 1, 2)) + 1)
        pairs += [0] * (width - len(pairs))
        levels = [leaves, pairs]
        while len(levels[-1]) > 1:
            row = levels[-1]
            levels.append([row[i] + row[i + 1] for i in range(0, len(row), 2)])
        self._tree = [n for row in reversed(levels) for n in row]
        self._leaf_start = 2 * width - 1

    def _flat_index(self, pos, idx):
        """(bucket, offset) -> position in the whole list."""
        if not pos:
            return idx
        if not self._tree:
            self._make_tree()
        tree, node, before = self._tree, pos + self._leaf_start, 0
        while node:
            if node % 2 == 0:
                before += tree[node - 1]
            node = (node - 1) // 2
        return before + idx

    def _pair_at(self, i):
        """Position in the whole list -> (bucket, offset); raises IndexError when out of range."""
        if i < 0:
            last = len(self._buckets[-1])
            if -i <= last:
                return len(self._buckets) - 1, last + i
            i += self._count
            if i < 0:
                raise IndexError('list index out of range')
        elif i >= self._count:
            raise IndexError('list index out of range')
        if i < len(self._buckets[0]):
            return 0, i
        if not self._tree:
            self._make_tree()
        tree, node, child = self._tree, 0, 1
        while child < len(tree):
            if i < tree[child]:
                node = child
            else:
                i -= tree[child]
                node = child + 1
            child = 2 * node + 1
        return node - self._leaf_start, i

    def _find(self, value):
        """(bucket, offset) of the first element >= value, or None when every element is smaller."""
        if not self._tops:
            return None
        pos = _bl(self._tops, value)
        if pos == len(self._tops):
            return None
        return pos, _bl(self._buckets[pos], value)

    def _span(self, start, stop, reverse):
        """Values between two (bucket, offset) pairs, start inclusive, stop exclusive."""
        (p0, i0), (p1, i1) = start, stop
        if p0 > p1:
            return iter(())
        if p0 == p1:
            part = self._buckets[p0][i0:i1]
        else:
            part = list(chain(self._buckets[p0][i0:], *self._buckets[p0 + 1:p1], self._buckets[p1][:i1]))
        return reversed(part) if reverse else iter(part)

    # ----------------------------------------------------------------------------------------------------------
    # mutation

    def clear(self):
        self._wipe()

    def add(self, value):
        if not self._tops:
            self._buckets.append([value])
            self._tops.append(value)
        else:
            pos = _br(self._tops, value)
            if pos == len(self._tops):
                pos -= 1
                self._buckets[pos].append(value)
                self._tops[pos] = value
            else:
                _insort(self._buckets[pos], value)
            self._after_growth(pos)
        self._count += 1

    def update(self, iterable):
        incoming = sorted(iterable)
        if self._tops:
            if 4 * len(incoming) < self._count:
                for v in incoming:
                    self.add(v)
                return
            incoming = sorted(self._flat() + incoming)
            self._wipe()
        size = self._bucket_size
        self._buckets = [incoming[i:i + size] for i in range(0, len(incoming), size)]
        self._tops = [b[-1] for b in self._buckets]
        self._count = len(incoming)
        self._tree = []

    def discard(self, value):
        hit = self._find(value)
        if hit and self._buckets[hit[0]][hit[1]] == value:
            self._remove_at(*hit)

    def remove(self, value):
        hit = self._find(value)
        if not hit or self._buckets[hit[0]][hit[1]] != value:
            raise ValueError('{0!r} not in list'.format(value))
        self._remove_at(*hit)

    def pop(self, index=-1):
        if not self._count:
            raise IndexError('pop index out of range')
        pos, idx = self._pair_at(index)
        value = self._buckets[pos][idx]
        self._remove_at(pos, idx)
        return value

    def __delitem__(self, index):
        if not isinstance(index, slice):
            self._remove_at(*self._pair_at(index))
            return
        start, stop, step = index.indices(self._count)
        if step == 1 and start < stop:
            if start == 0 and stop == self._count:
                return self._wipe()
            if self._count <= 8 * (stop - start):
                keep = self[:start] + (self[stop:] if stop < self._count else [])
                self._wipe()
                return self.update(keep)
        order = range(start, stop, step)
        for i in (reversed(order) if step > 0 else order):
            self._remove_at(*self._pair_at(i))

    def __setitem__(self, index, value):
        raise NotImplementedError(_NOT_SORTED_MSG['setitem'])

    def append(self, value):
        raise NotImplementedError(_NOT_SORTED_MSG['append'])

    def extend(self, values):
        raise NotImplementedError(_NOT_SORTED_MSG['extend'])

    def insert(self, index, value):
        raise NotImplementedError(_NOT_SORTED_MSG['insert'])

    def reverse(self):
        raise NotImplementedError(_NOT_SORTED_MSG['reverse'])

    def __iadd__(self, other):
        self.update(other)
        return self

    def __imul__(self, num):
        values = self._flat() * num
        self._wipe()
        self.update(values)
        return self

    # ----------------------------------------------------------------------------------------------------------
    # queries

    def __len__(self):
        return self._count

    def __contains__(self, value):
        hit = self._find(value)
        return bool(hit) and self._buckets[hit[0]][hit[1]] == value

    def __iter__(self):
        return chain.from_iterable(self._buckets)

    def __reversed__(self):
        return chain.from_iterable(reversed(b) for b in reversed(self._buckets))

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if step == 1 and start < stop:
                if start == 0 and stop == self._count:
                    return self._flat()
                p0, i0 = self._pair_at(start)
                if i0 + stop - start <= len(self._buckets[p0]):
                    return self._buckets[p0][i0:i0 + stop - start]
                end = ((len(self._buckets) - 1, len(self._buckets[-1])) if stop == self._count
                       else self._pair_at(stop))
                return list(self._span((p0, i0), end, False))
            if step == -1 and start > stop:
                return self[stop + 1:start + 1][::-1]
            return [self[i] for i in range(start, stop, step)]
        if not self._count:
            raise IndexError('list index out of range')
        pos, idx = self._pair_at(index)
        return self._buckets[pos][idx]

    def _bisect(self, value, right):
        if not self._tops:
            return 0
        cut = _br if right else _bl
        pos = cut(self._tops, value)
        if pos == len(self._tops):
            return self._count
        return self._flat_index(pos, cut(self._buckets[pos], value))

    def bisect_left(self, value):
        return self._bisect(value, False)

    def bisect_right(self, value):
        return self._bisect(value, True)

    bisect = bisect_right

    def count(self, value):
        return self._bisect(value, True) - self._bisect(value, False) if value in self else 0

    def index(self, value, start=None, stop=None):
        n = self._count
        missing = ValueError('{0!r} is not in list'.format(value))
        if not n:
            raise missing
        start = 0 if start is None else (max(start + n, 0) if start < 0 else start)
        stop = n if stop is None else min(stop + n if stop < 0 else stop, n)
        if stop <= start or value not in self:
            raise missing
        first, last = self._bisect(value, False), self._bisect(value, True) - 1
        if start <= first:
            if first <= stop - 1:
                return first
        elif start <= last:
            return start
        raise missing

    def islice(self, start=None, stop=None, reverse=False):
        if not self._count:
            return iter(())
        start, stop, _ = slice(start, stop).indices(self._count)
        if start >= stop:
            return iter(())
        end = ((len(self._buckets) - 1, len(self._buckets[-1])) if stop == self._count else self._pair_at(stop))
        return self._span(self._pair_at(start), end, reverse)

    def irange(self, minimum=None, maximum=None, inclusive=(True, True), reverse=False):
        tops, buckets = self._tops, self._buckets
        if not tops:
            return iter(())
        if minimum is None:
            lo = (0, 0)
        else:
            cut = _bl if inclusive[0] else _br
            pos = cut(tops, minimum)
            if pos == len(tops):
                return iter(())
            lo = (pos, cut(buckets[pos], minimum))
        if maximum is None:
            hi = (len(tops) - 1, len(buckets[-1]))
        else:
            cut = _br if inclusive[1] else _bl
            pos = cut(tops, maximum)
            hi = (pos - 1, len(buckets[pos - 1])) if pos == len(tops) else (pos, cut(buckets[pos], maximum))
        return self._span(lo, hi, reverse)

    @property
    def key(self):
        return None

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __add__(self, other):
        return type(self)(self._flat() + list(other))

    __radd__ = __add__

    def __mul__(self, num):
        return type(self)(self._flat() * num)

    __rmul__ = __mul__

    def __reduce__(self):
        return type(self), (self._flat(),)

    def __repr__(self):
        return '{0}({1!r})'.format(type(self).__name__, list(self))

    def _lexi(op):
        def compare(self, other):
            if not isinstance(other, Sequence):
                return NotImplemented
            if len(self) != len(other) and op in (operator.eq, operator.ne):
                return op is operator.ne
            for a, b in zip(self, other):
                if a != b:
                    return op(a, b)
            return op(len(self), len(other))
        compare.__name__ = '__%s__' % op.__name__
        return compare

    __eq__, __ne__ = _lexi(operator.eq), _lexi(operator.ne)
    __lt__, __gt__ = _lexi(operator.lt), _lexi(operator.gt)
    __le__, __ge__ = _lexi(operator.le), _lexi(operator.ge)
    __hash__ = None
    del _lexi

    def _check(self):
        assert self._bucket_size >= 4
        assert len(self._tops) == len(self._buckets)
        assert self._count == sum(map(len, self._buckets))
        flat = self._flat()
        assert all(a <= b for a, b in zip(flat, flat[1:]))
        assert all(t == b[-1] for t, b in zip(self._tops, self._buckets))
        assert all(len(b) <= 2 * self._bucket_size for b in self._buckets)
        assert all(len(b) >= self._bucket_size // 2 for b in self._buckets[:-1])
        if self._tree:
            assert self._count == self._tree[0]
            assert len(self._tree) == self._leaf_start + len(self._buckets)
