"""Human-friendly renderings of numbers and time spans."""

from .durations import naturaldelta, naturaltime
from .numbers import apnumber, clamp, fractional, intcomma, intword, metric, ordinal, scientific

__all__ = ["apnumber", "clamp", "fractional", "intcomma", "intword", "metric", "naturaldelta",
           "naturaltime", "ordinal", "scientific"]
