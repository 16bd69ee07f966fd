"""Lazy helpers over iterables."""
import collections
import heapq
import itertools
import operator
import random
from collections.abc import Sequence

__all__ = ["remove", "accumulate", "groupby", "merge_sorted", "interleave", "unique", "isiterable",
           "isdistinct", "take", "drop", "take_nth", "tail", "first", "second", "nth", "last", "rest", "get",
           "concat", "concatv", "mapcat", "cons", "interpose", "frequencies", "reduceby", "iterate",
           "sliding_window", "partition", "partition_all", "count", "pluck", "getter", "join", "diff", "topk",
           "peek", "peekn", "random_sample"]

NO_DEFAULT = "__no__default__"
NO_PAD = "__no__pad__"


def getter(index):
    """x -> x[index], or a tuple of items when index is a list."""
    if isinstance(index, list):
        if not index:
            return lambda x: ()
        if len(index) == 1:
            only = index[0]
            return lambda x: (x[only],)
        return operator.itemgetter(*index)
    return operator.itemgetter(index)


def _as_function(key):
    return key if callable(key) else getter(key)


def remove(predicate, seq):
    return itertools.filterfalse(predicate, seq)


def accumulate(binop, seq, initial=NO_DEFAULT):
    items = iter(seq)
    if initial is NO_DEFAULT:
        try:
            total = next(items)
        except StopIteration:
            return
    else:
        total = initial
    yield total
    for item in items:
        total = binop(total, item)
        yield total


def groupby(key, seq):
    key = _as_function(key)
    groups = {}
    for item in seq:
        groups.setdefault(key(item), []).append(item)
    return groups


def _merge_two(left, right, key):
    left, right = iter(left), iter(right)
    for a in left:
        break
    else:
        yield from right
        return
    for b in right:
        break
    else:
        yield a
        yield from left
        return
    ka, kb = key(a), key(b)
    while True:
        if kb < ka:
            yield b
            for b in right:
                kb = key(b)
                break
            else:
                yield a
                yield from left
                return
        else:
            yield a
            for a in left:
                ka = key(a)
                break
            else:
                yield b
                yield from right
                return


def merge_sorted(*seqs, key=None):
    key = (lambda x: x) if key is None else key
    if not seqs:
        return iter(())
    if len(seqs) == 1:
        return iter(seqs[0])
    middle = len(seqs) // 2
    return _merge_two(merge_sorted(*seqs[:middle], key=key), merge_sorted(*seqs[middle:], key=key), key)


def interleave(seqs):
    live = [iter(s) for s in seqs]
    while live:
        still = []
        for it in live:
            for item in it:
                yield item
                still.append(it)
                break
        live = still


def unique(seq, key=None):
    seen = set()
    mark = (lambda x: x) if key is None else _as_function(key)
    for item in seq:
        tag = mark(item)
        if tag not in seen:
            seen.add(tag)
            yield item


def isiterable(x):
    try:
        iter(x)
    except TypeError:
        return False
    return True


def isdistinct(seq):
    seen = set()
    for item in seq:
        if item in seen:
            return False
        seen.add(item)
    return True


def take(n, seq):
    return itertools.islice(seq, n)


def drop(n, seq):
    return itertools.islice(seq, n, None)


def take_nth(n, seq):
    return itertools.islice(seq, 0, None, n)


def tail(n, seq):
    try:
        return seq[-n:]
    except TypeError:
        return tuple(collections.deque(seq, n))


def first(seq):
    return next(iter(seq))


def second(seq):
    items = iter(seq)
    next(items)
    return next(items)


def nth(n, seq):
    if isinstance(seq, Sequence):
        return seq[n]
    return next(itertools.islice(seq, n, None))


def last(seq):
    return tail(1, seq)[0]


def rest(seq):
    items = iter(seq)
    next(items, None)
    return items


def _item_or(seq, ind, default):
    """seq[ind], or default when the key/index is missing (a wrong index type still raises)."""
    try:
        return seq[ind]
    except (KeyError, IndexError):
        return default


