"""Helpers over dictionaries; each accepts factory=<mapping type> for its result."""
from collections.abc import Mapping

__all__ = ["merge", "merge_with", "valmap", "keymap", "itemmap", "valfilter", "keyfilter", "itemfilter",
           "assoc", "dissoc", "assoc_in", "update_in", "get_in"]


def _factory(name, options):
    factory = options.pop("factory", dict)
    if options:
        raise TypeError("%s() got an unexpected keyword argument '%s'" % (name, next(iter(options))))
    return factory


def _collection(dicts):
    if len(dicts) == 1 and not isinstance(dicts[0], Mapping):
        return dicts[0]
    return dicts


def merge(*dicts, **options):
    out = _factory("merge", options)()
    for d in _collection(dicts):
        out.update(d)
    return out


def merge_with(func, *dicts, **options):
    factory = _factory("merge_with", options)
    collected = {}
    for d in _collection(dicts):
        for k, v in d.items():
            collected.setdefault(k, []).append(v)
    out = factory()
    for k, values in collected.items():
        out[k] = func(values)
    return out


def valmap(func, d, factory=dict):
    out = factory()
    out.update((k, func(v)) for k, v in d.items())
    return out


def keymap(func, d, factory=dict):
    out = factory()
    out.update((func(k), v) for k, v in d.items())
    return out


def itemmap(func, d, factory=dict):
    out = factory()
    out.update(func(item) for item in d.items())
    return out


def valfilter(predicate, d, factory=dict):
    out = factory()
    out.update((k, v) for k, v in d.items() if predicate(v))
    return out


def keyfilter(predicate, d, factory=dict):
    out = factory()
    out.update((k, v) for k, v in d.items() if predicate(k))
    return out


def itemfilter(predicate, d, factory=dict):
    out = factory()
    out.update(item for item in d.items() if predicate(item))
    return out


def assoc(d, key, value, factory=dict):
    out = factory()
    out.update(d)
    out[key] = value
    return out


def dissoc(d, *keys, **options):
    out = _factory("dissoc", options)()
    out.update(d)
    for k in keys:
        out.pop(k, None)
    return out


def assoc_in(d, keys, value, factory=dict):
    return update_in(d, keys, lambda _: value, value, factory)


def update_in(d, keys, func, default=None, factory=dict):
    path = iter(keys)
    here = next(path)
    top = level = factory()
    level.update(d)
    source = d
    for following in path:
        if here in source:
            source = source[here]
            copy = factory()
            copy.update(source)
        else:
            source = copy = factory()
        level[here] = copy
        level = copy
        here = following
    level[here] = func(source[here]) if here in source else func(default)
    return top


def get_in(keys, coll, default=None, no_default=False):
    try:
        for k in keys:
            coll = coll[k]
        return coll
    except (KeyError, IndexError, TypeError):
        if no_default:
            raise
        return default
