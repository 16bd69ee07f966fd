"""ISO 8601 durations: parse them, do calendar arithmetic with them, print them."""

from .errors import ISO8601Error
from .period import Duration
from .text import (
    D_ALT_BAS,
    D_ALT_BAS_ORD,
    D_ALT_EXT,
    D_ALT_EXT_ORD,
    D_DEFAULT,
    D_WEEK,
    duration_isoformat,
    parse_duration,
    strftime,
)

__all__ = [
    "Duration",
    "ISO8601Error",
    "parse_duration",
    "duration_isoformat",
    "strftime",
    "D_DEFAULT",
    "D_WEEK",
    "D_ALT_EXT",
    "D_ALT_BAS",
    "D_ALT_EXT_ORD",
    "D_ALT_BAS_ORD",
]
