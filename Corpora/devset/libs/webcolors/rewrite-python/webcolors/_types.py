"""Named tuples for the three triplet notations."""

# SPDX-License-Identifier: BSD-3-Clause

from typing import NamedTuple, Tuple, Union


class IntegerRGB(NamedTuple):
    """Integer channels, each 0..255."""

    red: int
    green: int
    blue: int


class PercentRGB(NamedTuple):
    """Percentage channels as strings such as '50%'."""

    red: str
    green: str
    blue: str


class HTML5SimpleColor(NamedTuple):
    """An HTML5 'simple color': integer channels 0..255."""

    red: int
    green: int
    blue: int


IntTuple = Union[IntegerRGB, HTML5SimpleColor, Tuple[int, int, int]]
PercentTuple = Union[PercentRGB, Tuple[str, str, str]]
