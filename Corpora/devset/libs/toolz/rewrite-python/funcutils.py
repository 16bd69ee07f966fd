"""Lazy sequence helpers and dictionary helpers in a functional style (the toolz itertoolz/dicttoolz API)."""
import collections
import heapq
import itertools
import operator
from collections.abc import Mapping, Sequence
from functools import reduce

_MISSING = object()
no_pad = '__no__pad__'


no_default = '__no__default__'


# ---------------------------------------------------------------------------------------------------------
# indexing


def getter(index):
    """A function fetching ``index`` (or a tuple of several indices) from its argument."""
    if not isinstance(index, list):
        return operator.itemgetter(index)
    if len(index) == 1:
        only = index[0]
        return lambda x: (x[only],)
    return operator.itemgetter(*index) if index else (lambda x: ())


def _as_key(key):
    return key if callable(key) else getter(key)


def _lookup(seq, ind, fallback):
    try:
        return seq[ind]
    except (KeyError, IndexError):
        return fallback


def get(ind, seq, default=no_default):
    have_default = default != no_default
    try:
        return seq[ind]
    except TypeError:
        if not isinstance(ind, list):
            if have_default:
                return default
            raise
        if have_default:
            return tuple(_lookup(seq, i, default) for i in ind)
        return tuple(seq[i] for i in ind)
    except (KeyError, IndexError):
        if have_default:
            return default
        raise


def get_in(keys, coll, default=None, no_default=False):
    try:
        for k in keys:
            coll = coll[k]
        return coll
    except (KeyError, IndexError, TypeError):
        if no_default:
            raise
        return default


def pluck(ind, seqs, default=no_default):
    if default == no_default:
        return map(getter(ind), seqs)
    if isinstance(ind, list):
        return (tuple(_lookup(s, i, default) for i in ind) for s in seqs)
    return (_lookup(s, ind, default) for s in seqs)


# ---------------------------------------------------------------------------------------------------------
# slicing and positions


def take(n, seq):
    return itertools.islice(seq, n)


def drop(n, seq):
    return itertools.islice(seq, n, None)


def take_nth(n, seq):
    return itertools.islice(seq, 0, None, n)


def rest(seq):
    return drop(1, seq)


def tail(n, seq):
    try:
        return seq[-n:]
    except (TypeError, KeyError):
        return tuple(collections.deque(seq, n))


def first(seq):
    return next(iter(seq))


def second(seq):
    it = iter(seq)
    next(it)
    return next(it)


def nth(n, seq):
    if isinstance(seq, Sequence):
        return seq[n]
    return next(itertools.islice(seq, n, None))


def last(seq):
    return tail(1, seq)[0]


def peek(seq):
    it = iter(seq)
    head = next(it)
    return head, itertools.chain([head], it)


def peekn(n, seq):
    it = iter(seq)
    head = tuple(itertools.islice(it, n))
    return head, itertools.chain(head, it)


def count(seq):
    return len(seq) if hasattr(seq, '__len__') else sum(1 for _ in seq)


# ---------------------------------------------------------------------------------------------------------
# building and combining sequences


def concat(seqs):
    return itertools.chain.from_iterable(seqs)


def concatv(*seqs):
    return itertools.chain.from_iterable(seqs)


def mapcat(func, seqs):
    return itertools.chain.from_iterable(map(func, seqs))


def cons(el, seq):
    return itertools.chain((el,), seq)


def interpose(el, seq):
    for i, item in enumerate(seq):
        if i:
            yield el
        yield item


def interleave(seqs):
    pending = collections.deque(iter(s) for s in seqs)
    while pending:
        it = pending.popleft()
        for item in it:
            yield item
            pending.append(it)
            break


def iterate(func, x):
    while True:
        yield x
        x = func(x)


def accumulate(binop, seq, initial=no_default):
    it = iter(seq)
    if initial == no_default:
        total = next(it, _MISSING)
        if total is _MISSING:
            return
    else:
        total = initial
    yield total
    for x in it:
        total = binop(total, x)
        yield total


def remove(predicate, seq):
    return (x for x in seq if not predicate(x))


def sliding_window(n, seq):
    if n < 0:
        raise ValueError('n must be >= 0')
    return _windows(n, seq)


def _windows(n, seq):
    if n == 0:
        return
    window = collections.deque(maxlen=n)
    for item in seq:
        window.append(item)
        if len(window) == n:
            yield tuple(window)


def partition(n, seq, pad=no_pad):
    chunks = zip(*[iter(seq)] * n) if pad is no_pad else itertools.zip_longest(*[iter(seq)] * n, fillvalue=pad)
    return chunks