def get(ind, seq, default=NO_DEFAULT):
    try:
        return seq[ind]
    except TypeError:
        if isinstance(ind, list):
            if default is NO_DEFAULT:
                return getter(ind)(seq)
            return tuple(_item_or(seq, i, default) for i in ind)
        if default is NO_DEFAULT:
            raise
        return default
    except (KeyError, IndexError):
        if default is NO_DEFAULT:
            raise
        return default


def concat(seqs):
    return itertools.chain.from_iterable(seqs)


def concatv(*seqs):
    return concat(seqs)


def mapcat(func, seqs):
    return concat(map(func, seqs))


def cons(el, seq):
    return itertools.chain((el,), seq)


def interpose(el, seq):
    items = iter(seq)
    for item in items:
        yield item
        break
    for item in items:
        yield el
        yield item


def frequencies(seq):
    counts = {}
    for item in seq:
        counts[item] = counts.get(item, 0) + 1
    return counts


def reduceby(key, binop, seq, init=NO_DEFAULT):
    key = _as_function(key)
    totals = {}
    for item in seq:
        k = key(item)
        if k in totals:
            totals[k] = binop(totals[k], item)
        elif init is NO_DEFAULT:
            totals[k] = item
        else:
            totals[k] = binop(init() if callable(init) else init, item)
    return totals


def iterate(func, x):
    while True:
        yield x
        x = func(x)


def sliding_window(n, seq):
    if n < 0:
        raise ValueError("window size must be non-negative")
    if n == 0:
        return
    window = collections.deque(maxlen=n)
    for item in seq:
        window.append(item)
        if len(window) == n:
            yield tuple(window)


def partition(n, seq, pad=NO_PAD):
    if n <= 0:
        return iter(())
    groups = partition_all(n, seq)
    if pad is NO_PAD:
        return (g for g in groups if len(g) == n)
    return (g + (pad,) * (n - len(g)) for g in groups)


def partition_all(n, seq):
    if n <= 0:
        return
    items = iter(seq)
    while True:
        group = tuple(itertools.islice(items, n))
        if not group:
            return
        yield group


def count(seq):
    if hasattr(seq, "__len__"):
        return len(seq)
    return sum(1 for _ in seq)


def pluck(ind, seqs, default=NO_DEFAULT):
    if default is NO_DEFAULT:
        return map(getter(ind), seqs)
    if isinstance(ind, list):
        return (tuple(_item_or(s, i, default) for i in ind) for s in seqs)
    return (_item_or(s, ind, default) for s in seqs)


def join(leftkey, leftseq, rightkey, rightseq, left_default=NO_DEFAULT, right_default=NO_DEFAULT):
    leftkey, rightkey = _as_function(leftkey), _as_function(rightkey)
    groups = groupby(leftkey, leftseq)
    matched = set()
    for right in rightseq:
        k = rightkey(right)
        if k in groups:
            matched.add(k)
            for left in groups[k]:
                yield left, right
        elif left_default is not NO_DEFAULT:
            yield left_default, right
    if right_default is not NO_DEFAULT:
        for k, lefts in groups.items():
            if k not in matched:
                for left in lefts:
                    yield left, right_default


def diff(*seqs, default=NO_DEFAULT, key=None):
    if len(seqs) == 1 and isinstance(seqs[0], list):
        seqs = seqs[0]
    if len(seqs) < 2:
        raise TypeError("diff needs at least two sequences")
    rows = zip(*seqs) if default is NO_DEFAULT else itertools.zip_longest(*seqs, fillvalue=default)
    return _differing(rows, key)


def _differing(rows, key):
    for row in rows:
        seen = row if key is None else tuple(map(key, row))
        if any(v != seen[0] for v in seen[1:]):
            yield row


def topk(k, seq, key=None):
    if key is not None and not callable(key):
        key = getter(key)
    return tuple(heapq.nlargest(k, seq, key=key))


def peek(seq):
    items = iter(seq)
    head = next(items)
    return head, itertools.chain((head,), items)


def peekn(n, seq):
    items = iter(seq)
    head = tuple(itertools.islice(items, n))
    return head, itertools.chain(head, items)


def random_sample(prob, seq, random_state=None):
    if not hasattr(random_state, "random"):
        random_state = random.Random(random_state)
    return (item for item in seq if random_state.random() < prob)
