"""Numbers and time spans rendered for people (English)."""
from .numbers import (  # noqa: F401
    apnumber, clamp, fractional, intcomma, intword, metric, ordinal, scientific,
)
from .spans import naturaldelta, naturaltime  # noqa: F401
