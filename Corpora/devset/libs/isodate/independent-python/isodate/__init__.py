"""ISO 8601 durations: parsing, arithmetic and formatting."""
from .duration import Duration  # noqa: F401
from .errors import ISO8601Error  # noqa: F401
from .formatting import D_ALT_BAS, D_ALT_EXT, D_DEFAULT, D_WEEK, duration_isoformat, strftime  # noqa: F401
from .parsing import parse_duration  # noqa: F401
