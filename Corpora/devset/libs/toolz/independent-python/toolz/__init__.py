"""Functional helpers for iterables and dictionaries (written from the toolz API description)."""
from .itertoolz import *  # noqa: F401,F403
from .dicttoolz import *  # noqa: F401,F403
from . import itertoolz as _it, dicttoolz as _dt

__all__ = list(_it.__all__) + list(_dt.__all__)