def partition_all(n, seq):
    it = iter(seq)
    if n <= 0:
        return
    while True:
        chunk = tuple(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk


def merge_sorted(*seqs, **kwargs):
    key = kwargs.get('key')
    if not seqs:
        return iter([])
    if len(seqs) == 1:
        return iter(seqs[0])
    return _merge_two(seqs, key)


def _merge_two(seqs, key):
    half = len(seqs) // 2
    left = iter(seqs[0]) if half == 1 else _merge_two(seqs[:half], key)
    right = iter(seqs[half]) if len(seqs) - half == 1 else _merge_two(seqs[half:], key)
    k = (lambda v: v) if key is None else key
    a, b = next(left, _MISSING), next(right, _MISSING)
    while a is not _MISSING and b is not _MISSING:
        if k(b) < k(a):
            yield b
            b = next(right, _MISSING)
        else:
            yield a
            a = next(left, _MISSING)
    if a is not _MISSING:
        yield a
        yield from left
    if b is not _MISSING:
        yield b
        yield from right


def random_sample(prob, seq, random_state=None):
    if not hasattr(random_state, 'random'):
        from random import Random
        random_state = Random(random_state)
    return (x for x in seq if random_state.random() < prob)


# ---------------------------------------------------------------------------------------------------------
# set-like and grouping


def unique(seq, key=None):
    seen = set()
    for item in seq:
        tag = item if key is None else key(item)
        if tag not in seen:
            seen.add(tag)
            yield item


def isdistinct(seq):
    if iter(seq) is not seq:
        return len(seq) == len(set(seq))
    seen = set()
    for item in seq:
        if item in seen:
            return False
        seen.add(item)
    return True


def isiterable(x):
    try:
        iter(x)
    except TypeError:
        return False
    return True


def frequencies(seq):
    return dict(collections.Counter(seq))


def groupby(key, seq):
    key = _as_key(key)
    groups = {}
    for item in seq:
        groups.setdefault(key(item), []).append(item)
    return groups


def reduceby(key, binop, seq, init=no_default):
    key = _as_key(key)
    start = None if init == no_default else (init if callable(init) else (lambda: init))
    acc = {}
    for item in seq:
        k = key(item)
        if k in acc:
            acc[k] = binop(acc[k], item)
        elif start is None:
            acc[k] = item
        else:
            acc[k] = binop(start(), item)
    return acc


def topk(k, seq, key=None):
    if key is not None and not callable(key):
        key = getter(key)
    return tuple(heapq.nlargest(k, seq, key=key))


def diff(*seqs, **kwargs):
    if len(seqs) == 1 and isinstance(seqs[0], list):
        seqs = seqs[0]
    n = len(seqs)
    if n < 2:
        raise TypeError('Too few sequences given (min 2 required)')
    default = kwargs.get('default', no_default)
    key = kwargs.get('key')
    rows = zip(*seqs) if default == no_default else itertools.zip_longest(*seqs, fillvalue=default)
    for row in rows:
        probe = row if key is None else tuple(map(key, row))
        if probe.count(probe[0]) != n:
            yield row


def join(leftkey, leftseq, rightkey, rightseq, left_default=no_default, right_default=no_default):
    lkey, rkey = _as_key(leftkey), _as_key(rightkey)
    table = groupby(lkey, leftseq)
    keep_right = left_default != no_default
    keep_left = right_default != no_default
    matched = set()
    for item in rightseq:
        k = rkey(item)
        if keep_left:
            matched.add(k)
        if k in table:
            for left_item in table[k]:
                yield left_item, item
        elif keep_right:
            yield left_default, item
    if keep_left:
        for k, items in table.items():
            if k not in matched:
                for left_item in items:
                    yield left_item, right_default


# ---------------------------------------------------------------------------------------------------------
# dictionaries


def _factory_of(name, kwargs):
    factory = kwargs.pop('factory', dict)
    if kwargs:
        raise TypeError("{}() got an unexpected keyword argument '{}'".format(name, kwargs.popitem()[0]))
    return factory


def _dicts_arg(dicts):
    return dicts[0] if len(dicts) == 1 and not isinstance(dicts[0], Mapping) else dicts


def merge(*dicts, **kwargs):
    out = _factory_of('merge', kwargs)()
    for d in _dicts_arg(dicts):
        out.update(d)
    return out


def merge_with(func, *dicts, **kwargs):
    factory = _factory_of('merge_with', kwargs)
    collected = {}
    for d in _dicts_arg(dicts):
        for k, v in d.items():
            collected.setdefault(k, []).append(v)
    out = factory()
    for k, vs in collected.items():
        out[k] = func(vs)
    return out


def _rebuild(pairs, factory):
    out = factory()
    out.update(pairs)
    return out


def valmap(func, d, factory=dict):
    return _rebuild(((k, func(v)) for k, v in d.items()), factory)


def keymap(func, d, factory=dict):
    return _rebuild(((func(k), v) for k, v in d.items()), factory)


def itemmap(func, d, factory=dict):
    return _rebuild(map(func, d.items()), factory)


def valfilter(predicate, d, factory=dict):
    return _rebuild(((k, v) for k, v in d.items() if predicate(v)), factory)


def keyfilter(predicate, d, factory=dict):
    return _rebuild(((k, v) for k, v in d.items() if predicate(k)), factory)


def itemfilter(predicate, d, factory=dict):
    return _rebuild((kv for kv in d.items() if predicate(kv)), factory)


def assoc(d, key, value, factory=dict):
    out = _rebuild(d, factory)
    out[key] = value
    return out


def dissoc(d, *keys, **kwargs):
    factory = _factory_of('dissoc', kwargs)
    if len(keys) < len(d) * 0.6:
        out = _rebuild(d, factory)
        for k in keys:
            out.pop(k, None)
        return out
    gone = set(keys)
    return _rebuild(((k, d[k]) for k in set(d) - gone), factory)


def update_in(d, keys, func, default=None, factory=dict):
    path = list(keys)
    if not path:
        raise StopIteration
    top = _rebuild(d, factory)
    level, src = top, d
    for here in path[:-1]:
        if here in src:
            src = src[here]
            child = _rebuild(src, factory)
        else:
            src = child = factory()
        level[here] = child
        level = child
    end = path[-1]
    level[end] = func(src[end]) if end in src else func(default)
    return top


def assoc_in(d, keys, value, factory=dict):
    return update_in(d, keys, lambda _: value, value, factory)
